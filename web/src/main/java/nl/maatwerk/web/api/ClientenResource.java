package nl.maatwerk.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.client.BetrokkeneGegevens;
import nl.maatwerk.kern.client.ClientGegevens;
import nl.maatwerk.kern.client.Clientregister;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The cliëntregister over HTTP. Role and gemeente checks happen in the EJB, as for the screens. */
@Path("clienten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cliënten")
public class ClientenResource {

    public record Zoekresultaat(long totaal, int start, int aantal, List<ClientJson> clienten) {
    }

    @EJB
    Clientregister register;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Zoek cliënten in de eigen gemeenten op BSN, naam, geboortedatum of postcode")
    public Zoekresultaat zoek(@QueryParam("bsn") String bsn, @QueryParam("naam") String naam,
                              @QueryParam("geboortedatum") String geboortedatum, @QueryParam("postcode") String postcode,
                              @QueryParam("gemeente") String gemeente,
                              @QueryParam("sorteer") @DefaultValue("achternaam") String sorteer,
                              @QueryParam("start") @DefaultValue("0") int start,
                              @QueryParam("aantal") @DefaultValue("25") int aantal) {
        var criteria = new Clientregister.ClientZoekCriteria(bsn, naam, datum(geboortedatum), postcode, gemeente);
        var pagina = register.zoek(criteria, start, Math.min(aantal, 200), sorteer, true);
        return new Zoekresultaat(pagina.totaal(), start, pagina.regels().size(),
                pagina.regels().stream().map(c -> ClientJson.van(c, false)).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén cliënt met contactpersonen, mantelzorgers en vertegenwoordiger")
    public ClientJson client(@PathParam("id") long id) {
        return ClientJson.van(register.dossier(id), true);
    }

    @POST
    @Operation(summary = "Registreer een cliënt")
    public Response registreer(ClientGegevens gegevens) {
        if (gegevens == null) {
            throw new ValidatieException("body", "Stuur de gegevens van de cliënt als JSON.");
        }
        var client = register.registreer(gegevens);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(client.getId())).build())
                .entity(ClientJson.van(client, true)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Wijzig een cliënt; stuur de versie mee die u las (optimistic locking)")
    public ClientJson wijzig(@PathParam("id") long id, @QueryParam("versie") Long versie, ClientGegevens gegevens) {
        if (versie == null) {
            throw new ValidatieException("versie", "Geef de versie mee die u las (?versie=...).");
        }
        if (gegevens == null) {
            throw new ValidatieException("body", "Stuur de gegevens van de cliënt als JSON.");
        }
        return ClientJson.van(register.wijzig(id, versie, gegevens), true);
    }

    @POST
    @Path("{id}/betrokkenen")
    @Operation(summary = "Voeg een contactpersoon, mantelzorger, gemachtigde of wettelijk vertegenwoordiger toe")
    public Response betrokkene(@PathParam("id") long id, BetrokkeneGegevens gegevens) {
        if (gegevens == null) {
            throw new ValidatieException("body", "Stuur de gegevens van de betrokkene als JSON.");
        }
        var b = register.voegBetrokkeneToe(id, gegevens);
        return Response.status(Response.Status.CREATED).entity(ClientJson.BetrokkeneJson.van(b)).build();
    }

    static LocalDate datum(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw new ValidatieException("geboortedatum", "Geboortedatum moet de vorm jjjj-mm-dd hebben.");
        }
    }
}
