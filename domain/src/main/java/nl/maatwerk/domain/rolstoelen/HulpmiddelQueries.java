package nl.maatwerk.domain.rolstoelen;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The depot and verstrekking queries: search and page the depot of the caller's gemeenten in the database,
 * items available for re-issue, an item's history and maintenance costs, a client's verstrekkingen and the
 * data finance reads. Plain JPQL, tested on H2 and PostgreSQL.
 */
public final class HulpmiddelQueries {

    private static final Map<String, String> SORTEERVELDEN = Map.of(
            "serienummer", "h.serienummer", "soort", "h.soort", "merk", "h.merk", "status", "h.status",
            "aanschafdatum", "h.aanschafdatum", "aanschafprijs", "h.aanschafprijs");

    private HulpmiddelQueries() {
    }

    /** Depot search: gemeenten required; status, soort and tekst (merk, model or serienummer, case-insensitive) optional. */
    public record Depotvraag(Set<String> gemeenten, HulpmiddelStatus status, Hulpmiddelsoort soort, String tekst) {
    }

    public static List<Hulpmiddel> depot(EntityManager em, Depotvraag v, int eerste, int aantal, String sorteerVeld, boolean oplopend) {
        if (v.gemeenten().isEmpty()) {
            return List.of();
        }
        String orde = SORTEERVELDEN.getOrDefault(sorteerVeld == null ? "" : sorteerVeld, "h.serienummer");
        TypedQuery<Hulpmiddel> q = em.createQuery("select h from Hulpmiddel h where " + waar(v)
                + " order by " + orde + (oplopend ? " asc" : " desc") + ", h.id asc", Hulpmiddel.class);
        zet(q, v);
        return q.setFirstResult(eerste).setMaxResults(aantal).getResultList();
    }

    public static long aantal(EntityManager em, Depotvraag v) {
        if (v.gemeenten().isEmpty()) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("select count(h) from Hulpmiddel h where " + waar(v), Long.class);
        zet(q, v);
        return q.getSingleResult();
    }

    private static String waar(Depotvraag v) {
        return "h.gemeente.code in :g"
                + (v.status() == null ? "" : " and h.status = :status")
                + (v.soort() == null ? "" : " and h.soort = :soort")
                + (leeg(v.tekst()) ? "" : " and (lower(h.serienummer) like :t or lower(h.merk) like :t or lower(h.model) like :t)");
    }

