package nl.maatwerk.domain.pgb;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Een getoetste declaratie: goedgekeurd of afgewezen met de regel-id's. Geschreven in JDBC-batches door
 * {@link DeclaratieOpslag}; hier alleen om te lezen.
 */
@Entity
@Table(name = "pgb_declaratie")
public class Declaratie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "import_id")
    private Declaratieimport declaratieimport;

    private int regelnummer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "budget_id")
    private Pgbbudget budget;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "zorgverlener_id")
    private Zorgverlener zorgverlener;

    @Column(name = "periode_van")
    private LocalDate periodeVan;
    @Column(name = "periode_tot")
    private LocalDate periodeTot;

    @Enumerated(EnumType.STRING)
    private Kostensoort kostensoort;
    @Column(name = "kostensoort_tekst")
    private String kostensoortTekst;

    private BigDecimal uren;
    private BigDecimal bedrag;
    private BigDecimal km;
    private boolean goedgekeurd;
    private String regels;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String motivering;

    protected Declaratie() {
    }

    public Long getId() { return id; }
    public Declaratieimport getDeclaratieimport() { return declaratieimport; }
    public int getRegelnummer() { return regelnummer; }
    public Pgbbudget getBudget() { return budget; }
    public Zorgverlener getZorgverlener() { return zorgverlener; }
    public LocalDate getPeriodeVan() { return periodeVan; }
    public LocalDate getPeriodeTot() { return periodeTot; }
    public Kostensoort getKostensoort() { return kostensoort; }
    public String getKostensoortTekst() { return kostensoortTekst; }
    public BigDecimal getUren() { return uren; }
    public BigDecimal getBedrag() { return bedrag; }
    public BigDecimal getKm() { return km; }
    public boolean isGoedgekeurd() { return goedgekeurd; }
    public String getRegels() { return regels; }
    public String getMotivering() { return motivering; }
}
