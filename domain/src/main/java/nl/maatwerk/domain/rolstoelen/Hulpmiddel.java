package nl.maatwerk.domain.rolstoelen;

import jakarta.persistence.*;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Eén exemplaar in het hulpmiddelendepot van een gemeente: soort, merk, model, serienummer, aanschaf en
 * leverancier, de status en (alleen als het is uitgegeven) de huidige houder. De geschiedenis staat in
 * {@link HulpmiddelGebeurtenis}, de verstrekkingen in {@link HulpmiddelVerstrekking}.
 */
@Entity
@Table(name = "hulpmiddel")
public class Hulpmiddel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Gemeente is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code", updatable = false)
    private Gemeente gemeente;

    @NotNull(message = "Soort is verplicht.")
    @Enumerated(EnumType.STRING)
    private Hulpmiddelsoort soort;

    @NotBlank(message = "Merk is verplicht.")
    @Size(max = 100, message = "Merk mag hoogstens 100 tekens zijn.")
    private String merk;

    @NotBlank(message = "Model is verplicht.")
    @Size(max = 100, message = "Model mag hoogstens 100 tekens zijn.")
    private String model;

    @NotBlank(message = "Serienummer is verplicht.")
    @Size(max = 60, message = "Serienummer mag hoogstens 60 tekens zijn.")
    private String serienummer;

    @NotNull(message = "Aanschafprijs is verplicht.")
    @DecimalMin(value = "0.00", message = "Aanschafprijs mag niet negatief zijn.")
    @Digits(integer = 8, fraction = 2, message = "Aanschafprijs heeft hoogstens 8 cijfers voor en 2 na de komma.")
    private BigDecimal aanschafprijs;

    @NotNull(message = "Aanschafdatum is verplicht.")
    @PastOrPresent(message = "Aanschafdatum mag niet in de toekomst liggen.")
    private LocalDate aanschafdatum;

    @NotBlank(message = "Leverancier is verplicht.")
    @Size(max = 120, message = "Leverancier mag hoogstens 120 tekens zijn.")
    private String leverancier;

    /** Een kindvoorziening: de afschrijvingsduur voor kinderen geldt. */
    private boolean kindmodel;

    @NotNull(message = "Status is verplicht.")
    @Enumerated(EnumType.STRING)
    private HulpmiddelStatus status = HulpmiddelStatus.IN_DEPOT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "houder_id")
    private Client houder;

    @Version
    private long version;

    protected Hulpmiddel() {
    }

    public Hulpmiddel(Gemeente gemeente, Hulpmiddelsoort soort, String merk, String model, String serienummer,
                      BigDecimal aanschafprijs, LocalDate aanschafdatum, String leverancier, boolean kindmodel) {
        this.gemeente = gemeente;
        this.soort = soort;
        this.merk = merk;
        this.model = model;
        this.serienummer = serienummer;
        this.aanschafprijs = aanschafprijs;
        this.aanschafdatum = aanschafdatum;
        this.leverancier = leverancier;
        this.kindmodel = kindmodel;
    }

    @AssertTrue(message = "Alleen een uitgegeven hulpmiddel heeft een houder.")
    public boolean isHouderLogisch() {
        return (status == HulpmiddelStatus.UITGEGEVEN) == (houder != null);
    }

    /** Geeft het exemplaar in bruikleen aan de cliënt; alleen vanuit het depot. */
    public void geefUit(Client client) {
        if (status != HulpmiddelStatus.IN_DEPOT) {
            throw new IllegalStateException("Hulpmiddel " + serienummer + " is niet in depot maar " + status.omschrijving() + ".");
        }
        this.houder = client;
        this.status = HulpmiddelStatus.UITGEGEVEN;
    }

    /** Neemt het exemplaar in; naar het depot, in onderhoud (schade) of afgeschreven (verloren). */
    public void neemIn(HulpmiddelStatus nieuw) {
        if (status != HulpmiddelStatus.UITGEGEVEN) {
            throw new IllegalStateException("Hulpmiddel " + serienummer + " is niet uitgegeven.");
        }
        this.houder = null;
        this.status = nieuw;
    }

    public void naarStatus(HulpmiddelStatus nieuw) {
        if (nieuw == HulpmiddelStatus.UITGEGEVEN || status == HulpmiddelStatus.UITGEGEVEN) {
            throw new IllegalStateException("Uitgeven en innemen gaan via geefUit en neemIn.");
        }
        this.status = nieuw;
    }

    public String omschrijving() {
        return soort.omschrijving() + " " + merk + " " + model + " (" + serienummer + ")";
    }

    public Long getId() { return id; }
    public Gemeente getGemeente() { return gemeente; }
    public Hulpmiddelsoort getSoort() { return soort; }
    public String getMerk() { return merk; }
    public String getModel() { return model; }
    public String getSerienummer() { return serienummer; }
    public BigDecimal getAanschafprijs() { return aanschafprijs; }
    public LocalDate getAanschafdatum() { return aanschafdatum; }
    public String getLeverancier() { return leverancier; }
    public boolean isKindmodel() { return kindmodel; }
    public HulpmiddelStatus getStatus() { return status; }
    public Client getHouder() { return houder; }
    public long getVersion() { return version; }
}
