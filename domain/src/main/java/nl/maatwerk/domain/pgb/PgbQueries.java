package nl.maatwerk.domain.pgb;

import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Queries van de pgb-module, in de database gepagineerd en gesommeerd; getest op H2 en PostgreSQL. */
public final class PgbQueries {

    private PgbQueries() {
    }

    /** Een eerder goedgekeurde declaratie van een hulp op een budget (voor P-09, P-11, P-21 over bestanden heen). */
    public record Eerder(LocalDate van, LocalDate tot, Kostensoort kostensoort, BigDecimal uren, BigDecimal km) {
    }

    public static List<Pgbbudget> budgettenVanBsn(EntityManager em, String bsn, Set<String> gemeenten) {
        return em.createQuery("SELECT b FROM Pgbbudget b JOIN FETCH b.client c WHERE c.bsn = :bsn AND b.gemeente.code IN :g "
                        + "ORDER BY b.ingang, b.id", Pgbbudget.class)
                .setParameter("bsn", bsn).setParameter("g", gemeenten).getResultList();
    }

    public static Optional<Pgbbudget> budgetOpNummer(EntityManager em, String nummer, Set<String> gemeenten) {
        return em.createQuery("SELECT b FROM Pgbbudget b WHERE b.budgetnummer = :n AND b.gemeente.code IN :g", Pgbbudget.class)
                .setParameter("n", nummer).setParameter("g", gemeenten).getResultStream().findFirst();
    }

    public static Optional<Zorgverlener> zorgverlenerOpCode(EntityManager em, String code, String gemeente) {
        return em.createQuery("SELECT z FROM Zorgverlener z WHERE z.code = :c AND z.gemeente.code = :g", Zorgverlener.class)
                .setParameter("c", code).setParameter("g", gemeente).getResultStream().findFirst();
    }

    public static List<Zorgverlener> zorgverleners(EntityManager em, Set<String> gemeenten) {
        return em.createQuery("SELECT z FROM Zorgverlener z WHERE z.gemeente.code IN :g ORDER BY z.naam, z.id", Zorgverlener.class)
                .setParameter("g", gemeenten).getResultList();
    }

    public static Optional<Overeenkomst> overeenkomst(EntityManager em, long budgetId, long zorgverlenerId) {
        return em.createQuery("SELECT o FROM Overeenkomst o WHERE o.budget.id = :b AND o.zorgverlener.id = :z", Overeenkomst.class)
                .setParameter("b", budgetId).setParameter("z", zorgverlenerId).getResultStream().findFirst();
    }

    /** Het goedgekeurde bedrag per budget (budgetten zonder declaratie ontbreken: 0). */
    public static Map<Long, BigDecimal> besteed(EntityManager em, Collection<Long> budgetIds) {
        Map<Long, BigDecimal> uit = new HashMap<>();
        if (budgetIds.isEmpty()) {
            return uit;
        }
        for (Object[] r : em.createQuery("SELECT d.budget.id, SUM(d.bedrag) FROM Declaratie d WHERE d.goedgekeurd = TRUE "
                + "AND d.budget.id IN :ids GROUP BY d.budget.id", Object[].class).setParameter("ids", budgetIds).getResultList()) {
            uit.put((Long) r[0], (BigDecimal) r[1]);
        }
        return uit;
    }

    public static BigDecimal besteed(EntityManager em, long budgetId) {
        return besteed(em, List.of(budgetId)).getOrDefault(budgetId, BigDecimal.ZERO);
    }

    public static List<Eerder> eerder(EntityManager em, long budgetId, long zorgverlenerId) {
        return em.createQuery("SELECT NEW nl.maatwerk.domain.pgb.PgbQueries.Eerder(d.periodeVan, d.periodeTot, d.kostensoort, d.uren, d.km) "
                        + "FROM Declaratie d WHERE d.goedgekeurd = TRUE AND d.budget.id = :b AND d.zorgverlener.id = :z", Eerder.class)
                .setParameter("b", budgetId).setParameter("z", zorgverlenerId).getResultList();
    }

    /** De eerste goedgekeurde periode per budget (P-08: gebruikt binnen 6 maanden?). */
    public static Map<Long, LocalDate> eersteBesteding(EntityManager em, Collection<Long> budgetIds) {
        Map<Long, LocalDate> uit = new HashMap<>();
        if (budgetIds.isEmpty()) {
            return uit;
        }
        for (Object[] r : em.createQuery("SELECT d.budget.id, MIN(d.periodeVan) FROM Declaratie d WHERE d.goedgekeurd = TRUE "
                + "AND d.budget.id IN :ids GROUP BY d.budget.id", Object[].class).setParameter("ids", budgetIds).getResultList()) {
            uit.put((Long) r[0], (LocalDate) r[1]);
        }
        return uit;
    }

