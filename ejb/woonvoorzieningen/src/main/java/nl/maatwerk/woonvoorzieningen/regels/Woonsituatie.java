package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.domain.woonvoorzieningen.Woningtype;
import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import java.util.Objects;
import java.util.Set;

/**
 * De woning van de cliënt zoals het onderzoek die vaststelde.
 *
 * @param problemen de gebruiksruimten waarin de cliënt belemmerd is (W-06)
 * @param locatieprobleem het probleem zit in de ligging van de woning (W-04: dan alleen verhuizen)
 * @param stalling de stalling voor een scootmobiel of elektrische rolstoel, null als niet vastgesteld (W-17)
 */
public record Woonsituatie(Woningtype type, boolean eigendom, boolean hoofdverblijf, Set<Gebruiksruimte> problemen,
                           boolean locatieprobleem, Stalling stalling) {

    public Woonsituatie {
        Objects.requireNonNull(type, "type");
        problemen = problemen == null ? Set.of() : Set.copyOf(problemen);
    }

    /** W-17: de vier eisen aan een adequate stalling. */
    public record Stalling(boolean afgesloten, boolean overdekt, boolean beschermdTegenDiefstalEnWeer, boolean bereikbaar) {

        public boolean adequaat() {
            return afgesloten && overdekt && beschermdTegenDiefstalEnWeer && bereikbaar;
        }
    }
}
