package nl.maatwerk.web.api.verordening;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.verordening.beoordeling.Beoordeling;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** What the rules say about a described situation: the general criteria C-01..C-18, nothing stored. */
@Path("beoordelingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Regelsets")
public class BeoordelingenResource {

    @EJB
    RegelboekDienst dienst;

    public record ToepassingJson(String regelId, String uitkomst, RegelsetJson.BronJson bron, String motivering) {
        static ToepassingJson van(RegelToepassing t) {
            return new ToepassingJson(t.regelId(), t.uitkomst().name(), t.bron() == null ? null : RegelsetJson.BronJson.van(t.bron()),
                    t.motivering());
        }
    }

    /** C-13: einde leeg = zonder einddatum. */
    public record IndicatieduurJson(LocalDate ingang, LocalDate einde) {
    }

    public record ConclusieJson(String soort, List<String> gronden, String samenvatting) {
    }

    public record BeoordelingJson(String gemeente, String regelsetVersie, String selectie, LocalDate selectiedatum,
                                  LocalDate peildatum, List<ToepassingJson> toepassingen, ConclusieJson conclusie,
                                  boolean afwijkend, IndicatieduurJson indicatieduur) {
        static BeoordelingJson van(Beoordeling b) {
            return new BeoordelingJson(b.gemeente(), b.regelsetVersie(), b.selectie().name(), b.selectiedatum(), b.peildatum(),
                    b.toepassingen().stream().map(ToepassingJson::van).toList(),
                    new ConclusieJson(b.conclusie().soort().name(), b.conclusie().gronden().stream().map(RegelToepassing::regelId).toList(),
                            b.conclusie().samenvatting()),
                    b.afwijkend(), b.indicatieduurOptioneel().map(i -> new IndicatieduurJson(i.ingang(), i.einde())).orElse(null));
        }
    }

    @POST
    @Operation(summary = "Beoordeel een beschreven situatie met de algemene criteria; er wordt niets opgeslagen. "
            + "Het antwoord noemt elke toegepaste regel met uitkomst, bron en motivering, en de regelsetversie.")
    public BeoordelingJson beoordeel(SituatieInvoer invoer) {
        if (invoer == null) {
            throw new ValidatieException("body", "Stuur de situatie als JSON.");
        }
        try {
            return BeoordelingJson.van(dienst.beoordeel(invoer.naarSituatie()));
        } catch (IllegalArgumentException e) {
            throw new ValidatieException("situatie", e.getMessage());
        }
    }
}
