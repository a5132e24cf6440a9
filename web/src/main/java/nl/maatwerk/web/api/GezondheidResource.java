package nl.maatwerk.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.maatwerk.kern.opstart.Gezondheid;

import java.util.Map;

/** Open to anyone: says only whether the application and its database answer. */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GezondheidResource {

    @EJB
    Gezondheid gezondheid;

    @GET
    public Response gezondheid() {
        boolean db = gezondheid.databaseBereikbaar();
        return Response.status(db ? 200 : 503)
                .entity(Map.of("status", db ? "UP" : "DOWN", "database", db ? "UP" : "DOWN")).build();
    }
}
