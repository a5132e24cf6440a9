package nl.maatwerk.domain.vervoer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes trips in JDBC batches on the caller's connection (inside its transaction), so an import of a large
 * file neither keeps entities in memory nor waits for one round trip per row. Portable SQL for H2 and
 * PostgreSQL. Not thread-safe; close it (or let the transaction end) after use.
 * <p>
 * Idempotency without a query per trip: per pass a key window is kept (the first and last moment of the pass's
 * trips in the database when the pass is first seen, one MIN/MAX query on the unique index, and the last moment this
 * import wrote for it). A trip outside both windows cannot exist yet; only a trip inside one (a file that is re-read,
 * overlaps an earlier one, or is not in time order per pass) is looked up on the unique key. Point lookups and
 * per-pass MIN/MAX on {@code (pas_id, moment, ...)} stay index scans inside the import transaction, where PostgreSQL has
 * no statistics for the new rows (block queries with long IN lists were planned as sequential scans there).
 * Memory grows with the number of passes in the file, not with the number of trips.
 */
public final class RittenOpslag implements AutoCloseable {

    public static final int BATCHGROOTTE = 500;
    /** Rijen per INSERT-statement; BATCHGROOTTE is er een veelvoud van. 1.200 parameters, ruim onder de grens van PostgreSQL. */
    static final int RIJEN_PER_INSERT = 100;

    /** Of een rit al bestaat, en zo ja of dat door dit bestand komt (dubbel in het bestand) of door een eerdere import. */
    public enum Bestaat { NEE, EERDERE_IMPORT, DIT_BESTAND }

    public record NieuweRit(long pasId, LocalDateTime moment, String van, String naar, BigDecimal km, int zones,
                            boolean begeleider, boolean prioriteit, boolean buitenGebied) {
    }

    private final PreparedStatement zoek;
    private final PreparedStatement bereik;
    /** Per pas-id het sleutelvenster (zie de klassebeschrijving). */
    private final java.util.Map<Long, Venster> vensters = new java.util.HashMap<>();
    private final PreparedStatement schrijf;
    /** Eén INSERT met {@link #RIJEN_PER_INSERT} rijen (VALUES (...), (...)): de database verwerkt één statement per 100 ritten. */
    private final PreparedStatement schrijfVeel;
    /** Ritten die nog niet aan een statement zijn gebonden (minder dan {@link #RIJEN_PER_INSERT}). */
    private final List<NieuweRit> wachtrij = new java.util.ArrayList<>(RIJEN_PER_INSERT);
    private boolean veelInBatch;
    private final long importId;
    private int inBatch;
    /** De sleutels van de ritten in de lopende batch (hoogstens BATCHGROOTTE): die staan nog niet in de database. */
    private final java.util.Set<String> batchSleutels = new java.util.HashSet<>();

    public RittenOpslag(Connection verbinding, long importId) throws SQLException {
        this.importId = importId;
        this.zoek = verbinding.prepareStatement("SELECT import_id FROM rit WHERE pas_id = ? AND moment = ? AND van = ? AND naar = ?");
        this.bereik = verbinding.prepareStatement("SELECT MIN(moment), MAX(moment) FROM rit WHERE pas_id = ?");
        this.schrijf = verbinding.prepareStatement(insert(1));
        this.schrijfVeel = verbinding.prepareStatement(insert(RIJEN_PER_INSERT));
    }

    /** Kijkt in de lopende batch en in de database (met de ritten die deze import al schreef). */
    public Bestaat bestaat(long pasId, LocalDateTime moment, String van, String naar) throws SQLException {
        if (batchSleutels.contains(sleutel(pasId, moment, van, naar))) {
            return Bestaat.DIT_BESTAND;
        }
        if (!venster(pasId).kanBestaan(moment)) {
            return Bestaat.NEE;
        }
        opgezocht++;
        zoek.setLong(1, pasId);
        zoek.setTimestamp(2, Timestamp.valueOf(moment));
        zoek.setString(3, van);
        zoek.setString(4, naar);
        try (ResultSet rs = zoek.executeQuery()) {
            if (!rs.next()) {
                return Bestaat.NEE;
            }
            long bron = rs.getLong(1);
            return !rs.wasNull() && bron == importId ? Bestaat.DIT_BESTAND : Bestaat.EERDERE_IMPORT;
        }
    }

