package nl.maatwerk.web.api.woonvoorzieningen;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.maatwerk.domain.woonvoorzieningen.Status;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.woonvoorzieningen.dienst.AanvraagGegevens;
import nl.maatwerk.woonvoorzieningen.dienst.WoonsituatieGegevens;
import nl.maatwerk.woonvoorzieningen.dienst.Woonvoorzieningen;
import nl.maatwerk.woonvoorzieningen.regels.Advies;
import nl.maatwerk.woonvoorzieningen.regels.Verhuisweging;
import nl.maatwerk.woonvoorzieningen.regels.Woonaanvraag;
import nl.maatwerk.woonvoorzieningen.regels.Woonbeoordelaar;
import nl.maatwerk.woonvoorzieningen.regels.Woonsituatie;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static nl.maatwerk.web.api.woonvoorzieningen.WoonJson.*;

/**
 * Woonvoorzieningen over HTTP: het verhuizen-versus-aanpassen advies als rekenregel (niets opgeslagen) en de
 * opgeslagen woonsituatie, adviezen en voorzieningen. Rol- en gemeentecontroles zitten in de EJB.
 */
@Path("woonvoorzieningen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Woonvoorzieningen")
public class WoonvoorzieningenResource {

    @EJB
    Woonvoorzieningen dienst;

    @POST
    @Path("advies")
    @Operation(summary = "Verhuizen of aanpassen voor een beschreven situatie (W-01 tot en met W-04, W-16), met de "
            + "weigeringsgronden als er een aanvraag bij zit; elke regel met id en artikel. Slaat niets op.")
    public AdviesAntwoord advies(AdviesVraag vraag) {
        if (vraag == null || vraag.woning() == null || vraag.weging() == null) {
            throw new ValidatieException("body", "Stuur gemeente, peildatum, woning en weging als JSON.");
        }
        Woonsituatie woning = woning(vraag.woning());
        Advies advies = dienst.adviseer(vraag.gemeente(), vraag.peildatum(), woning, weging(vraag.weging()));
        Woonbeoordelaar.Woonbeoordeling beoordeling = null;
        if (vraag.aanvraag() != null) {
            AanvraagJson a = vraag.aanvraag();
            if (a.soort() == null || a.omschrijving() == null || a.omschrijving().isBlank()) {
                throw new ValidatieException("aanvraag", "Een aanvraag heeft een soort en een omschrijving.");
            }
            Woonaanvraag w = Woonaanvraag.voor(a.aangevraagdOp() == null ? vraag.peildatum() : a.aangevraagdOp(), woning,
                            a.soort(), a.omschrijving(), a.ruimte())
                    .gemeenschappelijkeRuimte(a.gemeenschappelijkeRuimte())
                    .weigeringsfeiten(new Woonaanvraag.Weigeringsfeiten(a.verhuisdZonderReden(), a.nietNaarMeestGeschikteWoning(),
                            a.nietJaarrondBewoonbaar(), a.probleemDoorMaterialen(), a.achterstalligOnderhoud()))
                    .woonwagenOfWoonschip(a.restLevensduurJaren(), a.standplaatsJaren())
                    .plotselingeNoodzaak(a.plotselingeNoodzaak())
                    .inGewoneWinkel(a.inGewoneWinkel())
                    .vorigeWoonvoorziening(a.vorigeWoonvoorziening(), a.onvoorzieneWijziging())
                    .eigenaarGehoord(a.eigenaarGehoord())
                    .voorzienbaar(a.voorzienbaar(), a.toelichtingVoorzienbaar())
                    .ernstigOntremd(a.ernstigOntremd())
                    .advies(advies.uitkomst());
            beoordeling = dienst.beoordeel(vraag.gemeente(), w);
        }
        return AdviesAntwoord.van(vraag.gemeente(), advies, beoordeling);
    }

    @POST
    @Path("pgb")
    @Operation(summary = "Pgb voor een woningaanpassing (W-14, P-17, P-18), dubbele woonlasten (W-15) of verhuizing (W-16), "
            + "met de kostprijs voor het CAK (E-02) en wie de bijdrage betaalt (E-03). Slaat niets op.")
    public PgbAntwoord pgb(PgbVraagJson v) {
        if (v == null) {
            throw new ValidatieException("body", "Stuur gemeente, peildatum en soort als JSON.");
        }
        var u = dienst.pgb(v.gemeente(), v.peildatum(), new Woonvoorzieningen.PgbVraag(v.soort(), v.begroting(), v.naturaKostprijs(),
                v.informeel(), v.aannemersaandeel(), v.huurPerMaand(), v.maanden(), v.huishoudgrootte(), v.leeftijd(), v.oudersOntheven()));
        return new PgbAntwoord(u.regelsetVersie(), u.bedrag(), u.kostprijsCak(), u.bijdrageplichtige().name(),
                u.toepassingen().stream().map(RegelJson::van).toList());
    }

