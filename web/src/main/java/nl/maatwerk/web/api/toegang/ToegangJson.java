package nl.maatwerk.web.api.toegang;

import nl.maatwerk.domain.toegang.Aanvraag;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Bezwaar;
import nl.maatwerk.domain.toegang.Melding;
import nl.maatwerk.domain.toegang.Onderzoek;
import nl.maatwerk.domain.toegang.ToegangDocument;
import nl.maatwerk.domain.toegang.Verslag;
import nl.maatwerk.domain.toegang.Voornemen;
import nl.maatwerk.toegang.Zaak;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the toegang API: flat records, no entities. */
public final class ToegangJson {

    private ToegangJson() {
    }

    public record MeldingJson(long id, long clientId, String client, String gemeente, LocalDateTime moment, String kanaal,
                              String gemeldDoor, String hulpvraag, boolean clientondersteuningAangeboden, String doorverwezenNaar,
                              String algemeneVoorziening, String toegangsniveau, String behandelaar, String fase, boolean afgesloten,
                              LocalDate volgendeTermijn, String termijnRegel, String termijnOmschrijving, LocalDate onderzoekUiterlijk,
                              LocalDate beschikkingUiterlijk, LocalDate ontvangstBevestigdOp, String regelsetVersie, long versie) {
        public static MeldingJson van(Melding m) {
            return new MeldingJson(m.getId(), m.getClient().getId(), m.getClient().volledigeNaam(), m.getGemeenteCode(), m.getMoment(),
                    m.getKanaal().name(), m.getGemeldDoor().name(), m.getHulpvraag(), m.isClientondersteuningAangeboden(),
                    m.getDoorverwezenNaar() == null ? null : m.getDoorverwezenNaar().name(), m.getAlgemeneVoorziening(),
                    m.getToegangsniveau().name(), m.getBehandelaar(), m.getFase().name(), m.isAfgesloten(), m.getVolgendeTermijn(),
                    m.getTermijnRegel(), m.getTermijnOmschrijving(), m.getOnderzoekUiterlijk(), m.getBeschikkingUiterlijk(),
                    m.getOntvangstBevestigdOp(), m.getRegelsetVersie(), m.getVersion());
        }
    }

    public record OnderzoekJson(LocalDate uiterlijk, LocalDate uitstelMeegedeeldOp, LocalDate persoonlijkPlanUiterlijk,
                                LocalDate persoonlijkPlanOp, String gesprekVorm, LocalDate gesprekDatum, String gesprekPlaats,
                                String aanwezigen, String gesprekRedenAfwijking, boolean identiteitVastgesteld,
                                Map<String, String> aspecten, Map<String, String> ladder, String gevraagdeVoorziening,
                                String adviesSoort, LocalDate adviesGevraagdOp, LocalDate adviesOntvangenOp,
                                boolean medewerkingGeweigerd, LocalDate afgerondOp, Long hardheidsclausuleId) {
        public static OnderzoekJson van(Onderzoek o) {
            if (o == null) return null;
            Map<String, String> aspecten = new LinkedHashMap<>();
            for (Onderzoek.Aspect a : Onderzoek.Aspect.values()) aspecten.put(a.name(), o.aspect(a));
            Map<String, String> ladder = new LinkedHashMap<>();
            ladder.put("eigenKracht", naam(o.getLadderEigenKracht()));
            ladder.put("gebruikelijkeHulp", naam(o.getLadderGebruikelijkeHulp()));
            ladder.put("mantelzorg", naam(o.getLadderMantelzorg()));
            ladder.put("algemeenGebruikelijk", naam(o.getLadderAlgemeenGebruikelijk()));
            ladder.put("algemeneVoorziening", naam(o.getLadderAlgemeneVoorziening()));
            return new OnderzoekJson(o.getUiterlijk(), o.getUitstelMeegedeeldOp(), o.getPersoonlijkPlanUiterlijk(), o.getPersoonlijkPlanOp(),
                    naam(o.getGesprekVorm()), o.getGesprekDatum(), o.getGesprekPlaats(), o.getAanwezigen(), o.getGesprekRedenAfwijking(),
                    o.isIdentiteitVastgesteld(), aspecten, ladder, o.getGevraagdeVoorziening(), naam(o.getAdviesSoort()),
                    o.getAdviesGevraagdOp(), o.getAdviesOntvangenOp(), o.isMedewerkingGeweigerd(), o.getAfgerondOp(),
                    o.getHardheidsclausuleId());
        }
    }

