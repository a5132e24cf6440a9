package nl.maatwerk.domain.client;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A search in the cliëntregister, always limited to the gemeenten the caller works for.
 * Paging, sorting and filtering happen in the database (indexed columns), never in memory.
 */
public record ClientZoekvraag(String bsn, String naam, LocalDate geboortedatum, String postcode,
                              Collection<String> gemeenten) {

    /** Sortable columns, by the name screens and the API use. A whitelist: never concatenate user input. */
    private static final Map<String, String> SORTERING = Map.of(
            "achternaam", "c.achternaamZoek",
            "naam", "c.achternaamZoek",
            "geboortedatum", "c.geboortedatum",
            "postcode", "c.postcode",
            "bsn", "c.bsn",
            "gemeente", "c.gemeente.naam",
            "geregistreerdOp", "c.geregistreerdOp");

    public ClientZoekvraag {
        if (gemeenten == null || gemeenten.isEmpty()) {
            throw new IllegalArgumentException("Een zoekvraag hoort bij minstens één gemeente.");
        }
    }

    public List<Client> resultaten(EntityManager em, int eerste, int aantal, String sorteerVeld, boolean oplopend) {
        String volgorde = SORTERING.getOrDefault(sorteerVeld == null ? "" : sorteerVeld, "c.achternaamZoek");
        TypedQuery<Client> query = em.createQuery(
                "select c from Client c" + waar() + " order by " + volgorde + (oplopend ? " asc" : " desc") + ", c.id",
                Client.class);
        parameters().forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, eerste)).setMaxResults(Math.max(1, Math.min(aantal, 500))).getResultList();
    }

    public long aantal(EntityManager em) {
        TypedQuery<Long> query = em.createQuery("select count(c) from Client c" + waar(), Long.class);
        parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String waar() {
        StringBuilder sb = new StringBuilder(" where c.gemeente.code in :gemeenten");
        if (heeft(bsn)) sb.append(" and c.bsn = :bsn");
        if (heeft(naam)) sb.append(" and c.achternaamZoek like :naam");
        if (geboortedatum != null) sb.append(" and c.geboortedatum = :geboortedatum");
        if (heeft(postcode)) sb.append(" and c.postcode = :postcode");
        return sb.toString();
    }

    private Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("gemeenten", List.copyOf(gemeenten));
        if (heeft(bsn)) p.put("bsn", Bsn.normaliseer(bsn));
        if (heeft(naam)) p.put("naam", escapeLike(zonderTussenvoegsel(naam.strip().toLowerCase(Locale.ROOT))) + "%");
        if (geboortedatum != null) p.put("geboortedatum", geboortedatum);
        if (heeft(postcode)) p.put("postcode", Client.normaliseerPostcode(postcode));
        return p;
    }

    /** People type "de Boer" or "van der Berg"; the register sorts and searches on the achternaam itself. */
    static String zonderTussenvoegsel(String naam) {
        String rest = naam;
        boolean verder = true;
        while (verder) {
            verder = false;
            for (String tv : TUSSENVOEGSELS) {
                if (rest.startsWith(tv + " ") && rest.length() > tv.length() + 1) {
                    rest = rest.substring(tv.length() + 1).strip();
                    verder = true;
                }
            }
        }
        return rest;
    }

    private static final List<String> TUSSENVOEGSELS = List.of("van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du", "von");

    private static String escapeLike(String s) {
        // A name search is a prefix search; wildcards typed by a user match literally.
        return s.replace("%", "").replace("_", "");
    }

    private static boolean heeft(String s) {
        return s != null && !s.isBlank();
    }
}
