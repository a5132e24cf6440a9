package nl.maatwerk.domain.pgb;

import jakarta.persistence.*;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Een terugvordering van Pgb-geld zonder rechtsgrond (P-08, 004 art. 15 lid 2; 001 §6.2). */
@Entity
@Table(name = "pgb_terugvordering")
public class PgbTerugvordering {

    public enum Status { OPEN, VERSTUURD, BETAALD, KWIJTGESCHOLDEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "budget_id")
    private Pgbbudget budget;

    @NotBlank
    @Column(name = "regel_id")
    private String regelId;

    @NotBlank(message = "Omschrijving van de terugvordering is verplicht.")
    @Size(max = 200, message = "Omschrijving van de terugvordering mag hoogstens 200 tekens zijn.")
    private String omschrijving;

    @NotNull(message = "Bedrag van de terugvordering is verplicht.")
    @DecimalMin(value = "0.01", message = "Bedrag van de terugvordering moet groter dan nul zijn.")
    private BigDecimal bedrag;

    @NotNull
    private LocalDate datum;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String berekening;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String motivering;

    @Version
    private long version;

    protected PgbTerugvordering() {
    }

    public PgbTerugvordering(Pgbbudget budget, String regelId, String omschrijving, BigDecimal bedrag, LocalDate datum,
                             String berekening, String motivering) {
        this.budget = budget;
        this.regelId = regelId;
        this.omschrijving = omschrijving;
        this.bedrag = bedrag;
        this.datum = datum;
        this.berekening = berekening;
        this.motivering = motivering;
    }

    public Long getId() { return id; }
    public Pgbbudget getBudget() { return budget; }
    public String getRegelId() { return regelId; }
    public String getOmschrijving() { return omschrijving; }
    public BigDecimal getBedrag() { return bedrag; }
    public LocalDate getDatum() { return datum; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getBerekening() { return berekening; }
    public String getMotivering() { return motivering; }
    public long getVersion() { return version; }
}
