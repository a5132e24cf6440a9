package nl.maatwerk.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.maatwerk.domain.audit.AuditRegel;
import nl.maatwerk.domain.audit.AuditZoekvraag;
import nl.maatwerk.kern.audit.AuditLog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDateTime;
import java.util.List;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    public record Regel(long id, LocalDateTime tijdstip, String gebruiker, String rollen, String gemeente, Long client,
                        String actie, String omschrijving, String kanaal, String herkomst) {
        static Regel van(AuditRegel a) {
            return new Regel(a.getId(), a.getTijdstip(), a.getGebruikersnaam(), a.getRollen(), a.getGemeenteCode(),
                    a.getClientId(), a.getActie().name(), a.getOmschrijving(), a.getKanaal().name(), a.getHerkomst());
        }
    }

    public record Resultaat(long totaal, List<Regel> regels) {
    }

    @EJB
    AuditLog log;

    @GET
    @Operation(summary = "Zoek in de auditlog op gebruiker, cliënt en periode (alleen AUDITOR)")
    public Resultaat zoek(@QueryParam("gebruiker") String gebruiker, @QueryParam("client") Long client,
                          @QueryParam("van") String van, @QueryParam("tot") String tot,
                          @QueryParam("start") @DefaultValue("0") int start,
                          @QueryParam("aantal") @DefaultValue("50") int aantal) {
        var vraag = new AuditZoekvraag(gebruiker, client, ClientenResource.datum(van), ClientenResource.datum(tot));
        return new Resultaat(log.aantal(vraag), log.zoek(vraag, start, Math.min(aantal, 500)).stream().map(Regel::van).toList());
    }
}
