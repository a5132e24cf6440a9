package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Duur;
import nl.maatwerk.verordening.termijn.Termijnkalender;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** Gevolgen van gewijzigde omstandigheden voor een lopende indicatie: verhuizing (C-14) en afwezigheid (C-15). */
public final class IndicatieWijzigingen {

    private final Termijnkalender kalender;

    public IndicatieWijzigingen(Termijnkalender kalender) {
        this.kalender = Objects.requireNonNull(kalender);
    }

    /**
     * @param eindeIndicatie de dag waarop de indicatie vervalt; leeg als zij doorloopt
     */
    public record Verhuisgevolg(RegelToepassing toepassing, Optional<LocalDate> eindeIndicatie, boolean herindicatieNodig) {
    }

    /**
     * C-14: naar buiten de gemeente vervalt de indicatie op de verhuisdag; binnen de gemeente blijft zij,
     * tenzij de nieuwe situatie (mantelzorg, algemene voorzieningen in de wijk) een nieuwe indicatie vraagt.
     */
    public Verhuisgevolg verhuizing(Regelset regelset, LocalDate verhuisdatum, boolean binnenGemeente,
                                    boolean nieuweSituatieVraagtHerindicatie) {
        Toetsing toetsing = Toetsing.voor(regelset);
        if (!binnenGemeente) {
            return new Verhuisgevolg(toetsing.toepassing("C-14", Uitkomst.VAN_TOEPASSING,
                    "U verhuist op " + Datums.voluit(verhuisdatum) + " naar buiten de gemeente " + regelset.gemeentenaam()
                            + "; uw indicatie vervalt op de dag van de verhuizing"), Optional.of(verhuisdatum), false);
        }
        if (nieuweSituatieVraagtHerindicatie) {
            return new Verhuisgevolg(toetsing.toepassing("C-14", Uitkomst.VAN_TOEPASSING,
                    "U verhuist binnen de gemeente, maar uw nieuwe situatie vraagt een nieuwe indicatie"), Optional.empty(), true);
        }
        return new Verhuisgevolg(toetsing.toepassing("C-14", Uitkomst.NIET_VAN_TOEPASSING,
                "U verhuist binnen de gemeente " + regelset.gemeentenaam() + "; uw indicatie blijft gelden"), Optional.empty(), false);
    }

    /**
     * C-15: wie langer dan {@code melding.afwezigheid.meldplicht_na} niet op zijn woonadres verblijft, meldt dat.
     *
     * @param terugkeer eerste dag weer thuis; de dagen daarvoor vanaf {@code vertrek} telt als afwezig
     */
    public RegelToepassing afwezigheid(Regelset regelset, LocalDate vertrek, LocalDate terugkeer) {
        Duur grens = regelset.duur("melding.afwezigheid.meldplicht_na");
        Toetsing toetsing = Toetsing.voor(regelset);
        long dagen = ChronoUnit.DAYS.between(vertrek, terugkeer);
        if (terugkeer.isAfter(kalender.plus(vertrek, grens))) {
            return toetsing.toepassingMetParameter("C-15", Uitkomst.VAN_TOEPASSING, "melding.afwezigheid.meldplicht_na",
                    "U bent " + dagen + " dagen niet op uw woonadres, langer dan " + grens
                            + "; dat is een gewijzigde omstandigheid die u aan de gemeente meldt");
        }
        return toetsing.toepassingMetParameter("C-15", Uitkomst.NIET_VAN_TOEPASSING, "melding.afwezigheid.meldplicht_na",
                "U bent " + dagen + " dagen niet op uw woonadres, niet langer dan " + grens + "; melden is niet nodig");
    }
}
