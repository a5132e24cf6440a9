package nl.maatwerk.domain.toegang;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** T-10: the written aanvraag, by the client or a gemachtigde / vertegenwoordiger. */
@Entity
@Table(name = "aanvraag")
public class Aanvraag {

    public enum Indiener { CLIENT, GEMACHTIGDE, VERTEGENWOORDIGER, MANTELZORGER, ANDERS }

    public enum Vorm { SCHRIFTELIJK, ONDERTEKEND_VERSLAG }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "melding_id")
    private Melding melding;

    @NotNull(message = "Datum van ontvangst is verplicht.")
    @Column(name = "ontvangen_op") private LocalDate ontvangenOp;
    @NotNull(message = "Ingediend door is verplicht.")
    @Enumerated(EnumType.STRING) @Column(name = "ingediend_door") private Indiener ingediendDoor;
    @Size(max = 200, message = "Naam van de indiener mag hoogstens 200 tekens zijn.")
    @Column(name = "naam_indiener") private String naamIndiener;
    @NotNull(message = "Vorm van de aanvraag is verplicht.")
    @Enumerated(EnumType.STRING) private Vorm vorm;
    @NotBlank(message = "Gevraagde voorziening is verplicht.")
    @Size(max = 200, message = "Gevraagde voorziening mag hoogstens 200 tekens zijn.")
    @Column(name = "gevraagde_voorziening") private String gevraagdeVoorziening;
    @Column(name = "beslissen_uiterlijk") private LocalDate beslissenUiterlijk;
    /** The day the decision was sent (T-11 met or missed); null while undecided. */
    @Column(name = "besloten_op") private LocalDate beslotenOp;

    @Version
    private long version;

    protected Aanvraag() {
    }

    public Aanvraag(Melding melding, LocalDate ontvangenOp, Indiener ingediendDoor, String naamIndiener, Vorm vorm,
                    String gevraagdeVoorziening, LocalDate beslissenUiterlijk) {
        this.melding = melding;
        this.ontvangenOp = ontvangenOp;
        this.ingediendDoor = ingediendDoor;
        this.naamIndiener = naamIndiener;
        this.vorm = vorm;
        this.gevraagdeVoorziening = gevraagdeVoorziening;
        this.beslissenUiterlijk = beslissenUiterlijk;
    }

    public Long getId() { return id; }
    public Melding getMelding() { return melding; }
    public LocalDate getOntvangenOp() { return ontvangenOp; }
    public Indiener getIngediendDoor() { return ingediendDoor; }
    public String getNaamIndiener() { return naamIndiener; }
    public Vorm getVorm() { return vorm; }
    public String getGevraagdeVoorziening() { return gevraagdeVoorziening; }
    public LocalDate getBeslissenUiterlijk() { return beslissenUiterlijk; }
    public LocalDate getBeslotenOp() { return beslotenOp; }
    public void setBeslotenOp(LocalDate v) { this.beslotenOp = v; }
    public long getVersion() { return version; }
}
