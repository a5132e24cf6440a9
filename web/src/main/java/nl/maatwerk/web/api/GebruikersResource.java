package nl.maatwerk.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.beheer.Beheer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** User management for beheerders, e.g. to provision accounts from an identity system. */
@Path("beheer/gebruikers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer")
public class GebruikersResource {

    public record GebruikerJson(long id, String gebruikersnaam, String naam, String email, List<String> rollen,
                                Set<String> gemeenten, boolean actief, LocalDateTime geblokkeerdTot) {
        static GebruikerJson van(Gebruiker g) {
            return new GebruikerJson(g.getId(), g.getGebruikersnaam(), g.getNaam(), g.getEmail(),
                    g.getRollen().stream().map(Rol::name).sorted().toList(), g.gemeenteCodes(), g.isActief(),
                    g.getGeblokkeerdTot());
        }
    }

    public record NieuweGebruiker(String gebruikersnaam, String naam, String email, String wachtwoord,
                                  Set<Rol> rollen, Set<String> gemeenten) {
    }

    @EJB
    Beheer beheer;

    @GET
    @Operation(summary = "Gebruikers van de gemeenten waarvoor de beheerder werkt")
    public List<GebruikerJson> gebruikers() {
        return beheer.gebruikers().stream().map(GebruikerJson::van).toList();
    }

    @POST
    @Operation(summary = "Maak een gebruiker met rollen en gemeenten")
    public Response maak(NieuweGebruiker n) {
        if (n == null) {
            throw new ValidatieException("body", "Stuur de gegevens van de gebruiker als JSON.");
        }
        var g = beheer.maakGebruiker(new Beheer.GebruikerGegevens(n.gebruikersnaam(), n.naam(), n.email(),
                n.rollen() == null || n.rollen().isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(n.rollen()),
                n.gemeenten() == null ? Set.of() : n.gemeenten(), true), n.wachtwoord());
        return Response.status(Response.Status.CREATED).entity(GebruikerJson.van(g)).build();
    }
}
