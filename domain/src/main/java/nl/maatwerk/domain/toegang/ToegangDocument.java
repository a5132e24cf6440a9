package nl.maatwerk.domain.toegang;

import jakarta.persistence.*;

import java.time.LocalDateTime;

/** A letter or verslag exactly as it was sent: the PDF bytes are kept, never regenerated. */
@Entity
@Table(name = "toegang_document")
public class ToegangDocument {

    public enum Soort { ONTVANGSTBEVESTIGING, VERSLAG, VOORNEMEN, BESCHIKKING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "melding_id")
    private Melding melding;

    @Enumerated(EnumType.STRING) private Soort soort;
    private String titel;
    @Column(name = "gemaakt_op") private LocalDateTime gemaaktOp;
    @Lob @Basic(fetch = FetchType.LAZY) private byte[] inhoud;

    @Version
    private long version;

    protected ToegangDocument() {
    }

    /** A listing without the bytes. */
    public ToegangDocument(Long id, Soort soort, String titel, LocalDateTime gemaaktOp) {
        this.id = id;
        this.soort = soort;
        this.titel = titel;
        this.gemaaktOp = gemaaktOp;
    }

    public ToegangDocument(Melding melding, Soort soort, String titel, LocalDateTime gemaaktOp, byte[] inhoud) {
        this.melding = melding;
        this.soort = soort;
        this.titel = titel;
        this.gemaaktOp = gemaaktOp;
        this.inhoud = inhoud;
    }

    public Long getId() { return id; }
    public Melding getMelding() { return melding; }
    public Soort getSoort() { return soort; }
    public String getTitel() { return titel; }
    public LocalDateTime getGemaaktOp() { return gemaaktOp; }
    public byte[] getInhoud() { return inhoud; }
}
