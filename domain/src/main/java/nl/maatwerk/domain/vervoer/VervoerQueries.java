package nl.maatwerk.domain.vervoer;

import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vervoer queries: passes within the caller's gemeenten, budget use summed in the database per pass and
 * year, trips, use per month and the signals. Plain JPQL, tested on H2 and PostgreSQL.
 */
public final class VervoerQueries {

    private VervoerQueries() {
    }

    /** Gebruik van een pas in een jaar. */
    public record Gebruik(BigDecimal km, long zones, long ritten, long buitenGebied) {
        public static final Gebruik GEEN = new Gebruik(BigDecimal.ZERO, 0, 0, 0);
    }

    public record MaandGebruik(int maand, BigDecimal km, long zones, long ritten) {
    }

    public static Optional<Regiotaxipas> pasOpNummer(EntityManager em, String pasnummer, Set<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select p from Regiotaxipas p where p.pasnummer = :nr and p.gemeente.code in :g", Regiotaxipas.class)
                .setParameter("nr", pasnummer).setParameter("g", gemeenten)
                .getResultStream().findFirst();
    }

    public static long aantalPassen(EntityManager em, Set<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(p) from Regiotaxipas p where p.gemeente.code in :g", Long.class)
                .setParameter("g", gemeenten).getSingleResult();
    }

