package nl.maatwerk.domain.dienstverlening;

import jakarta.persistence.*;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;

import java.time.LocalDate;

/** O-01: een calamiteit of geweldsincident dat een aanbieder aan de toezichthoudend ambtenaar meldde. */
@Entity
@Table(name = "calamiteitmelding")
public class Calamiteitmelding {

    public enum Soort { CALAMITEIT, GEWELD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Aanbieder is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "aanbieder_id")
    private Aanbieder aanbieder;

    @NotNull(message = "Gemeente is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code")
    private Gemeente gemeente;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @NotNull(message = "Soort is verplicht.")
    @Enumerated(EnumType.STRING)
    private Soort soort;

    @NotNull(message = "Datum van het voorval is verplicht.")
    @Column(name = "datum_voorval")
    private LocalDate datumVoorval;

    @NotNull(message = "Datum van de melding is verplicht.")
    @Column(name = "datum_melding")
    private LocalDate datumMelding;

    @NotBlank(message = "Omschrijving is verplicht.")
    @Size(max = 2000, message = "Omschrijving mag hoogstens 2000 tekens zijn.")
    private String omschrijving;

    private boolean tijdig;

    private boolean onderzocht;

    @Size(max = 2000, message = "Bevinding mag hoogstens 2000 tekens zijn.")
    private String bevinding;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String motivering;

    @Version
    private long version;

    protected Calamiteitmelding() {
    }

    public Calamiteitmelding(Aanbieder aanbieder, Gemeente gemeente, Client client, Soort soort, LocalDate datumVoorval,
                             LocalDate datumMelding, String omschrijving, boolean tijdig, String motivering) {
        this.aanbieder = aanbieder;
        this.gemeente = gemeente;
        this.client = client;
        this.soort = soort;
        this.datumVoorval = datumVoorval;
        this.datumMelding = datumMelding;
        this.omschrijving = omschrijving;
        this.tijdig = tijdig;
        this.motivering = motivering;
    }

    @AssertTrue(message = "De melding kan niet vóór het voorval liggen.")
    public boolean isDatumsLogisch() {
        return datumVoorval == null || datumMelding == null || !datumMelding.isBefore(datumVoorval);
    }

    /** O-01: het onderzoek is afgerond; de motivering krijgt de toepassing van de regel bij de afronding erbij. */
    public void onderzoekAfgerond(String bevinding, String motiveringAfronding) {
        // The lazy motivering first: fetching it after the other fields are set would reset them in memory (EclipseLink fetch group).
        String eerder = getMotivering();
        this.motivering = eerder == null ? motiveringAfronding : eerder + "\n" + motiveringAfronding;
        this.onderzocht = true;
        this.bevinding = bevinding;
    }

    public Long getId() { return id; }
    public Aanbieder getAanbieder() { return aanbieder; }
    public Gemeente getGemeente() { return gemeente; }
    public Client getClient() { return client; }
    public Soort getSoort() { return soort; }
    public LocalDate getDatumVoorval() { return datumVoorval; }
    public LocalDate getDatumMelding() { return datumMelding; }
    public String getOmschrijving() { return omschrijving; }
    public boolean isTijdig() { return tijdig; }
    public boolean isOnderzocht() { return onderzocht; }
    public String getBevinding() { return bevinding; }
    public String getMotivering() { return motivering; }
    public long getVersion() { return version; }
}
