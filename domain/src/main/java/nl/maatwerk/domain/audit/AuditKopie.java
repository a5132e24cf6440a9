package nl.maatwerk.domain.audit;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL: the audit lines of {@link Auditopslag} as one {@code COPY ... FROM STDIN} in text format on the transaction's
 * own connection ({@code unwrap}, as for the trips). Text values are escaped as the format requires; null is {@code \N}.
 */
final class AuditKopie {

    private AuditKopie() {
    }

    static void schrijf(Connection verbinding, Auditopslag.Handeling h, List<Auditopslag.Clientregel> regels) throws SQLException {
        String vast = String.join("\t", tekst(h.tijdstip().toString().replace('T', ' ')), tekst(Auditopslag.gebruikersnaam(h)),
                tekst(h.rollen())) + "\t";
        String achter = "\t" + tekst(h.actie().name());
        String slot = "\t" + String.join("\t", tekst(h.kanaal().name()), tekst(h.herkomst())) + "\n";
        StringBuilder b = new StringBuilder(regels.size() * 160);
        for (Auditopslag.Clientregel r : regels) {
            b.append(vast).append(tekst(r.gemeenteCode())).append('\t').append(r.clientId()).append(achter).append('\t')
                    .append(tekst(AuditRegel.omschrijving(r.omschrijving()))).append(slot);
        }
        try {
            verbinding.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY audit_regel (" + Auditopslag.KOLOMMEN + ") FROM STDIN", new StringReader(b.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY audit_regel: " + e.getMessage(), e);
        }
    }

    /** A value in COPY's text format: backslash, tab, newline and carriage return escaped; null as \N. */
    static String tekst(String waarde) {
        if (waarde == null) {
            return "\\N";
        }
        StringBuilder b = null;
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            String vervanging = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (vervanging != null && b == null) {
                b = new StringBuilder(waarde.length() + 8).append(waarde, 0, i);
            }
            if (b != null) {
                if (vervanging != null) {
                    b.append(vervanging);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? waarde : b.toString();
    }
}
