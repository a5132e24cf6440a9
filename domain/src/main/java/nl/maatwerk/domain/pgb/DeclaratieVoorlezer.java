package nl.maatwerk.domain.pgb;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Leest voor een blok declaratieregels in een paar IN-queries wat de toetsing nodig heeft (budgetten van de BSN's,
 * zorgverleners, overeenkomsten en de bestaande declaraties van de budgetten), in plaats van één query per budget
 * of paar. JDBC op de verbinding van de aanroeper, zodat ook wat {@link DeclaratieOpslag} in deze transactie al
 * schreef wordt gezien. Hoogstens {@link #MAX_IN} waarden per IN-lijst; draagbare SQL (H2 en PostgreSQL).
 */
public final class DeclaratieVoorlezer {

    public static final int MAX_IN = 500;
    /**
     * BSN's per query: met 500 waarden kiest PostgreSQL (plan zonder statistieken of generiek plan) een volledige scan
     * van client met een lineaire IN-filter; met kleinere lijsten blijft het een index-opzoeking.
     */
    static final int BSNS_PER_QUERY = 100;

    private DeclaratieVoorlezer() {
    }

    /** Een budget met wat de declaratiecontrole ervan nodig heeft. */
    public record Budgetfeiten(long id, long clientId, String bsn, LocalDate ingang, LocalDate einde, BigDecimal bedrag,
                               boolean reiskostenInPlan, boolean minderjarigen, LocalDate buitenlandVanaf, LocalDate buitenlandTot,
                               String regelsetVersie) {
    }

    public record Zorgverlenerfeiten(long id, String code, Zorgverlenersoort soort, LocalDate geboortedatum, BigDecimal afstandKm, boolean vog) {
    }

    /** Een declaratie die al in de database staat (uit een eerdere import of eerder in deze). */
    public record Bestaande(long budgetId, long zorgverlenerId, LocalDate van, LocalDate tot, Kostensoort kostensoort, String kostensoortTekst,
                            BigDecimal uren, BigDecimal km, BigDecimal bedrag, boolean goedgekeurd, long importId) {
    }

    /** Per BSN de budgetten in deze gemeente, op ingang en id (zoals {@link PgbQueries#budgettenVanBsn}). */
    public static Map<String, List<Budgetfeiten>> budgetten(Connection c, String gemeente, Collection<String> bsns) throws SQLException {
        Map<String, List<Budgetfeiten>> uit = new HashMap<>();
        for (List<String> deel : delen(bsns, BSNS_PER_QUERY)) {
            try (PreparedStatement p = c.prepareStatement("SELECT b.id, c.id, c.bsn, b.ingang, b.einde, b.bedrag, b.reiskosten_in_plan, "
                    + "b.minderjarigen, b.buitenland_vanaf, b.buitenland_tot, b.regelset_versie FROM pgb_budget b JOIN client c ON c.id = b.client_id "
                    + "WHERE b.gemeente_code = ? AND c.bsn IN (" + vraagtekens(deel.size()) + ") ORDER BY b.ingang, b.id")) {
                p.setString(1, gemeente);
                for (int i = 0; i < deel.size(); i++) {
                    p.setString(i + 2, deel.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        Budgetfeiten b = new Budgetfeiten(rs.getLong(1), rs.getLong(2), rs.getString(3), datum(rs, 4), datum(rs, 5), rs.getBigDecimal(6),
                                rs.getBoolean(7), rs.getBoolean(8), datum(rs, 9), datum(rs, 10), rs.getString(11));
                        uit.computeIfAbsent(b.bsn(), k -> new ArrayList<>()).add(b);
                    }
                }
            }
        }
        return uit;
    }

    /** Per code de zorgverlener in deze gemeente. */
    public static Map<String, Zorgverlenerfeiten> zorgverleners(Connection c, String gemeente, Collection<String> codes) throws SQLException {
        Map<String, Zorgverlenerfeiten> uit = new HashMap<>();
        for (List<String> deel : delen(codes)) {
            try (PreparedStatement p = c.prepareStatement("SELECT id, code, soort, geboortedatum, afstand_km, vog FROM pgb_zorgverlener "
                    + "WHERE gemeente_code = ? AND code IN (" + vraagtekens(deel.size()) + ")")) {
                p.setString(1, gemeente);
                for (int i = 0; i < deel.size(); i++) {
                    p.setString(i + 2, deel.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        uit.put(rs.getString(2), new Zorgverlenerfeiten(rs.getLong(1), rs.getString(2), Zorgverlenersoort.valueOf(rs.getString(3)),
                                datum(rs, 4), rs.getBigDecimal(5), rs.getBoolean(6)));
                    }
                }
            }
        }
        return uit;
    }

    /** Per paar "budget-zorgverlener" of de overeenkomst is goedgekeurd (geen overeenkomst: ontbreekt). */
    public static Map<String, Boolean> overeenkomsten(Connection c, Collection<Long> budgetIds) throws SQLException {
        Map<String, Boolean> uit = new HashMap<>();
        for (List<Long> deel : delen(budgetIds)) {
            try (PreparedStatement p = c.prepareStatement("SELECT budget_id, zorgverlener_id, goedgekeurd FROM pgb_overeenkomst WHERE budget_id IN ("
                    + vraagtekens(deel.size()) + ")")) {
                for (int i = 0; i < deel.size(); i++) {
                    p.setLong(i + 1, deel.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        uit.put(paar(rs.getLong(1), rs.getLong(2)), rs.getBoolean(3));
                    }
                }
            }
        }
        return uit;
    }

    /** Alle declaraties (goedgekeurd en afgewezen) van deze budgetten, ook wat deze transactie al schreef. */
    public static List<Bestaande> declaraties(Connection c, Collection<Long> budgetIds) throws SQLException {
        List<Bestaande> uit = new ArrayList<>();
        for (List<Long> deel : delen(budgetIds)) {
            try (PreparedStatement p = c.prepareStatement("SELECT budget_id, zorgverlener_id, periode_van, periode_tot, kostensoort, kostensoort_tekst, "
                    + "uren, km, bedrag, goedgekeurd, import_id FROM pgb_declaratie WHERE budget_id IN (" + vraagtekens(deel.size()) + ")")) {
                for (int i = 0; i < deel.size(); i++) {
                    p.setLong(i + 1, deel.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        uit.add(new Bestaande(rs.getLong(1), rs.getLong(2), datum(rs, 3), datum(rs, 4), Kostensoort.valueOf(rs.getString(5)),
                                rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBoolean(10), rs.getLong(11)));
                    }
                }
            }
        }
        return uit;
    }

    public static String paar(long budgetId, long zorgverlenerId) {
        return budgetId + "-" + zorgverlenerId;
    }

    private static LocalDate datum(ResultSet rs, int i) throws SQLException {
        Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
    }

    private static String vraagtekens(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static <T> List<List<T>> delen(Collection<T> waarden) {
        return delen(waarden, MAX_IN);
    }

    private static <T> List<List<T>> delen(Collection<T> waarden, int grootte) {
        List<T> alle = new ArrayList<>(new java.util.LinkedHashSet<>(waarden));
        List<List<T>> uit = new ArrayList<>();
        for (int i = 0; i < alle.size(); i += grootte) {
            uit.add(alle.subList(i, Math.min(alle.size(), i + grootte)));
        }
        return uit;
    }
}
