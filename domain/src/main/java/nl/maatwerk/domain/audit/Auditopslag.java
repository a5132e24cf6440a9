package nl.maatwerk.domain.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

/**
 * Writes many audit lines of one action on the caller's connection, inside its transaction: an import that touches 20,000
 * clients writes one line per client. Through JPA every line is a round trip of its own (identity keys cannot be batched);
 * here PostgreSQL gets one {@code COPY} ({@link AuditKopie}), other databases (H2) INSERTs of 100 rows. The same columns
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
    private static final int RIJEN_PER_INSERT = 100;

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
        PreparedStatement vol = null;
        try {
            for (int i = 0; i < regels.size(); i += RIJEN_PER_INSERT) {
                List<Clientregel> deel = regels.subList(i, Math.min(regels.size(), i + RIJEN_PER_INSERT));
                if (deel.size() == RIJEN_PER_INSERT) {
                    if (vol == null) {
                        vol = verbinding.prepareStatement(insert(RIJEN_PER_INSERT));
                    }
                    bind(vol, h, deel);
                    vol.executeUpdate();
                } else {
                    try (PreparedStatement rest = verbinding.prepareStatement(insert(deel.size()))) {
                        bind(rest, h, deel);
                        rest.executeUpdate();
                    }
                }
            }
        } finally {
            if (vol != null) {
                vol.close();
            }
        }
    }

    static String gebruikersnaam(Handeling h) {
        return h.gebruikersnaam().length() > 60 ? h.gebruikersnaam().substring(0, 60) : h.gebruikersnaam();
    }

    private static String insert(int rijen) {
        return "INSERT INTO audit_regel (" + KOLOMMEN + ") VALUES " + String.join(", ", Collections.nCopies(rijen, "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }

    private static void bind(PreparedStatement ps, Handeling h, List<Clientregel> regels) throws SQLException {
        Timestamp tijdstip = Timestamp.valueOf(h.tijdstip());
        int k = 0;
        for (Clientregel r : regels) {
            ps.setTimestamp(++k, tijdstip);
            ps.setString(++k, gebruikersnaam(h));
            ps.setString(++k, h.rollen());
            ps.setString(++k, r.gemeenteCode());
            ps.setLong(++k, r.clientId());
            ps.setString(++k, h.actie().name());
            ps.setString(++k, AuditRegel.omschrijving(r.omschrijving()));
            ps.setString(++k, h.kanaal().name());
            ps.setString(++k, h.herkomst());
        }
    }
}
