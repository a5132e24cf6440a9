package nl.maatwerk.kern.beveiliging;

import nl.maatwerk.domain.client.Client;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.NietGevondenException;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, and for which gemeenten: the one place every service asks before it reads or
 * writes a client's data. The principal comes from the container, never from request data.
 */
@Stateless
@PermitAll
public class HuidigeGebruiker {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    public String naam() {
        return context.getCallerPrincipal().getName();
    }

    public Gebruiker gebruiker() {
        return em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class)
                .setParameter("naam", naam())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NietGevondenException("Onbekende gebruiker."));
    }

    public Set<String> gemeenten() {
        return gebruiker().gemeenteCodes();
    }

    public boolean werktVoor(String gemeenteCode) {
        return gemeenteCode != null && gemeenten().contains(gemeenteCode);
    }

    /** Throws "not found" (not "forbidden") so that another gemeente's data seems not to exist. */
    public void vereisGemeente(String gemeenteCode, String watNietGevonden) {
        if (!werktVoor(gemeenteCode)) {
            throw new NietGevondenException(watNietGevonden);
        }
    }

    /** The client with this id if it belongs to one of the caller's gemeenten; otherwise "not found", as if absent. */
    public Client client(EntityManager em, long clientId) {
        Client client = em.find(Client.class, clientId);
        if (client == null || !werktVoor(client.getGemeente().getCode())) {
            throw new NietGevondenException("Cliënt niet gevonden.");
        }
        return client;
    }

    public String rollenAlsTekst() {
        return gebruiker().getRollen().stream().map(Rol::name).sorted().collect(Collectors.joining(","));
    }
}