    @GET
    @Operation(summary = "Lopende aanpassingen in de eigen gemeenten (niet opgeleverd), of alle met één status")
    public Lijst lopend(@QueryParam("status") Status status, @QueryParam("sorteer") @DefaultValue("aangevraagdOp") String sorteer,
                        @QueryParam("start") @DefaultValue("0") int start, @QueryParam("aantal") @DefaultValue("25") int aantal) {
        var pagina = dienst.lopend(status, start, Math.min(aantal, 200), sorteer, true);
        return new Lijst(pagina.totaal(), start, pagina.regels().size(), pagina.regels().stream().map(VoorzieningJson::van).toList());
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "Eén woonvoorziening met offertes, status en motivering")
    public VoorzieningJson voorziening(@PathParam("id") long id) {
        return VoorzieningJson.van(dienst.voorziening(id));
    }

    @GET
    @Path("clienten/{clientId: \\d+}")
    @Operation(summary = "De woonvoorzieningen van een cliënt, nieuwste eerst")
    public List<VoorzieningJson> vanClient(@PathParam("clientId") long clientId) {
        return dienst.vanClient(clientId).stream().map(VoorzieningJson::van).toList();
    }

    @PUT
    @Path("clienten/{clientId: \\d+}/woonsituatie")
    @Operation(summary = "Leg de woonsituatie van een cliënt vast (soort woning, huur of eigendom, hoofdverblijf, problemen, ligging)")
    public WoonsituatieAntwoord woonsituatie(@PathParam("clientId") long clientId, WoningJson w) {
        if (w == null) {
            throw new ValidatieException("body", "Stuur de woonsituatie als JSON.");
        }
        return WoonsituatieAntwoord.van(dienst.legWoonsituatie(clientId, new WoonsituatieGegevens(w.woningtype(), w.eigendom(),
                w.hoofdverblijf(), ruimten(w), w.locatieprobleem(), w.stallingAfgesloten(), w.stallingOverdekt(),
                w.stallingBeschermd(), w.stallingBereikbaar())));
    }

