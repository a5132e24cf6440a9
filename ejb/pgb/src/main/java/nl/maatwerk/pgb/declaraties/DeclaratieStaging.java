package nl.maatwerk.pgb.declaraties;

import nl.maatwerk.domain.Meerrijeninsert;
import nl.maatwerk.domain.pgb.DeclaratieOpslag;
import nl.maatwerk.domain.pgb.DeclaratieOpslag.NieuweDeclaratie;
import nl.maatwerk.pgb.declaraties.DeclaratieLezer.Regel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * De set-gebaseerde kant van de declaratie-import, op de verbinding en in de transactie van de aanroeper:
 * <ol>
 *   <li>{@link #zet}: de geldige regels gaan in een tijdelijke staging-tabel van deze import (PostgreSQL: {@code COPY
 *   ... FROM STDIN}; H2: JDBC-batches). De tabel verdwijnt met de transactie ({@code ON COMMIT DROP}).</li>
 *   <li>{@link #koppel}: de staging afsluiten (PostgreSQL: {@code ANALYZE} van de tijdelijke tabel).</li>
 *   <li>{@link #stroom}: één query die de regels met hun budget (zoals {@link DeclaratieInlezing#kies}, als window-functie)
 *   en de feiten van budget, zorgverlener en overeenkomst verbindt (ook de regels zonder budget of hulp: meldingen), plus
 *   de bestaande declaraties van die budgetten, geordend op budget en dan bestandsvolgorde; gestreamd (fetch size), zodat
 *   de aanroeper per budget toetst en het geheugen niet met het bestand groeit.</li>
 *   <li>{@link #schrijf}: de uitkomsten naar {@code pgb_declaratie} (PostgreSQL: {@code COPY} per
 *   {@link #SCHRIJFBLOK} regels tussen twee fetches; H2: JDBC-batches).</li>
 * </ol>
 * Niet thread-safe; één exemplaar per import.
 */
public abstract class DeclaratieStaging implements AutoCloseable {

    /** Regels per schrijfronde (COPY of batch). */
    static final int SCHRIJFBLOK = 5_000;
    static final int FETCH = 2_000;

    static final String KOLOMMEN_STAGING = "regel, bsn, zv, van, tot, uren, bedrag, kostensoort, soort_tekst, km";

    protected final Connection verbinding;
    protected final long importId;
    protected final String tabel;

    protected DeclaratieStaging(Connection verbinding, long importId) throws SQLException {
        if (verbinding.getAutoCommit()) {
            throw new IllegalStateException("De declaratie-import vraagt een transactie (auto-commit staat aan).");
        }
        this.verbinding = verbinding;
        this.importId = importId;
        this.tabel = "pgb_declaratie_staging_" + importId;
    }

    /** PostgreSQL (COPY) of een andere database (H2: JDBC-batches), naar het product van de verbinding. */
    public static DeclaratieStaging voor(Connection verbinding, long importId) throws SQLException {
        String product = verbinding.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        DeclaratieStaging s = product.contains("postgres") ? new PostgresStaging(verbinding, importId) : new Batchstaging(verbinding, importId);
        s.maakTabel();
        return s;
    }

    protected abstract void maakTabel() throws SQLException;

    protected String tabeldefinitie() {
        return "(regel BIGINT NOT NULL, bsn VARCHAR(9) NOT NULL, zv VARCHAR(20) NOT NULL, van DATE NOT NULL, tot DATE NOT NULL, uren NUMERIC(7,2), "
                + "bedrag NUMERIC(12,2) NOT NULL, kostensoort VARCHAR(20) NOT NULL, soort_tekst VARCHAR(60) NOT NULL, km NUMERIC(7,1))";
    }

    /** Eén geldige regel in de staging-tabel. */
    public abstract void zet(Regel r) throws SQLException;

    /** Na de laatste {@link #zet}: de staging afsluiten (en op PostgreSQL statistieken verzamelen). */
    public void koppel(String gemeente) throws SQLException {
        this.gemeente = gemeente;
        sluitZetten();
        naKoppelen();
    }

    private String gemeente;

    protected abstract void sluitZetten() throws SQLException;

    protected void naKoppelen() throws SQLException {
    }

    public interface Verwerker<T> {
        void verwerk(T t) throws SQLException;
    }

    /**
     * De kolommen van {@link #stroom}: 1 soort rij (0 bestaande declaratie, 1 regel van dit bestand), 2 budget, 3 regelnummer
     * (0 bij bestaande), 4 zorgverlener, 5 van, 6 tot, 7 kostensoort, 8 kostensoorttekst, 9 uren, 10 bedrag, 11 km,
     * 12 goedgekeurd (bestaande), 13 import (bestaande); alleen bij regels: 14 cliënt, 15 ingang, 16 einde, 17 budgetbedrag,
     * 18 reiskosten in plan, 19 minderjarigen, 20 buitenland vanaf, 21 buitenland tot, 22 regelset, 23 soort hulp,
     * 24 geboortedatum hulp, 25 afstand, 26 vog, 27 overeenkomst goedgekeurd (leeg: geen overeenkomst), 28 BSN, 29 code van de hulp.
     * Een regel zonder budget in de gemeente heeft een leeg budget (2), zonder bekende hulp een lege zorgverlener (4): die
     * worden meldingen.
     *
     * <p>Het budget van een regel is dat van {@link DeclaratieInlezing#kies}: het eerste (op ingang, id) dat periode_van
     * dekt; anders het laatste dat eerder begon; anders het eerste. Als joins en één window-functie, niet per regel een
     * subquery: zo kan de database hash-joins kiezen. De bestaande declaraties zijn die van alle budgetten van de
     * budgethouders (een ruimere set dan nodig schaadt niet: een budget zonder regels wordt alleen gelezen).
     */
    static final String STROOM;

    static {
        String dekt = "s.van >= b.ingang AND s.van <= b.einde";
        String vroeger = "NOT (" + dekt + ") AND b.ingang <= s.van";
        STROOM = "SELECT 1 AS rij, k.budget_id, k.regel, z.id, k.van, k.tot, k.kostensoort, k.soort_tekst, k.uren, k.bedrag, "
                + "k.km, FALSE AS goedgekeurd, CAST(NULL AS BIGINT) AS import_id, k.client_id, k.ingang, k.einde, k.budgetbedrag, k.reiskosten_in_plan, "
                + "k.minderjarigen, k.buitenland_vanaf, k.buitenland_tot, k.regelset_versie, z.soort, z.geboortedatum, z.afstand_km, z.vog, "
                + "o.goedgekeurd AS overeenkomst, k.bsn, k.zv FROM (SELECT s.regel, s.bsn, s.zv, s.van, s.tot, s.kostensoort, s.soort_tekst, s.uren, "
                + "s.bedrag, s.km, b.id AS budget_id, b.client_id, b.ingang, b.einde, b.bedrag AS budgetbedrag, b.reiskosten_in_plan, b.minderjarigen, "
                + "b.buitenland_vanaf, b.buitenland_tot, b.regelset_versie, ROW_NUMBER() OVER (PARTITION BY s.regel ORDER BY CASE WHEN b.id IS NULL THEN 3 "
                + "WHEN " + dekt + " THEN 0 WHEN b.ingang <= s.van THEN 1 ELSE 2 END, CASE WHEN " + vroeger + " THEN b.ingang END DESC, "
                + "CASE WHEN " + vroeger + " THEN b.id END DESC, b.ingang, b.id) AS keuze "
                + "FROM %1$s s LEFT JOIN client c ON c.bsn = s.bsn LEFT JOIN pgb_budget b ON b.client_id = c.id AND b.gemeente_code = ?) k "
                + "LEFT JOIN pgb_zorgverlener z ON z.gemeente_code = ? AND z.code = k.zv "
                + "LEFT JOIN pgb_overeenkomst o ON o.budget_id = k.budget_id AND o.zorgverlener_id = z.id WHERE k.keuze = 1 "
                + "UNION ALL SELECT 0, d.budget_id, 0, d.zorgverlener_id, d.periode_van, d.periode_tot, d.kostensoort, d.kostensoort_tekst, d.uren, d.bedrag, "
                + "d.km, d.goedgekeurd, d.import_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL "
                + "FROM pgb_declaratie d WHERE d.budget_id IN (SELECT b.id FROM %1$s s JOIN client c ON c.bsn = s.bsn JOIN pgb_budget b ON b.client_id = c.id "
                + "AND b.gemeente_code = ?) "
                + "ORDER BY 2, 1, 3";
    }

    /** Geeft de rijen van {@link #STROOM} in volgorde aan {@code lezer}; statement en ResultSet worden daarna gesloten. */
    public void stroom(Verwerker<ResultSet> lezer) throws SQLException {
        try (PreparedStatement p = verbinding.prepareStatement(String.format(STROOM, tabel), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            // Met auto-commit uit leest pgjdbc via een portal in blokken van FETCH rijen: het geheugen groeit niet met het bestand.
            p.setFetchSize(FETCH);
            p.setString(1, gemeente);
            p.setString(2, gemeente);
            p.setString(3, gemeente);
            try (ResultSet rs = p.executeQuery()) {
                lezer.verwerk(rs);
            }
        }
    }

    /** Een getoetste regel naar pgb_declaratie (gebufferd; {@link #close} schrijft de rest). */
    public abstract void schrijf(NieuweDeclaratie d) throws SQLException;

    /** Schrijft wat nog gebufferd is. */
    public abstract void schrijfRest() throws SQLException;

    @Override
    public void close() throws SQLException {
        schrijfRest();
    }

    /**
     * H2 (en elke andere database): meerrijige INSERTs voor de staging ({@link Meerrijeninsert}, minder statements dan één
     * per regel), JDBC-batches voor de uitkomsten.
     */
    static final class Batchstaging extends DeclaratieStaging {
        private final Meerrijeninsert<Regel> zetten;
        private PreparedStatement schrijf;
        private int inSchrijf;

        Batchstaging(Connection verbinding, long importId) throws SQLException {
            super(verbinding, importId);
            this.zetten = new Meerrijeninsert<>(verbinding, tabel, KOLOMMEN_STAGING, (p, i, r) -> {
                p.setLong(i, r.regel());
                p.setString(i + 1, r.bsn());
                p.setString(i + 2, r.zorgverlener());
                p.setDate(i + 3, Date.valueOf(r.van()));
                p.setDate(i + 4, Date.valueOf(r.tot()));
                DeclaratieOpslag.getal(p, i + 5, r.uren());
                p.setBigDecimal(i + 6, r.bedrag());
                p.setString(i + 7, r.kostensoort().name());
                p.setString(i + 8, r.kostensoortTekst());
                DeclaratieOpslag.getal(p, i + 9, r.km());
            });
        }

        @Override
        protected void maakTabel() throws SQLException {
            try (Statement s = verbinding.createStatement()) {
                // TRANSACTIONAL: H2 maakt de tabel zonder de lopende transactie te committen.
                s.execute("CREATE LOCAL TEMPORARY TABLE " + tabel + " " + tabeldefinitie() + " ON COMMIT DROP TRANSACTIONAL");
            }
        }

        @Override
        public void zet(Regel r) throws SQLException {
            zetten.voegToe(r);
        }

        @Override
        protected void sluitZetten() throws SQLException {
            zetten.close();
        }

        @Override
        public void schrijf(NieuweDeclaratie d) throws SQLException {
            if (schrijf == null) {
                schrijf = verbinding.prepareStatement(DeclaratieOpslag.INSERT);
            }
            DeclaratieOpslag.bind(schrijf, importId, d);
            schrijf.addBatch();
            if (++inSchrijf >= SCHRIJFBLOK) {
                schrijf.executeBatch();
                inSchrijf = 0;
            }
        }

        @Override
        public void schrijfRest() throws SQLException {
            if (schrijf != null) {
                try {
                    if (inSchrijf > 0) {
                        schrijf.executeBatch();
                    }
                } finally {
                    inSchrijf = 0;
                    schrijf.close();
                    schrijf = null;
                }
            }
        }
    }
}
