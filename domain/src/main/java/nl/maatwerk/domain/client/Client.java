package nl.maatwerk.domain.client;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.kern.Gemeente;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A resident who asks for support; registered in the gemeente of hoofdverblijf. */
@Entity
@Table(name = "client")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @GeldigBsn
    private String bsn;

    @NotBlank(message = "Voornamen zijn verplicht.")
    @Size(max = 200, message = "Voornamen mogen hoogstens 200 tekens zijn.")
    private String voornamen;

    @Size(max = 20, message = "Tussenvoegsel mag hoogstens 20 tekens zijn.")
    private String tussenvoegsel;

    @NotBlank(message = "Achternaam is verplicht.")
    @Size(max = 200, message = "Achternaam mag hoogstens 200 tekens zijn.")
    private String achternaam;

    /** Lower-cased copy of the achternaam so that name search can use an index on both databases. */
    @Column(name = "achternaam_zoek")
    private String achternaamZoek;

    @NotNull(message = "Geboortedatum is verplicht.")
    @Past(message = "Geboortedatum moet in het verleden liggen.")
    private LocalDate geboortedatum;

    @Size(max = 200, message = "Straat mag hoogstens 200 tekens zijn.")
    private String straat;

    @Size(max = 10, message = "Huisnummer mag hoogstens 10 tekens zijn.")
    private String huisnummer;

    @Pattern(regexp = "[1-9][0-9]{3}[A-Z]{2}", message = "Postcode moet de vorm 1234AB hebben.")
    private String postcode;

    @Size(max = 100, message = "Woonplaats mag hoogstens 100 tekens zijn.")
    private String woonplaats;

    @Size(max = 30, message = "Telefoonnummer mag hoogstens 30 tekens zijn.")
    private String telefoon;

    @Email(message = "E-mailadres is niet geldig.")
    @Size(max = 200, message = "E-mailadres mag hoogstens 200 tekens zijn.")
    private String email;

    @NotNull(message = "Gemeente van hoofdverblijf is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code")
    private Gemeente gemeente;

    @Column(name = "geregistreerd_op")
    private LocalDateTime geregistreerdOp;

    @Valid
    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("soort, naam")
    private List<Betrokkene> betrokkenen = new ArrayList<>();

    @Version
    private long version;

    protected Client() {
    }

    public Client(String bsn, String voornamen, String tussenvoegsel, String achternaam, LocalDate geboortedatum,
                  Gemeente gemeente) {
        this.bsn = Bsn.normaliseer(bsn);
        this.voornamen = voornamen;
        this.tussenvoegsel = leegIsNull(tussenvoegsel);
        this.achternaam = achternaam;
        this.geboortedatum = geboortedatum;
        this.gemeente = gemeente;
    }

    @PrePersist
    @PreUpdate
    void voorOpslaan() {
        achternaamZoek = achternaam == null ? null : achternaam.toLowerCase(Locale.ROOT);
        if (geregistreerdOp == null) {
            geregistreerdOp = LocalDateTime.now();
        }
    }

    public void setAdres(String straat, String huisnummer, String postcode, String woonplaats) {
        this.straat = leegIsNull(straat);
        this.huisnummer = leegIsNull(huisnummer);
        this.postcode = normaliseerPostcode(postcode);
        this.woonplaats = leegIsNull(woonplaats);
    }

    public Betrokkene voegBetrokkeneToe(BetrokkeneSoort soort, String naam) {
        var betrokkene = new Betrokkene(this, soort, naam);
        betrokkenen.add(betrokkene);
        return betrokkene;
    }

    public static String normaliseerPostcode(String postcode) {
        String p = leegIsNull(postcode);
        return p == null ? null : p.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    static String leegIsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** "J. de Vries" style is left to screens; this is the full name as the BRP writes it. */
    public String volledigeNaam() {
        return voornamen + " " + (tussenvoegsel == null ? "" : tussenvoegsel + " ") + achternaam;
    }

    public Long getId() { return id; }
    public String getBsn() { return bsn; }
    public String getVoornamen() { return voornamen; }
    public void setVoornamen(String voornamen) { this.voornamen = voornamen; }
    public String getTussenvoegsel() { return tussenvoegsel; }
    public void setTussenvoegsel(String tussenvoegsel) { this.tussenvoegsel = leegIsNull(tussenvoegsel); }
    public String getAchternaam() { return achternaam; }
    public void setAchternaam(String achternaam) { this.achternaam = achternaam; }
    public LocalDate getGeboortedatum() { return geboortedatum; }
    public void setGeboortedatum(LocalDate geboortedatum) { this.geboortedatum = geboortedatum; }
    public String getStraat() { return straat; }
    public String getHuisnummer() { return huisnummer; }
    public String getPostcode() { return postcode; }
    public String getWoonplaats() { return woonplaats; }
    public String getTelefoon() { return telefoon; }
    public void setTelefoon(String telefoon) { this.telefoon = leegIsNull(telefoon); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = leegIsNull(email); }
    public Gemeente getGemeente() { return gemeente; }
    public LocalDateTime getGeregistreerdOp() { return geregistreerdOp; }
    public List<Betrokkene> getBetrokkenen() { return betrokkenen; }
    public long getVersion() { return version; }
}
