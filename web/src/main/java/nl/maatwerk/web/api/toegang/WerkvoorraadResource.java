package nl.maatwerk.web.api.toegang;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import nl.maatwerk.domain.toegang.Melding;
import nl.maatwerk.domain.toegang.Werkitem;
import nl.maatwerk.toegang.Toegang;
import nl.maatwerk.toegang.Werkvoorraadfilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The werkvoorraad: open cases by urgency, paged, sorted and filtered in the database. */
@Path("werkvoorraad")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Toegang: werkvoorraad")
public class WerkvoorraadResource {

    public record Werkvoorraad(long totaal, int start, int aantal, List<Werkitem> items) {
    }

    @EJB
    Toegang toegang;

    @GET
    @Operation(summary = "Open werk met de eerstvolgende wettelijke termijn; te laat gemarkeerd. mijn=true: alleen eigen werk")
    public Werkvoorraad werkvoorraad(@QueryParam("gemeente") String gemeente, @QueryParam("fase") String fase,
                                     @QueryParam("behandelaar") String behandelaar, @QueryParam("mijn") @DefaultValue("false") boolean mijn,
                                     @QueryParam("teLaat") @DefaultValue("false") boolean teLaat,
                                     @QueryParam("sorteer") @DefaultValue("termijn") String sorteer,
                                     @QueryParam("oplopend") @DefaultValue("true") boolean oplopend,
                                     @QueryParam("start") @DefaultValue("0") int start, @QueryParam("aantal") @DefaultValue("25") int aantal) {
        var f = new Werkvoorraadfilter(gemeente, Verzoeken.waarde(Melding.Fase.class, fase, "fase"), behandelaar, mijn, teLaat);
        var p = toegang.werkvoorraad(f, start, Math.min(aantal, 200), sorteer, oplopend);
        return new Werkvoorraad(p.totaal(), start, p.regels().size(), p.regels());
    }

    @GET
    @Path("behandelaars")
    @Operation(summary = "Wie het werk van een eigen gemeente kan behandelen (actieve consulenten, intake en teamleiders), om toe te wijzen")
    public List<nl.maatwerk.toegang.Toegang.Behandelaar> behandelaars(@QueryParam("gemeente") String gemeente) {
        return toegang.behandelaars(gemeente);
    }

    @GET
    @Path("signalen")
    @Operation(summary = "Signalen van alle gebieden (SignaalBron) in de eigen gemeenten, met regel en link, oudste eerst")
    public List<nl.maatwerk.toegang.Toegang.Werkvoorraadsignaal> signalen(@QueryParam("gemeente") String gemeente) {
        return toegang.signalen(gemeente);
    }

    @GET
    @Path("termijnen-per-week")
    @Operation(summary = "Teamleider: termijnen (T-04 onderzoek, T-11 beslissen) gehaald en gemist per week en behandelaar")
    public List<Toegang.Weekcijfer> termijnenPerWeek(@QueryParam("gemeente") String gemeente, @QueryParam("van") String van,
                                                     @QueryParam("tot") String tot) {
        return toegang.termijnenPerWeek(gemeente, datum(van, "van"), datum(tot, "tot"));
    }

    private static LocalDate datum(String s, String veld) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new nl.maatwerk.kern.ValidatieException(veld, "Datum '" + s + "' voor " + veld + " is geen jjjj-mm-dd.");
        }
    }
}