    public record VerslagJson(LocalDate gesprekDatum, LocalDate uiterlijk, LocalDate verzondenOp, LocalDate retourUiterlijk, String status,
                              LocalDate retourOp, String redenenGezien, String opmerkingen, boolean geldtAlsAanvraag) {
        public static VerslagJson van(Verslag v) {
            return v == null ? null : new VerslagJson(v.getGesprekDatum(), v.getUiterlijk(), v.getVerzondenOp(), v.getRetourUiterlijk(),
                    v.getStatus().name(), v.getRetourOp(), v.getRedenenGezien(), v.getOpmerkingen(), v.isGeldtAlsAanvraag());
        }
    }

    public record AanvraagJson(long id, LocalDate ontvangenOp, String ingediendDoor, String naamIndiener, String vorm,
                               String gevraagdeVoorziening, LocalDate beslissenUiterlijk) {
        public static AanvraagJson van(Aanvraag a) {
            return a == null ? null : new AanvraagJson(a.getId(), a.getOntvangenOp(), a.getIngediendDoor().name(), a.getNaamIndiener(),
                    a.getVorm().name(), a.getGevraagdeVoorziening(), a.getBeslissenUiterlijk());
        }
    }

    public record VoornemenJson(long id, LocalDate verzondenOp, LocalDate reactieUiterlijk, String strekking, LocalDate reactieOp, String reactie) {
        public static VoornemenJson van(Voornemen v) {
            return new VoornemenJson(v.getId(), v.getVerzondenOp(), v.getReactieUiterlijk(), v.getStrekking(), v.getReactieOp(), v.getReactie());
        }
    }

    public record BeschikkingJson(long id, long meldingId, long clientId, String gemeente, String soort, String voorziening,
                                  String resultaat, String wijzeVerstrekking, BigDecimal pgbBedrag, BigDecimal waarde, String bijdrage,
                                  LocalDate beschikkingsdatum, LocalDate ingangsdatum, LocalDate einddatum, String regelsetVersie,
                                  String conclusie, boolean afwijkend, String motivering, String vierOgenReden, String opgesteldDoor,
                                  String goedgekeurdDoor, String status, LocalDate verzondenOp, LocalDate bezwaarUiterlijk,
                                  LocalDate beeindigdOp, String beeindigingsreden) {
        public static BeschikkingJson van(Beschikking b) {
            return new BeschikkingJson(b.getId(), b.getMelding().getId(), b.getClient().getId(), b.getGemeenteCode(), b.getSoort().name(),
                    b.getVoorziening(), b.getResultaat(), b.getWijzeVerstrekking(), b.getPgbBedrag(), b.getWaarde(), b.getBijdrage(),
                    b.getBeschikkingsdatum(), b.getIngangsdatum(), b.getEinddatum(), b.getRegelsetVersie(), b.getConclusie(),
                    b.isAfwijkend(), b.getMotivering(), b.getVierOgenReden(), b.getOpgesteldDoor(), b.getGoedgekeurdDoor(),
                    b.getStatus().name(), b.getVerzondenOp(), b.getBezwaarUiterlijk(), b.getBeeindigdOp(), b.getBeeindigingsreden());
        }
    }

    public record BezwaarJson(long id, long beschikkingId, LocalDate ontvangenOp, boolean tijdig, String gronden, LocalDate beslissenUiterlijk,
                              String uitkomst, LocalDate beslistOp, LocalDate opdrachtAanbiederOp, LocalDate aanbiederStartUiterlijk) {
        public static BezwaarJson van(Bezwaar b) {
            return new BezwaarJson(b.getId(), b.getBeschikking().getId(), b.getOntvangenOp(), b.isTijdig(), b.getGronden(),
                    b.getBeslissenUiterlijk(), naam(b.getUitkomst()), b.getBeslistOp(), b.getOpdrachtAanbiederOp(), b.getAanbiederStartUiterlijk());
        }
    }

    public record DocumentJson(long id, String soort, String titel, LocalDateTime gemaaktOp) {
        public static DocumentJson van(ToegangDocument d) {
            return new DocumentJson(d.getId(), d.getSoort().name(), d.getTitel(), d.getGemaaktOp());
        }
    }

    public record ZaakJson(MeldingJson melding, OnderzoekJson onderzoek, VerslagJson verslag, AanvraagJson aanvraag,
                           List<VoornemenJson> voornemens, List<BeschikkingJson> beschikkingen, List<BezwaarJson> bezwaren,
                           List<DocumentJson> documenten) {
        public static ZaakJson van(Zaak z) {
            return new ZaakJson(MeldingJson.van(z.melding()), OnderzoekJson.van(z.onderzoek()), VerslagJson.van(z.verslag()),
                    AanvraagJson.van(z.aanvraag()), z.voornemens().stream().map(VoornemenJson::van).toList(),
                    z.beschikkingen().stream().map(BeschikkingJson::van).toList(), z.bezwaren().stream().map(BezwaarJson::van).toList(),
                    z.documenten().stream().map(DocumentJson::van).toList());
        }
    }

    static String naam(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
