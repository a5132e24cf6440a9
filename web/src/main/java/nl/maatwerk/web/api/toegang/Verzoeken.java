package nl.maatwerk.web.api.toegang;

import nl.maatwerk.domain.toegang.Onderzoek;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.toegang.OnderzoekGegevens;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Request bodies of the toegang API; enum values as their names, dates as jjjj-mm-dd. */
public final class Verzoeken {

    private Verzoeken() {
    }

    public record Datum(LocalDate datum) {
    }

    public record MeldingIn(Long clientId, java.time.LocalDateTime moment, String kanaal, String gemeldDoor, String melderNaam,
                            String hulpvraag, boolean clientondersteuningAangeboden, String doorverwezenNaar,
                            String doorverwijzingToelichting, String toegangsniveau, String behandelaar) {
        nl.maatwerk.toegang.MeldingGegevens gegevens() {
            return new nl.maatwerk.toegang.MeldingGegevens(clientId, moment,
                    waarde(nl.maatwerk.domain.toegang.Melding.Kanaal.class, kanaal, "kanaal"),
                    waarde(nl.maatwerk.domain.toegang.Melding.Melder.class, gemeldDoor, "gemeldDoor"), melderNaam, hulpvraag,
                    clientondersteuningAangeboden, waarde(nl.maatwerk.domain.toegang.Melding.AndereWet.class, doorverwezenNaar, "doorverwezenNaar"),
                    doorverwijzingToelichting, waarde(nl.maatwerk.domain.toegang.Melding.Toegangsniveau.class, toegangsniveau, "toegangsniveau"),
                    behandelaar);
        }
    }

    public record Uitstel(LocalDate meegedeeldOp, String reden, LocalDate nieuweDatum) {
    }

    public record Gesprek(String vorm, LocalDate datum, String plaats, String aanwezigen, String redenAfwijking) {
    }

    public record Identiteit(String identiteitsbewijs) {
    }

    public record Advies(String soort, LocalDate gevraagdOp, LocalDate ontvangenOp, boolean medewerkingGeweigerd) {
    }

    public record VerslagRetour(String status, LocalDate datum, String redenenGezien, String opmerkingen, boolean geldtAlsAanvraag) {
    }

    public record AanvraagIn(String ingediendDoor, String naamIndiener, String vorm, String gevraagdeVoorziening, LocalDate ontvangenOp) {
    }

    public record VoornemenIn(String strekking, LocalDate datum) {
    }

    public record Reactie(String reactie, LocalDate datum) {
    }

    public record Toewijzing(String behandelaar) {
    }

    public record Verwijzing(String algemeneVoorziening) {
    }

    public record Besluit(String soort, String voorziening, String resultaat, String wijzeVerstrekking, String andereVoorzieningen,
                          BigDecimal pgbBedrag, String pgbBerekening, String kwaliteitseisen, String verantwoording, BigDecimal waarde,
                          String bijdrage, LocalDate ingangsdatum, LocalDate einddatum, LocalDate datum) {
    }

    public record Goedkeuring(boolean akkoord) {
    }

    public record BezwaarIn(LocalDate ontvangenOp, String gronden) {
    }

    public record BezwaarBeslissing(String uitkomst, LocalDate datum) {
    }

    public record Verhuizing(LocalDate datum, boolean binnenGemeente, boolean herindicatieNodig) {
    }

    public record Afwezigheid(LocalDate vertrek, LocalDate terugkeer) {
    }

    public record HerzieningIn(String verstrekking, boolean onjuisteGegevens, boolean opzettelijk, boolean nietLangerAangewezen,
                               boolean nietLangerToereikend, boolean voorwaardenNietNagekomen, boolean nietOfAndersGebruikt,
                               LocalDate pgbToegekendOp, boolean pgbBesteed, LocalDate datum) {
        nl.maatwerk.verordening.beoordeling.Herziening.Omstandigheden feiten() {
            var v = waarde(nl.maatwerk.verordening.beoordeling.Herziening.Verstrekking.class, verstrekking, "verstrekking");
            if (v == null) {
                throw new ValidatieException("verstrekking", "Kies hoe de voorziening is verstrekt (regel C-17).");
            }
            return new nl.maatwerk.verordening.beoordeling.Herziening.Omstandigheden(v, onjuisteGegevens, opzettelijk, nietLangerAangewezen,
                    nietLangerToereikend, voorwaardenNietNagekomen, nietOfAndersGebruikt, pgbToegekendOp, pgbBesteed);
        }
    }

