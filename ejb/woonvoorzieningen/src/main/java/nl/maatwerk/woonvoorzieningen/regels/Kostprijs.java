package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.util.List;

/**
 * E-02: de kostprijs die aan het CAK wordt doorgegeven. Een woningaanpassing in natura: de prijs die de
 * gemeente betaalt plus onderhoud, hoogstens het maximum uit de regelset (€ 20.000); een Pgb: het bedrag.
 * E-03: wie de bijdrage verschuldigd is bij een woningaanpassing voor een minderjarige.
 */
public final class Kostprijs {

    private static final String MAXIMUM = "bijdrage.kostprijs.max_woningaanpassing_vervoer";

    private Kostprijs() {
    }

    public static WoonPgb.Berekening voorCak(Regelset regelset, boolean pgb, BigDecimal prijs, BigDecimal onderhoud) {
        Toetsing t = Toetsing.voor(regelset);
        if (pgb) {
            return new WoonPgb.Berekening(Bedragen.centen(prijs), List.of(t.toepassingMetParameter("E-02", Uitkomst.VAN_TOEPASSING, MAXIMUM,
                    "De kostprijs van een persoonsgebonden budget is het bedrag van het budget: " + Bedragen.euro(prijs))));
        }
        BigDecimal totaal = prijs.add(onderhoud == null ? BigDecimal.ZERO : onderhoud);
        BigDecimal maximum = regelset.bedrag(MAXIMUM);
        BigDecimal kostprijs = Bedragen.centen(totaal.min(maximum));
        String zin = "De kostprijs van de woningaanpassing is de prijs die de gemeente betaalt plus onderhoud: " + Bedragen.euro(totaal)
                + (totaal.compareTo(maximum) > 0 ? "; aan het CAK wordt hoogstens " + Bedragen.euro(maximum) + " doorgegeven" : "")
                + "; de kostprijs voor de eigen bijdrage is " + Bedragen.euro(kostprijs);
        return new WoonPgb.Berekening(kostprijs, List.of(t.toepassingMetParameter("E-02", Uitkomst.VAN_TOEPASSING, MAXIMUM, zin)));
    }

    /** Wie de eigen bijdrage verschuldigd is. */
    public enum Bijdrageplichtige {
        CLIENT, OUDERS, NIEMAND
    }

    public record Bijdrageplicht(Bijdrageplichtige wie, RegelToepassing toepassing) {
    }

    /** E-03: bij een woningaanpassing voor een minderjarige betalen de ouders, niet als zij uit het gezag zijn ontheven of ontzet. */
    public static Bijdrageplicht bijdrageplicht(Regelset regelset, int leeftijd, boolean woningaanpassing, boolean oudersOntheven) {
        Toetsing t = Toetsing.voor(regelset);
        if (!woningaanpassing || leeftijd >= 18) {
            return new Bijdrageplicht(Bijdrageplichtige.CLIENT, t.toepassing("E-03", Uitkomst.NIET_VAN_TOEPASSING,
                    "Het gaat niet om een woningaanpassing voor een minderjarige; de bijdrage is van de cliënt"));
        }
        if (t.bron("E-03").isEmpty()) {
            return new Bijdrageplicht(Bijdrageplichtige.CLIENT, t.onbekendInGemeente("E-03"));
        }
        return oudersOntheven
                ? new Bijdrageplicht(Bijdrageplichtige.NIEMAND, t.toepassing("E-03", Uitkomst.VAN_TOEPASSING,
                "De woningaanpassing is voor een minderjarige van wie de ouders uit het gezag zijn ontheven of ontzet; er is geen bijdrage verschuldigd"))
                : new Bijdrageplicht(Bijdrageplichtige.OUDERS, t.toepassing("E-03", Uitkomst.VAN_TOEPASSING,
                "De woningaanpassing is voor een minderjarige; de onderhoudsplichtige ouders (of wie samen met een ouder het gezag uitoefent) zijn de bijdrage verschuldigd"));
    }
}
