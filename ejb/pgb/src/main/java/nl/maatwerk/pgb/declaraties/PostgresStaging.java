package nl.maatwerk.pgb.declaraties;

import nl.maatwerk.domain.pgb.DeclaratieOpslag;

import nl.maatwerk.domain.pgb.DeclaratieOpslag.NieuweDeclaratie;
import nl.maatwerk.pgb.declaraties.DeclaratieLezer.Regel;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL: staging en uitkomsten met {@code COPY ... FROM STDIN} (tekstformaat) op de verbinding van de transactie.
 * In Payara is dat de JTA-verbinding van de pool: {@code unwrap(PGConnection.class)} geeft een proxy op de echte
 * pgjdbc-verbinding (ConnectionHolder40), dezelfde sessie en transactie. Alleen geladen als de database PostgreSQL is,
 * zodat een installatie op H2 de driver niet nodig heeft.
 */
final class PostgresStaging extends DeclaratieStaging {

    private final CopyManager copy;
    private CopyIn zetten;
    private final StringBuilder rij = new StringBuilder(1 << 17);
    private final StringBuilder uit = new StringBuilder(1 << 20);
    private int inUit;

    PostgresStaging(Connection verbinding, long importId) throws SQLException {
        super(verbinding, importId);
        this.copy = verbinding.unwrap(PGConnection.class).getCopyAPI();
    }

    @Override
    protected void maakTabel() throws SQLException {
        try (Statement s = verbinding.createStatement()) {
            s.execute("CREATE TEMP TABLE " + tabel + " " + tabeldefinitie() + " ON COMMIT DROP");
        }
    }

    @Override
    public void zet(Regel r) throws SQLException {
        if (zetten == null) {
            zetten = copy.copyIn("COPY " + tabel + " (" + KOLOMMEN_STAGING + ") FROM STDIN");
        }
        rij.append(r.regel()).append('\t');
        tekst(rij, r.bsn()).append('\t');
        tekst(rij, r.zorgverlener()).append('\t');
        rij.append(r.van()).append('\t').append(r.tot()).append('\t');
        waarde(rij, r.uren()).append('\t');
        rij.append(r.bedrag().toPlainString()).append('\t').append(r.kostensoort().name()).append('\t');
        tekst(rij, r.kostensoortTekst()).append('\t');
        waarde(rij, r.km()).append('\n');
        if (rij.length() >= 1 << 16) {
            stuur();
        }
    }

    /** Schrijft de gebufferde staging-rijen in één CopyData-bericht (niet één per regel). */
    private void stuur() throws SQLException {
        byte[] b = rij.toString().getBytes(StandardCharsets.UTF_8);
        zetten.writeToCopy(b, 0, b.length);
        rij.setLength(0);
    }

    @Override
    protected void sluitZetten() throws SQLException {
        if (zetten != null) {
            if (rij.length() > 0) {
                stuur();
            }
            zetten.endCopy();
            zetten = null;
        }
    }

    @Override
    protected void naKoppelen() throws SQLException {
        // Een tijdelijke tabel krijgt geen autovacuum/analyze: zonder statistieken schat de planner de joins verkeerd.
        try (Statement s = verbinding.createStatement()) {
            s.execute("ANALYZE " + tabel);
        }
    }

    @Override
    public void schrijf(NieuweDeclaratie d) throws SQLException {
        uit.append(importId).append('\t').append(d.regelnummer()).append('\t').append(d.budgetId()).append('\t').append(d.zorgverlenerId()).append('\t')
                .append(d.van()).append('\t').append(d.tot()).append('\t').append(d.kostensoort().name()).append('\t');
        tekst(uit, d.kostensoortTekst()).append('\t');
        waarde(uit, d.uren()).append('\t');
        uit.append(d.bedrag().toPlainString()).append('\t');
        waarde(uit, d.km()).append('\t');
        uit.append(d.goedgekeurd() ? 't' : 'f').append('\t');
        tekst(uit, d.regels()).append('\t');
        tekst(uit, d.motivering()).append('\n');
        if (++inUit >= SCHRIJFBLOK) {
            schrijfRest();
        }
    }

    @Override
    public void schrijfRest() throws SQLException {
        if (inUit == 0) {
            return;
        }
        // Tussen twee fetches van de open cursor (stroom): een portal blijft in de transactie bestaan terwijl COPY loopt.
        CopyIn in = copy.copyIn("COPY pgb_declaratie (" + DeclaratieOpslag.KOLOMMEN + ") FROM STDIN");
        try {
            byte[] b = uit.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(b, 0, b.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
            uit.setLength(0);
            inUit = 0;
        }
    }

    private static StringBuilder waarde(StringBuilder sb, java.math.BigDecimal g) {
        return g == null ? sb.append("\\N") : sb.append(g.toPlainString());
    }

    /** Tekstformaat van COPY: backslash, tab, regeleinde en CR ontsnapt; null als \N. */
    static StringBuilder tekst(StringBuilder sb, String s) {
        if (s == null) {
            return sb.append("\\N");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb;
    }

    @Override
    public void close() throws SQLException {
        try {
            super.close();
        } finally {
            if (zetten != null && zetten.isActive()) {
                zetten.cancelCopy();
            }
        }
    }
}
