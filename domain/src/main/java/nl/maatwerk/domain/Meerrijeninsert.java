package nl.maatwerk.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes many rows on the caller's connection and transaction where there is no {@code COPY} (H2): {@code INSERT}s of
 * {@value #RIJEN_PER_INSERT} rows, {@value #INSERTS_PER_BATCH} of them per JDBC batch, so 500 rows cost one round trip
 * and one statement start per 100 rows instead of one per row. The imports (trips, the declaratie staging) and the
 * audit lines of one action share it. Not thread-safe; {@link #klaar()} before the rows must be visible, close at the end.
 */
public final class Meerrijeninsert<T> implements AutoCloseable {

    public static final int RIJEN_PER_INSERT = 100;
    static final int INSERTS_PER_BATCH = 5;

    /** Sets one row's parameters, the first at index {@code eerste} (1-based), the others after it in column order. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement ps, int eerste, T rij) throws SQLException;
    }

    private final Connection verbinding;
    private final String kop;
    private final String rij;
    private final int kolommen;
    private final Binder<T> binder;
    private final List<T> wachtrij = new ArrayList<>(RIJEN_PER_INSERT);
    private PreparedStatement een;
    private PreparedStatement veel;
    private int veelInBatch;

    /**
     * @param kolommen the column names, comma-separated, in the order {@code binder} sets them
     */
    public Meerrijeninsert(Connection verbinding, String tabel, String kolommen, Binder<T> binder) {
        this.verbinding = verbinding;
        this.kop = "INSERT INTO " + tabel + " (" + kolommen + ") VALUES ";
        this.kolommen = kolommen.split(",").length;
        this.rij = "(" + String.join(", ", Collections.nCopies(this.kolommen, "?")) + ")";
        this.binder = binder;
    }

    public void voegToe(T rij) throws SQLException {
        wachtrij.add(rij);
        if (wachtrij.size() == RIJEN_PER_INSERT) {
            if (veel == null) {
                veel = verbinding.prepareStatement(kop + String.join(", ", Collections.nCopies(RIJEN_PER_INSERT, this.rij)));
            }
            int eerste = 1;
            for (T r : wachtrij) {
                binder.bind(veel, eerste, r);
                eerste += kolommen;
            }
            veel.addBatch();
            wachtrij.clear();
            if (++veelInBatch == INSERTS_PER_BATCH) {
                veel.executeBatch();
                veelInBatch = 0;
            }
        }
    }

    /** Everything added so far is in the database (visible in the transaction). The rest of a block goes row by row, batched. */
    public void klaar() throws SQLException {
        if (veelInBatch > 0) {
            veel.executeBatch();
            veelInBatch = 0;
        }
        if (!wachtrij.isEmpty()) {
            if (een == null) {
                een = verbinding.prepareStatement(kop + rij);
            }
            for (T r : wachtrij) {
                binder.bind(een, 1, r);
                een.addBatch();
            }
            een.executeBatch();
            wachtrij.clear();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            klaar();
        } finally {
            try {
                if (veel != null) {
                    veel.close();
                }
            } finally {
                if (een != null) {
                    een.close();
                }
            }
        }
    }
}
