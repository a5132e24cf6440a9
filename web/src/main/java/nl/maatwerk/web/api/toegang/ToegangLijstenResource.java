package nl.maatwerk.web.api.toegang;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import nl.maatwerk.toegang.Toegang;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

import static nl.maatwerk.web.api.toegang.Verzoeken.*;

/** The O-rules of the toegang: the mantelzorgers for the yearly appreciation (O-02) and beschermd wonen or opvang (O-04). */
@Path("toegang")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Toegang: mantelzorgwaardering en beschermd wonen")
public class ToegangLijstenResource {

    @EJB
    Toegang toegang;

    public record MantelzorgerJson(long betrokkeneId, String naam, String relatie, String adres, String email, String telefoon,
                                   long clientId, String client, String gemeente, LocalDate laatsteMelding, String regel,
                                   String uitkomst, String motivering) {
        static MantelzorgerJson van(Toegang.Mantelzorgwaardering w) {
            var m = w.mantelzorger();
            return new MantelzorgerJson(m.betrokkeneId(), m.naam(), m.relatie(), m.adres(), m.email(), m.telefoon(), m.clientId(),
                    m.clientNaam(), m.gemeenteCode(), m.laatsteMelding(), w.toepassing().regelId(), w.toepassing().uitkomst().name(),
                    w.toepassing().motivering());
        }
    }

    @GET
    @Path("mantelzorgwaardering")
    @Operation(summary = "Mantelzorgers van de cliënten van een jaar (melding of voorziening) voor de jaarlijkse waardering (O-02)")
    public List<MantelzorgerJson> mantelzorgwaardering(@QueryParam("jaar") Integer jaar, @QueryParam("gemeente") String gemeente,
                                                       @QueryParam("start") @DefaultValue("0") int start,
                                                       @QueryParam("aantal") @DefaultValue("100") int aantal) {
        int j = jaar == null ? LocalDate.now().getYear() : jaar;
        return toegang.mantelzorgwaardering(gemeente, j, start, Math.min(aantal, 500)).stream().map(MantelzorgerJson::van).toList();
    }

    @POST
    @Path("beschermd-wonen/toets")
    @Operation(summary = "Toets beschermd wonen of opvang (O-04, 004 art. 11): open voor iedere ingezetene van Nederland")
    public RegelToepassing beschermdWonen(BeschermdWonenIn in) {
        return toegang.toetsBeschermdWonen(body(in).gemeente(), in.feiten(), null);
    }
}
