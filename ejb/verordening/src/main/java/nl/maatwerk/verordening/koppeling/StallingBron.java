package nl.maatwerk.verordening.koppeling;

import java.util.Optional;

/**
 * Of een cliënt een scootmobiel adequaat kan stallen (V-10). De woonvoorzieningenmodule beantwoordt dit;
 * de vervoersmodule vraagt het via deze interface, zodat de twee gebieden elkaar niet kennen.
 * Minimale versie, gedefinieerd door de vervoersmodule (issue 6); de woonvoorzieningenmodule mag haar uitbreiden.
 */
public interface StallingBron {

    /**
     * @return leeg als nog niet is onderzocht of er een stalling is; anders het oordeel met een korte
     * toelichting voor de motivering
     */
    Optional<Stallingsoordeel> stalling(String gemeente, long clientId);

    record Stallingsoordeel(boolean adequaat, String toelichting) {
    }
}
