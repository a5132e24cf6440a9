package nl.maatwerk.woonvoorzieningen.dienst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.woonvoorzieningen.WoonvoorzieningZoekvraag;
import nl.maatwerk.domain.woonvoorzieningen.Woonweigering;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.woonvoorzieningen.regels.Woonbeoordelaar.Woonbeoordeling;

import java.util.stream.Collectors;

/**
 * Legt een geweigerde woonaanvraag vast in een eigen transactie (REQUIRES_NEW): de aanvraag zelf rolt terug
 * (er blijft geen half gemaakte woonvoorziening achter), maar de weigering met haar gronden en de auditregel
 * blijven staan, want de cliënt krijgt er een beschikking over en de audit moet haar tonen.
 */
@Stateless
@RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
public class Weigeringsregister {

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @Inject
    Audit audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long registreer(long clientId, AanvraagGegevens g, Woonbeoordeling b) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NietGevondenException(Woonvoorzieningen.CLIENT_NIET_GEVONDEN);
        }
        huidige.vereisGemeente(client.getGemeente().getCode(), Woonvoorzieningen.CLIENT_NIET_GEVONDEN);
        Woonweigering w = new Woonweigering(client, g.aanvraagId(), g.soort(), g.omschrijving(), g.aangevraagdOp(),
                b.regelsetVersie(), huidige.naam());
        em.persist(w);
        em.flush();
        Regelopslag.bewaar(em, WoonvoorzieningZoekvraag.Eigenaar.WEIGERING, w.getId(), b.toepassingen());
        audit.registreer(AuditActie.GEWEIGERD, client.getGemeente().getCode(), clientId, "Woonvoorziening " + w.getOmschrijving()
                + " geweigerd op grond van " + b.gronden().stream().map(t -> t.regelId()).collect(Collectors.joining(", ")));
        return w.getId();
    }
}
