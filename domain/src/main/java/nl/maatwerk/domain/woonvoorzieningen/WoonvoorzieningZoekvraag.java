package nl.maatwerk.domain.woonvoorzieningen;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Woonvoorzieningen opvragen, altijd binnen de gemeenten van de vrager: de lopende aanpassingen (gepagineerd,
 * gesorteerd en gefilterd in de database), die van één cliënt, en de laatste toekenning voor W-05.
 *
 * @param status leeg = alle lopende (nog niet opgeleverd)
 */
public record WoonvoorzieningZoekvraag(Collection<String> gemeenten, Status status) {

    private static final Map<String, String> SORTERING = Map.of(
            "aangevraagdOp", "w.aangevraagdOp",
            "status", "w.status",
            "soort", "w.soort",
            "client", "w.client.achternaamZoek",
            "gemeente", "w.client.gemeente.naam");

    public WoonvoorzieningZoekvraag {
        if (gemeenten == null || gemeenten.isEmpty()) {
            throw new IllegalArgumentException("Een zoekvraag hoort bij minstens één gemeente.");
        }
    }

    public List<Woonvoorziening> resultaten(EntityManager em, int eerste, int aantal, String sorteerVeld, boolean oplopend) {
        String volgorde = SORTERING.getOrDefault(sorteerVeld == null ? "" : sorteerVeld, "w.aangevraagdOp");
        TypedQuery<Woonvoorziening> q = em.createQuery("select w from Woonvoorziening w join fetch w.client c" + waar()
                + " order by " + volgorde + (oplopend ? " asc" : " desc") + ", w.id", Woonvoorziening.class);
        parameters().forEach(q::setParameter);
        return q.setFirstResult(Math.max(0, eerste)).setMaxResults(Math.max(1, Math.min(aantal, 500))).getResultList();
    }

    public long aantal(EntityManager em) {
        TypedQuery<Long> q = em.createQuery("select count(w) from Woonvoorziening w" + waar(), Long.class);
        parameters().forEach(q::setParameter);
        return q.getSingleResult();
    }

    private String waar() {
        return " where w.client.gemeente.code in :gemeenten" + (status == null ? " and w.status <> :opgeleverd" : " and w.status = :status");
    }

    private Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("gemeenten", List.copyOf(gemeenten));
        if (status == null) {
            p.put("opgeleverd", Status.OPGELEVERD);
        } else {
            p.put("status", status);
        }
        return p;
    }

    /** Alle woonvoorzieningen van een cliënt, nieuwste eerst. */
    public static List<Woonvoorziening> vanClient(EntityManager em, long clientId) {
        return em.createQuery("select w from Woonvoorziening w where w.client.id = :client order by w.aangevraagdOp desc, w.id desc",
                Woonvoorziening.class).setParameter("client", clientId).getResultList();
    }

    /** W-05: de datum van de laatst toegekende woonvoorziening (goedgekeurd of verder). */
    public static Optional<LocalDate> laatsteToekenning(EntityManager em, long clientId) {
        LocalDate datum = em.createQuery("select max(w.goedgekeurdOp) from Woonvoorziening w where w.client.id = :client"
                        + " and w.status in :toegekend", LocalDate.class)
                .setParameter("client", clientId)
                .setParameter("toegekend", List.of(Status.GOEDGEKEURD, Status.UITGEVOERD, Status.OPGELEVERD))
                .getSingleResult();
        return Optional.ofNullable(datum);
    }

    public static Optional<Woonsituatie> woonsituatie(EntityManager em, long clientId) {
        return em.createQuery("select s from Woonsituatie s where s.client.id = :client", Woonsituatie.class)
                .setParameter("client", clientId).getResultList().stream().findFirst();
    }

    public static Optional<Woonadvies> laatsteAdvies(EntityManager em, long clientId) {
        return em.createQuery("select a from Woonadvies a where a.client.id = :client order by a.vastgesteldOp desc, a.id desc",
                Woonadvies.class).setParameter("client", clientId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** De woonvoorzieningen die in deze toegangsaanvraag worden beschikt, in de volgorde van aanvragen. */
    public static List<Woonvoorziening> vanAanvraag(EntityManager em, long aanvraagId) {
        return em.createQuery("select w from Woonvoorziening w join fetch w.client where w.aanvraagId = :a order by w.id",
                Woonvoorziening.class).setParameter("a", aanvraagId).getResultList();
    }

    /** De geweigerde woonaanvragen bij deze toegangsaanvraag. */
    public static List<Woonweigering> weigeringenVanAanvraag(EntityManager em, long aanvraagId) {
        return em.createQuery("select g from Woonweigering g join fetch g.client where g.aanvraagId = :a order by g.id",
                Woonweigering.class).setParameter("a", aanvraagId).getResultList();
    }

    /** De geweigerde woonaanvragen van een cliënt, nieuwste eerst. */
    public static List<Woonweigering> weigeringenVanClient(EntityManager em, long clientId) {
        return em.createQuery("select g from Woonweigering g where g.client.id = :c order by g.geweigerdOp desc, g.id desc",
                Woonweigering.class).setParameter("c", clientId).getResultList();
    }

    /** De cliënt van een toegangsaanvraag (aanvraag → melding, V3), leeg als de aanvraag niet bestaat. */
    public static Optional<Long> clientVanAanvraag(EntityManager em, long aanvraagId) {
        List<?> r = em.createNativeQuery("SELECT m.client_id FROM aanvraag a JOIN melding m ON m.id = a.melding_id WHERE a.id = ?")
                .setParameter(1, aanvraagId).getResultList();
        return r.stream().findFirst().map(o -> ((Number) o).longValue());
    }

    public enum Eigenaar { ADVIES, VOORZIENING, WEIGERING }

    /** De toegepaste regels van een advies, voorziening of weigering, in volgorde. */
    public static List<Woonregeltoepassing> toepassingen(EntityManager em, Eigenaar eigenaar, long id) {
        String veld = switch (eigenaar) {
            case ADVIES -> "woonadviesId";
            case VOORZIENING -> "woonvoorzieningId";
            case WEIGERING -> "woonweigeringId";
        };
        return em.createQuery("select t from Woonregeltoepassing t where t." + veld + " = :id order by t.volgnummer",
                Woonregeltoepassing.class).setParameter("id", id).getResultList();
    }

    /**
     * Toegekende woonvoorzieningen (goedgekeurd of verder) in deze gemeenten die in [van, tot] werden
     * goedgekeurd: een woningaanpassing is eenmalig, dus telt in de periode waarin ze werd toegekend.
     */
    public static List<Woonvoorziening> toegekend(EntityManager em, Collection<String> gemeenten, LocalDate van, LocalDate tot) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        List<Woonvoorziening> lijst = em.createQuery("select w from Woonvoorziening w join fetch w.client c where c.gemeente.code in :g"
                        + " and w.status in :toegekend and w.goedgekeurdOp between :van and :tot order by w.goedgekeurdOp, w.id", Woonvoorziening.class)
                .setParameter("g", List.copyOf(gemeenten))
                .setParameter("toegekend", List.of(Status.GOEDGEKEURD, Status.UITGEVOERD, Status.OPGELEVERD))
                .setParameter("van", van).setParameter("tot", tot).getResultList();
        lijst.forEach(w -> w.getOffertes().size());
        return lijst;
    }
}
