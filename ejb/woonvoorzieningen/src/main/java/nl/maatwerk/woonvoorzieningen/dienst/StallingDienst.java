package nl.maatwerk.woonvoorzieningen.dienst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.woonvoorzieningen.Status;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.domain.woonvoorzieningen.WoonvoorzieningZoekvraag;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.StallingBron;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.beoordeling.UitraaskamerBron;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.woonvoorzieningen.regels.Woonregels;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Het antwoord van de woonvoorzieningen op W-17 en W-18 voor andere gebiedsmodules (rolstoelen, vervoer,
 * dienstverlening), via de interfaces in de verordening. Een opgeleverde stallingsvoorziening telt als
 * adequate stalling; anders beslist de vastgelegde stalling in de woonsituatie.
 */
@Stateless
@Local({StallingBron.class, UitraaskamerBron.class})
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class StallingDienst implements StallingBron, UitraaskamerBron {

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @Inject
    Audit audit;

    @EJB
    RegelboekDienst regelboek;

    @Override
    public Optional<Stallingsoordeel> stalling(long clientId, LocalDate peildatum) {
        Optional<Client> client = client(clientId);
        if (client.isEmpty()) {
            return Optional.empty();
        }
        String gemeente = client.get().getGemeente().getCode();
        Regelset regelset = regelboek.regelboek().regelset(gemeente, peildatum);
        audit.registreer(AuditActie.LEZEN, gemeente, clientId, "Stalling (W-17) opgevraagd");
        if (opgeleverd(clientId, Voorzieningsoort.STALLING, peildatum)) {
            RegelToepassing t = RegelToepassing.van("W-17", Uitkomst.VOLDAAN,
                    Woonregels.stalling(regelset, null).bron(),
                    "U hebt een stallingsvoorziening gekregen die is opgeleverd; daarmee is uw stalling adequaat");
            return Optional.of(new Stallingsoordeel(true, t));
        }
        return WoonvoorzieningZoekvraag.woonsituatie(em, clientId)
                .filter(s -> s.isStallingOnderzocht())
                .map(s -> {
                    RegelToepassing t = Woonregels.stalling(regelset, Woonvoorzieningen.regelsituatie(s).stalling());
                    return new Stallingsoordeel(t.uitkomst() == Uitkomst.VOLDAAN, t);
                });
    }

    @Override
    public Optional<Boolean> heeftUitraaskamer(long clientId, LocalDate peildatum) {
        Optional<Client> client = client(clientId);
        client.ifPresent(c -> audit.registreer(AuditActie.LEZEN, c.getGemeente().getCode(), clientId, "Uitraaskamer (W-18) opgevraagd"));
        return client.map(c -> opgeleverd(clientId, Voorzieningsoort.UITRAASKAMER, peildatum));
    }

    private boolean opgeleverd(long clientId, Voorzieningsoort soort, LocalDate peildatum) {
        List<Woonvoorziening> lijst = WoonvoorzieningZoekvraag.vanClient(em, clientId);
        return lijst.stream().anyMatch(w -> w.getSoort() == soort && w.getStatus() == Status.OPGELEVERD
                && !w.getOpgeleverdOp().isAfter(peildatum));
    }

    private Optional<Client> client(long clientId) {
        Client client = em.find(Client.class, clientId);
        if (client == null || !huidige.werktVoor(client.getGemeente().getCode())) {
            return Optional.empty();
        }
        return Optional.of(client);
    }
}
