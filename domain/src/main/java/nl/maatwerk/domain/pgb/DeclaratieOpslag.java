package nl.maatwerk.domain.pgb;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Schrijft declaraties in JDBC-batches op de verbinding van de aanroeper (binnen diens transactie), zoals
 * {@code RittenOpslag}: geen entiteiten in het geheugen, geen rondgang per regel. Draagbare SQL voor H2 en
 * PostgreSQL. Niet thread-safe.
 */
public final class DeclaratieOpslag implements AutoCloseable {

    public static final int BATCHGROOTTE = 500;

    public enum Bestaat { NEE, EERDERE_IMPORT, DIT_BESTAND }

    public record NieuweDeclaratie(int regelnummer, long budgetId, long zorgverlenerId, LocalDate van, LocalDate tot,
                                   Kostensoort kostensoort, String kostensoortTekst, BigDecimal uren, BigDecimal bedrag,
                                   BigDecimal km, boolean goedgekeurd, String regels, String motivering) {
    }

    /** Per budget de sleutels die al in de database stonden (eenmaal gelezen per budget), met hun import. */
    private final java.util.Map<Long, java.util.Map<String, Long>> bestaand = new java.util.HashMap<>();
    private final PreparedStatement zoek;
    private final PreparedStatement schrijf;
    private final long importId;
    private final Connection verbinding;
    private int inBatch;
    /** Alle sleutels van dit bestand: een dubbele regel in hetzelfde bestand is een fout, niet "al aanwezig". */
    private final Set<String> ditBestand = new HashSet<>();

    public DeclaratieOpslag(Connection verbinding, long importId) throws SQLException {
        this.importId = importId;
        this.verbinding = verbinding;
        this.zoek = verbinding.prepareStatement("SELECT zorgverlener_id, periode_van, periode_tot, kostensoort_tekst, import_id "
                + "FROM pgb_declaratie WHERE budget_id = ?");
        this.schrijf = verbinding.prepareStatement(INSERT);
    }

    /** The columns of a declaratie row, in the order of {@link #bind}. */
    public static final String KOLOMMEN = "import_id, regelnummer, budget_id, zorgverlener_id, periode_van, periode_tot, kostensoort, "
            + "kostensoort_tekst, uren, bedrag, km, goedgekeurd, regels, motivering";
    /** One declaratie row; {@link #bind} sets its parameters. */
    public static final String INSERT = "INSERT INTO pgb_declaratie (" + KOLOMMEN + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Sets the parameters of {@link #INSERT} for one declaratie of this import. */
    public static void bind(PreparedStatement ps, long importId, NieuweDeclaratie d) throws SQLException {
        ps.setLong(1, importId);
        ps.setInt(2, d.regelnummer());
        ps.setLong(3, d.budgetId());
        ps.setLong(4, d.zorgverlenerId());
        ps.setDate(5, Date.valueOf(d.van()));
        ps.setDate(6, Date.valueOf(d.tot()));
        ps.setString(7, d.kostensoort().name());
        ps.setString(8, d.kostensoortTekst());
        getal(ps, 9, d.uren());
        ps.setBigDecimal(10, d.bedrag());
        getal(ps, 11, d.km());
        ps.setBoolean(12, d.goedgekeurd());
        ps.setString(13, d.regels());
        ps.setString(14, d.motivering());
    }

    /** A NUMERIC that may be empty. */
    public static void getal(PreparedStatement ps, int i, BigDecimal waarde) throws SQLException {
        if (waarde == null) {
            ps.setNull(i, Types.NUMERIC);
        } else {
            ps.setBigDecimal(i, waarde);
        }
    }

    /**
     * Begint een blok regels: schrijft de open batch (zodat de database ook de eigen regels van deze import kent) en
     * vervangt wat de opslag onthoudt door de sleutels van de budgetten van dit blok ({@link DeclaratieVoorlezer#declaraties},
     * ook teruggegeven voor het bestede bedrag en de eerdere uren). Zo blijft het geheugen begrensd door de blokgrootte, niet door het bestand:
     * een sleutel uit een eerder blok van dit bestand staat in de database met deze import en heet dan {@link Bestaat#DIT_BESTAND}.
     */
    public java.util.List<DeclaratieVoorlezer.Bestaande> nieuwBlok(java.util.Collection<Long> budgetIds) throws SQLException {
        schrijfBatch();
        java.util.List<DeclaratieVoorlezer.Bestaande> bestaande = DeclaratieVoorlezer.declaraties(verbinding, budgetIds);
        ditBestand.clear();
        bestaand.clear();
        for (Long id : budgetIds) {
            bestaand.put(id, new java.util.HashMap<>());
        }
        for (DeclaratieVoorlezer.Bestaande d : bestaande) {
            bestaand.computeIfAbsent(d.budgetId(), k -> new java.util.HashMap<>())
                    .put(sleutel(d.budgetId(), d.zorgverlenerId(), d.van(), d.tot(), d.kostensoortTekst()), d.importId());
        }
        return bestaande;
    }

    public Bestaat bestaat(long budgetId, long zorgverlenerId, LocalDate van, LocalDate tot, String kostensoortTekst) throws SQLException {
        if (ditBestand.contains(sleutel(budgetId, zorgverlenerId, van, tot, kostensoortTekst))) {
            return Bestaat.DIT_BESTAND;
        }
        // Eén query per budget in plaats van één per regel: de sleutels van het budget worden eenmaal gelezen. Wat deze
        // import schrijft, staat in ditBestand; daarom blijft de kaart geldig zolang de opslag open is.
        java.util.Map<String, Long> vanBudget = bestaand.get(budgetId);
        if (vanBudget == null) {
            vanBudget = new java.util.HashMap<>();
            zoek.setLong(1, budgetId);
            try (ResultSet rs = zoek.executeQuery()) {
                while (rs.next()) {
                    vanBudget.put(sleutel(budgetId, rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), rs.getString(4)), rs.getLong(5));
                }
            }
            bestaand.put(budgetId, vanBudget);
        }
        Long bron = vanBudget.get(sleutel(budgetId, zorgverlenerId, van, tot, kostensoortTekst));
        return bron == null ? Bestaat.NEE : bron == importId ? Bestaat.DIT_BESTAND : Bestaat.EERDERE_IMPORT;
    }

    public void voegToe(NieuweDeclaratie d) throws SQLException {
        bind(schrijf, importId, d);
        schrijf.addBatch();
        ditBestand.add(sleutel(d.budgetId(), d.zorgverlenerId(), d.van(), d.tot(), d.kostensoortTekst()));
        if (++inBatch >= BATCHGROOTTE) {
            schrijfBatch();
        }
    }

    public void schrijfBatch() throws SQLException {
        if (inBatch > 0) {
            schrijf.executeBatch();
            inBatch = 0;
        }
    }

    private static String sleutel(long budgetId, long zorgverlenerId, LocalDate van, LocalDate tot, String soort) {
        return budgetId + "\u0000" + zorgverlenerId + "\u0000" + van + "\u0000" + tot + "\u0000" + soort;
    }

    @Override
    public void close() throws SQLException {
        try {
            schrijfBatch();
        } finally {
            zoek.close();
            schrijf.close();
        }
    }
}
