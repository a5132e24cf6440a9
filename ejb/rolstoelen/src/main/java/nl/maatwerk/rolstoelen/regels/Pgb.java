package nl.maatwerk.rolstoelen.regels;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Een Pgb voor een hulpmiddel (R-05, P-18, R-09) of een sportvoorziening: het bedrag van de offerte,
 * hoogstens de naturakosten over de afschrijvingsduur (prijs, onderhoud, verzekering).
 */
public final class Pgb {

    private Pgb() {
    }

    /** Bij een sportvoorziening: hoe vaak de sport wordt beoefend (001 §5.4.3). */
    public enum Sport {
        GEEN, REGELMATIG, INCIDENTEEL
    }

    public record Pgbbesluit(boolean toegekend, BigDecimal bedrag, BigDecimal plafond, List<RegelToepassing> toepassingen) {
        public Pgbbesluit {
            toepassingen = List.copyOf(toepassingen);
        }
    }

    /**
     * @param offerte     de offerte van de cliënt voor een adequaat hulpmiddel (bij sport: de meerkosten)
     * @param naturaprijs de prijs die de gemeente voor het goedkoopst adequate hulpmiddel in natura betaalt
     */
    public static Pgbbesluit bereken(Regelset regelset, Afschrijving.Afschrijvingsduur duur, BigDecimal offerte,
                                    BigDecimal naturaprijs, Sport sport) {
        Toetsing t = Toetsing.voor(regelset);
        List<RegelToepassing> toepassingen = new ArrayList<>();
        Sport s = sport == null ? Sport.GEEN : sport;
        if (s == Sport.GEEN) {
            toepassingen.add(t.toepassing("R-10", Uitkomst.NIET_VAN_TOEPASSING, "Het gaat niet om een sportvoorziening"));
        } else if (t.bron("R-10").isEmpty()) {
            toepassingen.add(t.onbekendInGemeente("R-10"));
        } else if (s == Sport.INCIDENTEEL) {
            toepassingen.add(t.toepassing("R-10", Uitkomst.AFWIJZINGSGROND, "Een sportvoorziening is er alleen voor sport die u "
                    + "regelmatig beoefent; voor sport die u slechts incidenteel beoefent (zoals skiën op vakantie) is geen Pgb mogelijk"));
            return new Pgbbesluit(false, Bedragen.centen(BigDecimal.ZERO), Bedragen.centen(BigDecimal.ZERO), toepassingen);
        } else {
            toepassingen.add(t.toepassing("R-10", Uitkomst.VAN_TOEPASSING, "U beoefent regelmatig sport; het Pgb is voor de meerkosten "
                    + "die u door uw beperking hebt (zoals een sportrolstoel), niet voor reiskosten"));
        }
        Afschrijving.Berekening natura = Afschrijving.naturakosten(regelset, duur, naturaprijs);
        toepassingen.addAll(natura.toepassingen());
        BigDecimal bedrag = Bedragen.centen(offerte.min(natura.bedrag()));
        String zin = "Uw Pgb is vastgesteld op basis van uw offerte van " + Bedragen.euro(offerte)
                + " en gemaximeerd op wat de gemeente in natura kwijt zou zijn gedurende de technische afschrijvingsduur ("
                + Bedragen.euro(natura.bedrag()) + ")"
                + (offerte.compareTo(natura.bedrag()) > 0 ? "; het deel daarboven (" + Bedragen.euro(offerte.subtract(natura.bedrag())) + ") betaalt u zelf" : "")
                + ": uw Pgb is " + Bedragen.euro(bedrag);
        toepassingen.add(t.toepassing("R-05", Uitkomst.VAN_TOEPASSING, zin));
        return new Pgbbesluit(true, bedrag, natura.bedrag(), toepassingen);
    }
}
