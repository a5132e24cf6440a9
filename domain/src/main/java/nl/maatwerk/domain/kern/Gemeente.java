package nl.maatwerk.domain.kern;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@Entity
@Table(name = "gemeente")
@NamedQuery(name = Gemeente.ALLE, query = "select g from Gemeente g order by g.naam")
public class Gemeente {
    public static final String ALLE = "Gemeente.alle";

    /** CBS gemeentecode, four digits (e.g. 0222 Doetinchem). */
    @Id
    @NotBlank(message = "Gemeentecode is verplicht.")
    @Pattern(regexp = "\\d{4}", message = "Gemeentecode moet de CBS-code van vier cijfers zijn.")
    private String code;

    @NotBlank(message = "Naam van de gemeente is verplicht.")
    @Size(max = 100, message = "Naam van de gemeente mag hoogstens 100 tekens zijn.")
    private String naam;

    /** Used to divide an ISD's running costs between its gemeenten (O-06). */
    @PositiveOrZero(message = "Aantal inwoners mag niet negatief zijn.")
    private Integer inwoners;

    @NotNull(message = "Organisatie is verplicht.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisatie_id")
    private Organisatie organisatie;

    @Version
    private long version;

    protected Gemeente() {
    }

    public Gemeente(String code, String naam, Integer inwoners, Organisatie organisatie) {
        this.code = code;
        this.naam = naam;
        this.inwoners = inwoners;
        this.organisatie = organisatie;
    }

    public String getCode() { return code; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public Integer getInwoners() { return inwoners; }
    public void setInwoners(Integer inwoners) { this.inwoners = inwoners; }
    public Organisatie getOrganisatie() { return organisatie; }
    public long getVersion() { return version; }

    @Override
    public String toString() {
        return naam + " (" + code + ")";
    }
}
