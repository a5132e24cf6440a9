package nl.maatwerk.domain.kern;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "organisatie")
@NamedQuery(name = Organisatie.ALLE, query = "select o from Organisatie o order by o.naam")
public class Organisatie {
    public static final String ALLE = "Organisatie.alle";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Naam van de organisatie is verplicht.")
    @Size(max = 200, message = "Naam van de organisatie mag hoogstens 200 tekens zijn.")
    private String naam;

    @NotNull(message = "Soort organisatie is verplicht.")
    @Enumerated(EnumType.STRING)
    private OrganisatieSoort soort;

    @OneToMany(mappedBy = "organisatie")
    @OrderBy("naam")
    private List<Gemeente> gemeenten = new ArrayList<>();

    @Version
    private long version;

    protected Organisatie() {
    }

    public Organisatie(String naam, OrganisatieSoort soort) {
        this.naam = naam;
        this.soort = soort;
    }

    public Long getId() { return id; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public OrganisatieSoort getSoort() { return soort; }
    public List<Gemeente> getGemeenten() { return gemeenten; }
    public long getVersion() { return version; }
}