    public static long aantalBudgetten(EntityManager em, Set<String> gemeenten) {
        return em.createQuery("SELECT COUNT(b) FROM Pgbbudget b WHERE b.gemeente.code IN :g", Long.class)
                .setParameter("g", gemeenten).getSingleResult();
    }

    public static List<Pgbbudget> budgetten(EntityManager em, Set<String> gemeenten, int eerste, int aantal) {
        return em.createQuery("SELECT b FROM Pgbbudget b JOIN FETCH b.client WHERE b.gemeente.code IN :g ORDER BY b.ingang DESC, b.id DESC",
                        Pgbbudget.class)
                .setParameter("g", gemeenten).setFirstResult(eerste).setMaxResults(aantal).getResultList();
    }

    public static List<Pgbbudget> actieveBudgetten(EntityManager em, Set<String> gemeenten) {
        return em.createQuery("SELECT b FROM Pgbbudget b JOIN FETCH b.client WHERE b.gemeente.code IN :g AND b.status = :s ORDER BY b.id",
                        Pgbbudget.class)
                .setParameter("g", gemeenten).setParameter("s", Pgbbudget.Status.ACTIEF).getResultList();
    }

    /** Budgetten die in [van, tot] liepen (voor CAK, kosten, SVB). */
    public static List<Pgbbudget> budgettenIn(EntityManager em, Set<String> gemeenten, LocalDate van, LocalDate tot) {
        return em.createQuery("SELECT b FROM Pgbbudget b JOIN FETCH b.client WHERE b.gemeente.code IN :g AND b.ingang <= :tot "
                        + "AND b.einde >= :van ORDER BY b.gemeente.code, b.id", Pgbbudget.class)
                .setParameter("g", gemeenten).setParameter("van", van).setParameter("tot", tot).getResultList();
    }

    public static List<Pgbbudget> svbMutaties(EntityManager em, String gemeente) {
        return em.createQuery("SELECT b FROM Pgbbudget b JOIN FETCH b.client WHERE b.gemeente.code = :g AND b.svbMutatie IS NOT NULL "
                + "ORDER BY b.budgetnummer", Pgbbudget.class).setParameter("g", gemeente).getResultList();
    }

    public static List<Declaratieimport> imports(EntityManager em, Set<String> gemeenten, int aantal) {
        return em.createQuery("SELECT i FROM Declaratieimport i WHERE i.gemeente.code IN :g ORDER BY i.ingelezenOp DESC, i.id DESC",
                Declaratieimport.class).setParameter("g", gemeenten).setMaxResults(aantal).getResultList();
    }

    public static long aantalDeclaraties(EntityManager em, long importId, boolean alleenAfgewezen) {
        return em.createQuery("SELECT COUNT(d) FROM Declaratie d WHERE d.declaratieimport.id = :i"
                        + (alleenAfgewezen ? " AND d.goedgekeurd = FALSE" : ""), Long.class)
                .setParameter("i", importId).getSingleResult();
    }

    public static List<Declaratie> declaraties(EntityManager em, long importId, boolean alleenAfgewezen, int eerste, int aantal) {
        return em.createQuery("SELECT d FROM Declaratie d JOIN FETCH d.budget b JOIN FETCH b.client JOIN FETCH d.zorgverlener "
                        + "WHERE d.declaratieimport.id = :i" + (alleenAfgewezen ? " AND d.goedgekeurd = FALSE" : "")
                        + " ORDER BY d.regelnummer", Declaratie.class)
                .setParameter("i", importId).setFirstResult(eerste).setMaxResults(aantal).getResultList();
    }

    /** Goedgekeurde Pgb-uitgaven per gemeente en maand van de periodestart (O-07). */
    public record Maandkosten(String gemeente, int jaar, int maand, BigDecimal bedrag, long budgetten) {
    }

