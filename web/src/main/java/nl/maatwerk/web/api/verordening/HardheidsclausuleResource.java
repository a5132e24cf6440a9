package nl.maatwerk.web.api.verordening;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.maatwerk.domain.verordening.HardheidsclausuleToepassing;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.verordening.dienst.HardheidsclausuleDienst;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDateTime;
import java.util.List;

/** C-10: requests to apply the hardheidsclausule, the teamleider's decision (four eyes), and the signals. */
@Path("hardheidsclausule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Regelsets")
public class HardheidsclausuleResource {

    @EJB
    HardheidsclausuleDienst dienst;

    public record AanvraagJson(String gemeente, String onderwerp, Long clientId, String reden) {
    }

    public record BeslissingJson(String toelichting) {
    }

    public record VerzoekJson(long id, String gemeente, String onderwerp, Long clientId, String reden, String regelsetVersie,
                              String status, String aangevraagdDoor, LocalDateTime aangevraagdOp, String beoordeeldDoor,
                              LocalDateTime beoordeeldOp, String toelichting) {
        static VerzoekJson van(HardheidsclausuleToepassing h) {
            return new VerzoekJson(h.getId(), h.getGemeenteCode(), h.getOnderwerp(), h.getClientId(), h.getReden(),
                    h.getRegelsetVersie(), h.getStatus().name(), h.getAangevraagdDoor(), h.getAangevraagdOp(),
                    h.getBeoordeeldDoor(), h.getBeoordeeldOp(), h.getToelichting());
        }
    }

    @GET
    @Operation(summary = "Het register van de eigen gemeenten, nieuwste eerst")
    public List<VerzoekJson> register() {
        return dienst.register().stream().map(VerzoekJson::van).toList();
    }

    @GET
    @Path("{id}")
    public VerzoekJson verzoek(@PathParam("id") long id) {
        return VerzoekJson.van(dienst.verzoek(id));
    }

    @POST
    @Operation(summary = "Vraag toepassing van de hardheidsclausule aan, met schriftelijke reden (consulent of teamleider)")
    public Response vraagAan(AanvraagJson a) {
        if (a == null) {
            throw new ValidatieException("body", "Stuur het verzoek als JSON.");
        }
        var v = dienst.vraagAan(new HardheidsclausuleDienst.Aanvraag(a.gemeente(), a.onderwerp(), a.clientId(), a.reden()));
        return Response.status(Response.Status.CREATED).entity(VerzoekJson.van(v)).build();
    }

    @POST
    @Path("{id}/goedkeuring")
    @Operation(summary = "Keur goed (teamleider, niet de aanvrager)")
    public VerzoekJson keurGoed(@PathParam("id") long id, BeslissingJson b) {
        return VerzoekJson.van(dienst.keurGoed(id, b == null ? null : b.toelichting()));
    }

    @POST
    @Path("{id}/weigering")
    @Operation(summary = "Weiger (teamleider, niet de aanvrager)")
    public VerzoekJson weiger(@PathParam("id") long id, BeslissingJson b) {
        return VerzoekJson.van(dienst.weiger(id, b == null ? null : b.toelichting()));
    }

    @GET
    @Path("signalen")
    @Operation(summary = "Goedgekeurde toepassingen per onderwerp, met de drempel voor herhaald gebruik (beheerder)")
    public List<HardheidsclausuleDienst.Signaal> signalen() {
        return dienst.signalen();
    }
}
