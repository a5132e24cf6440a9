package nl.maatwerk.web.api.vervoer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.maatwerk.kern.ValidatieException;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

    @EJB
    Vervoer vervoer;

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

    private static int jaar(Integer jaar) {
        return jaar == null ? LocalDate.now().getYear() : jaar;
    }
}
