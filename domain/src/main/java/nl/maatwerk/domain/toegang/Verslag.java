package nl.maatwerk.domain.toegang;

import jakarta.persistence.*;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** T-09: the written verslag of the onderzoek, sent to the client, and what came back. */
@Entity
@Table(name = "verslag")
public class Verslag {

    public enum Status { VERZONDEN, AKKOORD, GEZIEN, NIET_RETOUR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "melding_id")
    private Melding melding;

    @Column(name = "gesprek_datum") private LocalDate gesprekDatum;
    private LocalDate uiterlijk;
    @Column(name = "verzonden_op") private LocalDate verzondenOp;
    @Column(name = "retour_uiterlijk") private LocalDate retourUiterlijk;
    @Enumerated(EnumType.STRING) private Status status = Status.VERZONDEN;
    @Column(name = "retour_op") private LocalDate retourOp;
    @Size(max = 2000, message = "Redenen bij 'gezien' mogen hoogstens 2000 tekens zijn.")
    @Column(name = "redenen_gezien") private String redenenGezien;
    @Size(max = 4000, message = "Opmerkingen mogen hoogstens 4000 tekens zijn.")
    private String opmerkingen;
    @Column(name = "geldt_als_aanvraag") private boolean geldtAlsAanvraag;

    @Version
    private long version;

    protected Verslag() {
    }

    public Verslag(Melding melding, LocalDate gesprekDatum, LocalDate uiterlijk, LocalDate verzondenOp, LocalDate retourUiterlijk) {
        this.melding = melding;
        this.gesprekDatum = gesprekDatum;
        this.uiterlijk = uiterlijk;
        this.verzondenOp = verzondenOp;
        this.retourUiterlijk = retourUiterlijk;
    }

    public void retour(Status status, LocalDate op, String redenenGezien, String opmerkingen, boolean geldtAlsAanvraag) {
        this.status = status;
        this.retourOp = op;
        this.redenenGezien = redenenGezien;
        this.opmerkingen = opmerkingen;
        this.geldtAlsAanvraag = geldtAlsAanvraag;
    }

    public Long getId() { return id; }
    public Melding getMelding() { return melding; }
    public LocalDate getGesprekDatum() { return gesprekDatum; }
    public LocalDate getUiterlijk() { return uiterlijk; }
    public LocalDate getVerzondenOp() { return verzondenOp; }
    public LocalDate getRetourUiterlijk() { return retourUiterlijk; }
    public Status getStatus() { return status; }
    public LocalDate getRetourOp() { return retourOp; }
    public String getRedenenGezien() { return redenenGezien; }
    public String getOpmerkingen() { return opmerkingen; }
    public boolean isGeldtAlsAanvraag() { return geldtAlsAanvraag; }
    public long getVersion() { return version; }
}
