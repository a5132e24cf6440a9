package nl.maatwerk.domain.pgb;

import jakarta.persistence.*;

import java.time.LocalDate;

/** Een signaal voor de werkvoorraad: een Pgb niet gebruikt (P-08) of een intrekkingsgrond (P-16). */
@Entity
@Table(name = "pgb_signaal")
public class Pgbsignaal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "budget_id")
    private Pgbbudget budget;

    /** Stabiel, bijvoorbeeld "pgb-budget-7-P-08". */
    private String referentie;

    @Column(name = "regel_id")
    private String regelId;

    private String tekst;
    private LocalDate datum;
    private boolean afgehandeld;

    @Version
    private long version;

    protected Pgbsignaal() {
    }

    public Pgbsignaal(Pgbbudget budget, String referentie, String regelId, String tekst, LocalDate datum) {
        this.budget = budget;
        this.referentie = referentie;
        this.regelId = regelId;
        this.tekst = tekst.length() > 1000 ? tekst.substring(0, 1000) : tekst;
        this.datum = datum;
    }

    public Long getId() { return id; }
    public Pgbbudget getBudget() { return budget; }
    public String getReferentie() { return referentie; }
    public String getRegelId() { return regelId; }
    public String getTekst() { return tekst; }
    public LocalDate getDatum() { return datum; }
    public boolean isAfgehandeld() { return afgehandeld; }
    public void afhandelen() { this.afgehandeld = true; }
}
