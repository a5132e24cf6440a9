package nl.maatwerk.domain.vervoer;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Een signaal voor de werkvoorraad van de consulent: het km- of zonebudget van een pas is in een jaar voor
 * 80 % of 100 % gebruikt, of er zijn ritten buiten de straal of het reisgebied (V-02, V-03).
 */
@Entity
@Table(name = "vervoersignaal")
public class Vervoersignaal {

    public enum Soort { KM, ZONES, BUITEN_GEBIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "pas_id")
    private Regiotaxipas pas;

    private int jaar;

    @Enumerated(EnumType.STRING)
    private Soort soort;

    /** 80 of 100 (procent van het budget); bij BUITEN_GEBIED 0. */
    private int drempel;

    private BigDecimal gebruikt;
    private Integer budget;

    @Column(name = "aangemaakt_op")
    private LocalDateTime aangemaaktOp;

    private boolean afgehandeld;

    @Version
    private long version;

    protected Vervoersignaal() {
    }

    public Vervoersignaal(Regiotaxipas pas, int jaar, Soort soort, int drempel, BigDecimal gebruikt, Integer budget, LocalDateTime aangemaaktOp) {
        this.pas = pas;
        this.jaar = jaar;
        this.soort = soort;
        this.drempel = drempel;
        this.gebruikt = gebruikt;
        this.budget = budget;
        this.aangemaaktOp = aangemaaktOp;
    }

    /** Zoals de consulent het leest. */
    public String omschrijving() {
        return switch (soort) {
            case KM -> drempel + " % van het kilometerbudget gebruikt (" + gebruikt.stripTrailingZeros().toPlainString() + " van " + budget + " km)";
            case ZONES -> drempel + " % van het zonebudget gebruikt (" + gebruikt.stripTrailingZeros().toPlainString() + " van " + budget + " zones)";
            case BUITEN_GEBIED -> gebruikt.stripTrailingZeros().toPlainString() + " rit(ten) buiten de straal of het reisgebied";
        };
    }

    public Long getId() { return id; }
    public Regiotaxipas getPas() { return pas; }
    public int getJaar() { return jaar; }
    public Soort getSoort() { return soort; }
    public int getDrempel() { return drempel; }
    public BigDecimal getGebruikt() { return gebruikt; }
    public void setGebruikt(BigDecimal gebruikt) { this.gebruikt = gebruikt; }
    public Integer getBudget() { return budget; }
    public LocalDateTime getAangemaaktOp() { return aangemaaktOp; }
    public boolean isAfgehandeld() { return afgehandeld; }
    public void setAfgehandeld(boolean afgehandeld) { this.afgehandeld = afgehandeld; }
    public long getVersion() { return version; }
}
