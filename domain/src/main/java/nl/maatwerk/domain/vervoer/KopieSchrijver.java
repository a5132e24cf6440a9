package nl.maatwerk.domain.vervoer;

import nl.maatwerk.domain.vervoer.RittenOpslag.NieuweRit;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * PostgreSQL: streams the trips with {@code COPY rit (...) FROM STDIN} (text format) on the transaction's own connection.
 * In the server that connection is Payara's wrapper; {@code unwrap(PGConnection.class)} hands out the physical pgjdbc
 * connection for a vendor interface (GlassFish/Payara unwrap only delegates for driver-specific interfaces), so the COPY
 * is part of the JTA transaction and goes back with it. pgjdbc sends each 64 KB buffer as it fills, so PostgreSQL checks
 * and stores rows while Java reads the next lines. A COPY is started at the first row and ended by {@link #klaar()}
 * (before any other statement on the connection: a lookup, the window of a new pass, the end of the file).
 * <p>
 * Loaded only on PostgreSQL ({@link RittenOpslag} checks the database first): an H2 domain has no pgjdbc.
 */
final class KopieSchrijver implements RittenOpslag.Schrijver {

    private static final int BUFFER = 64 * 1024;

    private final CopyManager copy;
    private final byte[] importId;
    private final byte[] buffer = new byte[BUFFER];
    private int gevuld;
    private CopyIn bezig;

    KopieSchrijver(Connection verbinding, long importId) throws SQLException {
        this.copy = verbinding.unwrap(PGConnection.class).getCopyAPI();
        this.importId = Long.toString(importId).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void schrijf(NieuweRit rit) throws SQLException {
        if (bezig == null) {
            bezig = copy.copyIn("COPY rit (" + RittenOpslag.KOLOMMEN + ") FROM STDIN");
        }
        if (gevuld > BUFFER - 2048) {
            leeg();
        }
        getal(rit.pasId());
        tab();
        moment(rit.moment());
        tab();
        getal(rit.moment().getYear());
        tab();
        getal(rit.moment().getMonthValue());
        tab();
        tekst(rit.van());
        tab();
        tekst(rit.naar());
        tab();
        ascii(rit.km().toPlainString());
        tab();
        getal(rit.zones());
        tab();
        ja(rit.begeleider());
        tab();
        ja(rit.prioriteit());
        tab();
        ja(rit.buitenGebied());
        tab();
        System.arraycopy(importId, 0, buffer, gevuld, importId.length);
        gevuld += importId.length;
        buffer[gevuld++] = '\n';
    }

    @Override
    public void klaar() throws SQLException {
        if (bezig != null) {
            leeg();
            CopyIn c = bezig;
            bezig = null;
            c.endCopy();
        }
    }

    private void leeg() throws SQLException {
        if (gevuld > 0) {
            bezig.writeToCopy(buffer, 0, gevuld);
            gevuld = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (bezig == null) {
            return;
        }
        try {
            klaar();
        } catch (SQLException e) {
            // The COPY failed (e.g. a key another import wrote meanwhile): leave the connection usable, report the error.
            CopyIn c = bezig;
            bezig = null;
            if (c != null && c.isActive()) {
                c.cancelCopy();
            }
            throw e;
        }
    }

    private void tab() {
        buffer[gevuld++] = '\t';
    }

    private void ja(boolean b) {
        buffer[gevuld++] = (byte) (b ? 't' : 'f');
    }

    private void getal(long n) {
        ascii(Long.toString(n));
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            buffer[gevuld++] = (byte) s.charAt(i);
        }
    }

    /** yyyy-MM-dd HH:mm:ss */
    private void moment(LocalDateTime m) {
        vast(m.getYear(), 4);
        buffer[gevuld++] = '-';
        vast(m.getMonthValue(), 2);
        buffer[gevuld++] = '-';
        vast(m.getDayOfMonth(), 2);
        buffer[gevuld++] = ' ';
        vast(m.getHour(), 2);
        buffer[gevuld++] = ':';
        vast(m.getMinute(), 2);
        buffer[gevuld++] = ':';
        vast(m.getSecond(), 2);
    }

    private void vast(int n, int cijfers) {
        for (int i = cijfers - 1; i >= 0; i--) {
            buffer[gevuld + i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        gevuld += cijfers;
    }

    /** UTF-8, with COPY's text-format escapes for backslash, tab, newline and carriage return. At most 200 characters. */
    private void tekst(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> { buffer[gevuld++] = '\\'; buffer[gevuld++] = '\\'; }
                case '\t' -> { buffer[gevuld++] = '\\'; buffer[gevuld++] = 't'; }
                case '\n' -> { buffer[gevuld++] = '\\'; buffer[gevuld++] = 'n'; }
                case '\r' -> { buffer[gevuld++] = '\\'; buffer[gevuld++] = 'r'; }
                default -> {
                    if (c < 0x80) {
                        buffer[gevuld++] = (byte) c;
                    } else {
                        byte[] b = String.valueOf(Character.isHighSurrogate(c) && i + 1 < s.length()
                                ? new String(new char[] {c, s.charAt(++i)}) : c).getBytes(StandardCharsets.UTF_8);
                        System.arraycopy(b, 0, buffer, gevuld, b.length);
                        gevuld += b.length;
                    }
                }
            }
        }
    }
}
