package nl.maatwerk.web.api.vervoer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.maatwerk.domain.vervoer.Vervoerbesluit;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.vervoer.dienst.Vervoerbesluiten;
import nl.maatwerk.vervoer.regels.Vervoersbeslissing;
import nl.maatwerk.vervoer.dienst.MaandRegel;
import nl.maatwerk.vervoer.dienst.PasAanvraag;
import nl.maatwerk.vervoer.regels.Vervoerregels.ExtraService;
import nl.maatwerk.vervoer.regels.Vervoerregels.Reisbehoefte;
import nl.maatwerk.vervoer.dienst.PasOverzicht;
import nl.maatwerk.vervoer.dienst.RitRegel;
import nl.maatwerk.vervoer.dienst.SignaalRegel;
import nl.maatwerk.vervoer.dienst.Vervoer;
import nl.maatwerk.vervoer.ritten.ImportResultaat;
import nl.maatwerk.vervoer.ritten.Rittenimport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Regiotaxipassen, budgetten, ritten en signalen, en het inlezen van het rittenbestand (text/csv, formaat in
 * {@code RittenLezer}). Rol- en gemeentecontroles in de EJB's, zoals bij de schermen.
 */
@Path("vervoer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vervoer")
public class VervoerResource {

    public record Passen(long totaal, int start, int aantal, List<PasOverzicht> passen) {
    }

    public record Budget(PasOverzicht pas, List<MaandRegel> perMaand) {
    }

    public record Ritten(long totaal, int start, int aantal, List<RitRegel> ritten) {
    }

    /** Een pas aanvragen: de vervoersbehoefte uit het onderzoek; het budget volgt uit de regels (V-02, V-03). */
    public record PasVerzoek(long clientId, String pasnummer, LocalDate geldigVan, LocalDate geldigTot, int verstePlaatsKm,
                             int verstePlaatsZones, int kmPerJaar, int zonesPerJaar, boolean begeleider, boolean kinderenMee,
                             String extraService, boolean oorzaakInWoning) {
    }

    public record Verstrekt(PasOverzicht pas, String motivering) {
    }

    /** Een besluit over een andere vervoersvoorziening: alleen de velden van de gevraagde soort tellen. */
    public record BesluitVerzoek(String soort, String omschrijving, LocalDate aangevraagdOp,
                                 LocalDateTime ritAangevraagdOp, LocalDateTime gewensteAankomst, LocalDateTime geplandeAankomst, String doel,
                                 boolean regiotaxiBruikbaar, boolean regiotaxiPassend, boolean rijvaardig, boolean geslotenVervoerNodig,
                                 LocalDate autoMeeTot, LocalDate vorigeAanpassing, BigDecimal prijsGewenst, BigDecimal prijsDoelmatig,
                                 boolean autoAlgemeenGebruikelijk, boolean rijgeschikt, boolean rijbewijs, boolean brommobiel,
                                 boolean gecontracteerdeVervoerder, boolean gecombineerdMetAnderen,
                                 boolean beperkingVoorAlgemeenVervoer, BigDecimal kostenGekozenLocatie, BigDecimal kostenDichtstbijzijnde) {
    }

    public record BesluitJson(long id, long clientId, String gemeente, String soort, String omschrijving, LocalDate aangevraagdOp,
                              boolean toegekend, BigDecimal bedrag, String regelsetVersie, String motivering) {
        static BesluitJson van(Vervoerbesluit b) {
            return new BesluitJson(b.getId(), b.getClient().getId(), b.getGemeente().getCode(), b.getSoort().name(), b.getOmschrijving(),
                    b.getAangevraagdOp(), b.isToegekend(), b.getBedrag(), b.getRegelsetVersie(), b.getMotivering());
        }
    }

    @EJB
    Vervoer vervoer;

    @EJB
    Vervoerbesluiten besluiten;

    @EJB
    Rittenimport rittenimport;

    @GET
    @Path("passen")
    @Operation(summary = "Regiotaxipassen van de eigen gemeenten met hun budgetgebruik in een jaar")
    public Passen passen(@QueryParam("jaar") Integer jaar, @QueryParam("start") @DefaultValue("0") int start,
                         @QueryParam("aantal") @DefaultValue("50") int aantal) {
        var p = vervoer.passen(jaar(jaar), Math.max(0, start), Math.min(Math.max(1, aantal), 500));
        return new Passen(p.totaal(), start, p.regels().size(), p.regels());
    }

    @POST
    @Path("passen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verstrek een regiotaxipas; het jaarbudget en de motivering (elke regel met bron) volgen uit de regels van de gemeente")
    public Response verstrek(PasVerzoek v) {
        if (v == null) {
            throw new ValidatieException("body", "Stuur de aanvraag als JSON.");
        }
        ExtraService service;
        try {
            service = v.extraService() == null || v.extraService().isBlank() ? ExtraService.GEEN : ExtraService.valueOf(v.extraService());
        } catch (IllegalArgumentException e) {
            throw new ValidatieException("extraService", "Extra service is GEEN, VANAF_DE_HAL of TILLEN.");
        }
        var pas = vervoer.pasVerstrekken(new PasAanvraag(v.clientId(), v.pasnummer(), v.geldigVan(), v.geldigTot(),
                new Reisbehoefte(v.verstePlaatsKm(), v.verstePlaatsZones(), v.kmPerJaar(), v.zonesPerJaar()),
                v.begeleider(), v.kinderenMee(), service, v.oorzaakInWoning()));
        return Response.status(Response.Status.CREATED).entity(new Verstrekt(pas, vervoer.motivering(pas.pasnummer()))).build();
    }

