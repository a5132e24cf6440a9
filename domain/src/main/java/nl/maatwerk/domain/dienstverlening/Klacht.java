package nl.maatwerk.domain.dienstverlening;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;

import java.time.LocalDate;

/** O-03: een klacht over een aanbieder, af te handelen volgens de klachtenregeling van de aanbieder. */
@Entity
@Table(name = "klacht")
public class Klacht {

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

    @NotNull(message = "Ontvangen op is verplicht.")
    @Column(name = "ontvangen_op")
    private LocalDate ontvangenOp;

    @NotBlank(message = "Onderwerp is verplicht.")
    @Size(max = 2000, message = "Onderwerp mag hoogstens 2000 tekens zijn.")
    private String onderwerp;

    @Column(name = "afgehandeld_op")
    private LocalDate afgehandeldOp;

    @Size(max = 2000, message = "Uitkomst mag hoogstens 2000 tekens zijn.")
    private String uitkomst;

    @Version
    private long version;

    protected Klacht() {
    }

    public Klacht(Aanbieder aanbieder, Gemeente gemeente, Client client, LocalDate ontvangenOp, String onderwerp) {
        this.aanbieder = aanbieder;
        this.gemeente = gemeente;
        this.client = client;
        this.ontvangenOp = ontvangenOp;
        this.onderwerp = onderwerp;
    }

    public void handelAf(LocalDate op, String uitkomst) {
        this.afgehandeldOp = op;
        this.uitkomst = uitkomst;
    }

    public Long getId() { return id; }
    public Aanbieder getAanbieder() { return aanbieder; }
    public Gemeente getGemeente() { return gemeente; }
    public Client getClient() { return client; }
    public LocalDate getOntvangenOp() { return ontvangenOp; }
    public String getOnderwerp() { return onderwerp; }
    public LocalDate getAfgehandeldOp() { return afgehandeldOp; }
    public String getUitkomst() { return uitkomst; }
    public long getVersion() { return version; }
}
