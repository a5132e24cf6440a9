package nl.maatwerk.rolstoelen.regels;

import nl.maatwerk.domain.rolstoelen.Staat;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.util.List;

/** de voorwaarden bij een hulpmiddel in bruikleen (001 §3.5.2 onder a tot en met h) en de staat bij inname. */
public final class Bruikleen {

    /** De voorwaarden a-h van 001 §3.5.2, zoals ze op de beschikking komen. */
    public static final List<String> VOORWAARDEN = List.of(
            "a. U volgt de voorschriften van de fabrikant of leverancier voor gebruik, bediening en onderhoud stipt op.",
            "b. U laat de door de gemeente aangewezen persoon het hulpmiddel tijdig controleren, onderhouden, keuren en repareren.",
            "c. U meldt het de gemeente direct als u het hulpmiddel niet meer gebruikt.",
            "d. U meldt schade aan het hulpmiddel, en schade die u met het hulpmiddel aan anderen toebrengt, onmiddellijk aan de gemeente of de leverancier.",
            "e. U zorgt goed voor het hulpmiddel, zodat de normale levensduur gewaarborgd is.",
            "f. U geeft het hulpmiddel niet aan anderen in gebruik en verhuurt het niet.",
            "g. U gebruikt het hulpmiddel alleen voor het doel waarvoor het is verstrekt.",
            "h. U geeft het hulpmiddel na afloop van uw recht op verzoek terug in dezelfde staat als waarin u het kreeg; normale slijtage en veroudering tellen niet mee.");

    private Bruikleen() {
    }

    public record Voorwaarden(List<String> voorwaarden, RegelToepassing toepassing) {
        public Voorwaarden {
            voorwaarden = List.copyOf(voorwaarden);
        }
    }

    public static Voorwaarden voorwaarden(Regelset regelset) {
        Toetsing t = Toetsing.voor(regelset);
        if (t.bron("R-08").isEmpty()) {
            return new Voorwaarden(List.of(), t.onbekendInGemeente("R-08"));
        }
        return new Voorwaarden(VOORWAARDEN, t.toepassing("R-08", Uitkomst.VAN_TOEPASSING,
                "U krijgt het hulpmiddel in bruikleen; daarbij gelden de voorwaarden a tot en met h die in deze beschikking staan"));
    }

    /** R-08 onder h bij inname: normale slijtage is geen schade. */
    public static RegelToepassing inname(Regelset regelset, Staat staat) {
        Toetsing t = Toetsing.voor(regelset);
        if (t.bron("R-08").isEmpty()) {
            return t.onbekendInGemeente("R-08");
        }
        return switch (staat) {
            case GOED, NORMALE_SLIJTAGE -> t.toepassing("R-08", Uitkomst.VOLDAAN, "Het hulpmiddel is teruggegeven in "
                    + staat.omschrijving() + "; normale slijtage en veroudering blijven buiten beschouwing (onder h)");
            case SCHADE, VERLOREN -> t.toepassing("R-08", Uitkomst.NIET_VOLDAAN, "Het hulpmiddel is niet in dezelfde staat teruggegeven ("
                    + staat.omschrijving() + "); dat is meer dan normale slijtage (onder h)");
        };
    }
}
