package nl.maatwerk.domain.pgb;

import jakarta.persistence.*;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Een toegekend Pgb (toekenning): looptijd, bedrag (P-04, P-05, P-12, P-17), de feiten die declaraties toetsen
 * (reiskosten in het plan P-11, minderjarigen P-15, buitenland P-14), de regelsetversie en de motivering met de
 * berekening. {@code svbMutatie} zegt wat het volgende SVB-bestand moet melden.
 */
@Entity
@Table(name = "pgb_budget")
public class Pgbbudget {

    public enum Status { ACTIEF, BEEINDIGD, INGETROKKEN }

    public enum SvbMutatie { NIEUW, WIJZIGING, EINDE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Budgetnummer is verplicht.")
    @Size(max = 20, message = "Budgetnummer mag hoogstens 20 tekens zijn.")
    private String budgetnummer;

    @NotNull(message = "Budgethouder is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @NotNull(message = "Gemeente van het budget is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code")
    private Gemeente gemeente;

    @Column(name = "aanvraag_id")
    private Long aanvraagId;

    @NotBlank(message = "Omschrijving van het budget is verplicht.")
    @Size(max = 200, message = "Omschrijving van het budget mag hoogstens 200 tekens zijn.")
    private String omschrijving;

    @NotNull(message = "Ingangsdatum is verplicht.")
    private LocalDate ingang;

    @NotNull(message = "Einddatum is verplicht.")
    private LocalDate einde;

    @NotNull(message = "Bedrag is verplicht.")
    @DecimalMin(value = "0", message = "Bedrag mag niet negatief zijn.")
    private BigDecimal bedrag;

    @NotNull(message = "Bedrag per week is verplicht.")
    @DecimalMin(value = "0", message = "Bedrag per week mag niet negatief zijn.")
    @Column(name = "per_week")
    private BigDecimal perWeek;

    @Column(name = "reiskosten_in_plan")
    private boolean reiskostenInPlan;

    private boolean minderjarigen;

    private boolean wissel;

    @Column(name = "buitenland_vanaf")
    private LocalDate buitenlandVanaf;

    @Column(name = "buitenland_tot")
    private LocalDate buitenlandTot;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Status status = Status.ACTIEF;

    @Enumerated(EnumType.STRING)
    @Column(name = "svb_mutatie")
    private SvbMutatie svbMutatie = SvbMutatie.NIEUW;

    @NotBlank(message = "Regelsetversie is verplicht.")
    @Size(max = 40, message = "Regelsetversie mag hoogstens 40 tekens zijn.")
    @Column(name = "regelset_versie")
    private String regelsetVersie;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String motivering;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String berekening;

    @NotBlank
    @Column(name = "aangemaakt_door")
    private String aangemaaktDoor;

    @NotNull
    @Column(name = "aangemaakt_op")
    private LocalDateTime aangemaaktOp;

    @Version
    private long version;

    protected Pgbbudget() {
    }

    public Pgbbudget(String budgetnummer, Client client, Gemeente gemeente, String omschrijving, LocalDate ingang, LocalDate einde,
                     BigDecimal bedrag, BigDecimal perWeek, String regelsetVersie, String aangemaaktDoor, LocalDateTime aangemaaktOp) {
        this.budgetnummer = budgetnummer;
        this.client = client;
        this.gemeente = gemeente;
        this.omschrijving = omschrijving;
        this.ingang = ingang;
        this.einde = einde;
        this.bedrag = bedrag;
        this.perWeek = perWeek;
        this.regelsetVersie = regelsetVersie;
        this.aangemaaktDoor = aangemaaktDoor;
        this.aangemaaktOp = aangemaaktOp;
    }

    @AssertTrue(message = "Einddatum mag niet voor de ingangsdatum liggen.")
    public boolean isPeriodeLogisch() {
        return ingang == null || einde == null || !einde.isBefore(ingang);
    }

    /** Beëindigt het budget (P-14, P-16, intrekking): het volgende SVB-bestand meldt het einde. */
    public void beeindig(LocalDate op, Status nieuweStatus) {
        this.einde = op.isBefore(ingang) ? ingang : op;
        this.status = nieuweStatus;
        this.svbMutatie = SvbMutatie.EINDE;
    }

    /** Een wijziging die de SVB moet weten; een nog niet verzonden NIEUW blijft NIEUW. */
    public void gewijzigd() {
        if (svbMutatie != SvbMutatie.NIEUW && svbMutatie != SvbMutatie.EINDE) {
            svbMutatie = SvbMutatie.WIJZIGING;
        }
    }

    public void svbVerzonden() {
        this.svbMutatie = null;
    }

    public Long getId() { return id; }
    public String getBudgetnummer() { return budgetnummer; }
    public Client getClient() { return client; }
    public Gemeente getGemeente() { return gemeente; }
    public Long getAanvraagId() { return aanvraagId; }
    public void setAanvraagId(Long aanvraagId) { this.aanvraagId = aanvraagId; }
    public String getOmschrijving() { return omschrijving; }
    public LocalDate getIngang() { return ingang; }
    public LocalDate getEinde() { return einde; }
    public BigDecimal getBedrag() { return bedrag; }
    public BigDecimal getPerWeek() { return perWeek; }
    public boolean isReiskostenInPlan() { return reiskostenInPlan; }
    public void setReiskostenInPlan(boolean v) { this.reiskostenInPlan = v; }
    public boolean isMinderjarigen() { return minderjarigen; }
    public void setMinderjarigen(boolean v) { this.minderjarigen = v; }
    public boolean isWissel() { return wissel; }
    public void setWissel(boolean v) { this.wissel = v; }
    public LocalDate getBuitenlandVanaf() { return buitenlandVanaf; }
    public LocalDate getBuitenlandTot() { return buitenlandTot; }
    public void setBuitenland(LocalDate vanaf, LocalDate tot) { this.buitenlandVanaf = vanaf; this.buitenlandTot = tot; gewijzigd(); }
    public Status getStatus() { return status; }
    public SvbMutatie getSvbMutatie() { return svbMutatie; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public String getMotivering() { return motivering; }
    public void setMotivering(String motivering) { this.motivering = motivering; }
    public String getBerekening() { return berekening; }
    public void setBerekening(String berekening) { this.berekening = berekening; }
    public String getAangemaaktDoor() { return aangemaaktDoor; }
    public LocalDateTime getAangemaaktOp() { return aangemaaktOp; }
    public long getVersion() { return version; }
}
