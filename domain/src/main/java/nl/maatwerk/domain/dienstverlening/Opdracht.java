package nl.maatwerk.domain.dienstverlening;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * De dienstverleningsopdracht (D-06) aan de gekozen aanbieder (D-05), als toewijzing (WMO301) verstuurd; de
 * aanbieder meldt start (WMO305) en stop (WMO307). Het uitvoeringsplan wordt erop vastgelegd.
 */
@Entity
@Table(name = "opdracht")
public class Opdracht {

    public enum Status { VERZONDEN, GESTART, GESTOPT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "arrangement_id")
    private Arrangement arrangement;

    @NotNull(message = "Aanbieder is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "aanbieder_id")
    private Aanbieder aanbieder;

    @NotBlank
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "Toewijzingnummer bestaat uit hoogstens 20 hoofdletters, cijfers of streepjes.")
    private String toewijzingnummer;

    @NotNull
    @Column(name = "verzonden_op")
    private LocalDateTime verzondenOp;

    @NotNull
    @Column(name = "bedrag_per_maand")
    private BigDecimal bedragPerMaand;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Status status = Status.VERZONDEN;

    private LocalDate startdatum;
    private LocalDate stopdatum;

    @Column(name = "reden_stop")
    private String redenStop;

    @Column(name = "plan_datum")
    private LocalDate planDatum;

    @Column(name = "plan_client")
    private boolean planClient;

    @Column(name = "plan_aanbieder")
    private boolean planAanbieder;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String motivering;

    @Version
    private long version;

    protected Opdracht() {
    }

    public Opdracht(Arrangement arrangement, Aanbieder aanbieder, String toewijzingnummer, LocalDateTime verzondenOp, BigDecimal bedragPerMaand) {
        this.arrangement = arrangement;
        this.aanbieder = aanbieder;
        this.toewijzingnummer = toewijzingnummer;
        this.verzondenOp = verzondenOp;
        this.bedragPerMaand = bedragPerMaand;
    }

    public void start(LocalDate datum) {
        this.startdatum = datum;
        this.status = Status.GESTART;
    }

    public void stop(LocalDate datum, String reden) {
        this.stopdatum = datum;
        this.redenStop = reden;
        this.status = Status.GESTOPT;
    }

    public void legUitvoeringsplanVast(LocalDate datum, boolean client, boolean aanbieder) {
        this.planDatum = datum;
        this.planClient = client;
        this.planAanbieder = aanbieder;
    }

    public Long getId() { return id; }
    public Arrangement getArrangement() { return arrangement; }
    public Aanbieder getAanbieder() { return aanbieder; }
    public String getToewijzingnummer() { return toewijzingnummer; }
    public LocalDateTime getVerzondenOp() { return verzondenOp; }
    public BigDecimal getBedragPerMaand() { return bedragPerMaand; }
    public Status getStatus() { return status; }
    public LocalDate getStartdatum() { return startdatum; }
    public LocalDate getStopdatum() { return stopdatum; }
    public String getRedenStop() { return redenStop; }
    public LocalDate getPlanDatum() { return planDatum; }
    public boolean isPlanClient() { return planClient; }
    public boolean isPlanAanbieder() { return planAanbieder; }
    public String getMotivering() { return motivering; }
    public void setMotivering(String motivering) { this.motivering = motivering; }
    public long getVersion() { return version; }
}