    public static List<Regiotaxipas> passen(EntityManager em, Set<String> gemeenten, int eerste, int aantal) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Regiotaxipas p join fetch p.client where p.gemeente.code in :g order by p.pasnummer", Regiotaxipas.class)
                .setParameter("g", gemeenten).setFirstResult(eerste).setMaxResults(aantal).getResultList();
    }

    public static List<Regiotaxipas> passenVanClient(EntityManager em, long clientId) {
        return em.createQuery("select p from Regiotaxipas p where p.client.id = :c order by p.geldigVan desc", Regiotaxipas.class)
                .setParameter("c", clientId).getResultList();
    }

    /** Per pas het gebruik in een jaar, in één query; passen zonder ritten ontbreken in de map. */
    public static Map<Long, Gebruik> gebruik(EntityManager em, Collection<Long> pasIds, int jaar) {
        Map<Long, Gebruik> uit = new HashMap<>();
        if (pasIds.isEmpty()) {
            return uit;
        }
        List<Object[]> rijen = em.createQuery("select r.pas.id, sum(r.km), sum(r.zones), count(r), "
                        + "sum(case when r.buitenGebied = true then 1 else 0 end) from Rit r "
                        + "where r.pas.id in :ids and r.moment >= :van and r.moment < :tot group by r.pas.id", Object[].class)
                .setParameter("ids", pasIds).setParameter("van", begin(jaar)).setParameter("tot", begin(jaar + 1)).getResultList();
        for (Object[] r : rijen) {
            uit.put(((Number) r[0]).longValue(), new Gebruik(decimaal(r[1]), getal(r[2]), getal(r[3]), getal(r[4])));
        }
        return uit;
    }

    /**
     * Het gebruik van deze passen in een jaar, uit één query over alle ritten van dat jaar (één doorloop, gegroepeerd op
     * pas; alleen de gevraagde passen worden bewaard). Na een grote import goedkoper dan blokken van id's: in de
     * importtransactie heeft PostgreSQL geen statistieken voor de nieuwe rijen, en een join met regiotaxipas werd daar
     * een geneste lus met een opzoeking per rit (20 s voor 1.000.000 ritten); zonder join is het één scan.
     */
    public static Map<Long, Gebruik> gebruikInJaar(EntityManager em, Set<Long> pasIds, int jaar) {
        Map<Long, Gebruik> uit = new HashMap<>();
        if (pasIds.isEmpty()) {
            return uit;
        }
        try (var rijen = em.createQuery("select r.pasId, sum(r.km), sum(r.zones), count(r), "
                        + "sum(case when r.buitenGebied = true then 1 else 0 end) from Rit r "
                        + "where r.moment >= :van and r.moment < :tot group by r.pasId", Object[].class)
                .setParameter("van", begin(jaar)).setParameter("tot", begin(jaar + 1)).getResultStream()) {
            rijen.forEach(r -> {
                long id = ((Number) r[0]).longValue();
                if (pasIds.contains(id)) {
                    uit.put(id, new Gebruik(decimaal(r[1]), getal(r[2]), getal(r[3]), getal(r[4])));
                }
            });
        }
        return uit;
    }

    /** Het budget van een pas (km en zones per jaar, elk mogelijk leeg), zonder entiteit. */
    public record PasBudget(long id, Integer kmPerJaar, Integer zonesPerJaar) {
    }

    public static Gebruik gebruik(EntityManager em, long pasId, int jaar) {
        return gebruik(em, List.of(pasId), jaar).getOrDefault(pasId, Gebruik.GEEN);
    }

    /** Gebruik per maand (alleen maanden met ritten), voor de grafiek/tabel over het jaar. */
    public static List<MaandGebruik> gebruikPerMaand(EntityManager em, long pasId, int jaar) {
        return em.createQuery("select r.maand, sum(r.km), sum(r.zones), count(r) from Rit r "
                        + "where r.pas.id = :p and r.moment >= :van and r.moment < :tot group by r.maand order by r.maand", Object[].class)
                .setParameter("p", pasId).setParameter("van", begin(jaar)).setParameter("tot", begin(jaar + 1)).getResultList().stream()
                .map(r -> new MaandGebruik(((Number) r[0]).intValue(), decimaal(r[1]), getal(r[2]), getal(r[3])))
                .toList();
    }

    public static long aantalRitten(EntityManager em, long pasId, int jaar) {
        return em.createQuery("select count(r) from Rit r where r.pas.id = :p and r.moment >= :van and r.moment < :tot", Long.class)
                .setParameter("p", pasId).setParameter("van", begin(jaar)).setParameter("tot", begin(jaar + 1)).getSingleResult();
    }

    public static List<Rit> ritten(EntityManager em, long pasId, int jaar, int eerste, int aantal) {
        return em.createQuery("select r from Rit r where r.pasId = :p and r.moment >= :van and r.moment < :tot order by r.moment desc", Rit.class)
                .setParameter("p", pasId).setParameter("van", begin(jaar)).setParameter("tot", begin(jaar + 1))
                .setFirstResult(eerste).setMaxResults(aantal).getResultList();
    }

    public static List<Vervoersignaal> signalen(EntityManager em, Set<String> gemeenten, boolean alleenOpen, int eerste, int aantal) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Vervoersignaal s join fetch s.pas p where p.gemeente.code in :g"
                        + (alleenOpen ? " and s.afgehandeld = false" : "") + " order by s.aangemaaktOp desc, s.id desc", Vervoersignaal.class)
                .setParameter("g", gemeenten).setFirstResult(eerste).setMaxResults(aantal).getResultList();
    }

    public static List<Vervoersignaal> signalenVanPas(EntityManager em, long pasId, int jaar) {
        return em.createQuery("select s from Vervoersignaal s where s.pas.id = :p and s.jaar = :jaar order by s.soort, s.drempel", Vervoersignaal.class)
                .setParameter("p", pasId).setParameter("jaar", jaar).getResultList();
    }

    public static Optional<Vervoersignaal> signaal(EntityManager em, long pasId, int jaar, Vervoersignaal.Soort soort, int drempel) {
        return em.createQuery("select s from Vervoersignaal s where s.pas.id = :p and s.jaar = :jaar and s.soort = :s and s.drempel = :d", Vervoersignaal.class)
                .setParameter("p", pasId).setParameter("jaar", jaar).setParameter("s", soort).setParameter("d", drempel)
                .getResultStream().findFirst();
    }

    /** Passen van deze gemeenten die in [van, tot] (inclusief) geldig waren, voor financiën en het CAK. */
    public static List<Regiotaxipas> passenGeldigIn(EntityManager em, Set<String> gemeenten, LocalDate van, LocalDate tot) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Regiotaxipas p join fetch p.client where p.gemeente.code in :g and p.geldigVan <= :tot"
                        + " and (p.geldigTot is null or p.geldigTot >= :van) order by p.geldigVan, p.id", Regiotaxipas.class)
                .setParameter("g", gemeenten).setParameter("van", van).setParameter("tot", tot).getResultList();
    }

    /**
     * Het begin van een jaar: de jaarquery's zoeken op een bereik van {@code moment}, zodat ze de primaire sleutel
     * {@code (pas_id, moment)} gebruiken (V12; er is geen aparte index op pas en jaar meer).
     */
    private static LocalDateTime begin(int jaar) {
        return LocalDateTime.of(jaar, 1, 1, 0, 0);
    }

    /** Wat de rittenimport van een pas moet weten, zonder entiteit (voor alle passen van een gemeente tegelijk). */
    public record PasGegevens(long id, String pasnummer, String gemeente, long clientId, LocalDate geldigVan, LocalDate geldigTot,
                              String regelsetVersie, Integer kmPerJaar, Integer zonesPerJaar) {
        public PasBudget budget() {
            return new PasBudget(id, kmPerJaar, zonesPerJaar);
        }
    }

    /**
     * Alle passen van deze gemeenten in één query, als gegevens: de rittenimport zoekt daarna niets meer per pas op, ook de
     * budgetbewaking niet.
     */
    public static List<PasGegevens> pasGegevens(EntityManager em, Set<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p.id, p.pasnummer, p.gemeente.code, p.client.id, p.geldigVan, p.geldigTot, p.regelsetVersie, "
                        + "p.kmPerJaar, p.zonesPerJaar from Regiotaxipas p where p.gemeente.code in :g", Object[].class)
                .setParameter("g", gemeenten).getResultList().stream()
                .map(r -> new PasGegevens(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                        (LocalDate) r[4], (LocalDate) r[5], (String) r[6], (Integer) r[7], (Integer) r[8]))
                .toList();
    }

    private static BigDecimal decimaal(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static long getal(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
