package nl.maatwerk.domain.pgb;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Wat de SVB per budget en maand heeft besteed (budgetafsluiting), om met de eigen cijfers te vergelijken. */
@Entity
@Table(name = "pgb_svb_stand")
public class SvbStand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "budget_id")
    private Pgbbudget budget;

    private int jaar;
    private int maand;
    private BigDecimal besteed;

    @Column(name = "ingelezen_op")
    private LocalDateTime ingelezenOp;

    protected SvbStand() {
    }

    public SvbStand(Pgbbudget budget, int jaar, int maand, BigDecimal besteed, LocalDateTime ingelezenOp) {
        this.budget = budget;
        this.jaar = jaar;
        this.maand = maand;
        this.besteed = besteed;
        this.ingelezenOp = ingelezenOp;
    }

    public void setBesteed(BigDecimal besteed, LocalDateTime op) {
        this.besteed = besteed;
        this.ingelezenOp = op;
    }

    public Long getId() { return id; }
    public Pgbbudget getBudget() { return budget; }
    public int getJaar() { return jaar; }
    public int getMaand() { return maand; }
    public BigDecimal getBesteed() { return besteed; }
}
