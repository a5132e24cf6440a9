package nl.maatwerk.domain.verordening;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * C-10: one request to deviate from the rules in the client's favour. Valid only with a written reason and
 * the approval of a teamleider who is not the requester (four eyes, also enforced by the database).
 */
@Entity
@Table(name = "hardheidsclausule_toepassing")
public class HardheidsclausuleToepassing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(updatable = false)
    private Long id;

    @Column(name = "gemeente_code", nullable = false, updatable = false)
    private String gemeenteCode;

    @NotBlank(message = "Onderwerp is verplicht: waarover wordt afgeweken (bijvoorbeeld C-03 gebruikelijke hulp).")
    @Size(max = 200, message = "Onderwerp mag hoogstens 200 tekens zijn.")
    @Column(nullable = false, updatable = false)
    private String onderwerp;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @NotBlank(message = "Schriftelijke reden is verplicht: waarom pakt toepassing van de regels hier onbillijk uit?")
    @Size(max = 4000, message = "Schriftelijke reden mag hoogstens 4000 tekens zijn.")
    @Column(nullable = false, updatable = false)
    private String reden;

    @Column(name = "regelset_versie", nullable = false, updatable = false)
    private String regelsetVersie;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HardheidsclausuleStatus status;

    @Column(name = "aangevraagd_door", nullable = false, updatable = false)
    private String aangevraagdDoor;

    @Column(name = "aangevraagd_op", nullable = false, updatable = false)
    private LocalDateTime aangevraagdOp;

    @Column(name = "beoordeeld_door")
    private String beoordeeldDoor;

    @Column(name = "beoordeeld_op")
    private LocalDateTime beoordeeldOp;

    @Size(max = 2000, message = "Toelichting mag hoogstens 2000 tekens zijn.")
    private String toelichting;

    @Version
    private long version;

    protected HardheidsclausuleToepassing() {
    }

    public HardheidsclausuleToepassing(String gemeenteCode, String onderwerp, Long clientId, String reden,
                                       String regelsetVersie, String aangevraagdDoor, LocalDateTime aangevraagdOp) {
        this.gemeenteCode = gemeenteCode;
        this.onderwerp = onderwerp == null ? null : onderwerp.trim();
        this.clientId = clientId;
        this.reden = reden == null ? null : reden.trim();
        this.regelsetVersie = regelsetVersie;
        this.status = HardheidsclausuleStatus.AANGEVRAAGD;
        this.aangevraagdDoor = aangevraagdDoor;
        this.aangevraagdOp = aangevraagdOp;
    }

    /** True when {@code medewerker} may decide: the request is open and was made by someone else. */
    public boolean magBeoordelen(String medewerker) {
        return status == HardheidsclausuleStatus.AANGEVRAAGD && !Objects.equals(aangevraagdDoor, medewerker);
    }

    /** @throws IllegalStateException when the request is decided already or the decider asked for it */
    public void beoordeel(boolean goedgekeurd, String teamleider, String toelichting, LocalDateTime op) {
        if (status != HardheidsclausuleStatus.AANGEVRAAGD) {
            throw new IllegalStateException("Over dit verzoek is al beslist (" + status.omschrijving() + ").");
        }
        if (Objects.equals(aangevraagdDoor, teamleider)) {
            throw new IllegalStateException("Wie de hardheidsclausule aanvraagt, mag het verzoek niet zelf goedkeuren of weigeren (vier ogen).");
        }
        this.status = goedgekeurd ? HardheidsclausuleStatus.GOEDGEKEURD : HardheidsclausuleStatus.GEWEIGERD;
        this.beoordeeldDoor = teamleider;
        this.beoordeeldOp = op;
        this.toelichting = toelichting == null || toelichting.isBlank() ? null : toelichting.trim();
    }

    /** The requests of these gemeenten, newest first. */
    public static List<HardheidsclausuleToepassing> vanGemeenten(EntityManager em, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select h from HardheidsclausuleToepassing h where h.gemeenteCode in :g "
                        + "order by h.aangevraagdOp desc, h.id desc", HardheidsclausuleToepassing.class)
                .setParameter("g", gemeenten).getResultList();
    }

    /** Approved uses per gemeente and onderwerp, most used first: where the policy may need to change. */
    public static List<Telling> goedgekeurdPerOnderwerp(EntityManager em, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new nl.maatwerk.domain.verordening.HardheidsclausuleToepassing.Telling("
                        + "h.gemeenteCode, h.onderwerp, count(h)) from HardheidsclausuleToepassing h "
                        + "where h.gemeenteCode in :g and h.status = :s group by h.gemeenteCode, h.onderwerp "
                        + "order by count(h) desc, h.gemeenteCode, h.onderwerp", Telling.class)
                .setParameter("g", gemeenten).setParameter("s", HardheidsclausuleStatus.GOEDGEKEURD)
                .getResultList();
    }

    /** The number of approved uses on one onderwerp in one gemeente. */
    public record Telling(String gemeenteCode, String onderwerp, long aantal) {
        public Telling(String gemeenteCode, String onderwerp, Long aantal) {
            this(gemeenteCode, onderwerp, aantal.longValue());
        }
    }

    public Long getId() { return id; }
    public String getGemeenteCode() { return gemeenteCode; }
    public String getOnderwerp() { return onderwerp; }
    public Long getClientId() { return clientId; }
    public String getReden() { return reden; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public HardheidsclausuleStatus getStatus() { return status; }
    public String getAangevraagdDoor() { return aangevraagdDoor; }
    public LocalDateTime getAangevraagdOp() { return aangevraagdOp; }
    public String getBeoordeeldDoor() { return beoordeeldDoor; }
    public LocalDateTime getBeoordeeldOp() { return beoordeeldOp; }
    public String getToelichting() { return toelichting; }
    public long getVersion() { return version; }
}
