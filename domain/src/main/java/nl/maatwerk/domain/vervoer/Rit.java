package nl.maatwerk.domain.vervoer;

import jakarta.persistence.*;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Een rit van de vervoerder, geïdentificeerd door pas en moment (V12: een pashouder begint niet twee ritten op
 * hetzelfde moment). Ritten worden in bulk geschreven door {@link RittenOpslag} (COPY op PostgreSQL,
 * JDBC-batches op H2); deze entiteit is om ze te lezen.
 */
@Entity
@Table(name = "rit")
@IdClass(Rit.Sleutel.class)
public class Rit {

    /** De sleutel: pas en moment (een gewone klasse: JPA vult de velden zelf). */
    public static class Sleutel implements Serializable {
        private Long pasId;
        private LocalDateTime moment;

        public Sleutel() {
        }

        public Sleutel(Long pasId, LocalDateTime moment) {
            this.pasId = pasId;
            this.moment = moment;
        }

        public Long getPasId() { return pasId; }
        public LocalDateTime getMoment() { return moment; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && java.util.Objects.equals(pasId, s.pasId) && java.util.Objects.equals(moment, s.moment);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(pasId, moment);
        }
    }

    @Id
    @Column(name = "pas_id")
    private Long pasId;

    @Id
    private LocalDateTime moment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "pas_id", insertable = false, updatable = false)
    private Regiotaxipas pas;

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

    public Long getPasId() { return pasId; }
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
