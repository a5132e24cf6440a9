package nl.maatwerk.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Maps what the EJB layer throws to HTTP answers with a Dutch JSON message. */
public final class Foutvertalers {

    private static final Logger LOG = Logger.getLogger(Foutvertalers.class.getName());

    private Foutvertalers() {
    }

    static Response antwoord(Response.Status status, Foutmelding body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    @Provider
    public static class Validatie implements ExceptionMapper<ValidatieException> {
        @Override
        public Response toResponse(ValidatieException e) {
            return antwoord(Response.Status.BAD_REQUEST, new Foutmelding("De invoer is niet juist.", e.fouten()));
        }
    }

    @Provider
    public static class NietGevonden implements ExceptionMapper<NietGevondenException> {
        @Override
        public Response toResponse(NietGevondenException e) {
            return antwoord(Response.Status.NOT_FOUND, Foutmelding.van(e.getMessage()));
        }
    }

    @Provider
    public static class GeenToegang implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return antwoord(Response.Status.FORBIDDEN, Foutmelding.van("U heeft geen toegang tot deze functie."));
        }
    }

    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            Throwable oorzaak = e.getCause();
            if (oorzaak instanceof EJBAccessException) {
                return antwoord(Response.Status.FORBIDDEN, Foutmelding.van("U heeft geen toegang tot deze functie."));
            }
            if (oorzaak instanceof ValidatieException v) {
                return new Validatie().toResponse(v);
            }
            if (oorzaak instanceof NietGevondenException n) {
                return new NietGevonden().toResponse(n);
            }
            LOG.log(Level.SEVERE, "Onverwachte fout in de API", e);
            return antwoord(Response.Status.INTERNAL_SERVER_ERROR, Foutmelding.van("Er ging iets mis op de server."));
        }
    }

    @Provider
    public static class OnleesbaarVerzoek implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return antwoord(Response.Status.BAD_REQUEST, Foutmelding.van("De JSON in het verzoek is niet leesbaar."));
        }
    }

    @Provider
    public static class OnleesbareJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return antwoord(Response.Status.BAD_REQUEST, Foutmelding.van("De JSON in het verzoek is niet leesbaar."));
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String melding = switch (status) {
                case 400 -> "Het verzoek is niet juist.";
                case 404 -> "Niet gevonden.";
                case 405 -> "Deze methode is hier niet toegestaan.";
                case 415 -> "Stuur JSON (Content-Type: application/json).";
                default -> e.getMessage();
            };
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(Foutmelding.van(melding)).build();
        }
    }
}
