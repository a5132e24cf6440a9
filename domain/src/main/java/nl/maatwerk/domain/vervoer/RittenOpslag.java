package nl.maatwerk.domain.vervoer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Writes trips in JDBC batches on the caller's connection (inside its transaction), so an import of a large
 * file neither keeps entities in memory nor waits for one round trip per row. Portable SQL for H2 and
 * PostgreSQL. Not thread-safe; close it (or let the transaction end) after use.
 */
public final class RittenOpslag implements AutoCloseable {

    public static final int BATCHGROOTTE = 500;

    /** Of een rit al bestaat, en zo ja of dat door dit bestand komt (dubbel in het bestand) of door een eerdere import. */
    public enum Bestaat { NEE, EERDERE_IMPORT, DIT_BESTAND }

    public record NieuweRit(long pasId, LocalDateTime moment, String van, String naar, BigDecimal km, int zones,
                            boolean begeleider, boolean prioriteit, boolean buitenGebied) {
    }

    private final PreparedStatement zoek;
    private final PreparedStatement schrijf;
    private final long importId;
    private int inBatch;
    /** De sleutels van de ritten in de lopende batch (hoogstens BATCHGROOTTE): die staan nog niet in de database. */
    private final java.util.Set<String> batchSleutels = new java.util.HashSet<>();

    public RittenOpslag(Connection verbinding, long importId) throws SQLException {
        this.importId = importId;
        this.zoek = verbinding.prepareStatement("SELECT import_id FROM rit WHERE pas_id = ? AND moment = ? AND van = ? AND naar = ?");
        this.schrijf = verbinding.prepareStatement("INSERT INTO rit (pas_id, moment, jaar, maand, van, naar, km, zones, begeleider, "
                + "prioriteit, buiten_gebied, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Kijkt in de lopende batch en in de database (met de ritten die deze import al schreef). */
    public Bestaat bestaat(long pasId, LocalDateTime moment, String van, String naar) throws SQLException {
        if (batchSleutels.contains(sleutel(pasId, moment, van, naar))) {
            return Bestaat.DIT_BESTAND;
        }
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
        schrijf.setLong(1, rit.pasId());
        schrijf.setTimestamp(2, Timestamp.valueOf(rit.moment()));
        schrijf.setInt(3, rit.moment().getYear());
        schrijf.setInt(4, rit.moment().getMonthValue());
        schrijf.setString(5, rit.van());
        schrijf.setString(6, rit.naar());
        schrijf.setBigDecimal(7, rit.km());
        schrijf.setInt(8, rit.zones());
        schrijf.setBoolean(9, rit.begeleider());
        schrijf.setBoolean(10, rit.prioriteit());
        schrijf.setBoolean(11, rit.buitenGebied());
        schrijf.setLong(12, importId);
        schrijf.addBatch();
        batchSleutels.add(sleutel(rit.pasId(), rit.moment(), rit.van(), rit.naar()));
        if (++inBatch >= BATCHGROOTTE) {
            schrijfBatch();
        }
    }

    public void schrijfBatch() throws SQLException {
        if (inBatch > 0) {
            schrijf.executeBatch();
            inBatch = 0;
            batchSleutels.clear();
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
            schrijf.close();
        }
    }
}
