package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.ParameterCatalogus;
import nl.maatwerk.verordening.regelset.ParameterDefinitie;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Termijnkalender;

import java.time.LocalDate;
import java.util.Objects;

/**
 * De termijnen van de toegang (T-04, T-05, T-09, T-11, T-16, T-17, T-18) voor een regelset. Wettelijke
 * termijnen (zie {@link ParameterDefinitie#atwVerlenging()}) verlengt de Algemene termijnenwet; een termijn
 * die op een gebeurtenis volgt, begint de dag erna te lopen.
 */
public final class Toegangstermijnen {

    private final Regelset regelset;
    private final Termijnkalender kalender;
    private final ParameterCatalogus catalogus;

    public Toegangstermijnen(Regelset regelset, Termijnkalender kalender) {
        this(regelset, kalender, ParameterCatalogus.standaard());
    }

    public Toegangstermijnen(Regelset regelset, Termijnkalender kalender, ParameterCatalogus catalogus) {
        this.regelset = Objects.requireNonNull(regelset);
        this.kalender = Objects.requireNonNull(kalender);
        this.catalogus = Objects.requireNonNull(catalogus);
    }

    /** T-04: het onderzoek is uiterlijk op deze dag afgerond; daarna mag de cliënt een aanvraag indienen (T-10). */
    public LocalDate onderzoekUiterlijk(LocalDate melding) {
        return einde("toegang.onderzoek.termijn", melding);
    }

    /** T-05: het persoonlijk plan kan tot en met deze dag worden ingediend (binnen de onderzoekstermijn). */
    public LocalDate persoonlijkPlanUiterlijk(LocalDate melding) {
        return einde("toegang.persoonlijk_plan.termijn", melding);
    }

    /** T-09: de cliënt heeft het verslag uiterlijk op deze dag. */
    public LocalDate verslagUiterlijk(LocalDate gesprek) {
        return einde("toegang.verslag.termijn", gesprek);
    }

    /** T-09: het ondertekende verslag is uiterlijk op deze dag terug. */
    public LocalDate verslagRetourUiterlijk(LocalDate verslagOntvangen) {
        return einde("toegang.verslag.retourtermijn", verslagOntvangen);
    }

    /** T-11: het college beslist uiterlijk op deze dag. */
    public LocalDate beslissingUiterlijk(LocalDate aanvraagOntvangen) {
        return einde("toegang.beslistermijn", aanvraagOntvangen);
    }

    /** T-11: van melding tot beschikking hoogstens tot deze dag. */
    public LocalDate beschikkingUiterlijk(LocalDate melding) {
        return einde("toegang.doorlooptijd.max", melding);
    }

    /** T-16: "onverwijld" na een gebeurtenis betekent uiterlijk op deze werkdag. */
    public LocalDate onverwijld(LocalDate gebeurtenis) {
        return einde("toegang.onverwijld", gebeurtenis);
    }

    /** T-17: bezwaar kan tot en met deze dag (Awb art. 6:7, verlengd volgens de Atw). */
    public LocalDate bezwaarUiterlijk(LocalDate bekendmaking) {
        return einde("toegang.bezwaar.termijn", bekendmaking);
    }

    /** T-18: na een nieuwe dienstverleningsopdracht na gegrond bezwaar start de aanbieder uiterlijk op deze werkdag. */
    public LocalDate startAanbiederUiterlijk(LocalDate opdracht) {
        return einde("toegang.bezwaar.start_aanbieder", opdracht);
    }

    /** Of een handeling op {@code datum} binnen de termijn valt die {@code uiterlijk} oplevert. */
    public static boolean tijdig(LocalDate datum, LocalDate uiterlijk) {
        return !datum.isAfter(uiterlijk);
    }

    private LocalDate einde(String sleutel, LocalDate van) {
        boolean atw = catalogus.definitie(sleutel).map(ParameterDefinitie::atwVerlenging).orElse(false);
        return kalender.einde(van, regelset.duur(sleutel), atw);
    }
}
