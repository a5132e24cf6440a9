package nl.maatwerk.domain.dienstverlening;

import jakarta.persistence.*;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** Het bedrag per maand dat een gecontracteerde aanbieder krijgt voor een resultaatgebied en trede (E-02). */
@Entity
@Table(name = "contract_tarief")
public class Tarief {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @NotBlank(message = "Resultaatgebied is verplicht.")
    private String resultaatgebied;

    @Min(value = 1, message = "Trede is minstens 1.")
    @Max(value = 7, message = "Trede is hoogstens 7.")
    private int trede;

    @NotNull(message = "Tarief per maand is verplicht.")
    @PositiveOrZero(message = "Tarief per maand mag niet negatief zijn.")
    @Column(name = "per_maand")
    private BigDecimal perMaand;

    @PositiveOrZero(message = "Opslag voor vervoer mag niet negatief zijn.")
    private BigDecimal vervoerstoeslag;

    protected Tarief() {
    }

    Tarief(Contract contract, String resultaatgebied, int trede, BigDecimal perMaand, BigDecimal vervoerstoeslag) {
        this.contract = contract;
        this.resultaatgebied = resultaatgebied;
        this.trede = trede;
        this.perMaand = perMaand;
        this.vervoerstoeslag = vervoerstoeslag;
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public String getResultaatgebied() { return resultaatgebied; }
    public int getTrede() { return trede; }
    public BigDecimal getPerMaand() { return perMaand; }
    public BigDecimal getVervoerstoeslag() { return vervoerstoeslag; }
}
