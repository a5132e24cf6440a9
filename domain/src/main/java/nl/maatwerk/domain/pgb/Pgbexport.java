package nl.maatwerk.domain.pgb;

import jakarta.persistence.*;
import nl.maatwerk.domain.kern.Gemeente;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Een exportbestand (SVB-toekenningen of CAK start/stop) zoals het is gemaakt, met het akkoord (vier ogen). */
@Entity
@Table(name = "pgb_export")
public class Pgbexport {

    public enum Soort { SVB, CAK }

    public enum Status { CONCEPT, WACHT_OP_TWEEDE, GOEDGEKEURD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Soort soort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code")
    private Gemeente gemeente;

    @Column(name = "aangemaakt_door")
    private String aangemaaktDoor;
    @Column(name = "aangemaakt_op")
    private LocalDateTime aangemaaktOp;

    private int regels;
    private BigDecimal bedrag;

    @Enumerated(EnumType.STRING)
    private Status status = Status.CONCEPT;

    @Column(name = "eerste_akkoord")
    private String eersteAkkoord;
    @Column(name = "tweede_akkoord")
    private String tweedeAkkoord;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String inhoud;

    @Version
    private long version;

    protected Pgbexport() {
    }

    public Pgbexport(Soort soort, Gemeente gemeente, String aangemaaktDoor, LocalDateTime aangemaaktOp, int regels, BigDecimal bedrag, String inhoud) {
        this.soort = soort;
        this.gemeente = gemeente;
        this.aangemaaktDoor = aangemaaktDoor;
        this.aangemaaktOp = aangemaaktOp;
        this.regels = regels;
        this.bedrag = bedrag;
        this.inhoud = inhoud;
    }

    public void akkoord(String gebruiker, BigDecimal grens) {
        Akkoordstatus nu = switch (status) {
            case CONCEPT -> Akkoordstatus.OPEN;
            case WACHT_OP_TWEEDE -> Akkoordstatus.WACHT_OP_TWEEDE;
            case GOEDGEKEURD -> Akkoordstatus.AKKOORD;
        };
        Akkoordstatus volgende = nu.na(gebruiker, eersteAkkoord, bedrag.compareTo(grens) > 0);
        if (nu == Akkoordstatus.OPEN) {
            eersteAkkoord = gebruiker;
        } else {
            tweedeAkkoord = gebruiker;
        }
        status = volgende == Akkoordstatus.AKKOORD ? Status.GOEDGEKEURD : Status.WACHT_OP_TWEEDE;
    }

    public Long getId() { return id; }
    public Soort getSoort() { return soort; }
    public Gemeente getGemeente() { return gemeente; }
    public String getAangemaaktDoor() { return aangemaaktDoor; }
    public LocalDateTime getAangemaaktOp() { return aangemaaktOp; }
    public int getRegels() { return regels; }
    public BigDecimal getBedrag() { return bedrag; }
    public Status getStatus() { return status; }
    public String getEersteAkkoord() { return eersteAkkoord; }
    public String getTweedeAkkoord() { return tweedeAkkoord; }
    public String getInhoud() { return inhoud; }
    public long getVersion() { return version; }
}
