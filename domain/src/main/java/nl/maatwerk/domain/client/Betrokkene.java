package nl.maatwerk.domain.client;

import jakarta.persistence.*;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contactpersoon, mantelzorger, gemachtigde or wettelijk vertegenwoordiger of a client. */
@Entity
@Table(name = "betrokkene")
public class Betrokkene {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @NotNull(message = "Soort betrokkene is verplicht.")
    @Enumerated(EnumType.STRING)
    private BetrokkeneSoort soort;

    @NotBlank(message = "Naam van de betrokkene is verplicht.")
    @Size(max = 200, message = "Naam van de betrokkene mag hoogstens 200 tekens zijn.")
    private String naam;

    @Size(max = 100, message = "Relatie mag hoogstens 100 tekens zijn.")
    private String relatie;

    @Size(max = 30, message = "Telefoonnummer van de betrokkene mag hoogstens 30 tekens zijn.")
    private String telefoon;

    @Email(message = "E-mailadres van de betrokkene is niet geldig.")
    @Size(max = 200, message = "E-mailadres van de betrokkene mag hoogstens 200 tekens zijn.")
    private String email;

    /** A mantelzorger may live elsewhere (O-02), so the address is kept apart from the client's. */
    @Size(max = 300, message = "Adres van de betrokkene mag hoogstens 300 tekens zijn.")
    private String adres;

    @Version
    private long version;

    protected Betrokkene() {
    }

    Betrokkene(Client client, BetrokkeneSoort soort, String naam) {
        this.client = client;
        this.soort = soort;
        this.naam = naam;
    }

    public Long getId() { return id; }
    public Client getClient() { return client; }
    public BetrokkeneSoort getSoort() { return soort; }
    public String getNaam() { return naam; }
    public String getRelatie() { return relatie; }
    public void setRelatie(String relatie) { this.relatie = Client.leegIsNull(relatie); }
    public String getTelefoon() { return telefoon; }
    public void setTelefoon(String telefoon) { this.telefoon = Client.leegIsNull(telefoon); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Client.leegIsNull(email); }
    public String getAdres() { return adres; }
    public void setAdres(String adres) { this.adres = Client.leegIsNull(adres); }
}
