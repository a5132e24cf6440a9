package nl.maatwerk.kern.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditRegel;
import nl.maatwerk.domain.audit.AuditZoekvraag;
import nl.maatwerk.domain.kern.Rol;

import java.util.List;

/** The auditor's view of the access log. Reading it is itself not logged per line, only per search. */
@Stateless
@RolesAllowed(Rol.AUDITOR_)
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    public List<AuditRegel> zoek(AuditZoekvraag vraag, int eerste, int aantal) {
        return vraag.resultaten(em, eerste, aantal);
    }

    public long aantal(AuditZoekvraag vraag) {
        return vraag.aantal(em);
    }
}