    @GET
    @Path("passen/{pasnummer}")
    @Operation(summary = "Eén pas met km en zones gebruikt en resterend in een jaar")
    public PasOverzicht pas(@PathParam("pasnummer") String pasnummer, @QueryParam("jaar") Integer jaar) {
        return vervoer.pas(pasnummer, jaar(jaar));
    }

    @GET
    @Path("passen/{pasnummer}/budget")
    @Operation(summary = "Het budget van een pas met het gebruik per maand en cumulatief")
    public Budget budget(@PathParam("pasnummer") String pasnummer, @QueryParam("jaar") Integer jaar) {
        int j = jaar(jaar);
        return new Budget(vervoer.pas(pasnummer, j), vervoer.gebruikPerMaand(pasnummer, j));
    }

    @GET
    @Path("passen/{pasnummer}/ritten")
    @Operation(summary = "De ritten van een pas in een jaar, nieuwste eerst")
    public Ritten ritten(@PathParam("pasnummer") String pasnummer, @QueryParam("jaar") Integer jaar,
                         @QueryParam("start") @DefaultValue("0") int start, @QueryParam("aantal") @DefaultValue("50") int aantal) {
        var p = vervoer.ritten(pasnummer, jaar(jaar), Math.max(0, start), Math.min(Math.max(1, aantal), 500));
        return new Ritten(p.totaal(), start, p.regels().size(), p.regels());
    }

    @GET
    @Path("signalen")
    @Operation(summary = "Budgetsignalen (80 %, 100 %, buiten het gebied) van de eigen gemeenten")
    public List<SignaalRegel> signalen(@QueryParam("open") @DefaultValue("true") boolean open,
                                       @QueryParam("start") @DefaultValue("0") int start,
                                       @QueryParam("aantal") @DefaultValue("100") int aantal) {
        return vervoer.signalen(open, Math.max(0, start), Math.min(Math.max(1, aantal), 500));
    }

    @POST
    @Path("ritten")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Lees een rittenbestand in (CSV, puntkomma, kopregel pasnummer;datum;tijd;van;naar;km;zones;begeleider;prioriteit). "
            + "Bij fouten wordt niets opgeslagen (400), tenzij alleenGeldige=true; dezelfde rit twee keer wordt één keer opgeslagen.")
    public Response ritten(InputStream csv, @QueryParam("bestandsnaam") @DefaultValue("ritten.csv") String bestandsnaam,
                           @QueryParam("alleenGeldige") @DefaultValue("false") boolean alleenGeldige) {
        // An empty body is an empty file: the import says so with its own message.
        InputStream body = csv == null ? InputStream.nullInputStream() : csv;
        ImportResultaat r = rittenimport.importeer(bestandsnaam, new InputStreamReader(body, StandardCharsets.UTF_8), alleenGeldige);
        return Response.status(r.doorgevoerd() ? Response.Status.OK : Response.Status.BAD_REQUEST).entity(r).build();
    }

    @POST
    @Path("clienten/{clientId: \\d+}/besluiten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Beslis over een prioriteitsrit (V-05), scootmobiel of gesloten voertuig (V-10), auto of autoaanpassing (V-11), "
            + "individuele taxi (V-12) of vervoer naar dagbesteding (V-13); het besluit, toegekend of niet, wordt met elke regel en "
            + "artikel in de motivering opgeslagen")
    public Response besluit(@PathParam("clientId") long clientId, BesluitVerzoek v) {
        if (v == null) {
            throw new ValidatieException("body", "Stuur de aanvraag als JSON.");
        }
        Vervoerbesluit.Soort soort;
        try {
            soort = v.soort() == null ? null : Vervoerbesluit.Soort.valueOf(v.soort());
        } catch (IllegalArgumentException e) {
            throw new ValidatieException("soort", "Soort is PRIORITEITSRIT, SCOOTMOBIEL, GESLOTEN_VOERTUIG, AUTO, AUTOAANPASSING, "
                    + "INDIVIDUELE_TAXI of DAGBESTEDING.");
        }
        var b = besluiten.beslis(clientId, new Vervoersbeslissing.Vraag(soort, v.omschrijving(), v.aangevraagdOp(), v.ritAangevraagdOp(),
                v.gewensteAankomst(), v.geplandeAankomst(), v.doel(), v.regiotaxiBruikbaar(), v.regiotaxiPassend(), v.rijvaardig(),
                v.geslotenVervoerNodig(), v.autoMeeTot(), v.vorigeAanpassing(), v.prijsGewenst(), v.prijsDoelmatig(),
                v.autoAlgemeenGebruikelijk(), v.rijgeschikt(), v.rijbewijs(), v.brommobiel(), v.gecontracteerdeVervoerder(),
                v.gecombineerdMetAnderen(), v.beperkingVoorAlgemeenVervoer(), v.kostenGekozenLocatie(), v.kostenDichtstbijzijnde()));
        return Response.status(Response.Status.CREATED).entity(BesluitJson.van(b)).build();
    }

    @GET
    @Path("clienten/{clientId: \\d+}/besluiten")
    @Operation(summary = "De vervoerbesluiten van een cliënt, nieuwste eerst")
    public List<BesluitJson> besluiten(@PathParam("clientId") long clientId) {
        return besluiten.vanClient(clientId).stream().map(BesluitJson::van).toList();
    }

    private static int jaar(Integer jaar) {
        return jaar == null ? LocalDate.now().getYear() : jaar;
    }
}
