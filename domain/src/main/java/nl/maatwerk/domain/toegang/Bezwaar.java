package nl.maatwerk.domain.toegang;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** T-17: bezwaar against a beschikking; T-18: a new opdracht to the provider when upheld. */
@Entity
@Table(name = "bezwaar")
public class Bezwaar {

    public enum Uitkomst { GEGROND, ONGEGROND, NIET_ONTVANKELIJK, INGETROKKEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "beschikking_id")
    private Beschikking beschikking;

    @Column(name = "ontvangen_op") private LocalDate ontvangenOp;
    private boolean tijdig;
    @NotBlank(message = "Gronden van het bezwaar zijn verplicht.")
    @Size(max = 4000, message = "Gronden mogen hoogstens 4000 tekens zijn.")
    private String gronden;
    @Column(name = "beslissen_uiterlijk") private LocalDate beslissenUiterlijk;
    @Enumerated(EnumType.STRING) private Uitkomst uitkomst;
    @Column(name = "beslist_op") private LocalDate beslistOp;
    @Column(name = "opdracht_aanbieder_op") private LocalDate opdrachtAanbiederOp;
    @Column(name = "aanbieder_start_uiterlijk") private LocalDate aanbiederStartUiterlijk;

    @Version
    private long version;

    protected Bezwaar() {
    }

    public Bezwaar(Beschikking beschikking, LocalDate ontvangenOp, boolean tijdig, String gronden, LocalDate beslissenUiterlijk) {
        this.beschikking = beschikking;
        this.beslissenUiterlijk = beslissenUiterlijk;
        this.ontvangenOp = ontvangenOp;
        this.tijdig = tijdig;
        this.gronden = gronden;
    }

    public void beslist(Uitkomst uitkomst, LocalDate op, LocalDate opdrachtAanbiederOp, LocalDate aanbiederStartUiterlijk) {
        this.uitkomst = uitkomst;
        this.beslistOp = op;
        this.opdrachtAanbiederOp = opdrachtAanbiederOp;
        this.aanbiederStartUiterlijk = aanbiederStartUiterlijk;
    }

    public Long getId() { return id; }
    public Beschikking getBeschikking() { return beschikking; }
    public LocalDate getOntvangenOp() { return ontvangenOp; }
    public boolean isTijdig() { return tijdig; }
    public String getGronden() { return gronden; }
    public LocalDate getBeslissenUiterlijk() { return beslissenUiterlijk; }
    public Uitkomst getUitkomst() { return uitkomst; }
    public LocalDate getBeslistOp() { return beslistOp; }
    public LocalDate getOpdrachtAanbiederOp() { return opdrachtAanbiederOp; }
    public LocalDate getAanbiederStartUiterlijk() { return aanbiederStartUiterlijk; }
    public long getVersion() { return version; }
}
