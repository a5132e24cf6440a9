package nl.maatwerk.web.api.rolstoelen;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.maatwerk.domain.rolstoelen.GebeurtenisSoort;
import nl.maatwerk.domain.rolstoelen.HulpmiddelStatus;
import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.domain.rolstoelen.Staat;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.rolstoelen.dienst.Gegevens;
import nl.maatwerk.rolstoelen.dienst.Hulpmiddelen;
import nl.maatwerk.rolstoelen.regels.Afschrijving.Verliesoorzaak;
import nl.maatwerk.rolstoelen.regels.Keuze;
import nl.maatwerk.rolstoelen.regels.Pgb;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Het hulpmiddelendepot, uitgifte en inname, keuze, afschrijving en Pgb. Rol- en gemeentecontroles en audit in de
 * EJB {@link Hulpmiddelen}, zoals bij de schermen; een exemplaar of cliënt van een andere gemeente is 404.
 */
@Path("hulpmiddelen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hulpmiddelen")
public class HulpmiddelenResource {

    public record Depot(long totaal, int start, int aantal, List<HulpmiddelJson.Item> hulpmiddelen) {
    }

    public record UitgifteVerzoek(long clientId, long versie, LocalDate ingang, String verliesoorzaak, Long aanvraagId, Keuze.Selectie selectie) {
    }

    public record InnameVerzoek(long versie, LocalDate datum, String staat, String inspectie) {
    }

    public record OnderhoudVerzoek(long versie, String soort, LocalDate datum, String omschrijving, BigDecimal kosten, boolean terugNaarDepot) {
    }

    public record KeuzeVerzoek(long clientId, LocalDate peildatum, String gevraagd, String soort, boolean incidenteelOfTijdelijk,
                               boolean algemeenToereikend, Keuze.Selectie selectie) {
    }

    public record Keuzeantwoord(String regelsetVersie, String conclusie, List<String> motivering, List<HulpmiddelJson.Item> uitHetDepot) {
    }

    public record PgbVerzoek(Long clientId, LocalDate peildatum, String soort, int leeftijd, BigDecimal offerte, BigDecimal naturaprijs,
                             String sport, String verliesoorzaak, Long aanvraagId) {
    }

    public record Pgbantwoord(String regelsetVersie, boolean toegekend, BigDecimal bedrag, BigDecimal plafond, List<String> motivering) {
    }

    public record BeeindigVerzoek(long versie, LocalDate einde) {
    }

    public record Afschrijvingsantwoord(String regelsetVersie, int maanden, LocalDate einde, BigDecimal restwaarde, BigDecimal naturakosten,
                                        List<nl.maatwerk.rolstoelen.regels.Afschrijving.Punt> curve, List<String> motivering) {
    }

    @EJB
    Hulpmiddelen hulpmiddelen;

