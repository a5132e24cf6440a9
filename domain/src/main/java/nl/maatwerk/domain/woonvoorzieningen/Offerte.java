package nl.maatwerk.domain.woonvoorzieningen;

import jakarta.persistence.*;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Een offerte van een aannemer of leverancier voor een woonvoorziening. */
@Entity
@Table(name = "woonofferte")
public class Offerte {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "woonvoorziening_id", updatable = false)
    private Woonvoorziening woonvoorziening;

    @NotBlank(message = "Aannemer is verplicht.")
    @Size(max = 200, message = "Aannemer mag hoogstens 200 tekens zijn.")
    private String aannemer;

    @NotNull(message = "Bedrag is verplicht.")
    @DecimalMin(value = "0.00", message = "Bedrag kan niet negatief zijn.")
    private BigDecimal bedrag;

    /** Lost de offerte het probleem volledig op (adequaat)? Alleen adequate offertes tellen bij de keuze. */
    private boolean adequaat;

    private boolean gekozen;

    @Column(name = "ontvangen_op")
    private LocalDate ontvangenOp;

    protected Offerte() {
    }

    Offerte(Woonvoorziening woonvoorziening, String aannemer, BigDecimal bedrag, boolean adequaat, LocalDate ontvangenOp) {
        this.woonvoorziening = woonvoorziening;
        this.aannemer = aannemer == null ? null : aannemer.strip();
        this.bedrag = bedrag;
        this.adequaat = adequaat;
        this.ontvangenOp = ontvangenOp;
    }

    void setGekozen(boolean gekozen) {
        this.gekozen = gekozen;
    }

    public Long getId() { return id; }
    public String getAannemer() { return aannemer; }
    public BigDecimal getBedrag() { return bedrag; }
    public boolean isAdequaat() { return adequaat; }
    public boolean isGekozen() { return gekozen; }
    public LocalDate getOntvangenOp() { return ontvangenOp; }
}
