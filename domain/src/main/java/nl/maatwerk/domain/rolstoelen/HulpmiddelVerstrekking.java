package nl.maatwerk.domain.rolstoelen;

import jakarta.persistence.*;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Een verstrekking van een hulpmiddel aan een cliënt: in bruikleen (een exemplaar uit het depot, met de
 * voorwaarden van R-08) of als Pgb (bedrag en plafond, R-05/P-18), met de motivering en de regelsetversie.
 * Bij inname: de staat na inspectie; bij een vroegtijdig geëindigd Pgb: de terugvordering.
 */
@Entity
@Table(name = "hulpmiddel_verstrekking")
public class HulpmiddelVerstrekking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Cliënt is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", updatable = false)
    private Client client;

    @NotNull(message = "Gemeente is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code", updatable = false)
    private Gemeente gemeente;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hulpmiddel_id", updatable = false)
    private Hulpmiddel hulpmiddel;

    @NotNull(message = "Vorm is verplicht.")
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Verstrekkingsvorm vorm;

    @NotNull(message = "Soort is verplicht.")
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Hulpmiddelsoort soort;

    @NotNull(message = "Ingangsdatum is verplicht.")
    @Column(updatable = false)
    private LocalDate ingang;

    @PositiveOrZero(message = "Leeftijd mag niet negatief zijn.")
    @Column(updatable = false)
    private int leeftijd;

    private LocalDate einde;

    @Enumerated(EnumType.STRING)
    @Column(name = "staat_bij_inname")
    private Staat staatBijInname;

    @Size(max = 2000, message = "Inspectie mag hoogstens 2000 tekens zijn.")
    private String inspectie;

    @Size(max = 1000, message = "Selectie mag hoogstens 1000 tekens zijn.")
    private String selectie;

    @Size(max = 30)
    private String verliesoorzaak;

    @Column(name = "pgb_bedrag")
    private BigDecimal pgbBedrag;

    @Column(name = "pgb_plafond")
    private BigDecimal pgbPlafond;

    private BigDecimal terugvordering;

    @Size(max = 1000)
    @Column(name = "terugvordering_uitleg")
    private String terugvorderingUitleg;

    @Column(name = "aanvraag_id")
    private Long aanvraagId;

    @NotBlank(message = "Regelsetversie is verplicht.")
    @Size(max = 40, message = "Regelsetversie mag hoogstens 40 tekens zijn.")
    @Column(name = "regelset_versie")
    private String regelsetVersie;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String motivering;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String voorwaarden;

    @NotBlank
    @Column(name = "geregistreerd_door", updatable = false)
    private String geregistreerdDoor;

    @Version
    private long version;

    protected HulpmiddelVerstrekking() {
    }

    public static HulpmiddelVerstrekking bruikleen(Client client, Hulpmiddel hulpmiddel, LocalDate ingang, int leeftijd,
                                                   String regelsetVersie, String door) {
        HulpmiddelVerstrekking v = new HulpmiddelVerstrekking(client, Verstrekkingsvorm.BRUIKLEEN, hulpmiddel.getSoort(), ingang, leeftijd, regelsetVersie, door);
        v.hulpmiddel = hulpmiddel;
        return v;
    }

    public static HulpmiddelVerstrekking pgb(Client client, Hulpmiddelsoort soort, LocalDate ingang, int leeftijd,
                                             BigDecimal bedrag, BigDecimal plafond, String regelsetVersie, String door) {
        HulpmiddelVerstrekking v = new HulpmiddelVerstrekking(client, Verstrekkingsvorm.PGB, soort, ingang, leeftijd, regelsetVersie, door);
        v.pgbBedrag = bedrag;
        v.pgbPlafond = plafond;
        return v;
    }

    private HulpmiddelVerstrekking(Client client, Verstrekkingsvorm vorm, Hulpmiddelsoort soort, LocalDate ingang, int leeftijd,
                                   String regelsetVersie, String door) {
        this.client = client;
        this.gemeente = client.getGemeente();
        this.vorm = vorm;
        this.soort = soort;
        this.ingang = ingang;
        this.leeftijd = leeftijd;
        this.regelsetVersie = regelsetVersie;
        this.geregistreerdDoor = door;
    }

    @AssertTrue(message = "Een verstrekking in bruikleen heeft een hulpmiddel uit het depot, een Pgb een bedrag.")
    public boolean isVormLogisch() {
        return vorm == null || (vorm == Verstrekkingsvorm.BRUIKLEEN ? hulpmiddel != null : hulpmiddel == null && pgbBedrag != null);
    }

    @AssertTrue(message = "Einddatum mag niet voor de ingangsdatum liggen.")
    public boolean isEindeLogisch() {
        return einde == null || ingang == null || !einde.isBefore(ingang);
    }

    public boolean isLopend() {
        return einde == null;
    }

    /**
     * Loads the lazy text columns before any other change: on the server (woven classes) EclipseLink fetches a
     * missing lazy attribute by re-reading the row, which put back the fields changed before it in the same
     * transaction (an inname or an einde silently lost).
     */
    private void laadTeksten() {
        String m = motivering;
        String v = voorwaarden;
    }

    /** Inname van een exemplaar in bruikleen na inspectie. */
    public void neemIn(LocalDate op, Staat staat, String inspectie) {
        laadTeksten();
        this.einde = op;
        this.staatBijInname = staat;
        this.inspectie = inspectie;
    }

    /** Einde van de indicatie van een Pgb, met de terugvordering. */
    public void beeindig(LocalDate op, BigDecimal terugvordering, String uitleg) {
        laadTeksten();
        this.einde = op;
        this.terugvordering = terugvordering;
        this.terugvorderingUitleg = uitleg;
    }

    public void legMotivering(String motivering, String voorwaarden, String selectie, String verliesoorzaak, Long aanvraagId) {
        laadTeksten();
        this.motivering = motivering;
        this.voorwaarden = voorwaarden;
        this.selectie = selectie;
        this.verliesoorzaak = verliesoorzaak;
        this.aanvraagId = aanvraagId;
    }

    public void voegMotiveringToe(String extra) {
        this.motivering = motivering == null || motivering.isBlank() ? extra : motivering + "\n" + extra;
    }

    /** One stored line of the motivering: the rule, its outcome (an Uitkomst name) and the sentence the client reads. */
    public record Motiveringsregel(String regelId, String uitkomst, String zin) {
        /** Stored as "id TAB uitkomst TAB zin", one rule per line. */
        public String opgeslagen() {
            return regelId + "\t" + uitkomst + "\t" + zin.replace('\n', ' ').replace('\t', ' ');
        }

        static Motiveringsregel lees(String regel) {
            String[] delen = regel.split("\t", 3);
            return delen.length == 3 ? new Motiveringsregel(delen[0], delen[1], delen[2]) : new Motiveringsregel("?", null, regel);
        }
    }

    public List<Motiveringsregel> motiveringsregels() {
        return motivering == null || motivering.isBlank() ? List.of()
                : motivering.lines().filter(l -> !l.isBlank()).map(Motiveringsregel::lees).toList();
    }

    /** The sentences as the client reads them, each naming its rule and article. */
    public List<String> getMotiveringZinnen() {
        return motiveringsregels().stream().map(Motiveringsregel::zin).toList();
    }

    public Long getId() { return id; }
    public Client getClient() { return client; }
    public Gemeente getGemeente() { return gemeente; }
    public Hulpmiddel getHulpmiddel() { return hulpmiddel; }
    public Verstrekkingsvorm getVorm() { return vorm; }
    public Hulpmiddelsoort getSoort() { return soort; }
    public LocalDate getIngang() { return ingang; }
    public int getLeeftijd() { return leeftijd; }
    public LocalDate getEinde() { return einde; }
    public Staat getStaatBijInname() { return staatBijInname; }
    public String getInspectie() { return inspectie; }
    public String getSelectie() { return selectie; }
    public String getVerliesoorzaak() { return verliesoorzaak; }
    public BigDecimal getPgbBedrag() { return pgbBedrag; }
    public BigDecimal getPgbPlafond() { return pgbPlafond; }
    public BigDecimal getTerugvordering() { return terugvordering; }
    public String getTerugvorderingUitleg() { return terugvorderingUitleg; }
    public Long getAanvraagId() { return aanvraagId; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public String getMotivering() { return motivering; }
    public String getVoorwaarden() { return voorwaarden; }
    public String getGeregistreerdDoor() { return geregistreerdDoor; }
    public long getVersion() { return version; }
}
