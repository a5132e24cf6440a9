package nl.maatwerk.web.api.toegang;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.maatwerk.domain.toegang.Aanvraag;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Onderzoek;
import nl.maatwerk.domain.toegang.Verslag;
import nl.maatwerk.toegang.Besluitgegevens;
import nl.maatwerk.toegang.Toegang;
import nl.maatwerk.verordening.beoordeling.Beoordeling;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static nl.maatwerk.web.api.toegang.ToegangJson.*;
import static nl.maatwerk.web.api.toegang.Verzoeken.*;

/**
 * Meldingen and everything up to the beschikking, over HTTP. Role, gemeente and rule checks happen in the EJB;
 * a refused step answers 400 with the rule id and article in the message.
 */
@Path("meldingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Toegang: meldingen en aanvragen")
public class MeldingenResource {

    @EJB
    Toegang toegang;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Registreer een melding (T-01); een hulpvraag onder een andere wet wordt doorverwezen (T-02)")
    public Response registreer(MeldingIn in) {
        var m = toegang.registreerMelding(body(in).gegevens());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(m.getId())).build())
                .entity(MeldingJson.van(m)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "De hele zaak: melding, onderzoek, verslag, aanvraag, voornemens, beschikkingen, bezwaren, documenten")
    public ZaakJson zaak(@PathParam("id") long id) {
        return ZaakJson.van(toegang.zaak(id));
    }

    @POST
    @Path("{id}/ontvangstbevestiging")
    @Operation(summary = "Bevestig de ontvangst schriftelijk (T-01); maakt de brief als PDF")
    public MeldingJson bevestig(@PathParam("id") long id, Datum in) {
        return MeldingJson.van(toegang.bevestigOntvangst(id, in == null ? null : in.datum()));
    }

    @POST
    @Path("{id}/clientondersteuning")
    @Operation(summary = "Leg vast dat gratis cliëntondersteuning is aangeboden (T-03)")
    public MeldingJson clientondersteuning(@PathParam("id") long id) {
        return MeldingJson.van(toegang.clientondersteuningAangeboden(id));
    }

    @POST
    @Path("{id}/algemene-voorziening")
    @Operation(summary = "Verwijs naar een algemene voorziening (T-14, geen besluit)")
    public MeldingJson verwijs(@PathParam("id") long id, Verwijzing in) {
        return MeldingJson.van(toegang.verwijsNaarAlgemeneVoorziening(id, body(in).algemeneVoorziening()));
    }

    @PUT
    @Path("{id}/behandelaar")
    @Operation(summary = "Wijs de melding toe aan een medewerker (een teamleider aan ieder, een consulent aan zichzelf)")
    public MeldingJson wijsToe(@PathParam("id") long id, Toewijzing in) {
        return MeldingJson.van(toegang.wijsToe(id, body(in).behandelaar()));
    }

    @PUT
    @Path("{id}/onderzoek")
    @Operation(summary = "Leg antwoorden van het onderzoek vast: aspecten A-J (T-07), de ladder (C-01) en de feiten")
    public OnderzoekJson onderzoek(@PathParam("id") long id, OnderzoekIn in) {
        return OnderzoekJson.van(toegang.legOnderzoekVast(id, body(in).gegevens()));
    }

    @POST
    @Path("{id}/onderzoek/uitstel")
    @Operation(summary = "Deel uitstel van het onderzoek mee (T-04)")
    public OnderzoekJson uitstel(@PathParam("id") long id, Uitstel in) {
        return OnderzoekJson.van(toegang.uitstel(id, body(in).meegedeeldOp(), in.reden(), in.nieuweDatum()));
    }

    @POST
    @Path("{id}/onderzoek/persoonlijk-plan")
    @Operation(summary = "Persoonlijk plan ontvangen (T-05)")
    public OnderzoekJson persoonlijkPlan(@PathParam("id") long id, Datum in) {
        return OnderzoekJson.van(toegang.persoonlijkPlan(id, in == null ? null : in.datum()));
    }

    @POST
    @Path("{id}/onderzoek/gesprek")
    @Operation(summary = "Leg het gesprek vast, of de reden om het over te slaan of in te korten (T-06)")
    public OnderzoekJson gesprek(@PathParam("id") long id, Gesprek in) {
        return OnderzoekJson.van(toegang.gesprek(id, waarde(Onderzoek.GesprekVorm.class, body(in).vorm(), "vorm"), in.datum(),
                in.plaats(), in.aanwezigen(), in.redenAfwijking()));
    }

    @POST
    @Path("{id}/onderzoek/identiteit")
    @Operation(summary = "Identiteit vastgesteld met een identiteitsbewijs (T-08)")
    public OnderzoekJson identiteit(@PathParam("id") long id, Identiteit in) {
        return OnderzoekJson.van(toegang.identiteit(id, body(in).identiteitsbewijs()));
    }

    @POST
    @Path("{id}/onderzoek/advies")
    @Operation(summary = "Advies gevraagd en ontvangen; medewerking geweigerd (T-15)")
    public OnderzoekJson advies(@PathParam("id") long id, Advies in) {
        return OnderzoekJson.van(toegang.advies(id, waarde(Onderzoek.AdviesSoort.class, body(in).soort(), "soort"), in.gevraagdOp(),
                in.ontvangenOp(), in.medewerkingGeweigerd()));
    }

    @POST
    @Path("{id}/onderzoek/hardheidsclausule")
    @Operation(summary = "Vraag de hardheidsclausule aan in het register (C-10); een andere teamleider beslist daar, "
            + "een goedgekeurd verzoek maakt het besluit afwijkend (vier ogen)")
    public OnderzoekJson hardheidsclausule(@PathParam("id") long id, HardheidsclausuleIn in) {
        return OnderzoekJson.van(toegang.vraagHardheidsclausuleAan(id, body(in).onderwerp(), in.reden()));
    }

    @POST
    @Path("{id}/onderzoek/afronden")
    @Operation(summary = "Rond het onderzoek af (T-06, T-07, T-08, C-01, T-15)")
    public OnderzoekJson afronden(@PathParam("id") long id, Datum in) {
        return OnderzoekJson.van(toegang.rondOnderzoekAf(id, in == null ? null : in.datum()));
    }

    @GET
    @Path("{id}/beoordeling")
    @Operation(summary = "Wat de beoordeling (C-01 … C-13) uit het onderzoek concludeert, met regels en artikelen")
    public Beoordeling beoordeling(@PathParam("id") long id) {
        return toegang.beoordeling(id, null);
    }

    @POST
    @Path("{id}/verslag")
    @Operation(summary = "Verstuur het verslag (T-09); maakt het verslag als PDF")
    public VerslagJson verslag(@PathParam("id") long id, Datum in) {
        return VerslagJson.van(toegang.verstuurVerslag(id, in == null ? null : in.datum()));
    }

    @POST
    @Path("{id}/verslag/retour")
    @Operation(summary = "Het verslag retour: akkoord, gezien met redenen of niet retour (T-09); eventueel als aanvraag (T-10)")
    public VerslagJson verslagRetour(@PathParam("id") long id, VerslagRetour in) {
        return VerslagJson.van(toegang.verslagRetour(id, waarde(Verslag.Status.class, body(in).status(), "status"), in.datum(),
                in.redenenGezien(), in.opmerkingen(), in.geldtAlsAanvraag()));
    }

    @POST
    @Path("{id}/aanvraag")
    @Operation(summary = "Een aanvraag ontvangen (T-10); de beslistermijn gaat lopen (T-11)")
    public Response aanvraag(@PathParam("id") long id, AanvraagIn in) {
        var a = toegang.dienAanvraagIn(id, waarde(Aanvraag.Indiener.class, body(in).ingediendDoor(), "ingediendDoor"), in.naamIndiener(),
                waarde(Aanvraag.Vorm.class, in.vorm(), "vorm"), in.gevraagdeVoorziening(), in.ontvangenOp());
        return Response.status(Response.Status.CREATED).entity(AanvraagJson.van(a)).build();
    }

    @POST
    @Path("{id}/voornemens")
    @Operation(summary = "Stuur een voornemen vóór een negatief of afwijkend besluit (T-17)")
    public Response voornemen(@PathParam("id") long id, VoornemenIn in) {
        var v = toegang.voornemen(id, body(in).strekking(), in.datum());
        return Response.status(Response.Status.CREATED).entity(VoornemenJson.van(v)).build();
    }

    @POST
    @Path("voornemens/{voornemenId}/reactie")
    @Operation(summary = "Leg de reactie van de cliënt op een voornemen vast (T-17)")
    public VoornemenJson reactie(@PathParam("voornemenId") long voornemenId, Reactie in) {
        return VoornemenJson.van(toegang.reactieOpVoornemen(voornemenId, body(in).datum(), in.reactie()));
    }

    @POST
    @Path("{id}/beschikking")
    @Operation(summary = "Neem het besluit (T-11 … T-15, C-13, O-05); negatief, afwijkend of boven het bedrag: ter goedkeuring")
    public Response besluit(@PathParam("id") long id, Besluit in) {
        body(in);
        var g = new Besluitgegevens(waarde(Beschikking.Soort.class, in.soort(), "soort"), in.voorziening(), in.resultaat(),
                in.wijzeVerstrekking(), in.andereVoorzieningen(), in.pgbBedrag(), in.pgbBerekening(), in.kwaliteitseisen(),
                in.verantwoording(), in.waarde(), in.bijdrage(), in.ingangsdatum(), in.einddatum());
        var b = toegang.besluit(id, g, in.datum());
        return Response.status(Response.Status.CREATED).entity(BeschikkingJson.van(b)).build();
    }

    @GET
    @Path("documenten/{documentId}")
    @Produces("application/pdf")
    @Operation(summary = "Een brief of verslag als PDF, zoals verzonden")
    public Response document(@PathParam("documentId") long documentId) {
        var d = toegang.document(documentId);
        return Response.ok(d.getInhoud(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + d.getSoort().name().toLowerCase() + "-" + d.getId() + ".pdf\"")
                .build();
    }

    @GET
    @Path("client/{clientId}")
    @Operation(summary = "De meldingen van een cliënt, nieuwste eerst (tijdlijn)")
    public List<MeldingJson> vanClient(@PathParam("clientId") long clientId) {
        return toegang.tijdlijn(clientId).meldingen().stream().map(MeldingJson::van).toList();
    }
}
