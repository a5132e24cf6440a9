package nl.maatwerk.web.api.woonvoorzieningen;

import nl.maatwerk.domain.woonvoorzieningen.AdviesUitkomst;
import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Richting;
import nl.maatwerk.domain.woonvoorzieningen.Status;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;
import nl.maatwerk.domain.woonvoorzieningen.Woningtype;
import nl.maatwerk.domain.woonvoorzieningen.Woonadvies;
import nl.maatwerk.domain.woonvoorzieningen.Woonsituatie;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.woonvoorzieningen.regels.Advies;
import nl.maatwerk.woonvoorzieningen.regels.Woonbeoordelaar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** De JSON-vormen van de woonvoorzieningen-API. */
public final class WoonJson {

    private WoonJson() {
    }

    // --- invoer -----------------------------------------------------------------------------------

    public record WoningJson(Woningtype woningtype, boolean eigendom, boolean hoofdverblijf, List<Gebruiksruimte> problemen,
                             boolean locatieprobleem, Boolean stallingAfgesloten, Boolean stallingOverdekt,
                             Boolean stallingBeschermd, Boolean stallingBereikbaar) {
    }

    public record WegingJson(boolean verhuizenRedelijk, boolean voorkeurBlijven, String toelichtingPersoon,
                             boolean mantelzorgInGevaar, String toelichtingMantelzorg,
                             int verwachteWoonjaren, String toelichtingDuurzaamheid,
                             boolean alternatiefBeschikbaar, String toelichtingAlternatief,
                             Boolean financieelNadeel, String toelichtingVerkoop,
                             BigDecimal aanpassingskosten, BigDecimal overigeVerhuiskosten, int huishoudgrootte) {
    }

    /** Een gevraagde voorziening voor de weigeringsgronden; optioneel in een adviesvraag. */
    public record AanvraagJson(Voorzieningsoort soort, String omschrijving, Gebruiksruimte ruimte,
                               boolean gemeenschappelijkeRuimte, boolean verhuisdZonderReden, boolean nietNaarMeestGeschikteWoning,
                               boolean nietJaarrondBewoonbaar, boolean probleemDoorMaterialen, boolean achterstalligOnderhoud,
                               Integer restLevensduurJaren, Integer standplaatsJaren, boolean plotselingeNoodzaak,
                               boolean inGewoneWinkel, LocalDate vorigeWoonvoorziening, boolean onvoorzieneWijziging,
                               String toelichtingWijziging, Boolean eigenaarGehoord, Boolean voorzienbaar,
                               String toelichtingVoorzienbaar, Boolean ernstigOntremd, LocalDate aangevraagdOp, Long aanvraagId) {
    }

    public record OnderdeelJson(String gebied, String voorziening, boolean toegekend, String vorm, LocalDate ingang,
                                LocalDate einde, List<String> voorwaarden, List<RegelJson> regels) {
        static OnderdeelJson van(nl.maatwerk.verordening.koppeling.BeschikkingsonderdeelBron.Beschikkingsonderdeel o) {
            return new OnderdeelJson(o.gebied(), o.voorziening(), o.toegekend(), o.vorm() == null ? null : o.vorm().name(), o.ingang(),
                    o.einde(), o.voorwaarden(), o.motivering().stream().map(RegelJson::van).toList());
        }
    }

    /** De toegangsaanvraag waarin de woonvoorziening wordt beschikt (leeg: losmaken). */
    public record AanvraagKoppeling(Long aanvraagId) {
    }

    public record WeigeringJson(long id, long clientId, Long aanvraagId, Voorzieningsoort soort, String omschrijving,
                                LocalDate aangevraagdOp, String regelsetVersie) {
        static WeigeringJson van(nl.maatwerk.domain.woonvoorzieningen.Woonweigering w) {
            return new WeigeringJson(w.getId(), w.getClient().getId(), w.getAanvraagId(), w.getSoort(), w.getOmschrijving(),
                    w.getAangevraagdOp(), w.getRegelsetVersie());
        }
    }

    public record AdviesVraag(String gemeente, LocalDate peildatum, WoningJson woning, WegingJson weging, AanvraagJson aanvraag) {
    }

    public record OfferteVraag(String aannemer, BigDecimal bedrag, boolean adequaat, LocalDate ontvangenOp) {
    }

    public record StatusVraag(Status status, LocalDate datum) {
    }

    public record DatumVraag(LocalDate datum) {
    }

    public record PgbVraagJson(String gemeente, LocalDate peildatum, nl.maatwerk.woonvoorzieningen.dienst.Woonvoorzieningen.PgbSoort soort,
                               BigDecimal begroting, BigDecimal naturaKostprijs, boolean informeel, BigDecimal aannemersaandeel,
                               BigDecimal huurPerMaand, Integer maanden, Integer huishoudgrootte, Integer leeftijd, boolean oudersOntheven) {
    }

    public record PgbAntwoord(String regelsetVersie, BigDecimal bedrag, BigDecimal kostprijsCak, String bijdrageplichtige, List<RegelJson> regels) {
    }

    public record AdviesVastleggen(LocalDate peildatum, WegingJson weging) {
    }

    // --- uitvoer ----------------------------------------------------------------------------------

