package nl.maatwerk.kern.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.audit.AuditRegel;
import nl.maatwerk.domain.audit.Auditopslag;
import nl.maatwerk.domain.audit.Kanaal;
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Rol;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the access log. Internal: services call it in their own transaction, so a change and its
 * audit line are stored together or not at all. There is deliberately no update or delete here.
 */
@Stateless
@PermitAll
public class Audit {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Verzoekcontext verzoek;

    /** For the caller: who and in which roles come from the container. */
    public void registreer(AuditActie actie, String gemeenteCode, Long clientId, String omschrijving) {
        String naam = context.getCallerPrincipal().getName();
        String rollen = rollen(naam);
        schrijf(naam, rollen, gemeenteCode, clientId, actie, omschrijving);
    }

    /**
     * For one action of the caller that touches many clients (a trip file for a region: 20,000 passes): one line per client,
     * as {@link #registreer} would write them, but the roles looked up once and the lines written in bulk on the
     * transaction's own connection ({@link Auditopslag}); through JPA each line would be a round trip of its own.
     */
    public void registreerPerClient(AuditActie actie, List<Auditopslag.Clientregel> regels) {
        if (regels.isEmpty()) {
            return;
        }
        String naam = context.getCallerPrincipal().getName();
        Bron bron = bron();
        try {
            Auditopslag.schrijf(em.unwrap(Connection.class),
                    new Auditopslag.Handeling(naam, rollen(naam), actie, bron.kanaal(), bron.herkomst(), LocalDateTime.now()), regels);
        } catch (SQLException e) {
            // Rolls the caller's transaction back with it: no change without its audit lines.
            throw new IllegalStateException("De auditregels konden niet worden geschreven: " + e.getMessage(), e);
        }
    }

    private String rollen(String naam) {
        return em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class).setParameter("naam", naam)
                .getResultStream().findFirst()
                .map(g -> g.getRollen().stream().map(Rol::name).sorted().collect(Collectors.joining(",")))
                .orElse(null);
    }

    /** For events before there is a caller, such as a log-on attempt. */
    public void namens(String gebruikersnaam, String rollen, AuditActie actie, String omschrijving) {
        schrijf(gebruikersnaam.length() > 60 ? gebruikersnaam.substring(0, 60) : gebruikersnaam, rollen, null, null,
                actie, omschrijving);
    }

    private void schrijf(String naam, String rollen, String gemeente, Long clientId, AuditActie actie, String omschrijving) {
        Bron bron = bron();
        em.persist(new AuditRegel(LocalDateTime.now(), naam, rollen, gemeente, clientId, actie, omschrijving, bron.kanaal(), bron.herkomst()));
    }

    /** Through which door the request came; a timer or start-up job has no request: SYSTEEM. */
    private record Bron(Kanaal kanaal, String herkomst) {
    }

    private Bron bron() {
        try {
            return new Bron(verzoek.kanaal(), verzoek.herkomst());
        } catch (ContextNotActiveException e) {
            return new Bron(Kanaal.SYSTEEM, null);
        }
    }
}
