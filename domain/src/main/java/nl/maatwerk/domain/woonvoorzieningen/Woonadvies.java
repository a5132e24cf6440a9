package nl.maatwerk.domain.woonvoorzieningen;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.maatwerk.domain.client.Client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Een vastgesteld verhuizen-versus-aanpassen advies (W-01 tot en met W-04): de factoren, de kosten naast
 * elkaar, de uitkomst, de motivering met regel-id's en artikelen en de regelsetversie. Onveranderlijk na
 * opslaan: een nieuw onderzoek geeft een nieuw advies.
 */
@Entity
@Table(name = "woonadvies")
public class Woonadvies {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Cliënt is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", updatable = false)
    private Client client;

    @NotNull(message = "Uitkomst is verplicht.")
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AdviesUitkomst uitkomst;

    @NotNull(message = "Peildatum is verplicht.")
    @Column(updatable = false)
    private LocalDate peildatum;

    @NotBlank(message = "Regelsetversie is verplicht.")
    @Column(name = "regelset_versie", updatable = false)
    private String regelsetVersie;

    @Column(name = "aanpassingskosten", updatable = false)
    private BigDecimal aanpassingskosten;

    @Column(name = "verhuis_pgb_maximum", updatable = false)
    private BigDecimal verhuisPgbMaximum;

    @Column(name = "overige_verhuiskosten", updatable = false)
    private BigDecimal overigeVerhuiskosten;

    @Column(updatable = false)
    private int huishoudgrootte;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(updatable = false)
    private String motivering;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "woonadvies_factor", joinColumns = @JoinColumn(name = "woonadvies_id"))
    @OrderBy("letter")
    private List<AdviesFactor> factoren = new ArrayList<>();

    @Column(name = "vastgesteld_door", updatable = false)
    private String vastgesteldDoor;

    @Column(name = "vastgesteld_op", updatable = false)
    private LocalDateTime vastgesteldOp;

    @Version
    private long version;

    protected Woonadvies() {
    }

    public Woonadvies(Client client, AdviesUitkomst uitkomst, LocalDate peildatum, String regelsetVersie,
                      BigDecimal aanpassingskosten, BigDecimal verhuisPgbMaximum, BigDecimal overigeVerhuiskosten,
                      int huishoudgrootte, String motivering, List<AdviesFactor> factoren, String vastgesteldDoor) {
        this.client = client;
        this.uitkomst = uitkomst;
        this.peildatum = peildatum;
        this.regelsetVersie = regelsetVersie;
        this.aanpassingskosten = aanpassingskosten;
        this.verhuisPgbMaximum = verhuisPgbMaximum;
        this.overigeVerhuiskosten = overigeVerhuiskosten;
        this.huishoudgrootte = huishoudgrootte;
        this.motivering = motivering;
        this.factoren.addAll(factoren);
        this.vastgesteldDoor = vastgesteldDoor;
        this.vastgesteldOp = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public Client getClient() { return client; }
    public AdviesUitkomst getUitkomst() { return uitkomst; }
    public LocalDate getPeildatum() { return peildatum; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public BigDecimal getAanpassingskosten() { return aanpassingskosten; }
    public BigDecimal getVerhuisPgbMaximum() { return verhuisPgbMaximum; }
    public BigDecimal getOverigeVerhuiskosten() { return overigeVerhuiskosten; }
    public int getHuishoudgrootte() { return huishoudgrootte; }
    public String getMotivering() { return motivering; }
    public List<AdviesFactor> getFactoren() { return List.copyOf(factoren); }
    public String getVastgesteldDoor() { return vastgesteldDoor; }
    public LocalDateTime getVastgesteldOp() { return vastgesteldOp; }
}
