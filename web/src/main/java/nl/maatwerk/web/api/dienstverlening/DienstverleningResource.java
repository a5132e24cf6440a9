package nl.maatwerk.web.api.dienstverlening;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.maatwerk.dienstverlening.dienst.Dienstverlening;
import nl.maatwerk.dienstverlening.dienst.Gegevens.*;
import nl.maatwerk.kern.ValidatieException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/**
 * Arrangementen (resultaatgebieden met treden), gecontracteerde aanbieders, dienstverleningsopdrachten met hun
 * toewijzing (structuur iWmo WMO301) en het inlezen van start (WMO305) en stop (WMO307). Rol- en gemeentecontroles
 * in de EJB, zoals bij de schermen; een weigering noemt de regel en het artikel.
 */
@Path("dienstverlening")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dienstverlening")
public class DienstverleningResource {

    public record Opdrachten(long totaal, int start, int aantal, List<OpdrachtOverzicht> opdrachten) {
    }

    /** De aanbieder: de voorkeur van de cliënt, of de keuze van de medewerker (bij OGGZ of zonder voorkeur). */
    public record OpdrachtVerzoek(Long voorkeurAanbiederId, Long keuzeMedewerkerAanbiederId) {
    }

    public record PlanVerzoek(LocalDate datum, boolean ondertekendDoorClient, boolean ondertekendDoorAanbieder) {
    }

    /** De bevinding van de toezichthoudend ambtenaar, met het advies aan het college (O-01). */
    public record Onderzoeksbevinding(String bevinding) {
    }

    public record AfwezigheidVerzoek(boolean definitief, LocalDate vanaf, LocalDate tot) {
    }

    @EJB
    Dienstverlening dienst;

    @GET
    @Path("aanbieders")
    @Operation(summary = "Aanbieders met een contract in de eigen gemeenten, met hun tarieven per resultaatgebied en trede")
    public List<AanbiederOverzicht> aanbieders() {
        return dienst.aanbieders();
    }

    @POST
    @Path("aanbieders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registreer een aanbieder (AGB-code van 8 cijfers); alleen een teamleider")
    public Response aanbiederRegistreren(AanbiederInvoer in) {
        return Response.status(Response.Status.CREATED).entity(dienst.aanbiederRegistreren(in)).build();
    }

    @POST
    @Path("aanbieders/{id}/contracten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg een contract met een eigen gemeente vast, met tarieven per resultaatgebied en trede (D-01, O-03); alleen een teamleider")
    public Response contract(@PathParam("id") long id, ContractInvoer in) {
        return Response.status(Response.Status.CREATED).entity(dienst.contractVastleggen(id, in)).build();
    }

    @POST
    @Path("arrangementen/toets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toets een arrangement aan de regels (D-01 t/m D-10, C-03, C-13, E-02) zonder op te slaan")
    public Toets toets(ArrangementInvoer in) {
        return dienst.toets(vereist(in));
    }

    @POST
    @Path("arrangementen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stel een arrangement vast; een verboden combinatie of datum wordt geweigerd (400) met de regel en het artikel")
    public Response vaststellen(ArrangementInvoer in) {
        return Response.status(Response.Status.CREATED).entity(dienst.arrangementVaststellen(vereist(in))).build();
    }

    @GET
    @Path("arrangementen/{id}")
    @Operation(summary = "Eén arrangement met onderdelen, kostprijs, motivering en opdrachten")
    public ArrangementOverzicht arrangement(@PathParam("id") long id) {
        return dienst.arrangement(id);
    }

    @GET
    @Path("clienten/{clientId}/arrangementen")
    @Operation(summary = "De arrangementen van een cliënt, nieuwste eerst")
    public List<ArrangementOverzicht> vanClient(@PathParam("clientId") long clientId) {
        return dienst.arrangementenVanClient(clientId);
    }

    @POST
    @Path("arrangementen/{id}/opdracht")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verstuur de dienstverleningsopdracht aan een gecontracteerde aanbieder (D-05, D-06)")
    public Response opdracht(@PathParam("id") long id, OpdrachtVerzoek v) {
        OpdrachtVerzoek verzoek = v == null ? new OpdrachtVerzoek(null, null) : v;
        return Response.status(Response.Status.CREATED)
                .entity(dienst.opdrachtVersturen(id, verzoek.voorkeurAanbiederId(), verzoek.keuzeMedewerkerAanbiederId())).build();
    }

    @POST
    @Path("arrangementen/{id}/afwezigheid")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verwerk afwezigheid van de cliënt (D-09, C-15)")
    public List<Regel> afwezigheid(@PathParam("id") long id, AfwezigheidVerzoek v) {
        if (v == null) {
            throw new ValidatieException("body", "Stuur de afwezigheid als JSON.");
        }
        return dienst.afwezigheid(id, v.definitief(), v.vanaf(), v.tot());
    }

    @GET
    @Path("opdrachten")
    @Operation(summary = "Dienstverleningsopdrachten van de eigen gemeenten, nieuwste eerst; status VERZONDEN, GESTART of GESTOPT")
    public Opdrachten opdrachten(@QueryParam("status") String status, @QueryParam("start") @DefaultValue("0") int start,
                                 @QueryParam("aantal") @DefaultValue("50") int aantal) {
        var p = dienst.opdrachten(status, Math.max(0, start), Math.min(Math.max(1, aantal), 500));
        return new Opdrachten(p.totaal(), start, p.regels().size(), p.regels());
    }