    public record HardheidsclausuleIn(String onderwerp, String reden) {
    }

    public record BeschermdWonenIn(String gemeente, String soort, boolean ingezeteneVanNederland, boolean woontInGemeente,
                                   Boolean beschermendeWoonomgeving, Boolean acuteCrisis, Boolean ambulantPassend,
                                   Boolean gerichtOpEigenKracht, Boolean dakloos, Boolean huiselijkGeweld) {
        nl.maatwerk.toegang.BeschermdWonenFeiten feiten() {
            return new nl.maatwerk.toegang.BeschermdWonenFeiten(waarde(nl.maatwerk.toegang.BeschermdWonenFeiten.Soort.class, soort, "soort"),
                    ingezeteneVanNederland, woontInGemeente, beschermendeWoonomgeving, acuteCrisis, ambulantPassend,
                    gerichtOpEigenKracht, dakloos, huiselijkGeweld);
        }
    }

    public record OnderzoekIn(Map<String, String> aspecten, String eigenKracht, String gebruikelijkeHulp, String mantelzorg,
                              String algemeenGebruikelijk, String algemeneVoorziening, Boolean voorliggendAanspraak,
                              String voorliggendRegeling, Boolean noodzakelijk, Boolean goedkoopstAdequaat, Boolean opClientGericht,
                              Boolean meerkostenAantoonbaar, Boolean zelfTeRegelen, Boolean huisgenootKanHelpen, Boolean hulpGebruikelijk,
                              String gevraagdeVoorziening, Boolean speciaalVoorBeperking, Boolean regulierVerkrijgbaar,
                              Boolean prijsVergelijkbaar, String prognose, Boolean afwegingenVastgelegd, String afwegingenToelichting,
                              Boolean medischeWeigeringVerwacht) {
        OnderzoekGegevens gegevens() {
            Map<Onderzoek.Aspect, String> a = new EnumMap<>(Onderzoek.Aspect.class);
            if (aspecten != null) aspecten.forEach((k, v) -> a.put(waarde(Onderzoek.Aspect.class, k, "aspecten"), v));
            return new OnderzoekGegevens(a, waarde(Onderzoek.Ladder.class, eigenKracht, "eigenKracht"),
                    waarde(Onderzoek.Ladder.class, gebruikelijkeHulp, "gebruikelijkeHulp"), waarde(Onderzoek.Ladder.class, mantelzorg, "mantelzorg"),
                    waarde(Onderzoek.Ladder.class, algemeenGebruikelijk, "algemeenGebruikelijk"),
                    waarde(Onderzoek.Ladder.class, algemeneVoorziening, "algemeneVoorziening"), voorliggendAanspraak, voorliggendRegeling,
                    noodzakelijk, goedkoopstAdequaat, opClientGericht, meerkostenAantoonbaar, zelfTeRegelen, huisgenootKanHelpen,
                    hulpGebruikelijk, gevraagdeVoorziening, speciaalVoorBeperking, regulierVerkrijgbaar, prijsVergelijkbaar,
                    waarde(Onderzoek.Prognose.class, prognose, "prognose"), afwegingenVastgelegd, afwegingenToelichting, medischeWeigeringVerwacht);
        }
    }

    /** An enum value by name; an unknown name is a 400 naming the field. */
    public static <E extends Enum<E>> E waarde(Class<E> soort, String naam, String veld) {
        if (naam == null || naam.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, naam.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ValidatieException(veld, "Onbekende waarde '" + naam + "' voor " + veld + ".");
        }
    }

    static <T> T body(T t) {
        if (t == null) {
            throw new ValidatieException("body", "Stuur de gegevens als JSON.");
        }
        return t;
    }
}
