package nl.maatwerk.domain.dienstverlening;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Het ondersteuningsarrangement van een cliënt (D-01): de resultaatgebieden met hun trede, de looptijd (D-07,
 * C-13, D-10), de kostprijs per maand (E-02), de regelsetversie en de motivering met elke regel en bron.
 * {@code aanvraagId} verwijst naar de aanvraag van toegang, voor de beschikkingsbrief.
 */
@Entity
@Table(name = "arrangement")
public class Arrangement {

    public enum Status { VASTGESTELD, BEEINDIGD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Cliënt is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @NotNull(message = "Gemeente is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code")
    private Gemeente gemeente;

    @Column(name = "aanvraag_id")
    private Long aanvraagId;

    @Column(name = "voorganger_id")
    private Long voorgangerId;

    @NotNull(message = "Besluitdatum is verplicht.")
    private LocalDate besluitdatum;

    @NotNull(message = "Ingangsdatum is verplicht.")
    private LocalDate ingang;

    private LocalDate einde;

    @NotBlank(message = "Verloop is verplicht.")
    private String verloop;

    @NotBlank(message = "Grondslag is verplicht.")
    @Size(max = 200, message = "Grondslagen mogen samen hoogstens 200 tekens zijn.")
    private String grondslagen;

    private boolean spoed;
    private boolean voortzetting;
    private boolean tijdelijk;
    private boolean oggz;

    @Column(name = "kostprijs_per_maand")
    private BigDecimal kostprijsPerMaand;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Status status = Status.VASTGESTELD;

    @NotBlank(message = "Regelsetversie is verplicht.")
    @Column(name = "regelset_versie")
    private String regelsetVersie;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String motivering;

    /** Eén toegepaste regel per regel: id, tab, uitkomst, tab, zin (voor de beschikkingsbrief). */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String toepassingen;

    @NotBlank
    @Column(name = "vastgesteld_door")
    private String vastgesteldDoor;

    @NotNull
    @Column(name = "vastgesteld_op")
    private LocalDateTime vastgesteldOp;

    @Valid
    @NotEmpty(message = "Een arrangement heeft minstens één resultaatgebied.")
    @OneToMany(mappedBy = "arrangement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("volgnummer")
    private List<ArrangementRegel> regels = new ArrayList<>();

    @Version
    private long version;

    protected Arrangement() {
    }

    public Arrangement(Client client, LocalDate besluitdatum, LocalDate ingang, LocalDate einde, String verloop, String grondslagen,
                       String regelsetVersie, String vastgesteldDoor, LocalDateTime vastgesteldOp) {
        this.client = client;
        this.gemeente = client.getGemeente();
        this.besluitdatum = besluitdatum;
        this.ingang = ingang;
        this.einde = einde;
        this.verloop = verloop;
        this.grondslagen = grondslagen;
        this.regelsetVersie = regelsetVersie;
        this.vastgesteldDoor = vastgesteldDoor;
        this.vastgesteldOp = vastgesteldOp;
    }

    public ArrangementRegel voegRegelToe(String resultaatgebied, int trede, String subdoelen, boolean vervoer) {
        ArrangementRegel r = new ArrangementRegel(this, regels.size() + 1, resultaatgebied, trede, subdoelen, vervoer);
        regels.add(r);
        return r;
    }

    @AssertTrue(message = "De einddatum mag niet voor de ingangsdatum liggen.")
    public boolean isPeriodeLogisch() {
        return ingang == null || einde == null || !einde.isBefore(ingang);
    }

    public boolean loopt(LocalDate d) {
        return !d.isBefore(ingang) && (einde == null || !d.isAfter(einde));
    }

    public void beeindig(LocalDate op) {
        this.einde = op;
        this.status = Status.BEEINDIGD;
    }

    public Long getId() { return id; }
    public Client getClient() { return client; }
    public Gemeente getGemeente() { return gemeente; }
    public Long getAanvraagId() { return aanvraagId; }
    public void setAanvraagId(Long aanvraagId) { this.aanvraagId = aanvraagId; }
    public Long getVoorgangerId() { return voorgangerId; }
    public void setVoorgangerId(Long voorgangerId) { this.voorgangerId = voorgangerId; }
    public LocalDate getBesluitdatum() { return besluitdatum; }
    public LocalDate getIngang() { return ingang; }
    public LocalDate getEinde() { return einde; }
    public void setEinde(LocalDate einde) { this.einde = einde; }
    public String getVerloop() { return verloop; }
    public String getGrondslagen() { return grondslagen; }
    public boolean isSpoed() { return spoed; }
    public void setSpoed(boolean spoed) { this.spoed = spoed; }
    public boolean isVoortzetting() { return voortzetting; }
    public void setVoortzetting(boolean voortzetting) { this.voortzetting = voortzetting; }
    public boolean isTijdelijk() { return tijdelijk; }
    public void setTijdelijk(boolean tijdelijk) { this.tijdelijk = tijdelijk; }
    public boolean isOggz() { return oggz; }
    public void setOggz(boolean oggz) { this.oggz = oggz; }
    public BigDecimal getKostprijsPerMaand() { return kostprijsPerMaand; }
    public void setKostprijsPerMaand(BigDecimal kostprijsPerMaand) { this.kostprijsPerMaand = kostprijsPerMaand; }
    public Status getStatus() { return status; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public String getMotivering() { return motivering; }
    public void setMotivering(String motivering) { this.motivering = motivering; }
    public String getToepassingen() { return toepassingen; }
    public void setToepassingen(String toepassingen) { this.toepassingen = toepassingen; }
    public String getVastgesteldDoor() { return vastgesteldDoor; }
    public LocalDateTime getVastgesteldOp() { return vastgesteldOp; }
    public List<ArrangementRegel> getRegels() { return regels; }
    public long getVersion() { return version; }
}
