package nl.maatwerk.web.api.verordening;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.dienst.UploadUitkomst;
import nl.maatwerk.verordening.dienst.VersieInfo;
import nl.maatwerk.verordening.regelset.Parameter;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.regelset.RegelsetException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.maatwerk.web.api.verordening.RegelsetJson.*;

/** The gemeenten's regelsets: read-only for every staff member, upload for a beheerder. */
@Path("regelsets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regelsets")
public class RegelsetsResource {

    @EJB
    RegelboekDienst dienst;

    @GET
    @Operation(summary = "Alle versies per gemeente, oudste eerst, met status, herkomst en gebruik")
    public List<GemeenteJson> gemeenten() {
        Map<String, List<VersieJson>> per = new LinkedHashMap<>();
        Map<String, String> namen = new LinkedHashMap<>();
        for (VersieInfo v : dienst.overzicht()) {
            per.computeIfAbsent(v.regelset().gemeente(), g -> new java.util.ArrayList<>()).add(VersieJson.van(v));
            namen.put(v.regelset().gemeente(), v.regelset().gemeentenaam());
        }
        return per.entrySet().stream().map(e -> new GemeenteJson(e.getKey(), namen.get(e.getKey()), e.getValue())).toList();
    }

    @GET
    @Path("{versie}")
    @Operation(summary = "Eén versie met al haar parameters (waarde, status, bron) en de artikelen per regel")
    public VersieDetailJson versie(@PathParam("versie") String versie) {
        return VersieDetailJson.van(dienst.versie(versie));
    }

    @GET
    @Path("{versie}/bestand")
    @Produces("application/yaml")
    @Operation(summary = "Het regelsetbestand (YAML) van een versie: uitgangspunt voor een nieuwe versie")
    public Response bestand(@PathParam("versie") String versie) {
        return Response.ok(dienst.bestand(versie), "application/yaml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + versie.replaceAll("[^0-9A-Za-z-]", "") + ".yaml\"").build();
    }

    @GET
    @Path("gemeenten/{gemeente}/parameters/{sleutel}")
    @Operation(summary = "De waarde van een parameter voor een gemeente op een datum (standaard vandaag), met bron en versie")
    public WaardeOpDatumJson waarde(@PathParam("gemeente") String gemeente, @PathParam("sleutel") String sleutel,
                                    @QueryParam("datum") String datum) {
        LocalDate op;
        try {
            op = datum == null || datum.isBlank() ? LocalDate.now() : LocalDate.parse(datum);
        } catch (DateTimeParseException e) {
            throw new ValidatieException("datum", "Datum moet de vorm jjjj-mm-dd hebben.");
        }
        try {
            Regelset r = dienst.regelboek().regelset(gemeente, op);
            Parameter p = r.parameter(sleutel);
            return new WaardeOpDatumJson(gemeente, sleutel, op, r.versie(), ParameterJson.van(p));
        } catch (RegelsetException e) {
            throw new NietGevondenException(e.getMessage());
        }
    }

    @GET
    @Path("verschil")
    @Operation(summary = "Het verschil tussen twee versies (a oud, b nieuw)")
    public VerschilJson verschil(@QueryParam("a") String a, @QueryParam("b") String b) {
        if (a == null || b == null) {
            throw new ValidatieException("a", "Geef twee versies: ?a=...&b=...");
        }
        dienst.versie(a);
        dienst.versie(b);
        return VerschilJson.van(dienst.regelboek().verschil(a, b));
    }

    @GET
    @Path("vast-te-stellen")
    @Operation(summary = "Parameters met een demowaarde die de gemeente nog moet vaststellen")
    public List<VastTeStellenJson> vastTeStellen() {
        return dienst.regelboek().teVerstellen().stream()
                .map(v -> new VastTeStellenJson(v.gemeente(), v.gemeentenaam(), v.versie(), ParameterJson.van(v.parameter()))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload een nieuwe versie (alleen beheerder, voor een eigen gemeente). Bij fouten 400 met "
            + "alle fouten per regel; er wordt dan niets opgeslagen.")
    public Response upload(UploadJson upload) {
        UploadUitkomst uitkomst = dienst.upload(upload == null ? null : upload.inhoud());
        if (!uitkomst.isGelukt()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new UploadFoutenJson("De regelset is geweigerd; er is niets opgeslagen.",
                            uitkomst.fouten().stream().map(FoutJson::van).toList())).build();
        }
        return Response.status(Response.Status.CREATED).entity(VersieJson.van(dienst.versie(uitkomst.versie()))).build();
    }
}
