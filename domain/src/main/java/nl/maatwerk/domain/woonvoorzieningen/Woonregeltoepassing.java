package nl.maatwerk.domain.woonvoorzieningen;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Eén toegepaste regel bij een advies, een woonvoorziening of een weigering, met de bron zoals de cliënt die
 * leest: wat de beschikkingsbrief citeert. Precies één eigenaar (ook een CHECK in de database).
 */
@Entity
@Table(name = "woonregeltoepassing")
public class Woonregeltoepassing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "woonadvies_id", updatable = false)
    private Long woonadviesId;

    @Column(name = "woonvoorziening_id", updatable = false)
    private Long woonvoorzieningId;

    @Column(name = "woonweigering_id", updatable = false)
    private Long woonweigeringId;

    @Column(updatable = false)
    private int volgnummer;

    @NotBlank(message = "Regel is verplicht.")
    @Column(name = "regel_id", updatable = false)
    private String regelId;

    @NotBlank(message = "Uitkomst is verplicht.")
    @Column(updatable = false)
    private String uitkomst;

    @Column(name = "bron_document", updatable = false)
    private String bronDocument;

    @Column(name = "bron_titel", updatable = false)
    private String bronTitel;

    @Column(name = "bron_artikel", updatable = false)
    private String bronArtikel;

    @Column(name = "bron_lid", updatable = false)
    private String bronLid;

    @NotBlank(message = "Motivering is verplicht.")
    @Size(max = 4000, message = "Motivering mag hoogstens 4000 tekens zijn.")
    @Column(updatable = false)
    private String motivering;

    protected Woonregeltoepassing() {
    }

    /** Eigenaar: zet daarna precies één van {@link #voorAdvies}, {@link #voorVoorziening}, {@link #voorWeigering}. */
    public Woonregeltoepassing(int volgnummer, String regelId, String uitkomst, String bronDocument, String bronTitel,
                               String bronArtikel, String bronLid, String motivering) {
        this.volgnummer = volgnummer;
        this.regelId = regelId;
        this.uitkomst = uitkomst;
        this.bronDocument = bronDocument;
        this.bronTitel = bronTitel;
        this.bronArtikel = bronArtikel;
        this.bronLid = bronLid;
        this.motivering = motivering;
    }

    public Woonregeltoepassing voorAdvies(long id) { woonadviesId = id; return this; }
    public Woonregeltoepassing voorVoorziening(long id) { woonvoorzieningId = id; return this; }
    public Woonregeltoepassing voorWeigering(long id) { woonweigeringId = id; return this; }

    public Long getId() { return id; }
    public Long getWoonadviesId() { return woonadviesId; }
    public Long getWoonvoorzieningId() { return woonvoorzieningId; }
    public Long getWoonweigeringId() { return woonweigeringId; }
    public int getVolgnummer() { return volgnummer; }
    public String getRegelId() { return regelId; }
    public String getUitkomst() { return uitkomst; }
    public String getBronDocument() { return bronDocument; }
    public String getBronTitel() { return bronTitel; }
    public String getBronArtikel() { return bronArtikel; }
    public String getBronLid() { return bronLid; }
    public String getMotivering() { return motivering; }
}
