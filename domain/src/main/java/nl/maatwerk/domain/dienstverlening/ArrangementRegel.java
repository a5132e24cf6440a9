package nl.maatwerk.domain.dienstverlening;

import jakarta.persistence.*;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.List;

/** Eén resultaatgebied met zijn trede en subdoelen (één per regel) in een arrangement. */
@Entity
@Table(name = "arrangement_regel")
public class ArrangementRegel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "arrangement_id")
    private Arrangement arrangement;

    private int volgnummer;

    @NotBlank(message = "Resultaatgebied is verplicht.")
    private String resultaatgebied;

    @Min(value = 1, message = "Trede is minstens 1.")
    @Max(value = 7, message = "Trede is hoogstens 7.")
    private int trede;

    @NotBlank(message = "Noem minstens één subdoel.")
    @Size(max = 2000, message = "Subdoelen mogen samen hoogstens 2000 tekens zijn.")
    private String subdoelen;

    private boolean vervoer;

    protected ArrangementRegel() {
    }

    ArrangementRegel(Arrangement arrangement, int volgnummer, String resultaatgebied, int trede, String subdoelen, boolean vervoer) {
        this.arrangement = arrangement;
        this.volgnummer = volgnummer;
        this.resultaatgebied = resultaatgebied;
        this.trede = trede;
        this.subdoelen = subdoelen;
        this.vervoer = vervoer;
    }

    public List<String> subdoelenLijst() {
        return Arrays.stream(subdoelen.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() { return id; }
    public Arrangement getArrangement() { return arrangement; }
    public int getVolgnummer() { return volgnummer; }
    public String getResultaatgebied() { return resultaatgebied; }
    public int getTrede() { return trede; }
    public String getSubdoelen() { return subdoelen; }
    public boolean isVervoer() { return vervoer; }
}
