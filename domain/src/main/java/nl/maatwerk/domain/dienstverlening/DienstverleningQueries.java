package nl.maatwerk.domain.dienstverlening;

import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * De queries van de dienstverlening, als gewone Java over een EntityManager (getest op H2 en PostgreSQL). Elke
 * query die cliëntgegevens geeft, filtert op de gemeenten van de vrager.
 */
public final class DienstverleningQueries {

    private DienstverleningQueries() {
    }

    /** Contracten met hun aanbieder van deze gemeenten, op naam van de aanbieder en ingangsdatum. */
    public static List<Contract> contracten(EntityManager em, Set<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Contract c join fetch c.aanbieder a where c.gemeente.code in :g "
                        + "order by a.naam, c.gemeente.code, c.geldigVan", Contract.class)
                .setParameter("g", gemeenten).getResultList();
    }

    /** Tarieven van de contracten die op {@code datum} gelden in deze gemeente. */
    public static List<Tarief> tarieven(EntityManager em, String gemeente, LocalDate datum) {
        return em.createQuery("select t from Tarief t join fetch t.contract c join fetch c.aanbieder a where c.gemeente.code = :g "
                        + "and c.geldigVan <= :d and (c.geldigTot is null or c.geldigTot >= :d) order by a.naam, t.resultaatgebied, t.trede", Tarief.class)
                .setParameter("g", gemeente).setParameter("d", datum).getResultList();
    }

    public static Optional<Aanbieder> aanbiederOpAgb(EntityManager em, String agb) {
        return em.createQuery("select a from Aanbieder a where a.agbCode = :agb", Aanbieder.class)
                .setParameter("agb", agb).getResultStream().findFirst();
    }

    public static List<Aanbieder> aanbieders(EntityManager em) {
        return em.createQuery("select a from Aanbieder a order by a.naam", Aanbieder.class).getResultList();
    }

    public static Optional<Arrangement> arrangement(EntityManager em, long id, Set<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Arrangement a join fetch a.client where a.id = :id and a.gemeente.code in :g", Arrangement.class)
                .setParameter("id", id).setParameter("g", gemeenten).getResultStream().findFirst();
    }

    public static List<Arrangement> arrangementenVanClient(EntityManager em, long clientId) {
        return em.createQuery("select a from Arrangement a where a.client.id = :c order by a.ingang desc, a.id desc", Arrangement.class)
                .setParameter("c", clientId).getResultList();
    }

    /** Het toegangsniveau (O-05) van de melding bij een aanvraag van toegang, en de cliënt van die melding. */
    public record AanvraagToegang(String toegangsniveau, long clientId) {
    }

    public static Optional<AanvraagToegang> aanvraagToegang(EntityManager em, long aanvraagId) {
        return em.createQuery("select m.toegangsniveau, m.client.id from Aanvraag a join a.melding m where a.id = :id", Object[].class)
                .setParameter("id", aanvraagId).getResultStream().findFirst()
                .map(r -> new AanvraagToegang(String.valueOf(r[0]), ((Number) r[1]).longValue()));
    }

    public static List<Arrangement> arrangementenVanAanvraag(EntityManager em, long aanvraagId) {
        return em.createQuery("select a from Arrangement a where a.aanvraagId = :a order by a.id", Arrangement.class)
                .setParameter("a", aanvraagId).getResultList();
    }

    public static List<Opdracht> opdrachtenVanArrangement(EntityManager em, long arrangementId) {
        return em.createQuery("select o from Opdracht o join fetch o.aanbieder where o.arrangement.id = :a order by o.verzondenOp, o.id", Opdracht.class)
                .setParameter("a", arrangementId).getResultList();
    }

    public static Optional<Opdracht> opdrachtOpNummer(EntityManager em, String nummer, Set<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select o from Opdracht o join fetch o.arrangement a join fetch o.aanbieder where o.toewijzingnummer = :n "
                        + "and a.gemeente.code in :g", Opdracht.class)
                .setParameter("n", nummer).setParameter("g", gemeenten).getResultStream().findFirst();
    }

    /** Opdrachten van deze gemeenten, nieuwste eerst; {@code status} leeg: alle. */
    public static List<Opdracht> opdrachten(EntityManager em, Set<String> gemeenten, Opdracht.Status status, int eerste, int aantal) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        var q = em.createQuery("select o from Opdracht o join fetch o.arrangement a join fetch a.client join fetch o.aanbieder "
                + "where a.gemeente.code in :g" + (status == null ? "" : " and o.status = :s") + " order by o.verzondenOp desc, o.id desc", Opdracht.class)
                .setParameter("g", gemeenten);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.setFirstResult(eerste).setMaxResults(aantal).getResultList();
    }

    public static long aantalOpdrachten(EntityManager em, Set<String> gemeenten, Opdracht.Status status) {
        if (gemeenten.isEmpty()) {
            return 0;
        }
        var q = em.createQuery("select count(o) from Opdracht o where o.arrangement.gemeente.code in :g"
                + (status == null ? "" : " and o.status = :s"), Long.class).setParameter("g", gemeenten);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.getSingleResult();
    }

    /** Opdrachten die in [van, tot] werkelijk leverden (gestart, niet gestopt vóór {@code van}): voor het CAK en de kosten. */
    public static List<Opdracht> geleverd(EntityManager em, Set<String> gemeenten, LocalDate van, LocalDate tot) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Opdracht o join fetch o.arrangement a join fetch o.aanbieder where a.gemeente.code in :g "
                        + "and o.startdatum is not null and o.startdatum <= :tot and (o.stopdatum is null or o.stopdatum >= :van) "
                        + "order by a.gemeente.code, o.startdatum, o.id", Opdracht.class)
                .setParameter("g", gemeenten).setParameter("van", van).setParameter("tot", tot).getResultList();
    }

    /** Verzonden opdrachten zonder start die vóór {@code verzondenVoor} zijn verstuurd (signaal voor de consulent). */
    public static List<Opdracht> zonderStart(EntityManager em, Set<String> gemeenten, LocalDateTime verzondenVoor) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Opdracht o join fetch o.arrangement a join fetch o.aanbieder where a.gemeente.code in :g "
                        + "and o.status = :s and o.verzondenOp < :voor order by o.verzondenOp", Opdracht.class)
                .setParameter("g", gemeenten).setParameter("s", Opdracht.Status.VERZONDEN).setParameter("voor", verzondenVoor).getResultList();
    }

    public static Optional<Leveringsbericht> bericht(EntityManager em, long opdrachtId, String soort) {
        return em.createQuery("select b from Leveringsbericht b where b.opdracht.id = :o and b.soort = :s", Leveringsbericht.class)
                .setParameter("o", opdrachtId).setParameter("s", soort).getResultStream().findFirst();
    }

    public static List<Calamiteitmelding> calamiteiten(EntityManager em, Set<String> gemeenten, boolean alleenOpen) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Calamiteitmelding m join fetch m.aanbieder where m.gemeente.code in :g "
                        + (alleenOpen ? "and m.onderzocht = false " : "") + "order by m.datumMelding desc, m.id desc", Calamiteitmelding.class)
                .setParameter("g", gemeenten).getResultList();
    }

    /** O-03: de arrangementen van een gemeente die in [begin, einde] liepen (ook beëindigde), met hun cliënt. */
    public static List<Arrangement> arrangementenInPeriode(EntityManager em, String gemeente, LocalDate begin, LocalDate einde) {
        return em.createQuery("select a from Arrangement a join fetch a.client where a.gemeente.code = :g and a.ingang <= :einde "
                        + "and (a.einde is null or a.einde >= :begin) order by a.client.id, a.ingang", Arrangement.class)
                .setParameter("g", gemeente).setParameter("begin", begin).setParameter("einde", einde).getResultList();
    }

    public static Optional<Clientervaringsonderzoek> ervaringsonderzoek(EntityManager em, String gemeente, int jaar) {
        return em.createQuery("select o from Clientervaringsonderzoek o where o.gemeente.code = :g and o.jaar = :j", Clientervaringsonderzoek.class)
                .setParameter("g", gemeente).setParameter("j", jaar).getResultStream().findFirst();
    }

    public static List<Klacht> klachten(EntityManager em, Set<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select k from Klacht k join fetch k.aanbieder where k.gemeente.code in :g order by k.ontvangenOp desc, k.id desc", Klacht.class)
                .setParameter("g", gemeenten).getResultList();
    }

    /** Aanbieders plus arrangementen: 0 als de dienstverlening nog leeg is (demodata). */
    public static long aantalGegevens(EntityManager em) {
        return em.createQuery("select count(a) from Arrangement a", Long.class).getSingleResult()
                + em.createQuery("select count(a) from Aanbieder a", Long.class).getSingleResult();
    }
}
