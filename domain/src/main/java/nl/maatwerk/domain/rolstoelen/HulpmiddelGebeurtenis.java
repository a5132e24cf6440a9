package nl.maatwerk.domain.rolstoelen;

import jakarta.persistence.*;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Een regel in de geschiedenis van een exemplaar; onderhoud en reparatie met hun kosten. Alleen toevoegen. */
@Entity
@Table(name = "hulpmiddel_gebeurtenis")
public class HulpmiddelGebeurtenis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "hulpmiddel_id", updatable = false)
    private Hulpmiddel hulpmiddel;

    @NotNull(message = "Soort gebeurtenis is verplicht.")
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private GebeurtenisSoort soort;

    @NotNull(message = "Datum is verplicht.")
    @Column(updatable = false)
    private LocalDate datum;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", updatable = false)
    private Client client;

    @NotBlank(message = "Omschrijving is verplicht.")
    @Size(max = 2000, message = "Omschrijving mag hoogstens 2000 tekens zijn.")
    @Column(updatable = false)
    private String omschrijving;

    @DecimalMin(value = "0.00", message = "Kosten mogen niet negatief zijn.")
    @Column(updatable = false)
    private BigDecimal kosten;

    @NotBlank
    @Column(updatable = false)
    private String gebruikersnaam;

    @NotNull
    @Column(name = "geregistreerd_op", updatable = false)
    private LocalDateTime geregistreerdOp;

    protected HulpmiddelGebeurtenis() {
    }

    public HulpmiddelGebeurtenis(Hulpmiddel hulpmiddel, GebeurtenisSoort soort, LocalDate datum, Client client,
                                 String omschrijving, BigDecimal kosten, String gebruikersnaam, LocalDateTime geregistreerdOp) {
        this.hulpmiddel = hulpmiddel;
        this.soort = soort;
        this.datum = datum;
        this.client = client;
        this.omschrijving = omschrijving;
        this.kosten = kosten;
        this.gebruikersnaam = gebruikersnaam;
        this.geregistreerdOp = geregistreerdOp;
    }

    public Long getId() { return id; }
    public Hulpmiddel getHulpmiddel() { return hulpmiddel; }
    public GebeurtenisSoort getSoort() { return soort; }
    public LocalDate getDatum() { return datum; }
    public Client getClient() { return client; }
    public String getOmschrijving() { return omschrijving; }
    public BigDecimal getKosten() { return kosten; }
    public String getGebruikersnaam() { return gebruikersnaam; }
    public LocalDateTime getGeregistreerdOp() { return geregistreerdOp; }
}
