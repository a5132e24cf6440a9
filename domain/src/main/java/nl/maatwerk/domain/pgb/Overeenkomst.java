package nl.maatwerk.domain.pgb;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotNull;

/** De overeenkomst tussen budgethouder en hulp, goed te keuren door gemeente en SVB (P-03). */
@Entity
@Table(name = "pgb_overeenkomst")
public class Overeenkomst {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "budget_id")
    private Pgbbudget budget;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "zorgverlener_id")
    private Zorgverlener zorgverlener;

    private boolean goedgekeurd;

    @Version
    private long version;

    protected Overeenkomst() {
    }

    public Overeenkomst(Pgbbudget budget, Zorgverlener zorgverlener, boolean goedgekeurd) {
        this.budget = budget;
        this.zorgverlener = zorgverlener;
        this.goedgekeurd = goedgekeurd;
    }

    public Long getId() { return id; }
    public Pgbbudget getBudget() { return budget; }
    public Zorgverlener getZorgverlener() { return zorgverlener; }
    public boolean isGoedgekeurd() { return goedgekeurd; }
    public void setGoedgekeurd(boolean goedgekeurd) { this.goedgekeurd = goedgekeurd; }
}