    @GET
    @Operation(summary = "Het depot van de eigen gemeenten, te filteren op status, soort en tekst (merk, model, serienummer)")
    public Depot depot(@QueryParam("status") String status, @QueryParam("soort") String soort, @QueryParam("tekst") String tekst,
                       @QueryParam("start") @DefaultValue("0") int start, @QueryParam("aantal") @DefaultValue("50") int aantal,
                       @QueryParam("sorteer") @DefaultValue("serienummer") String sorteer) {
        var p = hulpmiddelen.depot(status == null || status.isBlank() ? null : enumVan(HulpmiddelStatus.class, status, "status"),
                soort == null || soort.isBlank() ? null : enumVan(Hulpmiddelsoort.class, soort, "soort"), tekst,
                Math.max(0, start), Math.min(Math.max(1, aantal), 200), sorteer, true);
        return new Depot(p.totaal(), start, p.regels().size(), p.regels().stream().map(HulpmiddelJson.Item::van).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuw exemplaar in het depot registreren")
    public Response registreer(Gegevens.NieuwHulpmiddel n) {
        if (n == null) throw new ValidatieException("body", "Stuur het hulpmiddel als JSON.");
        return Response.status(Response.Status.CREATED).entity(HulpmiddelJson.Item.van(hulpmiddelen.registreer(n))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén exemplaar met geschiedenis, verstrekkingen, onderhoudskosten en afschrijving (R-05)")
    public HulpmiddelJson.Overzicht overzicht(@PathParam("id") long id, @QueryParam("datum") String datum) {
        LocalDate peil;
        try {
            peil = datum == null || datum.isBlank() ? null : LocalDate.parse(datum.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidatieException("datum", "Datum is geen geldige datum (jjjj-mm-dd): " + datum);
        }
        return HulpmiddelJson.Overzicht.van(hulpmiddelen.overzicht(id, peil));
    }

    @POST
    @Path("{id}/uitgifte")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Geef het exemplaar in bruikleen aan een cliënt (R-06/C-04 onder c, R-08); geweigerd met het artikel")
    public Response geefUit(@PathParam("id") long id, UitgifteVerzoek v) {
        if (v == null) throw new ValidatieException("body", "Stuur de uitgifte als JSON.");
        var verstrekking = hulpmiddelen.geefUit(v.clientId(), id, v.versie(), new Gegevens.Uitgifte(v.ingang(), v.selectie(),
                v.verliesoorzaak() == null || v.verliesoorzaak().isBlank() ? null : enumVan(Verliesoorzaak.class, v.verliesoorzaak(), "verliesoorzaak"),
                v.aanvraagId()));
        return Response.status(Response.Status.CREATED).entity(HulpmiddelJson.Verstrekking.van(verstrekking)).build();
    }

    @POST
    @Path("{id}/inname")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Neem het exemplaar in na inspectie (R-08 onder h: normale slijtage telt niet)")
    public HulpmiddelJson.Verstrekking neemIn(@PathParam("id") long id, InnameVerzoek v) {
        if (v == null) throw new ValidatieException("body", "Stuur de inname als JSON.");
        return HulpmiddelJson.Verstrekking.van(hulpmiddelen.neemIn(id, v.versie(), new Gegevens.Inname(v.datum(),
                v.staat() == null ? null : enumVan(Staat.class, v.staat(), "staat"), v.inspectie())));
    }

    @POST
    @Path("{id}/onderhoud")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onderhoud of reparatie met kosten vastleggen")
    public HulpmiddelJson.Item onderhoud(@PathParam("id") long id, OnderhoudVerzoek v) {
        if (v == null) throw new ValidatieException("body", "Stuur het onderhoud als JSON.");
        return HulpmiddelJson.Item.van(hulpmiddelen.registreerOnderhoud(id, v.versie(),
                v.soort() == null ? null : enumVan(GebeurtenisSoort.class, v.soort(), "soort"), v.datum(), v.omschrijving(), v.kosten(), v.terugNaarDepot()));
    }

    @GET
    @Path("clienten/{clientId}")
    @Operation(summary = "De hulpmiddelen (bruikleen en Pgb) van een cliënt, met motivering")
    public List<HulpmiddelJson.Verstrekking> vanClient(@PathParam("clientId") long clientId) {
        return hulpmiddelen.vanClient(clientId).stream().map(HulpmiddelJson.Verstrekking::van).toList();
    }

    @POST
    @Path("keuze")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keuze van een rolstoel of hulpmiddel (R-01 … R-04, stalling via woonvoorzieningen) met passende exemplaren uit het depot")
    public Keuzeantwoord kies(KeuzeVerzoek v) {
        if (v == null) throw new ValidatieException("body", "Stuur de vraag als JSON.");
        var a = hulpmiddelen.kies(v.clientId(), new Gegevens.Keuzevraag(v.peildatum(), v.gevraagd(),
                v.soort() == null || v.soort().isBlank() ? null : enumVan(Hulpmiddelsoort.class, v.soort(), "soort"),
                v.incidenteelOfTijdelijk(), v.algemeenToereikend(), v.selectie()));
        return new Keuzeantwoord(a.regelsetVersie(), a.conclusie().name(), a.toepassingen().stream().map(t -> t.motivering()).toList(),
                a.uitHetDepot().stream().map(HulpmiddelJson.Item::van).toList());
    }

    @POST
    @Path("afschrijving")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Afschrijvingsduur, restwaarde en naturakosten (R-05, P-18, R-09) voor een gemeente; slaat niets op")
    public Afschrijvingsantwoord afschrijving(@QueryParam("gemeente") String gemeente, Gegevens.Afschrijvingsvraag v) {
        var a = hulpmiddelen.afschrijving(gemeente, v);
        return new Afschrijvingsantwoord(a.regelsetVersie(), a.maanden(), a.einde(), a.restwaarde(), a.naturakosten(), a.curve(),
                a.toepassingen().stream().map(t -> t.motivering()).toList());
    }

    @POST
    @Path("pgb")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pgb voor een hulpmiddel uit een offerte, gemaximeerd op de naturakosten over de afschrijvingsduur (R-05, P-18, R-09, R-10); slaat niets op")
    public Pgbantwoord pgb(@QueryParam("gemeente") String gemeente, PgbVerzoek v) {
        if (v == null) throw new ValidatieException("body", "Stuur de vraag als JSON.");
        var u = hulpmiddelen.pgb(gemeente, pgbvraag(v));
        return new Pgbantwoord(u.regelsetVersie(), u.toegekend(), u.bedrag(), u.plafond(), u.toepassingen().stream().map(t -> t.motivering()).toList());
    }

    @POST
    @Path("pgb/toekenningen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ken een Pgb voor een hulpmiddel toe aan een cliënt (na R-06/C-04 onder c)")
    public Response kenPgbToe(PgbVerzoek v) {
        if (v == null || v.clientId() == null) throw new ValidatieException("clientId", "Cliënt is verplicht.");
        return Response.status(Response.Status.CREATED).entity(HulpmiddelJson.Verstrekking.van(hulpmiddelen.kenPgbToe(v.clientId(), pgbvraag(v)))).build();
    }

    @POST
    @Path("verstrekkingen/{id}/beeindiging")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Beëindig een Pgb voor een hulpmiddel; de terugvordering volgt R-07 naar rato van de resterende afschrijvingsduur")
    public HulpmiddelJson.Verstrekking beeindig(@PathParam("id") long id, BeeindigVerzoek v) {
        if (v == null) throw new ValidatieException("body", "Stuur de beëindiging als JSON.");
        return HulpmiddelJson.Verstrekking.van(hulpmiddelen.beeindigPgb(id, v.versie(), v.einde()));
    }

    /** A terugvordering as finance gets it through TerugvorderingBron, each rule as its sentence (rule id and article). */
    public record TerugvorderingJson(String gebied, String referentie, long clientId, String gemeente, String omschrijving,
                                     BigDecimal bedrag, String datum, String berekening, List<String> motivering) {
    }

    public record GeleverdJson(String gebied, String referentie, long clientId, String gemeente, String productcode, String omschrijving,
                               String vorm, String ingang, String einde, BigDecimal kostprijs, String basis, List<String> motivering) {
    }

    public record OnderdeelJson(String gebied, String voorziening, boolean toegekend, String vorm, String ingang, String einde,
                                List<String> voorwaarden, List<String> motivering) {
    }

    @GET
    @Path("terugvorderingen")
    @Operation(summary = "Terugvorderingen van Pgb's voor hulpmiddelen (R-07) zoals de koppeling ze aan financiën geeft")
    public List<TerugvorderingJson> terugvorderingen() {
        return hulpmiddelen.terugvorderingenVoorFinancien().stream().map(t -> new TerugvorderingJson(t.gebied(), t.referentie(), t.clientId(),
                t.gemeente(), t.omschrijving(), t.bedrag(), tekst(t.datum()), t.berekening(), zinnen(t.motivering()))).toList();
    }

    @GET
    @Path("geleverd")
    @Operation(summary = "Verstrekkingen van hulpmiddelen in een periode met hun kostprijs (E-02), zoals de koppeling ze aan financiën geeft")
    public List<GeleverdJson> geleverd(@QueryParam("van") String van, @QueryParam("tot") String tot) {
        return hulpmiddelen.geleverd(datum(van, "van"), datum(tot, "tot")).stream().map(g -> new GeleverdJson(g.gebied(), g.referentie(),
                g.clientId(), g.gemeente(), g.productcode(), g.omschrijving(), g.vorm().name(), tekst(g.ingang()), tekst(g.einde()),
                g.kostprijs(), g.basis().name(), zinnen(g.motivering()))).toList();
    }

    @GET
    @Path("aanvragen/{aanvraagId}/beschikkingsonderdelen")
    @Operation(summary = "De hulpmiddelen bij een aanvraag als onderdelen van de beschikking, met voorwaarden en motivering")
    public List<OnderdeelJson> beschikkingsonderdelen(@PathParam("aanvraagId") long aanvraagId) {
        return hulpmiddelen.beschikkingsonderdelen(aanvraagId).stream().map(o -> new OnderdeelJson(o.gebied(), o.voorziening(), o.toegekend(),
                o.vorm().name(), tekst(o.ingang()), tekst(o.einde()), o.voorwaarden(), zinnen(o.motivering()))).toList();
    }

    private static List<String> zinnen(List<nl.maatwerk.verordening.beoordeling.RegelToepassing> motivering) {
        return motivering.stream().map(r -> r.motivering()).toList();
    }

    private static String tekst(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate datum(String waarde, String veld) {
        try {
            if (waarde == null || waarde.isBlank()) throw new ValidatieException(veld, "Datum '" + veld + "' is verplicht (jjjj-mm-dd).");
            return LocalDate.parse(waarde.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidatieException(veld, "Datum '" + veld + "' is geen geldige datum (jjjj-mm-dd): " + waarde);
        }
    }

    private static Gegevens.Pgbvraag pgbvraag(PgbVerzoek v) {
        return new Gegevens.Pgbvraag(v.peildatum(), v.soort() == null ? null : enumVan(Hulpmiddelsoort.class, v.soort(), "soort"), v.leeftijd(),
                v.offerte(), v.naturaprijs(), v.sport() == null || v.sport().isBlank() ? Pgb.Sport.GEEN : enumVan(Pgb.Sport.class, v.sport(), "sport"),
                v.verliesoorzaak() == null || v.verliesoorzaak().isBlank() ? null : enumVan(Verliesoorzaak.class, v.verliesoorzaak(), "verliesoorzaak"),
                v.aanvraagId());
    }

    static <E extends Enum<E>> E enumVan(Class<E> soort, String waarde, String veld) {
        try {
            return Enum.valueOf(soort, waarde.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidatieException(veld, "Onbekende waarde '" + waarde + "' voor " + veld + "; kies uit "
                    + java.util.Arrays.toString(soort.getEnumConstants()) + ".");
        }
    }
}
