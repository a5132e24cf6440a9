package nl.maatwerk.domain.vervoer;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Een besluit over een andere vervoersvoorziening dan de regiotaxipas (prioriteitsrit V-05, scootmobiel en
 * gesloten voertuig V-10, auto en autoaanpassing V-11, individuele taxi V-12, dagbesteding V-13): wat de
 * consulent vastlegde, toegekend of niet, met de motivering (elke regel met id en artikel) en de regelsetversie.
 */
@Entity
@Table(name = "vervoerbesluit")
public class Vervoerbesluit {

    public enum Soort {
        PRIORITEITSRIT("prioriteitsrit"), SCOOTMOBIEL("scootmobiel"), GESLOTEN_VOERTUIG("gesloten gehandicaptenvoertuig"),
        AUTOAANPASSING("autoaanpassing"), AUTO("auto"), INDIVIDUELE_TAXI("individuele taxi"), DAGBESTEDING("vervoer naar dagbesteding");

        private final String omschrijving;

        Soort(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Cliënt is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", updatable = false)
    private Client client;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code", updatable = false)
    private Gemeente gemeente;

    @NotNull(message = "Soort is verplicht.")
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Soort soort;

    @NotBlank(message = "Omschrijving is verplicht.")
    @Size(max = 200, message = "Omschrijving mag hoogstens 200 tekens zijn.")
    @Column(updatable = false)
    private String omschrijving;

    @NotNull(message = "Aanvraagdatum is verplicht.")
    @Column(name = "aangevraagd_op", updatable = false)
    private LocalDate aangevraagdOp;

    @Column(updatable = false)
    private boolean toegekend;

    /** V-11: het verschil voor rekening van de cliënt; V-13: de extra kosten van een verdere locatie. */
    @Column(updatable = false)
    private BigDecimal bedrag;

    @NotBlank
    @Column(name = "regelset_versie", updatable = false)
    private String regelsetVersie;

    @NotBlank
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(updatable = false)
    private String motivering;

    @Column(name = "vastgelegd_door", updatable = false)
    private String vastgelegdDoor;

    @Column(name = "vastgelegd_op", updatable = false)
    private LocalDateTime vastgelegdOp;

    @Version
    private long version;

    protected Vervoerbesluit() {
    }

    public Vervoerbesluit(Client client, Soort soort, String omschrijving, LocalDate aangevraagdOp, boolean toegekend, BigDecimal bedrag,
                          String regelsetVersie, String motivering, String vastgelegdDoor) {
        this.client = client;
        this.gemeente = client.getGemeente();
        this.soort = soort;
        this.omschrijving = omschrijving == null ? null : omschrijving.strip();
        this.aangevraagdOp = aangevraagdOp;
        this.toegekend = toegekend;
        this.bedrag = bedrag;
        this.regelsetVersie = regelsetVersie;
        this.motivering = motivering;
        this.vastgelegdDoor = vastgelegdDoor;
        this.vastgelegdOp = LocalDateTime.now();
    }

    /** De besluiten van een cliënt, nieuwste eerst. */
    public static List<Vervoerbesluit> vanClient(EntityManager em, long clientId) {
        return em.createQuery("select b from Vervoerbesluit b where b.client.id = :c order by b.aangevraagdOp desc, b.id desc",
                Vervoerbesluit.class).setParameter("c", clientId).getResultList();
    }

    public Long getId() { return id; }
    public Client getClient() { return client; }
    public Gemeente getGemeente() { return gemeente; }
    public Soort getSoort() { return soort; }
    public String getOmschrijving() { return omschrijving; }
    public LocalDate getAangevraagdOp() { return aangevraagdOp; }
    public boolean isToegekend() { return toegekend; }
    public BigDecimal getBedrag() { return bedrag; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public String getMotivering() { return motivering; }
    public String getVastgelegdDoor() { return vastgelegdDoor; }
    public LocalDateTime getVastgelegdOp() { return vastgelegdOp; }
    public long getVersion() { return version; }
}