    public void voegToe(NieuweRit rit) throws SQLException {
        venster(rit.pasId()).geschreven(rit.moment());
        wachtrij.add(rit);
        batchSleutels.add(sleutel(rit.pasId(), rit.moment(), rit.van(), rit.naar()));
        if (wachtrij.size() == RIJEN_PER_INSERT) {
            bind(schrijfVeel, wachtrij);
            schrijfVeel.addBatch();
            wachtrij.clear();
            veelInBatch = true;
        }
        if (++inBatch >= BATCHGROOTTE) {
            schrijfBatch();
        }
    }

    public void schrijfBatch() throws SQLException {
        if (inBatch > 0) {
            if (veelInBatch) {
                schrijfVeel.executeBatch();
                veelInBatch = false;
            }
            for (NieuweRit rit : wachtrij) {
                bind(schrijf, List.of(rit));
                schrijf.addBatch();
            }
            if (!wachtrij.isEmpty()) {
                schrijf.executeBatch();
                wachtrij.clear();
            }
            inBatch = 0;
            batchSleutels.clear();
        }
    }

    private void bind(PreparedStatement ps, List<NieuweRit> ritten) throws SQLException {
        int i = 0;
        for (NieuweRit rit : ritten) {
            ps.setLong(++i, rit.pasId());
            ps.setTimestamp(++i, Timestamp.valueOf(rit.moment()));
            ps.setInt(++i, rit.moment().getYear());
            ps.setInt(++i, rit.moment().getMonthValue());
            ps.setString(++i, rit.van());
            ps.setString(++i, rit.naar());
            ps.setBigDecimal(++i, rit.km());
            ps.setInt(++i, rit.zones());
            ps.setBoolean(++i, rit.begeleider());
            ps.setBoolean(++i, rit.prioriteit());
            ps.setBoolean(++i, rit.buitenGebied());
            ps.setLong(++i, importId);
        }
    }

    private static String insert(int rijen) {
        return "INSERT INTO rit (pas_id, moment, jaar, maand, van, naar, km, zones, begeleider, prioriteit, buiten_gebied, import_id) VALUES "
                + String.join(", ", java.util.Collections.nCopies(rijen, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }

    /** Hoeveel ritten op de unieke sleutel zijn opgezocht (de rest viel buiten elk venster); voor de benchmark. */
    public long opgezocht() {
        return opgezocht;
    }

    private long opgezocht;

    private Venster venster(long pasId) throws SQLException {
        Venster v = vensters.get(pasId);
        if (v == null) {
            bereik.setLong(1, pasId);
            try (ResultSet rs = bereik.executeQuery()) {
                rs.next();
                Timestamp vanaf = rs.getTimestamp(1);
                Timestamp tot = rs.getTimestamp(2);
                v = new Venster(vanaf == null ? null : vanaf.toLocalDateTime(), tot == null ? null : tot.toLocalDateTime());
            }
            vensters.put(pasId, v);
        }
        return v;
    }

    /**
     * De ritten van een pas die bij de eerste blik al in de database stonden, liggen in [vanaf, tot]; wat deze import
     * daarna schreef, ligt op of voor {@code geschrevenTot}. Alleen daarbinnen kan een rit al bestaan.
     */
    private static final class Venster {
        private final LocalDateTime vanaf;
        private final LocalDateTime tot;
        private LocalDateTime geschrevenTot;

        Venster(LocalDateTime vanaf, LocalDateTime tot) {
            this.vanaf = vanaf;
            this.tot = tot;
        }

        boolean kanBestaan(LocalDateTime moment) {
            return vanaf != null && !moment.isBefore(vanaf) && !moment.isAfter(tot)
                    || geschrevenTot != null && !moment.isAfter(geschrevenTot);
        }

        void geschreven(LocalDateTime moment) {
            if (geschrevenTot == null || moment.isAfter(geschrevenTot)) {
                geschrevenTot = moment;
            }
        }
    }

    private static String sleutel(long pasId, LocalDateTime moment, String van, String naar) {
        return pasId + "\u0000" + moment + "\u0000" + van + "\u0000" + naar;
    }

    @Override
    public void close() throws SQLException {
        try {
            schrijfBatch();
        } finally {
            zoek.close();
            bereik.close();
            schrijf.close();
            schrijfVeel.close();
        }
    }
}
