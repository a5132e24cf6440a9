package nl.maatwerk.domain.toegang;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** T-17: before a negative or deviating decision, the client hears what is intended and may respond. */
@Entity
@Table(name = "voornemen")
public class Voornemen {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "melding_id")
    private Melding melding;

    @Column(name = "verzonden_op") private LocalDate verzondenOp;
    @Column(name = "reactie_uiterlijk") private LocalDate reactieUiterlijk;
    @NotBlank(message = "Strekking van het voornemen is verplicht.")
    @Size(max = 2000, message = "Strekking van het voornemen mag hoogstens 2000 tekens zijn.")
    private String strekking;
    @Column(name = "reactie_op") private LocalDate reactieOp;
    @Size(max = 4000, message = "Reactie mag hoogstens 4000 tekens zijn.")
    private String reactie;

    @Version
    private long version;

    protected Voornemen() {
    }

    public Voornemen(Melding melding, LocalDate verzondenOp, LocalDate reactieUiterlijk, String strekking) {
        this.melding = melding;
        this.verzondenOp = verzondenOp;
        this.reactieUiterlijk = reactieUiterlijk;
        this.strekking = strekking;
    }

    public void reactie(LocalDate op, String tekst) {
        this.reactieOp = op;
        this.reactie = tekst;
    }

    public Long getId() { return id; }
    public Melding getMelding() { return melding; }
    public LocalDate getVerzondenOp() { return verzondenOp; }
    public LocalDate getReactieUiterlijk() { return reactieUiterlijk; }
    public String getStrekking() { return strekking; }
    public LocalDate getReactieOp() { return reactieOp; }
    public String getReactie() { return reactie; }
    public long getVersion() { return version; }
}
