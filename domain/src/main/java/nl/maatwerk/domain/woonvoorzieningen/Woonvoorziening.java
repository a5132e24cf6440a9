package nl.maatwerk.domain.woonvoorzieningen;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Een woonvoorziening van een cliënt: soort, status (offerte → goedgekeurd → uitgevoerd → opgeleverd),
 * de offertes met de gekozen goedkoopst adequate, of de eigenaar is gehoord (W-13), bruikleen (W-12),
 * en de motivering van de beoordeling met de regelsetversie.
 */
@Entity
@Table(name = "woonvoorziening")
public class Woonvoorziening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Cliënt is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", updatable = false)
    private Client client;

    @NotNull(message = "Soort is verplicht.")
    @Enumerated(EnumType.STRING)
    private Voorzieningsoort soort;

    @NotBlank(message = "Omschrijving is verplicht.")
    @Size(max = 200, message = "Omschrijving mag hoogstens 200 tekens zijn.")
    private String omschrijving;

    @Enumerated(EnumType.STRING)
    private Gebruiksruimte ruimte;

    @NotNull(message = "Status is verplicht.")
    @Enumerated(EnumType.STRING)
    private Status status = Status.OFFERTE;

    @NotNull(message = "Aanvraagdatum is verplicht.")
    @Column(name = "aangevraagd_op")
    private LocalDate aangevraagdOp;

    @Column(name = "goedgekeurd_op")
    private LocalDate goedgekeurdOp;

    @Column(name = "uitgevoerd_op")
    private LocalDate uitgevoerdOp;

    @Column(name = "opgeleverd_op")
    private LocalDate opgeleverdOp;

    @Column(name = "eigenaar_gehoord")
    private boolean eigenaarGehoord;

    @Column(name = "eigenaar_gehoord_op")
    private LocalDate eigenaarGehoordOp;

    private boolean bruikleen;

    /** W-05: vastgelegd dat de beperkingen onvoorzien zijn gewijzigd (uitzondering op de wachttijd). */
    @Column(name = "onvoorziene_wijziging")
    private boolean onvoorzieneWijziging;

    @Size(max = 1000, message = "Toelichting op de wijziging mag hoogstens 1000 tekens zijn.")
    @Column(name = "toelichting_wijziging")
    private String toelichtingWijziging;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "woonadvies_id")
    private Woonadvies advies;

    @Column(name = "regelset_versie")
    private String regelsetVersie;

    /** De toegangsaanvraag (tabel aanvraag, V3) waarin deze woonvoorziening wordt beschikt; leeg zolang niet gekoppeld. */
    @Column(name = "aanvraag_id")
    private Long aanvraagId;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    private String motivering;

    @Valid
    @OneToMany(mappedBy = "woonvoorziening", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("bedrag, id")
    private List<Offerte> offertes = new ArrayList<>();

    @Version
    private long version;

    protected Woonvoorziening() {
    }

    public Woonvoorziening(Client client, Voorzieningsoort soort, String omschrijving, Gebruiksruimte ruimte, LocalDate aangevraagdOp) {
        this.client = client;
        this.soort = soort;
        this.omschrijving = omschrijving == null ? null : omschrijving.strip();
        this.ruimte = ruimte;
        this.aangevraagdOp = aangevraagdOp;
    }

    public Offerte voegOfferteToe(String aannemer, BigDecimal bedrag, boolean adequaat, LocalDate ontvangenOp) {
        Offerte offerte = new Offerte(this, aannemer, bedrag, adequaat, ontvangenOp);
        offertes.add(offerte);
        return offerte;
    }

    /** Kiest de goedkoopste adequate offerte (C-02, P-18); leeg als er geen adequate is. */
    public Optional<Offerte> kiesGoedkoopstAdequate() {
        offertes.forEach(o -> o.setGekozen(false));
        Optional<Offerte> keuze = offertes.stream().filter(Offerte::isAdequaat)
                .min(Comparator.comparing(Offerte::getBedrag).thenComparing(o -> o.getId() == null ? Long.MAX_VALUE : o.getId()));
        keuze.ifPresent(o -> o.setGekozen(true));
        return keuze;
    }

    public Optional<Offerte> getGekozenOfferte() {
        return offertes.stream().filter(Offerte::isGekozen).findFirst();
    }

    public void legBeoordeling(Woonadvies advies, String regelsetVersie, String motivering, boolean bruikleen,
                               boolean onvoorzieneWijziging, String toelichtingWijziging) {
        this.advies = advies;
        this.regelsetVersie = regelsetVersie;
        this.motivering = motivering;
        this.bruikleen = bruikleen;
        this.onvoorzieneWijziging = onvoorzieneWijziging;
        this.toelichtingWijziging = toelichtingWijziging;
    }

    public void koppelAanAanvraag(Long aanvraagId) {
        this.aanvraagId = aanvraagId;
    }

    public void eigenaarGehoord(LocalDate op) {
        this.eigenaarGehoord = true;
        this.eigenaarGehoordOp = op;
    }

    /** Zet de status één stap verder, met de datum. */
    public void naarStatus(Status nieuw, LocalDate op) {
        if (nieuw.ordinal() != status.ordinal() + 1) {
            throw new IllegalStateException("Een woonvoorziening met status " + status.omschrijving()
                    + " kan niet naar " + nieuw.omschrijving() + ".");
        }
        switch (nieuw) {
            case GOEDGEKEURD -> goedgekeurdOp = op;
            case UITGEVOERD -> uitgevoerdOp = op;
            case OPGELEVERD -> opgeleverdOp = op;
            default -> { }
        }
        status = nieuw;
    }

    public Long getId() { return id; }
    public Client getClient() { return client; }
    public Voorzieningsoort getSoort() { return soort; }
    public String getOmschrijving() { return omschrijving; }
    public Gebruiksruimte getRuimte() { return ruimte; }
    public Status getStatus() { return status; }
    public LocalDate getAangevraagdOp() { return aangevraagdOp; }
    public LocalDate getGoedgekeurdOp() { return goedgekeurdOp; }
    public LocalDate getUitgevoerdOp() { return uitgevoerdOp; }
    public LocalDate getOpgeleverdOp() { return opgeleverdOp; }
    public boolean isEigenaarGehoord() { return eigenaarGehoord; }
    public LocalDate getEigenaarGehoordOp() { return eigenaarGehoordOp; }
    public boolean isBruikleen() { return bruikleen; }
    public boolean isOnvoorzieneWijziging() { return onvoorzieneWijziging; }
    public String getToelichtingWijziging() { return toelichtingWijziging; }
    public Woonadvies getAdvies() { return advies; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public Long getAanvraagId() { return aanvraagId; }
    public String getMotivering() { return motivering; }
    public List<Offerte> getOffertes() { return List.copyOf(offertes); }
    public BigDecimal getGekozenBedrag() { return getGekozenOfferte().map(Offerte::getBedrag).orElse(null); }
    public long getVersion() { return version; }
}
