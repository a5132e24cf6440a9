package nl.maatwerk.verordening.termijn;

import java.util.Arrays;
import java.util.Optional;

/** Eenheid van een termijn. Werkdagen tellen zaterdag, zondag en feestdagen (Atw art. 3) niet mee. */
public enum DuurEenheid {
    DAGEN("dag", "dagen"),
    WEKEN("week", "weken"),
    MAANDEN("maand", "maanden"),
    JAREN("jaar", "jaren"),
    WERKDAGEN("werkdag", "werkdagen");

    private final String enkelvoud;
    private final String meervoud;

    DuurEenheid(String enkelvoud, String meervoud) {
        this.enkelvoud = enkelvoud;
        this.meervoud = meervoud;
    }

    /** De naam zoals in een regelsetbestand en in brieven: "weken", "werkdagen". */
    public String naam() {
        return meervoud;
    }

    public String label(long aantal) {
        return aantal == 1 ? enkelvoud : meervoud;
    }

    public static Optional<DuurEenheid> vanNaam(String naam) {
        return Arrays.stream(values()).filter(e -> e.meervoud.equals(naam)).findFirst();
    }
}
