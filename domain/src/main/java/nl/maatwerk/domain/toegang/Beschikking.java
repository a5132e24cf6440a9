package nl.maatwerk.domain.toegang;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The decision on an aanvraag (T-11 … T-14) and, when granted, the indicatie it gives: start, end (C-13),
 * and how it ends (C-14, C-17). The motivation is the Beoordeling's rules with their articles and the
 * regelset version used, stored as the client reads them.
 */
@Entity
@Table(name = "beschikking")
public class Beschikking {

    public enum Soort {
        TOEKENNING_NATURA("toekenning in natura"), TOEKENNING_PGB("toekenning als persoonsgebonden budget"),
        AFWIJZING("afwijzing"), BUITEN_BEHANDELING("buiten behandeling stellen");
        private final String omschrijving;
        Soort(String omschrijving) { this.omschrijving = omschrijving; }
        public String omschrijving() { return omschrijving; }
        public boolean toekenning() { return this == TOEKENNING_NATURA || this == TOEKENNING_PGB; }
    }

    public enum Status { TER_GOEDKEURING, GOEDGEKEURD, VERZONDEN, AFGEKEURD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "melding_id")
    private Melding melding;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(name = "gemeente_code") private String gemeenteCode;

    @NotNull(message = "Soort beschikking is verplicht.")
    @Enumerated(EnumType.STRING) private Soort soort;
    @Size(max = 200, message = "Voorziening mag hoogstens 200 tekens zijn.") private String voorziening;
    @Size(max = 1000, message = "Beoogd resultaat mag hoogstens 1000 tekens zijn.") private String resultaat;
    @Size(max = 1000, message = "Wijze van verstrekking mag hoogstens 1000 tekens zijn.")
    @Column(name = "wijze_verstrekking") private String wijzeVerstrekking;
    @Size(max = 1000) @Column(name = "andere_voorzieningen") private String andereVoorzieningen;
    @Column(name = "pgb_bedrag") private BigDecimal pgbBedrag;
    @Size(max = 1000) @Column(name = "pgb_berekening") private String pgbBerekening;
    @Size(max = 1000) private String kwaliteitseisen;
    @Size(max = 1000) private String verantwoording;
    /** The money value of the voorziening (natura cost or Pgb), compared with the four-eyes amount. */
    private BigDecimal waarde;
    @Size(max = 500, message = "Bijdrage mag hoogstens 500 tekens zijn.") private String bijdrage;
    @Column(name = "beschikkingsdatum") private LocalDate beschikkingsdatum;
    @Column(name = "ingangsdatum") private LocalDate ingangsdatum;
    @Column(name = "einddatum") private LocalDate einddatum;
    @NotBlank @Column(name = "regelset_versie") private String regelsetVersie;
    @NotBlank private String conclusie;
    private boolean afwijkend;
    @Lob @Basic(fetch = FetchType.LAZY) @NotBlank private String motivering;
    @Column(name = "vier_ogen_reden") private String vierOgenReden;
    @Column(name = "opgesteld_door") private String opgesteldDoor;
    @Column(name = "goedgekeurd_door") private String goedgekeurdDoor;
    @Column(name = "goedgekeurd_op") private LocalDateTime goedgekeurdOp;
    @Enumerated(EnumType.STRING) private Status status;
    @Column(name = "verzonden_op") private LocalDate verzondenOp;
    @Column(name = "bezwaar_uiterlijk") private LocalDate bezwaarUiterlijk;
    @Column(name = "beeindigd_op") private LocalDate beeindigdOp;
    @Size(max = 1000) @Column(name = "beeindigingsreden") private String beeindigingsreden;

    @Version
    private long version;

    protected Beschikking() {
    }

    public Beschikking(Melding melding, Soort soort, LocalDate beschikkingsdatum, String regelsetVersie, String conclusie,
                       String motivering, String opgesteldDoor) {
        this.melding = melding;
        this.client = melding.getClient();
        this.gemeenteCode = melding.getGemeenteCode();
        this.soort = soort;
        this.beschikkingsdatum = beschikkingsdatum;
        this.regelsetVersie = regelsetVersie;
        this.conclusie = conclusie;
        this.motivering = motivering;
        this.opgesteldDoor = opgesteldDoor;
    }

