package nl.maatwerk.vervoer.ritten;

import java.io.Serializable;
import java.util.List;

/**
 * Uitkomst van een rittenimport.
 *
 * @param opgeslagen nieuw opgeslagen ritten (0 als het bestand fouten had en niet alleen de geldige regels zijn aanvaard)
 * @param alAanwezig ritten die al eerder waren ingelezen (idempotent: niet nog eens opgeslagen)
 * @param afgekeurd  regels met een fout
 * @param fouten     de eerste {@link #MAX_FOUTEN} foutmeldingen, met regelnummer en veld
 * @param signalen   nieuwe budgetsignalen (80 %, 100 %, buiten gebied)
 */
public record ImportResultaat(Long importId, long regels, long opgeslagen, long alAanwezig, long afgekeurd,
                              List<String> fouten, boolean doorgevoerd, List<String> signalen) implements Serializable {

    public static final int MAX_FOUTEN = 1000;

    public String samenvatting() {
        if (!doorgevoerd) {
            return "Het bestand is niet ingelezen: " + afgekeurd + " van de " + regels + " regels bevatten fouten. Er is niets opgeslagen.";
        }
        return regels + " regels gelezen: " + opgeslagen + " ritten opgeslagen, " + alAanwezig + " waren al ingelezen, "
                + afgekeurd + " afgekeurd.";
    }
}
