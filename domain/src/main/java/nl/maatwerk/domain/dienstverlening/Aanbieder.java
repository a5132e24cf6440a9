package nl.maatwerk.domain.dienstverlening;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Een zorgaanbieder met zijn AGB-code (8 cijfers) en of hij een klachtenregeling en medezeggenschap heeft (O-03).
 */
@Entity
@Table(name = "aanbieder")
public class Aanbieder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "AGB-code is verplicht.")
    @Pattern(regexp = "\\d{8}", message = "AGB-code bestaat uit 8 cijfers.")
    @Column(name = "agb_code")
    private String agbCode;

    @NotBlank(message = "Naam van de aanbieder is verplicht.")
    @Size(max = 200, message = "Naam van de aanbieder mag hoogstens 200 tekens zijn.")
    private String naam;

    private boolean klachtenregeling;

    private boolean medezeggenschap;

    @Version
    private long version;

    protected Aanbieder() {
    }

    public Aanbieder(String agbCode, String naam, boolean klachtenregeling, boolean medezeggenschap) {
        this.agbCode = agbCode;
        this.naam = naam;
        this.klachtenregeling = klachtenregeling;
        this.medezeggenschap = medezeggenschap;
    }

    public Long getId() { return id; }
    public String getAgbCode() { return agbCode; }
    public String getNaam() { return naam; }
    public boolean isKlachtenregeling() { return klachtenregeling; }
    public void setKlachtenregeling(boolean klachtenregeling) { this.klachtenregeling = klachtenregeling; }
    public boolean isMedezeggenschap() { return medezeggenschap; }
    public void setMedezeggenschap(boolean medezeggenschap) { this.medezeggenschap = medezeggenschap; }
    public long getVersion() { return version; }
}
