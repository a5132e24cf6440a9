package nl.maatwerk.pgb.declaraties;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Uitkomst van een declaratie-import.
 *
 * @param goedgekeurd declaraties die aan alle regels voldoen
 * @param afgewezen   declaraties die een regel afwijst (opgeslagen met de regel-id's)
 * @param alAanwezig  declaraties die al eerder waren ingelezen (idempotent: niets veranderd)
 * @param foutregels  regels met een vormfout of onbekende budgethouder/zorgverlener; dan is niets opgeslagen
 * @param fouten      de eerste {@link #MAX_FOUTEN} meldingen, met regelnummer en veld
 */
public record ImportResultaat(Long importId, long regels, long goedgekeurd, long afgewezen, long alAanwezig, long foutregels,
                              BigDecimal teBetalen, List<String> fouten, boolean doorgevoerd) implements Serializable {

    public static final int MAX_FOUTEN = 1000;

    public String samenvatting() {
        if (!doorgevoerd) {
            return "Het bestand is niet ingelezen: " + foutregels + " van de " + regels + " regels bevatten fouten. Er is niets opgeslagen.";
        }
        return regels + " regels gelezen: " + goedgekeurd + " goedgekeurd, " + afgewezen + " afgewezen, " + alAanwezig + " waren al ingelezen.";
    }
}
