package nl.maatwerk.domain.kern;

import jakarta.persistence.*;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A member of the back-office staff. Works for one or more gemeenten, in one or more roles. */
@Entity
@Table(name = "gebruiker")
@NamedQuery(name = Gebruiker.OP_NAAM, query = "select g from Gebruiker g where g.gebruikersnaam = :naam")
@NamedQuery(name = Gebruiker.ALLE, query = "select g from Gebruiker g order by g.gebruikersnaam")
@NamedQuery(name = Gebruiker.AANTAL, query = "select count(g) from Gebruiker g")
@NamedQuery(name = Gebruiker.VAN_GEMEENTEN, query = "select g from Gebruiker g where g.gemeenten is empty"
        + " or exists (select gm from Gebruiker h join h.gemeenten gm where h = g and gm.code in :gemeenten)"
        + " order by g.gebruikersnaam")
// A log-on touches only the log-on columns and leaves the version alone: concurrent calls of one user (every API
// call authenticates) must not fail each other with an OptimisticLockException, nor a beheerder's edit. Native,
// because EclipseLink's JPQL bulk update raises the version too; Gebruiker is not in the shared cache.
@NamedNativeQuery(name = Gebruiker.AANGEMELD, query = "update gebruiker set mislukte_pogingen = 0,"
        + " geblokkeerd_tot = null, laatst_aangemeld = ?1 where id = ?2")
public class Gebruiker {
    public static final String AANGEMELD = "Gebruiker.aangemeld";
    public static final String OP_NAAM = "Gebruiker.opNaam";
    public static final String ALLE = "Gebruiker.alle";
    public static final String AANTAL = "Gebruiker.aantal";
    public static final String VAN_GEMEENTEN = "Gebruiker.vanGemeenten";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Gebruikersnaam is verplicht.")
    @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "Gebruikersnaam: 3 tot 60 kleine letters, cijfers, punt, streepje of liggend streepje.")
    private String gebruikersnaam;

    @NotBlank(message = "Naam is verplicht.")
    @Size(max = 200, message = "Naam mag hoogstens 200 tekens zijn.")
    private String naam;

    @Email(message = "E-mailadres is niet geldig.")
    @Size(max = 200, message = "E-mailadres mag hoogstens 200 tekens zijn.")
    private String email;

    @Column(name = "wachtwoord_hash")
    private String wachtwoordHash;

    private boolean actief = true;

    @Column(name = "mislukte_pogingen")
    private int misluktePogingen;

    @Column(name = "geblokkeerd_tot")
    private LocalDateTime geblokkeerdTot;

    @Column(name = "laatst_aangemeld")
    private LocalDateTime laatstAangemeld;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gebruiker_rol", joinColumns = @JoinColumn(name = "gebruiker_id"))
    @Column(name = "rol")
    @Enumerated(EnumType.STRING)
    private Set<Rol> rollen = EnumSet.noneOf(Rol.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "gebruiker_gemeente",
            joinColumns = @JoinColumn(name = "gebruiker_id"),
            inverseJoinColumns = @JoinColumn(name = "gemeente_code"))
    private Set<Gemeente> gemeenten = new HashSet<>();

    @Version
    private long version;

    protected Gebruiker() {
    }

    public Gebruiker(String gebruikersnaam, String naam, String wachtwoordHash) {
        this.gebruikersnaam = gebruikersnaam;
        this.naam = naam;
        this.wachtwoordHash = wachtwoordHash;
    }

    public Set<String> gemeenteCodes() {
        return gemeenten.stream().map(Gemeente::getCode).collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean heeftRol(Rol rol) {
        return rollen.contains(rol);
    }

    public Long getId() { return id; }
    public String getGebruikersnaam() { return gebruikersnaam; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWachtwoordHash() { return wachtwoordHash; }
    public void setWachtwoordHash(String wachtwoordHash) { this.wachtwoordHash = wachtwoordHash; }
    public boolean isActief() { return actief; }
    public void setActief(boolean actief) { this.actief = actief; }
    public int getMisluktePogingen() { return misluktePogingen; }
    public void setMisluktePogingen(int misluktePogingen) { this.misluktePogingen = misluktePogingen; }
    public LocalDateTime getGeblokkeerdTot() { return geblokkeerdTot; }
    public void setGeblokkeerdTot(LocalDateTime geblokkeerdTot) { this.geblokkeerdTot = geblokkeerdTot; }
    public LocalDateTime getLaatstAangemeld() { return laatstAangemeld; }
    public void setLaatstAangemeld(LocalDateTime laatstAangemeld) { this.laatstAangemeld = laatstAangemeld; }
    public Set<Rol> getRollen() { return rollen; }
    public Set<Gemeente> getGemeenten() { return gemeenten; }
    public long getVersion() { return version; }
}