    @GET
    @Path("opdrachten/{nummer}")
    @Operation(summary = "Eén opdracht met start, stop en uitvoeringsplan")
    public OpdrachtOverzicht opdracht(@PathParam("nummer") String nummer) {
        return dienst.opdracht(nummer);
    }

    @GET
    @Path("opdrachten/{nummer}/toewijzing")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "De opdracht als toewijzing met de elementen van iWmo WMO301 (geen volledig bericht of envelop)")
    public String toewijzing(@PathParam("nummer") String nummer) {
        return dienst.toewijzing(nummer);
    }

    @POST
    @Path("opdrachten/{nummer}/uitvoeringsplan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg het door aanbieder en cliënt ondertekende uitvoeringsplan vast (D-06)")
    public OpdrachtOverzicht uitvoeringsplan(@PathParam("nummer") String nummer, PlanVerzoek v) {
        if (v == null) {
            throw new ValidatieException("body", "Stuur het uitvoeringsplan als JSON.");
        }
        return dienst.uitvoeringsplan(nummer, v.datum(), v.ondertekendDoorClient(), v.ondertekendDoorAanbieder());
    }

    @POST
    @Path("leveringsberichten")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Lees een start- (WMO305) of stopbericht (WMO307) in; alles of niets, opnieuw inlezen verandert niets")
    public ImportUitkomst leveringsbericht(String xml) {
        return dienst.leveringsbericht(xml);
    }

    @GET
    @Path("geleverd")
    @Operation(summary = "Geleverde dienstverlening in een periode (van, tot als jjjj-mm-dd) met de kostprijs per maand (E-02) voor de eigen bijdrage")
    public List<nl.maatwerk.verordening.koppeling.VoorzieningenBron.GeleverdeVoorziening> geleverd(@QueryParam("van") String van, @QueryParam("tot") String tot) {
        try {
            return dienst.geleverd(van == null ? null : LocalDate.parse(van), tot == null ? null : LocalDate.parse(tot));
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidatieException("van", "Datums als jjjj-mm-dd.");
        }
    }

    @GET
    @Path("signalen")
    @Operation(summary = "Signalen voor de werkvoorraad: opdrachten zonder start na 14 dagen, calamiteiten die op onderzoek wachten (O-01)")
    public List<nl.maatwerk.verordening.koppeling.SignaalBron.Signaal> signalen() {
        return dienst.signalen();
    }

    @POST
    @Path("calamiteiten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registreer de melding van een calamiteit of geweldsincident door een aanbieder (O-01)")
    public Response calamiteit(CalamiteitInvoer in) {
        if (in == null) {
            throw new ValidatieException("body", "Stuur de melding als JSON.");
        }
        return Response.status(Response.Status.CREATED).entity(dienst.calamiteit(in)).build();
    }

    @GET
    @Path("calamiteiten")
    @Operation(summary = "Meldingen van calamiteiten en geweld; open=true: nog niet onderzocht")
    public List<CalamiteitOverzicht> calamiteiten(@QueryParam("open") @DefaultValue("false") boolean open) {
        return dienst.calamiteiten(open);
    }

    @POST
    @Path("calamiteiten/{id}/onderzoek")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rond het onderzoek van de toezichthoudend ambtenaar af met de bevinding (O-01); alleen een teamleider; het signaal vervalt")
    public CalamiteitOverzicht onderzoekAfronden(@PathParam("id") long id, Onderzoeksbevinding b) {
        return dienst.onderzoekAfronden(id, b == null ? null : b.bevinding());
    }

    @POST
    @Path("klachten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registreer een klacht over een aanbieder (O-03)")
    public Response klacht(KlachtInvoer in) {
        if (in == null) {
            throw new ValidatieException("body", "Stuur de klacht als JSON.");
        }
        return Response.status(Response.Status.CREATED).entity(dienst.klacht(in)).build();
    }

    @GET
    @Path("klachten")
    @Operation(summary = "Klachten over aanbieders in de eigen gemeenten")
    public List<KlachtOverzicht> klachten() {
        return dienst.klachten();
    }

    @GET
    @Path("ervaringsonderzoek")
    @Operation(summary = "Het jaarlijkse cliëntervaringsonderzoek (O-03, 004 art. 18 lid 3) van een gemeente: de uit te nodigen cliënten en of het is uitgevoerd")
    public ErvaringsonderzoekOverzicht ervaringsonderzoek(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") Integer jaar) {
        return dienst.ervaringsonderzoek(gemeente, jaar);
    }

    @POST
    @Path("ervaringsonderzoek")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg het cliëntervaringsonderzoek van een jaar vast als uitgevoerd, met datum en samenvatting (O-03); alleen een teamleider")
    public Response ervaringsonderzoekVastleggen(ErvaringsonderzoekInvoer in) {
        return Response.status(Response.Status.CREATED).entity(dienst.ervaringsonderzoekVastleggen(in)).build();
    }

    private static ArrangementInvoer vereist(ArrangementInvoer in) {
        if (in == null) {
            throw new ValidatieException("body", "Stuur het arrangement als JSON.");
        }
        return in;
    }
}
