package nl.maatwerk.toegang;

import java.io.Serializable;

/**
 * What the consulent established for a request for beschermd wonen or opvang (O-04, 004 art. 11). A null answer
 * means "not yet established": the rule then asks for it instead of refusing.
 *
 * @param ingezeteneVanNederland  the client lives (feitelijk verblijf) in the Netherlands
 * @param woontInGemeente         the client lives in this gemeente; for O-04 this does not matter
 * @param beschermendeWoonomgeving art. 11 lid 1 a: needs a protective living environment because of complex problems
 * @param acuteCrisis              art. 11 lid 1 b: the problems stem from an acute crisis (then no indicatie yet)
 * @param ambulantPassend          art. 11 lid 1 c: begeleiding/dagbesteding with ambulant Zvw care would suffice
 * @param gerichtOpEigenKracht     art. 11 lid 1 d: beschermd wonen aims at coping on one's own in society
 * @param dakloos                  art. 11 lid 4: (feitelijk) homeless
 * @param huiselijkGeweld          art. 11 lid 4: left home because of domestic violence
 */
public record BeschermdWonenFeiten(Soort soort, boolean ingezeteneVanNederland, boolean woontInGemeente,
                                   Boolean beschermendeWoonomgeving, Boolean acuteCrisis, Boolean ambulantPassend,
                                   Boolean gerichtOpEigenKracht, Boolean dakloos, Boolean huiselijkGeweld) implements Serializable {

    public enum Soort {
        BESCHERMD_WONEN("beschermd wonen"),
        OPVANG("opvang");

        private final String omschrijving;

        Soort(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }
}
