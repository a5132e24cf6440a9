package nl.maatwerk.domain.dienstverlening;

import jakarta.persistence.*;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Een verwerkt start- (WMO305) of stopbericht (WMO307); één per opdracht en soort, zodat opnieuw inlezen niets verandert. */
@Entity
@Table(name = "leveringsbericht")
public class Leveringsbericht {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opdracht_id")
    private Opdracht opdracht;

    private String soort;

    private LocalDate datum;

    private String reden;

    @Column(name = "ontvangen_op")
    private LocalDateTime ontvangenOp;

    protected Leveringsbericht() {
    }

    public Leveringsbericht(Opdracht opdracht, String soort, LocalDate datum, String reden, LocalDateTime ontvangenOp) {
        this.opdracht = opdracht;
        this.soort = soort;
        this.datum = datum;
        this.reden = reden;
        this.ontvangenOp = ontvangenOp;
    }

    public Long getId() { return id; }
    public Opdracht getOpdracht() { return opdracht; }
    public String getSoort() { return soort; }
    public LocalDate getDatum() { return datum; }
    public String getReden() { return reden; }
    public LocalDateTime getOntvangenOp() { return ontvangenOp; }
}
