package nl.maatwerk.domain.toegang;

import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The other toegang queries; every one limited to the caller's gemeenten where it touches client data. */
public final class ToegangQueries {

    private ToegangQueries() {
    }

    /**
     * The full name per client id, for lists that get only ids from elsewhere (the werkvoorraad's signals from every area).
     * In blocks of 1,000 ids; unknown ids are absent.
     */
    public static Map<Long, String> clientnamen(EntityManager em, Collection<Long> ids) {
        Map<Long, String> namen = new java.util.HashMap<>();
        List<Long> lijst = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int i = 0; i < lijst.size(); i += 1000) {
            em.createQuery("select c from Client c where c.id in :ids", nl.maatwerk.domain.client.Client.class)
                    .setParameter("ids", lijst.subList(i, Math.min(lijst.size(), i + 1000))).getResultList()
                    .forEach(c -> namen.put(c.getId(), c.volledigeNaam()));
        }
        return namen;
    }

    /** A client's meldingen, newest first (the client page's time line). */
    public static List<Melding> meldingenVanClient(EntityManager em, long clientId) {
        return em.createQuery("select m from Melding m where m.client.id = :c order by m.moment desc, m.id desc", Melding.class)
                .setParameter("c", clientId).getResultList();
    }

    public static List<Beschikking> beschikkingenVanClient(EntityManager em, long clientId) {
        return em.createQuery("select b from Beschikking b where b.client.id = :c order by b.beschikkingsdatum desc, b.id desc",
                Beschikking.class).setParameter("c", clientId).getResultList();
    }

    public static List<Beschikking> beschikkingenVanMelding(EntityManager em, long meldingId) {
        return em.createQuery("select b from Beschikking b where b.melding.id = :m order by b.id", Beschikking.class)
                .setParameter("m", meldingId).getResultList();
    }

    /** C-14: the indicaties of a client that still run on a date (granted, sent, not ended). */
    public static List<Beschikking> lopendeIndicaties(EntityManager em, long clientId, LocalDate op) {
        return em.createQuery("select b from Beschikking b where b.client.id = :c and b.soort in :toekenning"
                        + " and b.status = :verzonden and b.ingangsdatum <= :op and (b.einddatum is null or b.einddatum >= :op)"
                        + " and b.beeindigdOp is null order by b.id", Beschikking.class)
                .setParameter("c", clientId).setParameter("toekenning", List.of(Beschikking.Soort.TOEKENNING_NATURA, Beschikking.Soort.TOEKENNING_PGB))
                .setParameter("verzonden", Beschikking.Status.VERZONDEN).setParameter("op", op).getResultList();
    }

    /** C-18: granted indicaties in the gemeenten that end within [van, tot], for heroverweging; earliest first. */
    public static List<Beschikking> aflopendeIndicaties(EntityManager em, Collection<String> gemeenten, LocalDate van, LocalDate tot,
                                                        int eerste, int aantal) {
        return em.createQuery("select b from Beschikking b where b.gemeenteCode in :g and b.soort in :toekenning"
                        + " and b.status = :verzonden and b.beeindigdOp is null and b.einddatum between :van and :tot"
                        + " order by b.einddatum, b.id", Beschikking.class)
                .setParameter("g", List.copyOf(gemeenten))
                .setParameter("toekenning", List.of(Beschikking.Soort.TOEKENNING_NATURA, Beschikking.Soort.TOEKENNING_PGB))
                .setParameter("verzonden", Beschikking.Status.VERZONDEN).setParameter("van", van).setParameter("tot", tot)
                .setFirstResult(Math.max(0, eerste)).setMaxResults(Math.max(1, Math.min(aantal, 500))).getResultList();
    }

    /** Beschikkingen awaiting a teamleider's approval (four eyes), oldest first. */
    public static List<Beschikking> terGoedkeuring(EntityManager em, Collection<String> gemeenten) {
        return em.createQuery("select b from Beschikking b where b.gemeenteCode in :g and b.status = :s order by b.id",
                Beschikking.class).setParameter("g", List.copyOf(gemeenten))
                .setParameter("s", Beschikking.Status.TER_GOEDKEURING).getResultList();
    }

    /** How many beschikkingen were taken under each regelset version (a regelset in use cannot be withdrawn). */
    public static Map<String, Long> beschikkingenPerRegelset(EntityManager em) {
        Map<String, Long> r = new LinkedHashMap<>();
        em.createQuery("select b.regelsetVersie, count(b) from Beschikking b group by b.regelsetVersie order by b.regelsetVersie",
                Object[].class).getResultList().forEach(rij -> r.put((String) rij[0], (Long) rij[1]));
        return r;
    }

    public static long beschikkingenOnder(EntityManager em, String regelsetVersie) {
        return em.createQuery("select count(b) from Beschikking b where b.regelsetVersie = :v", Long.class)
                .setParameter("v", regelsetVersie).getSingleResult();
    }

    public static List<ToegangDocument> documenten(EntityManager em, long meldingId) {
        return em.createQuery("select new nl.maatwerk.domain.toegang.ToegangDocument(d.id, d.soort, d.titel, d.gemaaktOp) "
                + "from ToegangDocument d where d.melding.id = :m order by d.gemaaktOp, d.id", ToegangDocument.class)
                .setParameter("m", meldingId).getResultList();
    }

    public static List<Voornemen> voornemens(EntityManager em, long meldingId) {
        return em.createQuery("select v from Voornemen v where v.melding.id = :m order by v.id", Voornemen.class)
                .setParameter("m", meldingId).getResultList();
    }

    public static List<Bezwaar> bezwaren(EntityManager em, long beschikkingId) {
        return em.createQuery("select b from Bezwaar b where b.beschikking.id = :b order by b.id", Bezwaar.class)
                .setParameter("b", beschikkingId).getResultList();
    }

    public static <T> T eenOfGeen(EntityManager em, Class<T> soort, long meldingId) {
        return em.createQuery("select x from " + soort.getSimpleName() + " x where x.melding.id = :m", soort)
                .setParameter("m", meldingId).getResultStream().findFirst().orElse(null);
    }

    /**
     * O-02: the mantelzorgers of clients in the gemeenten who were a cliënt in [van, tot]: they made a melding then
     * (whatever came of it) or had an indicatie running then. The mantelzorger's own address does not matter.
     * Ordered by client and name, paged in the database.
     */
    public static List<Mantelzorgerregel> mantelzorgers(EntityManager em, Collection<String> gemeenten, LocalDate van, LocalDate tot,
                                                        int eerste, int aantal) {
        return em.createQuery("select new nl.maatwerk.domain.toegang.Mantelzorgerregel(b.id, b.naam, b.relatie, b.adres, b.email, "
                        + "b.telefoon, c.id, c.voornamen, c.tussenvoegsel, c.achternaam, c.gemeente.code) "
                        + "from Betrokkene b join b.client c where b.soort = :mantelzorger and c.gemeente.code in :g and ("
                        + "exists (select m.id from Melding m where m.client = c and m.moment >= :vanaf and m.moment < :totNa) or "
                        + "exists (select x.id from Beschikking x where x.client = c and x.soort in :toekenning and x.status = :verzonden "
                        + "and x.ingangsdatum <= :tot and (x.einddatum is null or x.einddatum >= :van) "
                        + "and (x.beeindigdOp is null or x.beeindigdOp >= :van))) "
                        + "order by c.achternaam, c.id, b.naam, b.id", Mantelzorgerregel.class)
                .setParameter("mantelzorger", nl.maatwerk.domain.client.BetrokkeneSoort.MANTELZORGER)
                .setParameter("g", List.copyOf(gemeenten)).setParameter("van", van).setParameter("tot", tot)
                .setParameter("vanaf", van.atStartOfDay()).setParameter("totNa", tot.plusDays(1).atStartOfDay())
                .setParameter("toekenning", List.of(Beschikking.Soort.TOEKENNING_NATURA, Beschikking.Soort.TOEKENNING_PGB))
                .setParameter("verzonden", Beschikking.Status.VERZONDEN)
                .setFirstResult(Math.max(0, eerste)).setMaxResults(Math.max(1, Math.min(aantal, 500))).getResultList();
    }

    /** The last melding in [van, tot] of each of these clients (one page of the O-02 list), grouped in the database. */
    public static Map<Long, LocalDate> laatsteMeldingen(EntityManager em, Collection<Long> clientIds, LocalDate van, LocalDate tot) {
        Map<Long, LocalDate> r = new LinkedHashMap<>();
        if (clientIds.isEmpty()) {
            return r;
        }
        em.createQuery("select m.client.id, max(m.moment) from Melding m where m.client.id in :c and m.moment >= :vanaf "
                        + "and m.moment < :totNa group by m.client.id", Object[].class)
                .setParameter("c", List.copyOf(clientIds)).setParameter("vanaf", van.atStartOfDay())
                .setParameter("totNa", tot.plusDays(1).atStartOfDay())
                .getResultList().forEach(rij -> r.put((Long) rij[0], ((java.time.LocalDateTime) rij[1]).toLocalDate()));
        return r;
    }

    /**
     * The teamleider's view: per day and behandelaar, the onderzoek deadlines (T-04) and decision deadlines (T-11)
     * in [van, tot] that were met, missed or are still open in time on the peildatum; aggregated in the database.
     */
    public static List<Termijncijfer> termijnen(EntityManager em, Collection<String> gemeenten, LocalDate van, LocalDate tot,
                                                LocalDate peildatum) {
        List<Termijncijfer> r = new java.util.ArrayList<>();
        em.createQuery("select o.uiterlijk, m.behandelaar, "
                        + "sum(case when o.afgerondOp is not null and o.afgerondOp <= o.uiterlijk then 1 else 0 end), "
                        + "sum(case when (o.afgerondOp is not null and o.afgerondOp > o.uiterlijk) "
                        + "or (o.afgerondOp is null and m.afgesloten = false and o.uiterlijk < :peil) then 1 else 0 end), "
                        + "sum(case when o.afgerondOp is null and m.afgesloten = false and o.uiterlijk >= :peil then 1 else 0 end) "
                        + "from Onderzoek o join o.melding m where m.gemeenteCode in :g and o.uiterlijk between :van and :tot "
                        + "group by o.uiterlijk, m.behandelaar order by o.uiterlijk, m.behandelaar", Object[].class)
                .setParameter("g", List.copyOf(gemeenten)).setParameter("van", van).setParameter("tot", tot).setParameter("peil", peildatum)
                .getResultList().forEach(rij -> r.add(cijfer(rij, "T-04")));
        em.createQuery("select a.beslissenUiterlijk, m.behandelaar, "
                        + "sum(case when a.beslotenOp is not null and a.beslotenOp <= a.beslissenUiterlijk then 1 else 0 end), "
                        + "sum(case when (a.beslotenOp is not null and a.beslotenOp > a.beslissenUiterlijk) "
                        + "or (a.beslotenOp is null and a.beslissenUiterlijk < :peil) then 1 else 0 end), "
                        + "sum(case when a.beslotenOp is null and a.beslissenUiterlijk >= :peil then 1 else 0 end) "
                        + "from Aanvraag a join a.melding m where m.gemeenteCode in :g and a.beslissenUiterlijk between :van and :tot "
                        + "group by a.beslissenUiterlijk, m.behandelaar order by a.beslissenUiterlijk, m.behandelaar", Object[].class)
                .setParameter("g", List.copyOf(gemeenten)).setParameter("van", van).setParameter("tot", tot).setParameter("peil", peildatum)
                .getResultList().forEach(rij -> r.add(cijfer(rij, "T-11")));
        return r;
    }

    private static Termijncijfer cijfer(Object[] rij, String regel) {
        return new Termijncijfer((LocalDate) rij[0], (String) rij[1], regel, getal(rij[2]), getal(rij[3]), getal(rij[4]));
    }

    private static long getal(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
