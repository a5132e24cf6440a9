package nl.maatwerk.rolstoelen.regels;

import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;

/**
 * E-02: de kostprijs van een hulpmiddel voor het CAK. In natura: de prijs die de gemeente betaalt plus onderhoud,
 * voor een vervoershulpmiddel hoogstens het maximum uit de regelset (004 art. 17 lid 3 en toelichting: € 20.000);
 * een Pgb: het bedrag van het budget.
 */
public final class Kostprijs {

    static final String MAXIMUM = "bijdrage.kostprijs.max_woningaanpassing_vervoer";

    private Kostprijs() {
    }

    public record Kostprijsregel(BigDecimal kostprijs, RegelToepassing toepassing) {
    }

    public static Kostprijsregel natura(Regelset regelset, Hulpmiddelsoort soort, BigDecimal prijs, BigDecimal onderhoud) {
        Toetsing t = Toetsing.voor(regelset);
        BigDecimal totaal = Bedragen.centen(prijs.add(onderhoud == null ? BigDecimal.ZERO : onderhoud));
        BigDecimal kostprijs = totaal;
        String zin = "De kostprijs van de " + soort.omschrijving() + " is de prijs die de gemeente betaalt plus onderhoud: " + Bedragen.euro(totaal);
        if (soort.isVervoershulpmiddel()) {
            BigDecimal maximum = regelset.bedrag(MAXIMUM);
            kostprijs = Bedragen.centen(totaal.min(maximum));
            if (totaal.compareTo(maximum) > 0) {
                zin += "; voor een vervoershulpmiddel wordt hoogstens " + Bedragen.euro(maximum) + " aan het CAK doorgegeven";
            }
        }
        return new Kostprijsregel(kostprijs, t.toepassingMetParameter("E-02", Uitkomst.VAN_TOEPASSING, MAXIMUM, zin));
    }

    public static Kostprijsregel pgb(Regelset regelset, BigDecimal bedrag) {
        return new Kostprijsregel(Bedragen.centen(bedrag), Toetsing.voor(regelset).toepassingMetParameter("E-02", Uitkomst.VAN_TOEPASSING, MAXIMUM,
                "De kostprijs van een persoonsgebonden budget is het bedrag van het budget: " + Bedragen.euro(bedrag)));
    }
}
