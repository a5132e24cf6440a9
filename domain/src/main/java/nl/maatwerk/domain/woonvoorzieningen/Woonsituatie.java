package nl.maatwerk.domain.woonvoorzieningen;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotNull;
import nl.maatwerk.domain.client.Client;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** De woning van een cliënt zoals het onderzoek die vaststelde; één per cliënt, bijgewerkt bij elk onderzoek. */
@Entity
@Table(name = "woonsituatie")
public class Woonsituatie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Cliënt is verplicht.")
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", updatable = false)
    private Client client;

    @NotNull(message = "Soort woning is verplicht.")
    @Enumerated(EnumType.STRING)
    private Woningtype woningtype;

    private boolean eigendom;

    private boolean hoofdverblijf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "woonsituatie_probleem", joinColumns = @JoinColumn(name = "woonsituatie_id"))
    @Column(name = "ruimte")
    @Enumerated(EnumType.STRING)
    private Set<Gebruiksruimte> problemen = new HashSet<>();

    private boolean locatieprobleem;

    /** W-17: null = de stalling is niet onderzocht. */
    @Column(name = "stalling_afgesloten")
    private Boolean stallingAfgesloten;
    @Column(name = "stalling_overdekt")
    private Boolean stallingOverdekt;
    @Column(name = "stalling_beschermd")
    private Boolean stallingBeschermd;
    @Column(name = "stalling_bereikbaar")
    private Boolean stallingBereikbaar;

    @Column(name = "vastgelegd_op")
    private LocalDateTime vastgelegdOp;

    @Column(name = "vastgelegd_door")
    private String vastgelegdDoor;

    @Version
    private long version;

    protected Woonsituatie() {
    }

    public Woonsituatie(Client client) {
        this.client = client;
    }

    public void leg(Woningtype woningtype, boolean eigendom, boolean hoofdverblijf, Set<Gebruiksruimte> problemen,
                    boolean locatieprobleem, String door) {
        this.woningtype = woningtype;
        this.eigendom = eigendom;
        this.hoofdverblijf = hoofdverblijf;
        this.problemen.clear();
        if (problemen != null) {
            this.problemen.addAll(problemen);
        }
        this.locatieprobleem = locatieprobleem;
        this.vastgelegdDoor = door;
        this.vastgelegdOp = LocalDateTime.now();
    }

    /** W-17: alle vier null om "niet onderzocht" vast te leggen. */
    public void legStalling(Boolean afgesloten, Boolean overdekt, Boolean beschermd, Boolean bereikbaar) {
        this.stallingAfgesloten = afgesloten;
        this.stallingOverdekt = overdekt;
        this.stallingBeschermd = beschermd;
        this.stallingBereikbaar = bereikbaar;
    }

    public boolean isStallingOnderzocht() {
        return stallingAfgesloten != null && stallingOverdekt != null && stallingBeschermd != null && stallingBereikbaar != null;
    }

    public Long getId() { return id; }
    public Client getClient() { return client; }
    public Woningtype getWoningtype() { return woningtype; }
    public boolean isEigendom() { return eigendom; }
    public boolean isHoofdverblijf() { return hoofdverblijf; }
    public Set<Gebruiksruimte> getProblemen() { return problemen.isEmpty() ? EnumSet.noneOf(Gebruiksruimte.class) : EnumSet.copyOf(problemen); }
    public boolean isLocatieprobleem() { return locatieprobleem; }
    public Boolean getStallingAfgesloten() { return stallingAfgesloten; }
    public Boolean getStallingOverdekt() { return stallingOverdekt; }
    public Boolean getStallingBeschermd() { return stallingBeschermd; }
    public Boolean getStallingBereikbaar() { return stallingBereikbaar; }
    public LocalDateTime getVastgelegdOp() { return vastgelegdOp; }
    public String getVastgelegdDoor() { return vastgelegdDoor; }
    public long getVersion() { return version; }
}