    @POST
    @Path("clienten/{clientId: \\d+}/advies")
    @Operation(summary = "Stel het verhuisadvies vast met de vastgelegde woonsituatie en sla het op met de regelsetversie")
    public Response adviesVastleggen(@PathParam("clientId") long clientId, AdviesVastleggen vraag) {
        if (vraag == null || vraag.weging() == null) {
            throw new ValidatieException("body", "Stuur peildatum en weging als JSON.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(OpgeslagenAdvies.van(dienst.stelAdviesVast(clientId, vraag.peildatum(), weging(vraag.weging())))).build();
    }

    @POST
    @Path("clienten/{clientId: \\d+}")
    @Operation(summary = "Vraag een woonvoorziening aan; een afwijzingsgrond (zoals de wachttijd van 5 jaar, W-05) geeft 400 met de grond en het artikel")
    public Response vraagAan(@PathParam("clientId") long clientId, AanvraagJson a) {
        if (a == null) {
            throw new ValidatieException("body", "Stuur de aanvraag als JSON.");
        }
        var g = new AanvraagGegevens(a.soort(), a.omschrijving(), a.ruimte(), a.aangevraagdOp(), a.gemeenschappelijkeRuimte(),
                a.verhuisdZonderReden(), a.nietNaarMeestGeschikteWoning(), a.nietJaarrondBewoonbaar(), a.probleemDoorMaterialen(),
                a.achterstalligOnderhoud(), a.restLevensduurJaren(), a.standplaatsJaren(), a.plotselingeNoodzaak(), a.inGewoneWinkel(),
                a.onvoorzieneWijziging(), a.toelichtingWijziging(), a.voorzienbaar(), a.toelichtingVoorzienbaar(), a.ernstigOntremd(),
                a.aanvraagId());
        return Response.status(Response.Status.CREATED).entity(VoorzieningJson.van(dienst.vraagAan(clientId, g))).build();
    }

    @PUT
    @Path("{id: \\d+}/aanvraag")
    @Operation(summary = "Koppel de woonvoorziening aan de toegangsaanvraag van dezelfde cliënt (de beschikking draagt dan advies en regels)")
    public VoorzieningJson koppel(@PathParam("id") long id, AanvraagKoppeling k) {
        return VoorzieningJson.van(dienst.koppelAanAanvraag(id, k == null ? null : k.aanvraagId()));
    }

    @GET
    @Path("{id: \\d+}/regels")
    @Operation(summary = "De toegepaste regels van een woonvoorziening met id, uitkomst en artikel")
    public List<RegelJson> regels(@PathParam("id") long id) {
        return dienst.regels(id).stream().map(RegelJson::van).toList();
    }

    @GET
    @Path("aanvragen/{aanvraagId: \\d+}/beschikkingsonderdelen")
    @Operation(summary = "Wat woonvoorzieningen aan de beschikking van een toegangsaanvraag bijdraagt: elke woonvoorziening "
            + "(toegekend) en geweigerde woonaanvraag met advies, voorwaarden en regels met artikel")
    public List<OnderdeelJson> onderdelen(@PathParam("aanvraagId") long aanvraagId) {
        return dienst.beschikkingsonderdelen(aanvraagId).stream().map(OnderdeelJson::van).toList();
    }

    @GET
    @Path("clienten/{clientId: \\d+}/weigeringen")
    @Operation(summary = "De geweigerde woonaanvragen van een cliënt (vastgelegd ook al slaat de aanvraag zelf niets op)")
    public List<WeigeringJson> weigeringen(@PathParam("clientId") long clientId) {
        return dienst.weigeringen(clientId).stream().map(WeigeringJson::van).toList();
    }

    @POST
    @Path("{id: \\d+}/offertes")
    @Operation(summary = "Voeg een offerte toe; de goedkoopste adequate wordt gekozen")
    public VoorzieningJson offerte(@PathParam("id") long id, OfferteVraag o) {
        if (o == null || o.bedrag() == null) {
            throw new ValidatieException("bedrag", "Bedrag is verplicht.");
        }
        return VoorzieningJson.van(dienst.voegOfferteToe(id, o.aannemer(), o.bedrag(), o.adequaat(), o.ontvangenOp()));
    }

    @POST
    @Path("{id: \\d+}/eigenaar-gehoord")
    @Operation(summary = "Leg vast dat de eigenaar is gehoord (W-13)")
    public VoorzieningJson eigenaarGehoord(@PathParam("id") long id, DatumVraag d) {
        return VoorzieningJson.van(dienst.eigenaarGehoord(id, d == null ? null : d.datum()));
    }

    @POST
    @Path("{id: \\d+}/status")
    @Operation(summary = "Zet de status een stap verder (offerte, goedgekeurd, uitgevoerd, opgeleverd); stuur de versie mee")
    public VoorzieningJson status(@PathParam("id") long id, @QueryParam("versie") Long versie, StatusVraag s) {
        if (versie == null) {
            throw new ValidatieException("versie", "Geef de versie mee die u las (?versie=...).");
        }
        if (s == null) {
            throw new ValidatieException("body", "Stuur status en datum als JSON.");
        }
        return VoorzieningJson.van(dienst.naarStatus(id, versie, s.status(), s.datum()));
    }

    static Woonsituatie woning(WoningJson w) {
        if (w.woningtype() == null) {
            throw new ValidatieException("woningtype", "Soort woning is verplicht.");
        }
        boolean stalling = w.stallingAfgesloten() != null && w.stallingOverdekt() != null && w.stallingBeschermd() != null
                && w.stallingBereikbaar() != null;
        return new Woonsituatie(w.woningtype(), w.eigendom(), w.hoofdverblijf(), ruimten(w), w.locatieprobleem(),
                stalling ? new Woonsituatie.Stalling(w.stallingAfgesloten(), w.stallingOverdekt(), w.stallingBeschermd(), w.stallingBereikbaar()) : null);
    }

    static Verhuisweging weging(WegingJson w) {
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (w.aanpassingskosten() == null || w.aanpassingskosten().signum() < 0) {
            fouten.add(new ValidatieException.Fout("aanpassingskosten", "Kosten van de aanpassing zijn verplicht en niet negatief."));
        }
        if (w.huishoudgrootte() < 1) {
            fouten.add(new ValidatieException.Fout("huishoudgrootte", "Huishoudgrootte is minstens 1."));
        }
        if (w.verwachteWoonjaren() < 0) {
            fouten.add(new ValidatieException.Fout("verwachteWoonjaren", "Verwachte woonduur kan niet negatief zijn."));
        }
        if (w.overigeVerhuiskosten() != null && w.overigeVerhuiskosten().signum() < 0) {
            fouten.add(new ValidatieException.Fout("overigeVerhuiskosten", "Andere verhuiskosten kunnen niet negatief zijn."));
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        return new Verhuisweging(w.verhuizenRedelijk(), w.voorkeurBlijven(), w.toelichtingPersoon(), w.mantelzorgInGevaar(),
                w.toelichtingMantelzorg(), w.verwachteWoonjaren(), w.toelichtingDuurzaamheid(), w.alternatiefBeschikbaar(),
                w.toelichtingAlternatief(), w.financieelNadeel(), w.toelichtingVerkoop(), w.aanpassingskosten(),
                w.overigeVerhuiskosten() == null ? BigDecimal.ZERO : w.overigeVerhuiskosten(), w.huishoudgrootte());
    }

    private static Set<nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte> ruimten(WoningJson w) {
        return w.problemen() == null || w.problemen().isEmpty()
                ? EnumSet.noneOf(nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte.class) : EnumSet.copyOf(w.problemen());
    }
}
