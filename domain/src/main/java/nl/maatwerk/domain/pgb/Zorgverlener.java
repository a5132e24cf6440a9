package nl.maatwerk.domain.pgb;

import jakarta.persistence.*;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.kern.Gemeente;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Een hulp die uit een Pgb wordt betaald: soort (P-05), leeftijd (P-10), afstand (P-11) en VOG (P-15). */
@Entity
@Table(name = "pgb_zorgverlener")
public class Zorgverlener {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Gemeente van de zorgverlener is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code")
    private Gemeente gemeente;

    @NotBlank(message = "Code van de zorgverlener is verplicht.")
    @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "Code van de zorgverlener bestaat uit hoogstens 20 letters, cijfers of streepjes.")
    private String code;

    @NotBlank(message = "Naam van de zorgverlener is verplicht.")
    @Size(max = 200, message = "Naam van de zorgverlener mag hoogstens 200 tekens zijn.")
    private String naam;

    @NotNull(message = "Soort zorgverlener is verplicht.")
    @Enumerated(EnumType.STRING)
    private Zorgverlenersoort soort;

    @Past(message = "Geboortedatum van de zorgverlener moet in het verleden liggen.")
    private LocalDate geboortedatum;

    @NotNull(message = "Afstand van de zorgverlener is verplicht.")
    @DecimalMin(value = "0", message = "Afstand van de zorgverlener mag niet negatief zijn.")
    @Column(name = "afstand_km")
    private BigDecimal afstandKm;

    private boolean vog;

    @Version
    private long version;

    protected Zorgverlener() {
    }

    public Zorgverlener(Gemeente gemeente, String code, String naam, Zorgverlenersoort soort, LocalDate geboortedatum,
                        BigDecimal afstandKm, boolean vog) {
        this.gemeente = gemeente;
        this.code = code;
        this.naam = naam;
        this.soort = soort;
        this.geboortedatum = geboortedatum;
        this.afstandKm = afstandKm;
        this.vog = vog;
    }

    public Long getId() { return id; }
    public Gemeente getGemeente() { return gemeente; }
    public String getCode() { return code; }
    public String getNaam() { return naam; }
    public Zorgverlenersoort getSoort() { return soort; }
    public LocalDate getGeboortedatum() { return geboortedatum; }
    public BigDecimal getAfstandKm() { return afstandKm; }
    public boolean isVog() { return vog; }
    public void setVog(boolean vog) { this.vog = vog; }
    public long getVersion() { return version; }
}