    public boolean negatief() {
        return !soort.toekenning();
    }

    /** Whether the indicatie runs on {@code datum}. */
    public boolean loopt(LocalDate datum) {
        return soort.toekenning() && status == Status.VERZONDEN && !ingangsdatum.isAfter(datum)
                && (einddatum == null || !einddatum.isBefore(datum)) && (beeindigdOp == null || beeindigdOp.isAfter(datum));
    }

    public void goedkeuren(String door, LocalDateTime op) { this.goedgekeurdDoor = door; this.goedgekeurdOp = op; this.status = Status.GOEDGEKEURD; }
    public void afkeuren(String door, LocalDateTime op) { this.goedgekeurdDoor = door; this.goedgekeurdOp = op; this.status = Status.AFGEKEURD; }
    public void verzonden(LocalDate op, LocalDate bezwaarUiterlijk) { this.verzondenOp = op; this.bezwaarUiterlijk = bezwaarUiterlijk; this.status = Status.VERZONDEN; }
    public void beeindig(LocalDate op, String reden) { this.beeindigdOp = op; this.beeindigingsreden = reden; }

    public Long getId() { return id; }
    public Melding getMelding() { return melding; }
    public Client getClient() { return client; }
    public String getGemeenteCode() { return gemeenteCode; }
    public Soort getSoort() { return soort; }
    public String getVoorziening() { return voorziening; }
    public void setVoorziening(String v) { this.voorziening = v; }
    public String getResultaat() { return resultaat; }
    public void setResultaat(String v) { this.resultaat = v; }
    public String getWijzeVerstrekking() { return wijzeVerstrekking; }
    public void setWijzeVerstrekking(String v) { this.wijzeVerstrekking = v; }
    public String getAndereVoorzieningen() { return andereVoorzieningen; }
    public void setAndereVoorzieningen(String v) { this.andereVoorzieningen = v; }
    public BigDecimal getPgbBedrag() { return pgbBedrag; }
    public void setPgbBedrag(BigDecimal v) { this.pgbBedrag = v; }
    public String getPgbBerekening() { return pgbBerekening; }
    public void setPgbBerekening(String v) { this.pgbBerekening = v; }
    public String getKwaliteitseisen() { return kwaliteitseisen; }
    public void setKwaliteitseisen(String v) { this.kwaliteitseisen = v; }
    public String getVerantwoording() { return verantwoording; }
    public void setVerantwoording(String v) { this.verantwoording = v; }
    public BigDecimal getWaarde() { return waarde; }
    public void setWaarde(BigDecimal v) { this.waarde = v; }
    public String getBijdrage() { return bijdrage; }
    public void setBijdrage(String v) { this.bijdrage = v; }
    public LocalDate getBeschikkingsdatum() { return beschikkingsdatum; }
    public LocalDate getIngangsdatum() { return ingangsdatum; }
    public void setIngangsdatum(LocalDate v) { this.ingangsdatum = v; }
    public LocalDate getEinddatum() { return einddatum; }
    public void setEinddatum(LocalDate v) { this.einddatum = v; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public String getConclusie() { return conclusie; }
    public boolean isAfwijkend() { return afwijkend; }
    public void setAfwijkend(boolean v) { this.afwijkend = v; }
    public String getMotivering() { return motivering; }
    public String getVierOgenReden() { return vierOgenReden; }
    public void setVierOgenReden(String v) { this.vierOgenReden = v; }
    public String getOpgesteldDoor() { return opgesteldDoor; }
    public String getGoedgekeurdDoor() { return goedgekeurdDoor; }
    public LocalDateTime getGoedgekeurdOp() { return goedgekeurdOp; }
    public Status getStatus() { return status; }
    public void setStatus(Status v) { this.status = v; }
    public LocalDate getVerzondenOp() { return verzondenOp; }
    public LocalDate getBezwaarUiterlijk() { return bezwaarUiterlijk; }
    public LocalDate getBeeindigdOp() { return beeindigdOp; }
    public String getBeeindigingsreden() { return beeindigingsreden; }
    public long getVersion() { return version; }
}