    private static void zet(TypedQuery<?> q, Depotvraag v) {
        q.setParameter("g", v.gemeenten());
        if (v.status() != null) q.setParameter("status", v.status());
        if (v.soort() != null) q.setParameter("soort", v.soort());
        if (!leeg(v.tekst())) q.setParameter("t", "%" + v.tekst().trim().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }

    /** Items in the depot of this gemeente that fit: same soort, kindmodel as asked; the newest (most value left) first. */
    public static List<Hulpmiddel> beschikbaar(EntityManager em, String gemeente, Hulpmiddelsoort soort, boolean kindmodel) {
        return em.createQuery("select h from Hulpmiddel h where h.gemeente.code = :g and h.status = :s and h.soort = :soort "
                        + "and h.kindmodel = :k order by h.aanschafdatum desc, h.id asc", Hulpmiddel.class)
                .setParameter("g", gemeente).setParameter("s", HulpmiddelStatus.IN_DEPOT).setParameter("soort", soort)
                .setParameter("k", kindmodel).setMaxResults(20).getResultList();
    }

    public static Optional<Hulpmiddel> opSerienummer(EntityManager em, String gemeente, String serienummer) {
        return em.createQuery("select h from Hulpmiddel h where h.gemeente.code = :g and h.serienummer = :s", Hulpmiddel.class)
                .setParameter("g", gemeente).setParameter("s", serienummer).getResultStream().findFirst();
    }

    public static List<HulpmiddelGebeurtenis> geschiedenis(EntityManager em, long hulpmiddelId) {
        return em.createQuery("select g from HulpmiddelGebeurtenis g left join fetch g.client where g.hulpmiddel.id = :h "
                        + "order by g.datum asc, g.id asc", HulpmiddelGebeurtenis.class)
                .setParameter("h", hulpmiddelId).getResultList();
    }

    /** Maintenance and repair costs per item, summed in the database; items without costs are absent. */
    public static Map<Long, BigDecimal> onderhoudskosten(EntityManager em, Collection<Long> hulpmiddelIds) {
        Map<Long, BigDecimal> uit = new HashMap<>();
        if (hulpmiddelIds.isEmpty()) {
            return uit;
        }
        for (Object[] r : em.createQuery("select g.hulpmiddel.id, sum(g.kosten) from HulpmiddelGebeurtenis g where g.hulpmiddel.id in :ids "
                        + "and g.soort in :soorten and g.kosten is not null group by g.hulpmiddel.id", Object[].class)
                .setParameter("ids", hulpmiddelIds).setParameter("soorten", List.of(GebeurtenisSoort.ONDERHOUD, GebeurtenisSoort.REPARATIE))
                .getResultList()) {
            uit.put(((Number) r[0]).longValue(), r[1] instanceof BigDecimal b ? b : new BigDecimal(r[1].toString()));
        }
        return uit;
    }

    public static Optional<HulpmiddelVerstrekking> lopendeVerstrekking(EntityManager em, long hulpmiddelId) {
        return em.createQuery("select v from HulpmiddelVerstrekking v where v.hulpmiddel.id = :h and v.einde is null", HulpmiddelVerstrekking.class)
                .setParameter("h", hulpmiddelId).getResultStream().findFirst();
    }

    public static List<HulpmiddelVerstrekking> vanClient(EntityManager em, long clientId) {
        return em.createQuery("select v from HulpmiddelVerstrekking v left join fetch v.hulpmiddel where v.client.id = :c "
                        + "order by v.ingang desc, v.id desc", HulpmiddelVerstrekking.class)
                .setParameter("c", clientId).getResultList();
    }

    /** The client's most recent verstrekking of this soort (R-06: is its afschrijvingsduur still running?). */
    public static Optional<HulpmiddelVerstrekking> laatsteVanSoort(EntityManager em, long clientId, Hulpmiddelsoort soort) {
        return em.createQuery("select v from HulpmiddelVerstrekking v where v.client.id = :c and v.soort = :s "
                        + "order by v.ingang desc, v.id desc", HulpmiddelVerstrekking.class)
                .setParameter("c", clientId).setParameter("s", soort).setMaxResults(1).getResultStream().findFirst();
    }

    /** Verstrekkingen of these gemeenten that ran in [van, tot] (inclusive) or began then. */
    public static List<HulpmiddelVerstrekking> inPeriode(EntityManager em, Set<String> gemeenten, LocalDate van, LocalDate tot) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from HulpmiddelVerstrekking v join fetch v.client left join fetch v.hulpmiddel "
                        + "where v.gemeente.code in :g and v.ingang <= :tot and (v.einde is null or v.einde >= :van) "
                        + "order by v.ingang, v.id", HulpmiddelVerstrekking.class)
                .setParameter("g", gemeenten).setParameter("van", van).setParameter("tot", tot).getResultList();
    }

    /** Pgb verstrekkingen of these gemeenten with an amount to reclaim. */
    public static List<HulpmiddelVerstrekking> terugvorderingen(EntityManager em, Set<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from HulpmiddelVerstrekking v join fetch v.client where v.gemeente.code in :g "
                        + "and v.vorm = :pgb and v.terugvordering > 0 order by v.einde desc, v.id desc", HulpmiddelVerstrekking.class)
                .setParameter("g", gemeenten).setParameter("pgb", Verstrekkingsvorm.PGB).getResultList();
    }

    public static List<HulpmiddelVerstrekking> vanAanvraag(EntityManager em, long aanvraagId) {
        return em.createQuery("select v from HulpmiddelVerstrekking v left join fetch v.hulpmiddel where v.aanvraagId = :a order by v.id",
                HulpmiddelVerstrekking.class).setParameter("a", aanvraagId).getResultList();
    }

    public static long aantalHulpmiddelen(EntityManager em) {
        return em.createQuery("select count(h) from Hulpmiddel h", Long.class).getSingleResult();
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
