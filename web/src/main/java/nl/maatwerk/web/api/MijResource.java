package nl.maatwerk.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.beheer.Gemeenten;

import java.util.List;

@Path("mij")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MijResource {

    public record Gemeente(String code, String naam) {
    }

    public record Ik(String gebruikersnaam, String naam, List<String> rollen, List<Gemeente> gemeenten) {
    }

    @EJB
    Gemeenten gemeenten;

    @GET
    public Ik ik() {
        var g = gemeenten.ik();
        return new Ik(g.getGebruikersnaam(), g.getNaam(), g.getRollen().stream().map(Rol::name).sorted().toList(),
                gemeenten.mijnGemeenten().stream().map(m -> new Gemeente(m.getCode(), m.getNaam())).toList());
    }
}
