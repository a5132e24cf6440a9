package nl.maatwerk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** Ends the API session a Basic log-on started, so a leaked session cookie is worth nothing afterwards. */
@Path("afmelden")
@RequestScoped
public class AfmeldenResource {

    @Context
    HttpServletRequest request;

    @POST
    public Response afmelden() throws ServletException {
        request.logout();
        HttpSession sessie = request.getSession(false);
        if (sessie != null) {
            sessie.invalidate();
        }
        return Response.noContent().build();
    }
}
