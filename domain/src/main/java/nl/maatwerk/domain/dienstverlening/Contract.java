package nl.maatwerk.domain.dienstverlening;

import jakarta.persistence.*;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import nl.maatwerk.domain.kern.Gemeente;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Het contract van een aanbieder met een gemeente, met de tarieven per resultaatgebied en trede. */
@Entity
@Table(name = "aanbieder_contract")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Aanbieder is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "aanbieder_id")
    private Aanbieder aanbieder;

    @NotNull(message = "Gemeente is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code")
    private Gemeente gemeente;

    @NotNull(message = "Geldig vanaf is verplicht.")
    @Column(name = "geldig_van")
    private LocalDate geldigVan;

    @Column(name = "geldig_tot")
    private LocalDate geldigTot;

    private boolean oggz;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("resultaatgebied, trede")
    private List<Tarief> tarieven = new ArrayList<>();

    @Version
    private long version;

    protected Contract() {
    }

    public Contract(Aanbieder aanbieder, Gemeente gemeente, LocalDate geldigVan, LocalDate geldigTot, boolean oggz) {
        this.aanbieder = aanbieder;
        this.gemeente = gemeente;
        this.geldigVan = geldigVan;
        this.geldigTot = geldigTot;
        this.oggz = oggz;
    }

    public Tarief voegTariefToe(String resultaatgebied, int trede, java.math.BigDecimal perMaand, java.math.BigDecimal vervoerstoeslag) {
        Tarief t = new Tarief(this, resultaatgebied, trede, perMaand, vervoerstoeslag);
        tarieven.add(t);
        return t;
    }

    @AssertTrue(message = "Geldig tot mag niet voor geldig vanaf liggen.")
    public boolean isPeriodeLogisch() {
        return geldigVan == null || geldigTot == null || !geldigTot.isBefore(geldigVan);
    }

    public boolean geldigOp(LocalDate d) {
        return !d.isBefore(geldigVan) && (geldigTot == null || !d.isAfter(geldigTot));
    }

    public Long getId() { return id; }
    public Aanbieder getAanbieder() { return aanbieder; }
    public Gemeente getGemeente() { return gemeente; }
    public LocalDate getGeldigVan() { return geldigVan; }
    public LocalDate getGeldigTot() { return geldigTot; }
    public boolean isOggz() { return oggz; }
    public List<Tarief> getTarieven() { return tarieven; }
    public long getVersion() { return version; }
}