    /** Eén toegepaste regel: id, uitkomst, artikel (kort en voluit) en de zin voor de cliënt. */
    public record RegelJson(String regelId, String uitkomst, String artikel, String bron, String motivering) {
        static RegelJson van(RegelToepassing t) {
            return new RegelJson(t.regelId(), t.uitkomst().name(), t.bron() == null ? null : t.bron().kort(),
                    t.bron() == null ? null : t.bron().tekst(), t.motivering());
        }
    }

    public record FactorJson(String letter, String vraag, Richting richting, String motivering) {
    }

    public record KostenJson(BigDecimal aanpassingskosten, BigDecimal verhuisPgbMaximum, BigDecimal overigeVerhuiskosten,
                             BigDecimal verhuiskostenTotaal, int huishoudgrootte, boolean aanpassenDuurder) {
    }

    public record BeoordelingJson(String conclusie, List<String> gronden, List<RegelJson> regels) {
        static BeoordelingJson van(Woonbeoordelaar.Woonbeoordeling b) {
            return new BeoordelingJson(b.conclusie().name(), b.gronden().stream().map(RegelToepassing::regelId).toList(),
                    b.toepassingen().stream().map(RegelJson::van).toList());
        }
    }

    public record AdviesAntwoord(String gemeente, String regelsetVersie, AdviesUitkomst uitkomst, List<FactorJson> factoren,
                                 KostenJson kosten, List<RegelJson> regels, String motivering, BeoordelingJson beoordeling) {
        static AdviesAntwoord van(String gemeente, Advies a, Woonbeoordelaar.Woonbeoordeling b) {
            var k = a.kosten();
            return new AdviesAntwoord(gemeente, a.regelsetVersie(), a.uitkomst(),
                    a.factoren().stream().map(f -> new FactorJson(f.letter(), f.vraag(), f.richting(), f.motivering())).toList(),
                    new KostenJson(k.aanpassingskosten(), k.verhuisPgbMaximum(), k.overigeVerhuiskosten(), k.verhuiskostenTotaal(),
                            k.huishoudgrootte(), k.aanpassenDuurder()),
                    a.toepassingen().stream().map(RegelJson::van).toList(), a.motivering(),
                    b == null ? null : BeoordelingJson.van(b));
        }
    }

    public record WoonsituatieAntwoord(long clientId, Woningtype woningtype, boolean eigendom, boolean hoofdverblijf,
                                       List<Gebruiksruimte> problemen, boolean locatieprobleem, long versie) {
        static WoonsituatieAntwoord van(Woonsituatie s) {
            return new WoonsituatieAntwoord(s.getClient().getId(), s.getWoningtype(), s.isEigendom(), s.isHoofdverblijf(),
                    List.copyOf(s.getProblemen()), s.isLocatieprobleem(), s.getVersion());
        }
    }

    public record OpgeslagenAdvies(long id, long clientId, AdviesUitkomst uitkomst, LocalDate peildatum, String regelsetVersie,
                                   BigDecimal aanpassingskosten, BigDecimal verhuisPgbMaximum, BigDecimal overigeVerhuiskosten,
                                   List<FactorJson> factoren, String motivering) {
        static OpgeslagenAdvies van(Woonadvies a) {
            return new OpgeslagenAdvies(a.getId(), a.getClient().getId(), a.getUitkomst(), a.getPeildatum(), a.getRegelsetVersie(),
                    a.getAanpassingskosten(), a.getVerhuisPgbMaximum(), a.getOverigeVerhuiskosten(),
                    a.getFactoren().stream().map(f -> new FactorJson(f.getLetter(), null, f.getRichting(), f.getMotivering())).toList(),
                    a.getMotivering());
        }
    }

    public record OfferteJson(long id, String aannemer, BigDecimal bedrag, boolean adequaat, boolean gekozen, LocalDate ontvangenOp) {
    }

    public record VoorzieningJson(long id, long clientId, String gemeente, Voorzieningsoort soort, String omschrijving,
                                  Gebruiksruimte ruimte, Status status, LocalDate aangevraagdOp, LocalDate goedgekeurdOp,
                                  LocalDate uitgevoerdOp, LocalDate opgeleverdOp, boolean eigenaarGehoord, boolean bruikleen,
                                  boolean onvoorzieneWijziging, String regelsetVersie, String motivering,
                                  List<OfferteJson> offertes, Long aanvraagId, long versie) {
        static VoorzieningJson van(Woonvoorziening w) {
            return new VoorzieningJson(w.getId(), w.getClient().getId(), w.getClient().getGemeente().getCode(), w.getSoort(),
                    w.getOmschrijving(), w.getRuimte(), w.getStatus(), w.getAangevraagdOp(), w.getGoedgekeurdOp(),
                    w.getUitgevoerdOp(), w.getOpgeleverdOp(), w.isEigenaarGehoord(), w.isBruikleen(), w.isOnvoorzieneWijziging(),
                    w.getRegelsetVersie(), w.getMotivering(),
                    w.getOffertes().stream().map(o -> new OfferteJson(o.getId(), o.getAannemer(), o.getBedrag(), o.isAdequaat(),
                            o.isGekozen(), o.getOntvangenOp())).toList(), w.getAanvraagId(), w.getVersion());
        }
    }

    public record Lijst(long totaal, int start, int aantal, List<VoorzieningJson> voorzieningen) {
    }
}
