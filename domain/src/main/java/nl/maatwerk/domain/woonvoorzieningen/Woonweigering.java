package nl.maatwerk.domain.woonvoorzieningen;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Een geweigerde aanvraag voor een woonvoorziening: wat er werd gevraagd, wanneer, met welke regelset, en (in
 * {@link Woonregeltoepassing}) elke grond met zijn artikel. De half gemaakte woonvoorziening zelf wordt niet
 * opgeslagen; de weigering wel, want die hoort in de beschikking en in de audit.
 */
@Entity
@Table(name = "woonweigering")
public class Woonweigering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Cliënt is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", updatable = false)
    private Client client;

    @Column(name = "aanvraag_id", updatable = false)
    private Long aanvraagId;

    @NotNull(message = "Soort is verplicht.")
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Voorzieningsoort soort;

    @NotBlank(message = "Omschrijving is verplicht.")
    @Size(max = 200, message = "Omschrijving mag hoogstens 200 tekens zijn.")
    @Column(updatable = false)
    private String omschrijving;

    @NotNull(message = "Aanvraagdatum is verplicht.")
    @Column(name = "aangevraagd_op", updatable = false)
    private LocalDate aangevraagdOp;

    @NotBlank(message = "Regelsetversie is verplicht.")
    @Column(name = "regelset_versie", updatable = false)
    private String regelsetVersie;

    @Column(name = "geweigerd_door", updatable = false)
    private String geweigerdDoor;

    @NotNull
    @Column(name = "geweigerd_op", updatable = false)
    private LocalDateTime geweigerdOp;

    protected Woonweigering() {
    }

    public Woonweigering(Client client, Long aanvraagId, Voorzieningsoort soort, String omschrijving, LocalDate aangevraagdOp,
                         String regelsetVersie, String geweigerdDoor) {
        this.client = client;
        this.aanvraagId = aanvraagId;
        this.soort = soort;
        this.omschrijving = omschrijving == null ? null : omschrijving.strip();
        this.aangevraagdOp = aangevraagdOp;
        this.regelsetVersie = regelsetVersie;
        this.geweigerdDoor = geweigerdDoor;
        this.geweigerdOp = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public Client getClient() { return client; }
    public Long getAanvraagId() { return aanvraagId; }
    public Voorzieningsoort getSoort() { return soort; }
    public String getOmschrijving() { return omschrijving; }
    public LocalDate getAangevraagdOp() { return aangevraagdOp; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public String getGeweigerdDoor() { return geweigerdDoor; }
    public LocalDateTime getGeweigerdOp() { return geweigerdOp; }
}
