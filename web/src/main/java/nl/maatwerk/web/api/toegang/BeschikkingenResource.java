package nl.maatwerk.web.api.toegang;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.maatwerk.domain.toegang.Bezwaar;
import nl.maatwerk.toegang.Toegang;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

import static nl.maatwerk.web.api.toegang.ToegangJson.*;
import static nl.maatwerk.web.api.toegang.Verzoeken.*;

/** Beschikkingen: four eyes, sending, bezwaar, herziening, and the indicaties after a move or absence. */
@Path("beschikkingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Toegang: beschikkingen")
public class BeschikkingenResource {

    @EJB
    Toegang toegang;

    @GET
    @Path("{id}")
    @Operation(summary = "Eén beschikking met haar motivering (regels en artikelen) en de gebruikte regelset")
    public BeschikkingJson beschikking(@PathParam("id") long id) {
        return BeschikkingJson.van(toegang.beschikkingInzien(id));
    }

    @GET
    @Path("ter-goedkeuring")
    @Operation(summary = "Beschikkingen die op goedkeuring van een teamleider wachten (vier ogen)")
    public List<BeschikkingJson> terGoedkeuring() {
        return toegang.terGoedkeuring().stream().map(BeschikkingJson::van).toList();
    }

    @POST
    @Path("{id}/goedkeuring")
    @Operation(summary = "Keur goed of af als teamleider (vier ogen)")
    public BeschikkingJson goedkeuring(@PathParam("id") long id, Goedkeuring in) {
        return BeschikkingJson.van(toegang.keurGoed(id, body(in).akkoord()));
    }

    @POST
    @Path("{id}/verzending")
    @Operation(summary = "Verzend de beschikking; maakt de brief als PDF; de bezwaartermijn gaat lopen (T-17)")
    public BeschikkingJson verzend(@PathParam("id") long id, Datum in) {
        return BeschikkingJson.van(toegang.verzend(id, in == null ? null : in.datum()));
    }

    @POST
    @Path("{id}/bezwaren")
    @Operation(summary = "Registreer een bezwaar (T-17)")
    public Response bezwaar(@PathParam("id") long id, BezwaarIn in) {
        var b = toegang.bezwaar(id, body(in).ontvangenOp(), in.gronden());
        return Response.status(Response.Status.CREATED).entity(BezwaarJson.van(b)).build();
    }

    @POST
    @Path("bezwaren/{bezwaarId}/beslissing")
    @Operation(summary = "Beslis op een bezwaar; gegrond: nieuwe opdracht aan de aanbieder (T-18)")
    public BezwaarJson beslisBezwaar(@PathParam("bezwaarId") long bezwaarId, BezwaarBeslissing in) {
        return BezwaarJson.van(toegang.beslisBezwaar(bezwaarId, waarde(Bezwaar.Uitkomst.class, body(in).uitkomst(), "uitkomst"), in.datum()));
    }

    public record HerzieningJson(BeschikkingJson beschikking, List<String> gronden, boolean geldswaardeTerugvorderbaar,
                                 boolean voorzieningTerugvorderbaar, RegelToepassing toepassing) {
    }

    @POST
    @Path("{id}/herziening")
    @Operation(summary = "Herzien of intrekken (C-17) op een grond van de verordening; zegt of terugvordering mogelijk is")
    public HerzieningJson herzie(@PathParam("id") long id, HerzieningIn in) {
        var h = toegang.herzie(id, body(in).feiten(), in.datum());
        var r = h.resultaat();
        return new HerzieningJson(BeschikkingJson.van(h.beschikking()), r.gronden().stream().map(g -> g.omschrijving()).toList(),
                r.geldswaardeTerugvorderbaar(), r.voorzieningTerugvorderbaar(), r.toepassing());
    }

    @POST
    @Path("clienten/{clientId}/verhuizing")
    @Operation(summary = "Verhuizing (C-14): buiten de gemeente eindigen de indicaties op de verhuisdag")
    public RegelToepassing verhuizing(@PathParam("clientId") long clientId, Verhuizing in) {
        return toegang.verhuizing(clientId, body(in).datum(), in.binnenGemeente(), in.herindicatieNodig());
    }

    @POST
    @Path("clienten/{clientId}/afwezigheid")
    @Operation(summary = "Afwezigheid (C-15): langer dan 4 weken opent een heronderzoek")
    public RegelToepassing afwezigheid(@PathParam("clientId") long clientId, Afwezigheid in) {
        return toegang.afwezigheid(clientId, body(in).vertrek(), in.terugkeer());
    }

    @GET
    @Path("aflopend")
    @Operation(summary = "Indicaties die binnen de termijn van de regelset aflopen, voor heroverweging (C-18)")
    public List<BeschikkingJson> aflopend(@QueryParam("gemeente") String gemeente, @QueryParam("start") @DefaultValue("0") int start,
                                          @QueryParam("aantal") @DefaultValue("50") int aantal) {
        return toegang.aflopendeIndicaties(gemeente, null, start, Math.min(aantal, 200)).stream().map(BeschikkingJson::van).toList();
    }

    @GET
    @Path("per-regelset")
    @Operation(summary = "Aantal beschikkingen per regelsetversie")
    public Map<String, Long> perRegelset() {
        return toegang.beschikkingenPerRegelset();
    }
}
