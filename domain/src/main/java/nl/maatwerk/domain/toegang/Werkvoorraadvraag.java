package nl.maatwerk.domain.toegang;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The werkvoorraad: open cases within the caller's gemeenten, filtered, sorted and paged in the database
 * over the indexed columns (gemeente_code | behandelaar, afgesloten, volgende_termijn). "Te laat" means the
 * stored next deadline lies before the peildatum.
 *
 * @param gemeenten   the caller's gemeenten (scope); never empty
 * @param gemeente    optional filter on one gemeente
 * @param fase        optional filter on the type of work
 * @param behandelaar optional filter on one medewerker; "-" means: not assigned
 * @param alleenTeLaat only overdue items
 */
public record Werkvoorraadvraag(Collection<String> gemeenten, String gemeente, Melding.Fase fase, String behandelaar,
                                boolean alleenTeLaat, LocalDate peildatum) {

    public static final String NIET_TOEGEWEZEN = "-";

    private static final Map<String, String> SORTERING = Map.of(
            "termijn", "m.volgendeTermijn",
            "fase", "m.fase",
            "behandelaar", "m.behandelaar",
            "gemeente", "m.gemeenteCode",
            "client", "c.achternaamZoek",
            "melding", "m.moment");

    public Werkvoorraadvraag {
        if (gemeenten == null || gemeenten.isEmpty()) {
            throw new IllegalArgumentException("Een werkvoorraad hoort bij minstens één gemeente.");
        }
        if (peildatum == null) {
            throw new IllegalArgumentException("Peildatum ontbreekt.");
        }
    }

    /** Default order: most urgent first (earliest deadline), then oldest melding. */
    public List<Werkitem> resultaten(EntityManager em, int eerste, int aantal, String sorteerVeld, boolean oplopend) {
        String volgorde = SORTERING.getOrDefault(sorteerVeld == null ? "" : sorteerVeld, "m.volgendeTermijn");
        TypedQuery<Werkitem> q = em.createQuery("select new nl.maatwerk.domain.toegang.Werkitem(m.id, c.id, c.voornamen, "
                + "c.tussenvoegsel, c.achternaam, m.gemeenteCode, m.fase, m.behandelaar, m.volgendeTermijn, m.termijnRegel, "
                + "m.termijnOmschrijving) from Melding m join m.client c" + waar()
                + " order by " + volgorde + (oplopend ? " asc" : " desc") + ", m.id", Werkitem.class);
        parameters().forEach(q::setParameter);
        return q.setFirstResult(Math.max(0, eerste)).setMaxResults(Math.max(1, Math.min(aantal, 500))).getResultList()
                .stream().map(w -> w.metTeLaat(peildatum)).toList();
    }

    public long aantal(EntityManager em) {
        TypedQuery<Long> q = em.createQuery("select count(m) from Melding m" + waar(), Long.class);
        parameters().forEach(q::setParameter);
        return q.getSingleResult();
    }

    private String waar() {
        StringBuilder sb = new StringBuilder(" where m.afgesloten = false and m.gemeenteCode in :gemeenten");
        if (heeft(gemeente)) sb.append(" and m.gemeenteCode = :gemeente");
        if (fase != null) sb.append(" and m.fase = :fase");
        if (NIET_TOEGEWEZEN.equals(behandelaar)) sb.append(" and m.behandelaar is null");
        else if (heeft(behandelaar)) sb.append(" and m.behandelaar = :behandelaar");
        if (alleenTeLaat) sb.append(" and m.volgendeTermijn < :peildatum");
        return sb.toString();
    }

    private Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("gemeenten", List.copyOf(gemeenten));
        if (heeft(gemeente)) p.put("gemeente", gemeente);
        if (fase != null) p.put("fase", fase);
        if (heeft(behandelaar) && !NIET_TOEGEWEZEN.equals(behandelaar)) p.put("behandelaar", behandelaar);
        if (alleenTeLaat) p.put("peildatum", peildatum);
        return p;
    }

    private static boolean heeft(String s) {
        return s != null && !s.isBlank();
    }
}
