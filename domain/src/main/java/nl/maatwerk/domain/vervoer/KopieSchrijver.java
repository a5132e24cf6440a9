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
 * PostgreSQL: streams the trips with {@code COPY rit (...) FROM STDIN (FORMAT binary)} on the transaction's own connection
 * (binary: PostgreSQL does not parse timestamps and numbers from text for every row).
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
    private final long importId;
    private final byte[] buffer = new byte[BUFFER];
    private int gevuld;
    private CopyIn bezig;

    KopieSchrijver(Connection verbinding, long importId) throws SQLException {
        this.copy = verbinding.unwrap(PGConnection.class).getCopyAPI();
        this.importId = importId;
    }

    @Override
    public void schrijf(NieuweRit rit) throws SQLException {
        if (bezig == null) {
            bezig = copy.copyIn("COPY rit (" + RittenOpslag.KOLOMMEN + ") FROM STDIN (FORMAT binary)");
            System.arraycopy(KOP, 0, buffer, gevuld, KOP.length);
            gevuld += KOP.length;
        }
        if (gevuld > BUFFER - 2048) {
            leeg();
        }
        kort(12);
        veld(8);
        lang(rit.pasId());
        veld(8);
        lang(microseconden(rit.moment()));
        veld(4);
        geheel(rit.moment().getYear());
        veld(4);
        geheel(rit.moment().getMonthValue());
        tekst(rit.van());
        tekst(rit.naar());
        numeriek(rit.km());
        veld(4);
        geheel(rit.zones());
        veld(1);
        buffer[gevuld++] = (byte) (rit.begeleider() ? 1 : 0);
        veld(1);
        buffer[gevuld++] = (byte) (rit.prioriteit() ? 1 : 0);
        veld(1);
        buffer[gevuld++] = (byte) (rit.buitenGebied() ? 1 : 0);
        veld(8);
        lang(importId);
    }

    @Override
    public void klaar() throws SQLException {
        if (bezig != null) {
            kort(-1); // einde van de binaire COPY
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

    /** Kop van een binaire COPY: handtekening, vlaggen 0, geen uitbreiding. */
    private static final byte[] KOP = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** 2000-01-01T00:00 in seconden sinds 1970: het nulpunt van PostgreSQL's tijdstempel. */
    private static final long POSTGRES_EPOCH = 946_684_800L;

    static long microseconden(LocalDateTime m) {
        return (m.toEpochSecond(java.time.ZoneOffset.UTC) - POSTGRES_EPOCH) * 1_000_000L + m.getNano() / 1_000;
    }

    private void veld(int lengte) {
        geheel(lengte);
    }

    private void kort(int n) {
        buffer[gevuld++] = (byte) (n >>> 8);
        buffer[gevuld++] = (byte) n;
    }

    private void geheel(int n) {
        buffer[gevuld++] = (byte) (n >>> 24);
        buffer[gevuld++] = (byte) (n >>> 16);
        buffer[gevuld++] = (byte) (n >>> 8);
        buffer[gevuld++] = (byte) n;
    }

    private void lang(long n) {
        geheel((int) (n >>> 32));
        geheel((int) n);
    }

    /** UTF-8, met de lengte ervoor. Hoogstens 200 tekens (de lezer weigert langere). */
    private void tekst(String s) {
        int lengte = gevuld;
        gevuld += 4;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buffer[gevuld++] = (byte) c;
            } else {
                byte[] b = s.substring(i).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(b, 0, buffer, gevuld, b.length);
                gevuld += b.length;
                break;
            }
        }
        int n = gevuld - lengte - 4;
        buffer[lengte] = (byte) (n >>> 24);
        buffer[lengte + 1] = (byte) (n >>> 16);
        buffer[lengte + 2] = (byte) (n >>> 8);
        buffer[lengte + 3] = (byte) n;
    }

    /**
     * NUMERIC(7,1) binair: aantal cijfergroepen, gewicht, teken, schaal, dan groepen van vier decimalen (basis 10.000),
     * de meest significante eerst. Afgerond op één decimaal, zoals de kolom zelf zou doen.
     */
    private void numeriek(java.math.BigDecimal waarde) {
        java.math.BigDecimal km = waarde.setScale(1, java.math.RoundingMode.HALF_UP);
        long tienden = km.unscaledValue().longValueExact();
        boolean negatief = tienden < 0;
        tienden = Math.abs(tienden);
        long geheel = tienden / 10;
        int fractie = (int) (tienden % 10) * 1000;
        int[] groepen = new int[6];
        int aantalGeheel = 0;
        for (long g = geheel; g > 0; g /= 10_000) {
            groepen[aantalGeheel++] = (int) (g % 10_000);
        }
        int cijfers = aantalGeheel + (fractie != 0 ? 1 : 0);
        veld(8 + 2 * cijfers);
        kort(cijfers);
        kort(aantalGeheel > 0 ? aantalGeheel - 1 : -1);
        kort(negatief && cijfers > 0 ? 0x4000 : 0);
        kort(1);
        for (int i = aantalGeheel - 1; i >= 0; i--) {
            kort(groepen[i]);
        }
        if (fractie != 0) {
            kort(fractie);
        }
    }
}
