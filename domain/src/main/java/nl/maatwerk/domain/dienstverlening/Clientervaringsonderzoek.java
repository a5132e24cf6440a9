package nl.maatwerk.domain.dienstverlening;

import jakarta.persistence.*;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.kern.Gemeente;

import java.time.LocalDate;

/** O-03 (004 art. 18 lid 3): het jaarlijkse cliëntervaringsonderzoek van een gemeente, vastgelegd als uitgevoerd. */
@Entity
@Table(name = "clientervaringsonderzoek")
public class Clientervaringsonderzoek {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Gemeente is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code")
    private Gemeente gemeente;

    @Min(value = 2015, message = "Jaar ligt niet vóór 2015 (de Wmo 2015).")
    @Max(value = 2100, message = "Jaar ligt niet na 2100.")
    private int jaar;

    @NotNull(message = "Uitgevoerd op is verplicht.")
    @Column(name = "uitgevoerd_op")
    private LocalDate uitgevoerdOp;

    @Min(value = 0, message = "Aantal uitgenodigde cliënten is niet negatief.")
    private int uitgenodigd;

    @NotBlank(message = "Samenvatting van de uitkomst is verplicht.")
    @Size(max = 2000, message = "Samenvatting van de uitkomst mag hoogstens 2000 tekens zijn.")
    private String uitkomst;

    @NotBlank
    @Column(name = "regelset_versie")
    private String regelsetVersie;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String motivering;

    @NotBlank
    @Column(name = "vastgelegd_door")
    private String vastgelegdDoor;

    @Version
    private long version;

    protected Clientervaringsonderzoek() {
    }

    public Clientervaringsonderzoek(Gemeente gemeente, int jaar, LocalDate uitgevoerdOp, int uitgenodigd, String uitkomst,
                                    String regelsetVersie, String motivering, String vastgelegdDoor) {
        this.gemeente = gemeente;
        this.jaar = jaar;
        this.uitgevoerdOp = uitgevoerdOp;
        this.uitgenodigd = uitgenodigd;
        this.uitkomst = uitkomst;
        this.regelsetVersie = regelsetVersie;
        this.motivering = motivering;
        this.vastgelegdDoor = vastgelegdDoor;
    }

    public Long getId() { return id; }
    public Gemeente getGemeente() { return gemeente; }
    public int getJaar() { return jaar; }
    public LocalDate getUitgevoerdOp() { return uitgevoerdOp; }
    public int getUitgenodigd() { return uitgenodigd; }
    public String getUitkomst() { return uitkomst; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public String getMotivering() { return motivering; }
    public String getVastgelegdDoor() { return vastgelegdDoor; }
    public long getVersion() { return version; }
}
