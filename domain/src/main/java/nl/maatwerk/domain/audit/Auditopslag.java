package nl.maatwerk.domain.audit;

import nl.maatwerk.domain.Meerrijeninsert;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes many audit lines of one action on the caller's connection, inside its transaction: an import that touches 20,000
 * clients writes one line per client. Through JPA every line is a round trip of its own (identity keys cannot be batched);
 * here PostgreSQL gets one {@code COPY} ({@link AuditKopie}), other databases (H2) {@link Meerrijeninsert}. The same columns
 * and limits as {@link AuditRegel}; the table stays append-only.
 */
public final class Auditopslag {

    /** Who did it, once for all lines. */
    public record Handeling(String gebruikersnaam, String rollen, AuditActie actie, Kanaal kanaal, String herkomst, LocalDateTime tijdstip) {
    }

    /** One line: the client, its gemeente and what happened to it. */
    public record Clientregel(String gemeenteCode, long clientId, String omschrijving) {
    }

    static final String KOLOMMEN = "tijdstip, gebruikersnaam, rollen, gemeente_code, client_id, actie, omschrijving, kanaal, herkomst";

    private Auditopslag() {
    }

    public static void schrijf(Connection verbinding, Handeling h, List<Clientregel> regels) throws SQLException {
        if (regels.isEmpty()) {
            return;
        }
        // Only on PostgreSQL is AuditKopie (and with it pgjdbc) loaded: an H2 domain has no pgjdbc.
        if ("PostgreSQL".equals(verbinding.getMetaData().getDatabaseProductName())) {
            AuditKopie.schrijf(verbinding, h, regels);
            return;
        }
        Timestamp tijdstip = Timestamp.valueOf(h.tijdstip());
        try (Meerrijeninsert<Clientregel> invoeger = new Meerrijeninsert<>(verbinding, "audit_regel", KOLOMMEN, (ps, i, r) -> {
            ps.setTimestamp(i, tijdstip);
            ps.setString(i + 1, gebruikersnaam(h));
            ps.setString(i + 2, h.rollen());
            ps.setString(i + 3, r.gemeenteCode());
            ps.setLong(i + 4, r.clientId());
            ps.setString(i + 5, h.actie().name());
            ps.setString(i + 6, AuditRegel.omschrijving(r.omschrijving()));
            ps.setString(i + 7, h.kanaal().name());
            ps.setString(i + 8, h.herkomst());
        })) {
            for (Clientregel r : regels) {
                invoeger.voegToe(r);
            }
        }
    }

    static String gebruikersnaam(Handeling h) {
        return h.gebruikersnaam().length() > 60 ? h.gebruikersnaam().substring(0, 60) : h.gebruikersnaam();
    }
}
