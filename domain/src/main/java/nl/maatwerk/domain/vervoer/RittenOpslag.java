package nl.maatwerk.domain.vervoer;

import nl.maatwerk.domain.Meerrijeninsert;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes trips on the caller's connection, inside its transaction, so an import of a large file neither keeps
 * entities in memory nor waits for one round trip per row: on PostgreSQL as one streamed {@code COPY rit FROM STDIN}
 * (pgjdbc's CopyManager on the transaction's own connection, so Java's parsing and PostgreSQL's ingest overlap), on
 * other databases (H2) as JDBC batches of 100-row INSERTs. Not thread-safe; close it before the transaction ends.
 * <p>
 * A trip is identified by pass and moment (V12). The table has no foreign keys (V12, measured): callers write only pass
 * ids they read in the same transaction, after {@link #laadVensters}, which on PostgreSQL also holds those passes. Idempotency without a query per trip: per pass a key window is
 * kept (the first and last moment of the pass's trips in the database, loaded for all passes of the gemeenten in one
 * query by {@link #laadVensters}, or per pass when first seen; and the last moment this import wrote for it). A trip
 * outside both windows cannot exist yet; only a trip inside one (a file that is re-read, overlaps an earlier one, or
 * is not in time order per pass) is looked up on the primary key, after the rows written so far are flushed (a COPY in
 * progress is ended: the connection can do nothing else meanwhile). The stored trip then decides: the same line
 * (addresses, km, zones, begeleider, prioriteit) is "already present", another line at that pass and moment is a
 * conflict the caller reports with the line. Memory grows with the number of passes, not with the number of trips.
 */
public final class RittenOpslag implements AutoCloseable {

    static final String KOLOMMEN = "pas_id, moment, jaar, maand, van, naar, km, zones, begeleider, prioriteit, buiten_gebied, import_id";

    /**
     * Of er op deze pas en dit moment al een rit staat: nee; dezelfde rit uit een eerdere import of uit dit bestand; of
     * een andere rit (andere adressen, km, zones, begeleider of prioriteit), uit een eerdere import of uit dit bestand.
     */
    public enum Bestaat { NEE, EERDERE_IMPORT, DIT_BESTAND, ANDERE_RIT_EERDERE_IMPORT, ANDERE_RIT_DIT_BESTAND }

    public record NieuweRit(long pasId, LocalDateTime moment, String van, String naar, BigDecimal km, int zones,
                            boolean begeleider, boolean prioriteit, boolean buitenGebied) {

        boolean zelfdeRitAls(String van, String naar, BigDecimal km, int zones, boolean begeleider, boolean prioriteit) {
            return this.van.equals(van) && this.naar.equals(naar) && this.km.compareTo(km) == 0 && this.zones == zones
                    && this.begeleider == begeleider && this.prioriteit == prioriteit;
        }
    }

    /** De rit die al op deze pas en dit moment staat, voor de melding bij een conflict. */
    public record OpgeslagenRit(String van, String naar, BigDecimal km, int zones) {
    }

    /** Hoe de rijen de database in gaan. */
    interface Schrijver extends AutoCloseable {
        void schrijf(NieuweRit rit) throws SQLException;

        /** Alles wat geschreven is, staat in de database (zichtbaar in de transactie); de verbinding is vrij. */
        void klaar() throws SQLException;

        @Override
        void close() throws SQLException;
    }

    private final Connection verbinding;
    private final long importId;
    private final Schrijver schrijver;
    private final PreparedStatement zoek;
    private final PreparedStatement bereik;
    /** Per pas-id het sleutelvenster (zie de klassebeschrijving). */
    private final Map<Long, Venster> vensters = new HashMap<>();
    private OpgeslagenRit gevonden;
    private long opgezocht;

    public RittenOpslag(Connection verbinding, long importId) throws SQLException {
        this.verbinding = verbinding;
        this.importId = importId;
        this.zoek = verbinding.prepareStatement("SELECT van, naar, km, zones, begeleider, prioriteit, import_id FROM rit WHERE pas_id = ? AND moment = ?");
        this.bereik = verbinding.prepareStatement("SELECT MIN(moment), MAX(moment) FROM rit WHERE pas_id = ?");
        // Only on PostgreSQL is the COPY writer (and with it the pgjdbc classes) loaded: an H2 domain has no pgjdbc.
        this.schrijver = "PostgreSQL".equals(verbinding.getMetaData().getDatabaseProductName())
                ? new KopieSchrijver(verbinding, importId)
                : new BatchSchrijver(verbinding, importId);
    }

    /** Of de rijen met {@code COPY} gaan (PostgreSQL) of in INSERT-batches (H2); voor de benchmark en de tests. */
    public String schrijfwijze() {
        return schrijver instanceof BatchSchrijver ? "INSERT-batches" : "COPY";
    }

    /**
     * Laadt het sleutelvenster van alle passen van deze gemeenten in één query (per pas twee opzoekingen op de primaire
     * sleutel), zodat de import daarna voor een bestand in tijdvolgorde niets meer hoeft op te zoeken.
     */
    public void laadVensters(Collection<String> gemeenten) throws SQLException {
        if (gemeenten.isEmpty()) {
            return;
        }
        schrijver.klaar();
        // rit has no foreign key to regiotaxipas (V12, measured: it doubled the cost of the table). On PostgreSQL the same query
        // takes the lock such a key takes per inserted row, once per pass: no pass of these gemeenten can be deleted or
        // re-keyed before this transaction ends. (H2 has no KEY SHARE; there the server is the only writer.)
        boolean vasthouden = schrijver instanceof KopieSchrijver;
        String sql = "SELECT p.id, (SELECT MIN(r.moment) FROM rit r WHERE r.pas_id = p.id), (SELECT MAX(r.moment) FROM rit r WHERE r.pas_id = p.id)"
                + " FROM regiotaxipas p WHERE p.gemeente_code IN (" + String.join(", ", Collections.nCopies(gemeenten.size(), "?")) + ")"
                + (vasthouden ? " FOR KEY SHARE OF p" : "");
        try (PreparedStatement ps = verbinding.prepareStatement(sql)) {
            int i = 0;
            for (String g : gemeenten) {
                ps.setString(++i, g);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    vensters.put(rs.getLong(1), new Venster(tijd(rs.getTimestamp(2)), tijd(rs.getTimestamp(3))));
                    if (vasthouden) {
                        vergrendeld++;
                    }
                }
            }
        }
    }

    private long vergrendeld;

    /** Hoeveel passen {@link #laadVensters} op PostgreSQL tot het einde van de transactie vasthoudt (FOR KEY SHARE). */
    public long vergrendeld() {
        return vergrendeld;
    }

    /**
     * Kijkt of er op deze pas en dit moment al een rit staat (in de database, met wat deze import al schreef). Bij een
     * {@code ANDERE_RIT_...} geeft {@link #gevonden()} die rit.
     */
    public Bestaat bestaat(NieuweRit rit) throws SQLException {
        if (!venster(rit.pasId()).kanBestaan(rit.moment())) {
            return Bestaat.NEE;
        }
        schrijver.klaar();
        opgezocht++;
        zoek.setLong(1, rit.pasId());
        zoek.setTimestamp(2, Timestamp.valueOf(rit.moment()));
        try (ResultSet rs = zoek.executeQuery()) {
            if (!rs.next()) {
                return Bestaat.NEE;
            }
            long bron = rs.getLong(7);
            boolean ditBestand = !rs.wasNull() && bron == importId;
            gevonden = new OpgeslagenRit(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4));
            if (rit.zelfdeRitAls(gevonden.van(), gevonden.naar(), gevonden.km(), gevonden.zones(), rs.getBoolean(5), rs.getBoolean(6))) {
                return ditBestand ? Bestaat.DIT_BESTAND : Bestaat.EERDERE_IMPORT;
            }
            return ditBestand ? Bestaat.ANDERE_RIT_DIT_BESTAND : Bestaat.ANDERE_RIT_EERDERE_IMPORT;
        }
    }

    /** De rit die {@link #bestaat} het laatst vond. */
    public OpgeslagenRit gevonden() {
        return gevonden;
    }

    public void voegToe(NieuweRit rit) throws SQLException {
        venster(rit.pasId()).geschreven(rit.moment());
        schrijver.schrijf(rit);
    }

    /** Alles wat tot nu toe is toegevoegd, staat in de database (binnen de transactie). */
    public void schrijfBatch() throws SQLException {
        schrijver.klaar();
    }

    /**
     * Of deze pas in dit jaar al ritten in de database kan hebben van vóór deze import (het sleutelvenster van de eerste
     * blik raakt het jaar). Zo niet, dan is het gebruik van dat jaar precies wat deze import schreef, en hoeft de
     * budgetbewaking de database niet te vragen.
     */
    public boolean eerdereRitten(long pasId, int jaar) throws SQLException {
        Venster v = venster(pasId);
        return v.vanaf != null && v.vanaf.getYear() <= jaar && v.tot.getYear() >= jaar;
    }

    /** Hoeveel ritten op de sleutel zijn opgezocht (de rest viel buiten elk venster); voor de benchmark. */
    public long opgezocht() {
        return opgezocht;
    }

    private Venster venster(long pasId) throws SQLException {
        Venster v = vensters.get(pasId);
        if (v == null) {
            schrijver.klaar();
            bereik.setLong(1, pasId);
            try (ResultSet rs = bereik.executeQuery()) {
                rs.next();
                v = new Venster(tijd(rs.getTimestamp(1)), tijd(rs.getTimestamp(2)));
            }
            vensters.put(pasId, v);
        }
        return v;
    }

    private static LocalDateTime tijd(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
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

    @Override
    public void close() throws SQLException {
        try {
            schrijver.close();
        } finally {
            zoek.close();
            bereik.close();
        }
    }

    /** H2 (en elke andere database): {@link Meerrijeninsert}, INSERTs van 100 rijen in JDBC-batches. */
    static final class BatchSchrijver implements Schrijver {
        private final Meerrijeninsert<NieuweRit> invoeger;

        BatchSchrijver(Connection verbinding, long importId) {
            this.invoeger = new Meerrijeninsert<>(verbinding, "rit", KOLOMMEN, (ps, i, rit) -> {
                ps.setLong(i, rit.pasId());
                ps.setTimestamp(i + 1, Timestamp.valueOf(rit.moment()));
                ps.setInt(i + 2, rit.moment().getYear());
                ps.setInt(i + 3, rit.moment().getMonthValue());
                ps.setString(i + 4, rit.van());
                ps.setString(i + 5, rit.naar());
                ps.setBigDecimal(i + 6, rit.km());
                ps.setInt(i + 7, rit.zones());
                ps.setBoolean(i + 8, rit.begeleider());
                ps.setBoolean(i + 9, rit.prioriteit());
                ps.setBoolean(i + 10, rit.buitenGebied());
                ps.setLong(i + 11, importId);
            });
        }

        @Override
        public void schrijf(NieuweRit rit) throws SQLException {
            invoeger.voegToe(rit);
        }

        @Override
        public void klaar() throws SQLException {
            invoeger.klaar();
        }

        @Override
        public void close() throws SQLException {
            invoeger.close();
        }
    }
}
