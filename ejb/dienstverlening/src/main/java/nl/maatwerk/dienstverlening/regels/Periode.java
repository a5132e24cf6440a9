package nl.maatwerk.dienstverlening.regels;

import java.time.LocalDate;

/**
 * De looptijd van een arrangement en de feiten voor D-07 (ingang), C-13 (indicatieduur) en D-10 (tijdelijk bij spoed).
 *
 * @param einde            leeg bij een beperkte levensverwachting (tot overlijden of Wlz-opname)
 * @param voortzetting     de aanvraag is een voortzetting van een eerder gelijkwaardig indicatiebesluit
 * @param feitenVaststaand de feiten staan niet ter discussie: de cliënt was ook in het verleden op ondersteuning aangewezen
 * @param tijdelijk        een tijdelijke voorziening bij spoed, voorafgaand aan een definitieve indicatie (D-10)
 */
public record Periode(LocalDate besluitdatum, LocalDate ingang, LocalDate einde, Verloop verloop,
                      boolean spoed, boolean voortzetting, boolean feitenVaststaand, boolean tijdelijk) {

    /** Hoe de situatie van de cliënt zich naar verwachting ontwikkelt (001 §4.1.8, C-13). */
    public enum Verloop {
        STABIEL("stabiel"),
        VERSLECHTEREND("verslechterend"),
        VERBETERING("verbetering verwacht"),
        BEPERKTE_LEVENSVERWACHTING("beperkte levensverwachting");

        private final String omschrijving;

        Verloop(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }
}