    public static List<Maandkosten> pgbKostenPerMaand(EntityManager em, Set<String> gemeenten, LocalDate van, LocalDate tot) {
        List<Maandkosten> uit = new java.util.ArrayList<>();
        for (Object[] r : em.createQuery("SELECT d.budget.gemeente.code, EXTRACT(YEAR FROM d.periodeVan), EXTRACT(MONTH FROM d.periodeVan), "
                        + "SUM(d.bedrag), COUNT(DISTINCT d.budget.id) FROM Declaratie d WHERE d.goedgekeurd = TRUE AND d.budget.gemeente.code IN :g "
                        + "AND d.periodeVan BETWEEN :van AND :tot GROUP BY d.budget.gemeente.code, EXTRACT(YEAR FROM d.periodeVan), "
                        + "EXTRACT(MONTH FROM d.periodeVan) ORDER BY 1, 2, 3", Object[].class)
                .setParameter("g", gemeenten).setParameter("van", van).setParameter("tot", tot).getResultList()) {
            uit.add(new Maandkosten((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (BigDecimal) r[3], ((Number) r[4]).longValue()));
        }
        return uit;
    }

    /** Per gemeente en maand de cliënten met een goedgekeurde Pgb-declaratie: [gemeente, maand, clientId]. */
    public static List<Object[]> pgbClientenPerMaand(EntityManager em, Set<String> gemeenten, LocalDate van, LocalDate tot) {
        return em.createQuery("SELECT DISTINCT d.budget.gemeente.code, EXTRACT(MONTH FROM d.periodeVan), d.budget.client.id FROM Declaratie d "
                        + "WHERE d.goedgekeurd = TRUE AND d.budget.gemeente.code IN :g AND d.periodeVan BETWEEN :van AND :tot", Object[].class)
                .setParameter("g", gemeenten).setParameter("van", van).setParameter("tot", tot).getResultList();
    }

    public static List<PgbTerugvordering> terugvorderingen(EntityManager em, Set<String> gemeenten) {
        return em.createQuery("SELECT t FROM PgbTerugvordering t JOIN FETCH t.budget b JOIN FETCH b.client WHERE b.gemeente.code IN :g "
                + "ORDER BY t.datum DESC, t.id DESC", PgbTerugvordering.class).setParameter("g", gemeenten).getResultList();
    }

    public static List<Pgbsignaal> openSignalen(EntityManager em, Set<String> gemeenten) {
        return em.createQuery("SELECT s FROM Pgbsignaal s JOIN FETCH s.budget b JOIN FETCH b.client WHERE s.afgehandeld = FALSE "
                + "AND b.gemeente.code IN :g ORDER BY s.datum, s.id", Pgbsignaal.class).setParameter("g", gemeenten).getResultList();
    }

    public static boolean signaalBestaat(EntityManager em, String referentie) {
        return em.createQuery("SELECT COUNT(s) FROM Pgbsignaal s WHERE s.referentie = :r", Long.class)
                .setParameter("r", referentie).getSingleResult() > 0;
    }

    /** Aantal wissels (budgetten gemarkeerd als wissel) van een cliënt die in [van, tot] ingingen (P-20). */
    public static long wissels(EntityManager em, long clientId, LocalDate van, LocalDate tot) {
        return em.createQuery("SELECT COUNT(b) FROM Pgbbudget b WHERE b.client.id = :c AND b.wissel = TRUE AND b.ingang BETWEEN :van AND :tot",
                Long.class).setParameter("c", clientId).setParameter("van", van).setParameter("tot", tot).getSingleResult();
    }

    public static Map<Long, BigDecimal> svbStand(EntityManager em, Collection<Long> budgetIds, int jaar) {
        Map<Long, BigDecimal> uit = new HashMap<>();
        if (budgetIds.isEmpty()) {
            return uit;
        }
        for (Object[] r : em.createQuery("SELECT s.budget.id, SUM(s.besteed) FROM SvbStand s WHERE s.jaar = :j AND s.budget.id IN :ids "
                + "GROUP BY s.budget.id", Object[].class).setParameter("j", jaar).setParameter("ids", budgetIds).getResultList()) {
            uit.put((Long) r[0], (BigDecimal) r[1]);
        }
        return uit;
    }

    public static Optional<SvbStand> svbStand(EntityManager em, long budgetId, int jaar, int maand) {
        return em.createQuery("SELECT s FROM SvbStand s WHERE s.budget.id = :b AND s.jaar = :j AND s.maand = :m", SvbStand.class)
                .setParameter("b", budgetId).setParameter("j", jaar).setParameter("m", maand).getResultStream().findFirst();
    }

    /** Goedgekeurde bedragen per budget in één jaar (periodestart), om met de SVB te vergelijken. */
    public static Map<Long, BigDecimal> besteedInJaar(EntityManager em, Collection<Long> budgetIds, int jaar) {
        Map<Long, BigDecimal> uit = new HashMap<>();
        if (budgetIds.isEmpty()) {
            return uit;
        }
        for (Object[] r : em.createQuery("SELECT d.budget.id, SUM(d.bedrag) FROM Declaratie d WHERE d.goedgekeurd = TRUE AND d.budget.id IN :ids "
                        + "AND d.periodeVan BETWEEN :van AND :tot GROUP BY d.budget.id", Object[].class)
                .setParameter("ids", budgetIds).setParameter("van", LocalDate.of(jaar, 1, 1)).setParameter("tot", LocalDate.of(jaar, 12, 31))
                .getResultList()) {
            uit.put((Long) r[0], (BigDecimal) r[1]);
        }
        return uit;
    }

    public static List<Pgbexport> exports(EntityManager em, Set<String> gemeenten, int aantal) {
        return em.createQuery("SELECT e FROM Pgbexport e WHERE e.gemeente.code IN :g ORDER BY e.aangemaaktOp DESC, e.id DESC", Pgbexport.class)
                .setParameter("g", gemeenten).setMaxResults(aantal).getResultList();
    }
}
