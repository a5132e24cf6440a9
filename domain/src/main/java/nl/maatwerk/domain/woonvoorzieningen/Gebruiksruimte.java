package nl.maatwerk.domain.woonvoorzieningen;

/**
 * Ruimten van een woning. W-06: alleen de noodzakelijke gebruiksruimten voor het normale gebruik van het
 * hoofdverblijf komen in aanmerking (wonen, slapen, wassen, koken, toilet, toegang, zo nodig berging en
 * tuin of balkon).
 */
public enum Gebruiksruimte {
    WOONKAMER("de woonkamer", true),
    SLAAPKAMER("de slaapkamer", true),
    BADKAMER("de badkamer", true),
    KEUKEN("de keuken", true),
    TOILET("het toilet", true),
    TOEGANG("de toegang tot de woning", true),
    BERGING("de berging of stalling", true),
    TUIN_OF_BALKON("de tuin of het balkon", true),
    OVERIG("een andere ruimte (zoals zolder, hobbyruimte of logeerkamer)", false);

    private final String omschrijving;
    private final boolean noodzakelijk;

    Gebruiksruimte(String omschrijving, boolean noodzakelijk) {
        this.omschrijving = omschrijving;
        this.noodzakelijk = noodzakelijk;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isNoodzakelijk() {
        return noodzakelijk;
    }
}
