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
import nl.maatwerk.domain.audit.Kanaal;
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Rol;

import java.time.LocalDateTime;
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
        String rollen = em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class).setParameter("naam", naam)
                .getResultStream().findFirst()
                .map(g -> g.getRollen().stream().map(Rol::name).sorted().collect(Collectors.joining(",")))
                .orElse(null);
        schrijf(naam, rollen, gemeenteCode, clientId, actie, omschrijving);
    }

    /** For events before there is a caller, such as a log-on attempt. */
    public void namens(String gebruikersnaam, String rollen, AuditActie actie, String omschrijving) {
        schrijf(gebruikersnaam.length() > 60 ? gebruikersnaam.substring(0, 60) : gebruikersnaam, rollen, null, null,
                actie, omschrijving);
    }

    private void schrijf(String naam, String rollen, String gemeente, Long clientId, AuditActie actie, String omschrijving) {
        Kanaal kanaal;
        String herkomst;
        try {
            kanaal = verzoek.kanaal();
            herkomst = verzoek.herkomst();
        } catch (ContextNotActiveException e) {
            kanaal = Kanaal.SYSTEEM;
            herkomst = null;
        }
        em.persist(new AuditRegel(LocalDateTime.now(), naam, rollen, gemeente, clientId, actie, omschrijving, kanaal, herkomst));
    }
}
