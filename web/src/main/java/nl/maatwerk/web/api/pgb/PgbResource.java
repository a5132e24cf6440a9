package nl.maatwerk.web.api.pgb;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.pgb.declaraties.Declaratieverwerking;
import nl.maatwerk.pgb.declaraties.ImportResultaat;
import nl.maatwerk.pgb.dienst.Pgbdienst;
import nl.maatwerk.pgb.dienst.Pgbgegevens.*;
import nl.maatwerk.pgb.regels.Pgbcontrole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Pgb en financiën: budgetten, toekenning, zorgverleners, declaratie-imports (text/csv, formaat in
 * {@code DeclaratieLezer}) met hun uitkomst per regel, het akkoord met vier ogen, SVB- en CAK-bestanden, kosten
 * per gemeente en controle. Rol- en gemeentecontroles in de EJB's.
 */
@Path("pgb")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pgb en financiën")
public class PgbResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    Pgbdienst dienst;

    @EJB
    Declaratieverwerking verwerking;

    @GET
    @Path("budgetten")
    @Operation(summary = "Pgb-budgetten van de eigen gemeenten, nieuwste eerst, met het goedgekeurde bedrag")
    public Pagina<BudgetRegel> budgetten(@QueryParam("start") @DefaultValue("0") int start, @QueryParam("aantal") @DefaultValue("50") int aantal) {
        return dienst.budgetten(start, aantal);
    }

    @GET
    @Path("budgetten/{id}")
    @Operation(summary = "Eén budget met de motivering (elke regel met bron), de berekening en de zorgverleners")
    public BudgetDetail budget(@PathParam("id") long id) {
        return dienst.budget(id);
    }

    @POST
    @Path("budgetten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ken een Pgb toe (consulent): de regels P-01 … P-21 bepalen uitkomst, bedrag en motivering")
    public Response kenToe(ToekenningInvoer invoer) {
        ToekenningUitkomst u = dienst.kenToe(invoer);
        return Response.status(u.toegekend() ? Response.Status.CREATED : Response.Status.OK).entity(u).build();
    }

    @POST
    @Path("budgetten/{id}/overeenkomsten/{code}")
    @Operation(summary = "De overeenkomst met een zorgverlener is goedgekeurd door gemeente en SVB (P-03)")
    public Response overeenkomst(@PathParam("id") long id, @PathParam("code") String code) {
        dienst.keurOvereenkomstGoed(id, code);
        return Response.noContent().build();
    }

    public record Grond(String grond) {
    }

    @POST
    @Path("budgetten/{id}/intrekkingsgronden")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Meld een intrekkingsgrond (P-16, a-f: ONJUISTE_GEGEVENS … GEEN_VASTE_WOONPLAATS); wordt een signaal in de werkvoorraad")
    public SignaalRegel intrekkingsgrond(@PathParam("id") long id, Grond g) {
        Pgbcontrole.Intrekkingsgrond grond;
        try {
            grond = Pgbcontrole.Intrekkingsgrond.valueOf(g == null || g.grond() == null ? "" : g.grond());
        } catch (IllegalArgumentException e) {
            throw new ValidatieException("grond", "Kies een intrekkingsgrond: ONJUISTE_GEGEVENS, VOORWAARDEN_NIET_NAGELEEFD, NIET_OF_ANDERS_GEBRUIKT, "
                    + "KWALITEIT, HANDELINGSONBEKWAAM of GEEN_VASTE_WOONPLAATS.");
        }
        return dienst.meldIntrekkingsgrond(id, grond);
    }

    @GET
    @Path("signalen")
    @Operation(summary = "Open pgb-signalen voor de werkvoorraad: niet gebruikt binnen 6 maanden (P-08) en gemelde intrekkingsgronden (P-16)")
    public List<SignaalRegel> signalen() {
        return dienst.signalen();
    }

    @GET
    @Path("zorgverleners")
    @Operation(summary = "Zorgverleners van de eigen gemeenten")
    public List<ZorgverlenerRegel> zorgverleners() {
        return dienst.zorgverleners();
    }

    @POST
    @Path("zorgverleners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registreer een zorgverlener (soort, geboortedatum, afstand, VOG)")
    public Response zorgverlener(ZorgverlenerInvoer invoer) {
        return Response.status(Response.Status.CREATED).entity(java.util.Map.of("id", dienst.registreerZorgverlener(invoer))).build();
    }

    @POST
    @Path("declaraties")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Lees een declaratiebestand in (CSV, puntkomma, kopregel budgethouder;zorgverlener;periode_van;periode_tot;uren;bedrag;"
            + "kostensoort;km). Bij vormfouten wordt niets opgeslagen (400); dezelfde declaratie opnieuw verandert niets. Elke declaratie wordt "
            + "goedgekeurd of afgewezen met de regel-id's.")
    public Response declaraties(InputStream csv, @QueryParam("gemeente") String gemeente,
                                @QueryParam("bestandsnaam") @DefaultValue("declaraties.csv") String bestandsnaam) {
        InputStream body = csv == null ? InputStream.nullInputStream() : csv;
        ImportResultaat r = verwerking.importeer(gemeente, bestandsnaam, new InputStreamReader(body, StandardCharsets.UTF_8));
        return Response.status(r.doorgevoerd() ? Response.Status.OK : Response.Status.BAD_REQUEST).entity(r).build();
    }

    @GET
    @Path("imports")
    @Operation(summary = "Ingelezen declaratiebestanden met telling en akkoordstatus")
    public List<ImportRegel> imports() {
        return dienst.imports();
    }

    @GET
    @Path("imports/{id}")
    @Operation(summary = "Eén declaratie-import")
    public ImportRegel declaratieimport(@PathParam("id") long id) {
        return dienst.declaratieimport(id);
    }

    @GET
    @Path("imports/{id}/declaraties")
    @Operation(summary = "De declaraties van een import, met de regel-id's en de motivering van elke afwijzing")
    public Pagina<DeclaratieRegel> declaratiesVanImport(@PathParam("id") long id, @QueryParam("afgewezen") @DefaultValue("false") boolean afgewezen,
                                                       @QueryParam("start") @DefaultValue("0") int start,
                                                       @QueryParam("aantal") @DefaultValue("100") int aantal) {
        return dienst.declaraties(id, afgewezen, start, aantal);
    }

    @POST
    @Path("imports/{id}/akkoord")
    @Operation(summary = "Akkoord op de betaling (FINANCIEEL); boven pgb.vier_ogen.bedrag een tweede akkoord van een ander (FINANCIEEL of TEAMLEIDER)")
    public ImportRegel akkoord(@PathParam("id") long id) {
        return dienst.akkoordBetaling(id);
    }

    @POST
    @Path("exports/svb")
    @Operation(summary = "Maak het SVB-toekenningsbestand (nieuw, wijziging, einde) als concept")
    public Response svb(@QueryParam("gemeente") String gemeente) {
        return Response.status(Response.Status.CREATED).entity(dienst.maakSvbExport(gemeente)).build();
    }

    @POST
    @Path("exports/cak")
    @Operation(summary = "Maak het CAK-bestand start/stop eigen bijdrage (model iEb) uit alle gebieden, als concept")
    public Response cak(@QueryParam("gemeente") String gemeente, @QueryParam("van") String van, @QueryParam("tot") String tot) {
        return Response.status(Response.Status.CREATED).entity(dienst.maakCakExport(gemeente, datum(van, "van"), datum(tot, "tot"))).build();
    }

    @GET
    @Path("exports")
    @Operation(summary = "Exports met hun akkoordstatus")
    public List<ExportRegel> exports() {
        return dienst.exports();
    }

    @POST
    @Path("exports/{id}/akkoord")
    @Operation(summary = "Akkoord op een export (vier ogen zoals bij betalingen)")
    public ExportRegel exportAkkoord(@PathParam("id") long id) {
        return dienst.akkoordExport(id);
    }

    @GET
    @Path("exports/{id}/inhoud")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Het exportbestand; alleen na akkoord")
    public Response exportInhoud(@PathParam("id") long id) {
        return Response.ok(dienst.exportInhoud(id)).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"pgb-export-" + id + ".csv\"").build();
    }

    @POST
    @Path("svb/standen")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Lees de budgetafsluiting van de SVB (budgetnummer;jaar;maand;besteed); bij fouten verandert niets (400)")
    public Response standen(InputStream csv, @QueryParam("gemeente") String gemeente) {
        StandResultaat r = dienst.importeerSvbStand(gemeente, new InputStreamReader(csv == null ? InputStream.nullInputStream() : csv, StandardCharsets.UTF_8));
        return Response.status(r.doorgevoerd() ? Response.Status.OK : Response.Status.BAD_REQUEST).entity(r).build();
    }

    @GET
    @Path("svb/vergelijking")
    @Operation(summary = "De SVB-cijfers naast de eigen goedgekeurde declaraties, per budget")
    public List<Vergelijking> vergelijking(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") Integer jaar) {
        return dienst.vergelijkSvb(gemeente, jaar == null ? LocalDate.now().getYear() : jaar);
    }

    @GET
    @Path("kosten")
    @Operation(summary = "Kosten per gemeente: O-06 (verdeling ISD) en O-07 (per cliënt, per inwoner, aandeel Pgb) per maand")
    public Kostenoverzicht kosten(@QueryParam("jaar") Integer jaar, @QueryParam("uitvoeringskosten") BigDecimal uitvoeringskosten) {
        return dienst.kosten(jaar == null ? LocalDate.now().getYear() : jaar, uitvoeringskosten);
    }

    @GET
    @Path("kosten.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "Kosten per gemeente als Excel")
    public Response kostenExcel(@QueryParam("jaar") Integer jaar, @QueryParam("uitvoeringskosten") BigDecimal uitvoeringskosten) {
        int j = jaar == null ? LocalDate.now().getYear() : jaar;
        return Response.ok(dienst.kostenExcel(j, uitvoeringskosten)).type(XLSX)
                .header("Content-Disposition", "attachment; filename=\"kosten-per-gemeente-" + j + ".xlsx\"").build();
    }

    @GET
    @Path("steekproef")
    @Operation(summary = "Reproduceerbare steekproef (P-19) van de budgetten van een gemeente in een kwartaal")
    public SteekproefUitkomst steekproef(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") int jaar, @QueryParam("kwartaal") int kwartaal) {
        return dienst.steekproef(gemeente, jaar, kwartaal);
    }

    @GET
    @Path("terugvorderingen")
    @Operation(summary = "Terugvorderingen van alle gebieden (pgb P-08, rolstoelen R-07, ...)")
    public List<TerugvorderingRegel> terugvorderingen() {
        return dienst.terugvorderingen();
    }

    public record Terugvorderen(BigDecimal bedrag, String omschrijving) {
    }

    @POST
    @Path("budgetten/{id}/terugvorderingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vorder een betaling zonder rechtsgrond terug (P-08)")
    public Response vorderTerug(@PathParam("id") long id, Terugvorderen t) {
        if (t == null) {
            throw new ValidatieException("body", "Stuur bedrag en omschrijving als JSON.");
        }
        return Response.status(Response.Status.CREATED).entity(java.util.Map.of("id", dienst.vorderTerug(id, t.bedrag(), t.omschrijving()))).build();
    }

    private static LocalDate datum(String w, String veld) {
        try {
            return LocalDate.parse(w);
        } catch (RuntimeException e) {
            throw new ValidatieException(veld, "Datum " + veld + " is verplicht, in de vorm jjjj-mm-dd.");
        }
    }
}
