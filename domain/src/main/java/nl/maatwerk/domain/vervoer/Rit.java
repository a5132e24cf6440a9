package nl.maatwerk.domain.vervoer;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Een rit van de vervoerder. Ritten worden in bulk geschreven door {@link RittenOpslag} (JDBC-batches);
 * deze entiteit is om ze te lezen.
 */
@Entity
@Table(name = "rit")
public class Rit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "pas_id")
    private Regiotaxipas pas;

    private LocalDateTime moment;
    private int jaar;
    private int maand;
    private String van;
    private String naar;
    private BigDecimal km;
    private int zones;
    private boolean begeleider;
    private boolean prioriteit;

    @Column(name = "buiten_gebied")
    private boolean buitenGebied;

    @Column(name = "import_id")
    private Long importId;

    protected Rit() {
    }

    public Long getId() { return id; }
    public Regiotaxipas getPas() { return pas; }
    public LocalDateTime getMoment() { return moment; }
    public int getJaar() { return jaar; }
    public int getMaand() { return maand; }
    public String getVan() { return van; }
    public String getNaar() { return naar; }
    public BigDecimal getKm() { return km; }
    public int getZones() { return zones; }
    public boolean isBegeleider() { return begeleider; }
    public boolean isPrioriteit() { return prioriteit; }
    public boolean isBuitenGebied() { return buitenGebied; }
    public Long getImportId() { return importId; }
}
