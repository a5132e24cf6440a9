package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.regelset.Waarde;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** De hoogte van een Pgb voor woonvoorzieningen: W-14 met P-17 en P-18, W-15, W-16. */
public final class WoonPgb {

    private static final String STOFFERING = "woon.pgb.verhuizing.stoffering_per_huishoudgrootte";

    private WoonPgb() {
    }

    /** Een bedrag met de regels die het bepaalden. */
    public record Berekening(BigDecimal bedrag, List<RegelToepassing> toepassingen) {
        public Berekening {
            Objects.requireNonNull(bedrag, "bedrag");
            toepassingen = List.copyOf(toepassingen);
        }
    }

    /**
     * W-14, P-18, P-17: Pgb woningaanpassing uit begroting of offerte, hoogstens het percentage van de
     * goedkoopst adequate natura (inclusief instandhouding); zelf of informeel gebouwd: het aandeel van de
     * aannemer gaat eraf.
     *
     * @param aannemersaandeel het deel van de naturakostprijs voor de aannemer; alleen gebruikt als {@code informeel}
     */
    public static Berekening aanpassing(Regelset regelset, BigDecimal begroting, BigDecimal goedkoopsteNatura,
                                        boolean informeel, BigDecimal aannemersaandeel) {
        Toetsing t = Toetsing.voor(regelset);
        List<RegelToepassing> toepassingen = new ArrayList<>();
        BigDecimal percentage = regelset.getal("woon.pgb.aanpassing.max_percentage");
        BigDecimal maximum = Bedragen.centen(goedkoopsteNatura.multiply(percentage).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        toepassingen.add(t.toepassingMetParameter("P-18", Uitkomst.VAN_TOEPASSING, "woon.pgb.aanpassing.max_percentage",
                "Een Pgb voor een woningaanpassing is hoogstens de kostprijs van de goedkoopst adequate voorziening in natura, "
                        + "inclusief instandhouding: " + Bedragen.euro(goedkoopsteNatura)));
        BigDecimal bedrag = Bedragen.centen(begroting.min(maximum));
        if (begroting.compareTo(maximum) > 0) {
            toepassingen.add(t.bron("P-17").isEmpty() ? t.onbekendInGemeente("P-17")
                    : t.toepassing("P-17", Uitkomst.VAN_TOEPASSING, "Uw begroting (" + Bedragen.euro(begroting) + ") is hoger dan natura; "
                    + "het deel daarboven (" + Bedragen.euro(begroting.subtract(maximum)) + ") vergoeden wij niet, dat verschil mag u zelf betalen"));
        } else {
            toepassingen.add(t.bron("P-17").isEmpty() ? t.onbekendInGemeente("P-17")
                    : t.toepassing("P-17", Uitkomst.NIET_VAN_TOEPASSING, "Uw begroting (" + Bedragen.euro(begroting)
                    + ") is niet hoger dan natura; er wordt niets van uw Pgb geweigerd"));
        }
        String zin = "Uw Pgb voor de woningaanpassing is gebaseerd op uw begroting van " + Bedragen.euro(begroting)
                + ", met een maximum van " + percentage.stripTrailingZeros().toPlainString() + " % van de goedkoopst compenserende voorziening in natura ("
                + Bedragen.euro(maximum) + ")";
        if (informeel && aannemersaandeel != null && aannemersaandeel.signum() > 0) {
            BigDecimal aftrek = aannemersaandeel.min(bedrag);
            bedrag = Bedragen.centen(bedrag.subtract(aftrek));
            zin += "; omdat de aanpassing in het informele circuit wordt gebouwd, gaat het aandeel van de aannemer ("
                    + Bedragen.euro(aftrek) + ") eraf";
        }
        toepassingen.add(t.toepassingMetParameter("W-14", Uitkomst.VAN_TOEPASSING, "woon.pgb.aanpassing.max_percentage",
                zin + ": uw Pgb is " + Bedragen.euro(bedrag)));
        return new Berekening(bedrag, toepassingen);
    }

    /** W-15: dubbele woonlasten tijdens de verbouwing, per maand hoogstens de sociale huurgrens. */
    public static Berekening dubbeleWoonlasten(Regelset regelset, BigDecimal huurPerMaand, int maanden) {
        Toetsing t = Toetsing.voor(regelset);
        BigDecimal grens = regelset.bedrag("woon.pgb.sociale_huurgrens");
        BigDecimal perMaand = huurPerMaand.min(grens);
        BigDecimal bedrag = Bedragen.centen(perMaand.multiply(BigDecimal.valueOf(maanden)));
        String zin = "Voor de dubbele woonlasten tijdens de aanpassing krijgt u de huur van de tijdelijke woning ("
                + Bedragen.euro(huurPerMaand) + " per maand), hoogstens de sociale huurgrens van " + Bedragen.euro(grens)
                + " per maand, gedurende " + maanden + (maanden == 1 ? " maand" : " maanden") + ": " + Bedragen.euro(bedrag);
        return new Berekening(bedrag, List.of(t.toepassingMetParameter("W-15", Uitkomst.VAN_TOEPASSING, "woon.pgb.sociale_huurgrens", zin)));
    }

    /** W-16: het maximum van een verhuis-Pgb voor deze huishoudgrootte (vast bedrag plus stoffering). */
    public static Berekening verhuisMaximum(Regelset regelset, int huishoudgrootte) {
        Toetsing t = Toetsing.voor(regelset);
        BigDecimal vast = regelset.bedrag("woon.pgb.verhuizing.vast_bedrag");
        BigDecimal stoffering = stoffering(regelset, huishoudgrootte);
        BigDecimal maximum = Bedragen.centen(vast.add(stoffering));
        return new Berekening(maximum, List.of(t.toepassingMetParameter("W-16", Uitkomst.VAN_TOEPASSING, STOFFERING,
                "Een verhuis-Pgb is hoogstens " + Bedragen.euro(vast) + " voor verhuis- en administratiekosten plus "
                        + Bedragen.euro(stoffering) + " voor stoffering en verven of behangen bij een huishouden van "
                        + huishoudgrootte + (huishoudgrootte == 1 ? " persoon" : " personen") + ": samen " + Bedragen.euro(maximum))));
    }

    /** W-16: verhuis-Pgb uit de begroting, hoogstens het maximum. W-10 (plotselinge noodzaak) toetst de woonbeoordelaar. */
    public static Berekening verhuizing(Regelset regelset, BigDecimal begroting, int huishoudgrootte) {
        Berekening maximum = verhuisMaximum(regelset, huishoudgrootte);
        BigDecimal bedrag = Bedragen.centen(begroting.min(maximum.bedrag()));
        List<RegelToepassing> toepassingen = new ArrayList<>(maximum.toepassingen());
        toepassingen.add(Toetsing.voor(regelset).toepassingMetParameter("W-16", Uitkomst.VAN_TOEPASSING, "woon.pgb.verhuizing.vast_bedrag",
                "Uw begroting is " + Bedragen.euro(begroting) + "; uw verhuis-Pgb is " + Bedragen.euro(bedrag)));
        return new Berekening(bedrag, toepassingen);
    }

    private static BigDecimal stoffering(Regelset regelset, int huishoudgrootte) {
        Map<String, Waarde> tabel = regelset.tabel(STOFFERING);
        Waarde rij = tabel.get(String.valueOf(huishoudgrootte));
        if (rij == null) {
            // De laatste rij ("4 of meer") geldt voor elk groter huishouden.
            rij = tabel.entrySet().stream().filter(e -> e.getKey().contains("of meer")).map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Geen stofferingsbedrag voor " + huishoudgrootte + " personen in " + regelset.versie()));
        }
        return ((Waarde.Bedrag) rij).euro();
    }
}
