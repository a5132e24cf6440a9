package nl.maatwerk.domain.woonvoorzieningen;

/** Soort woning (W-08: wooncomplex voor ouderen of gehandicapten; W-09: woonwagen en woonschip). */
public enum Woningtype {
    EENGEZINSWONING("eengezinswoning"),
    APPARTEMENT("appartement"),
    WOONCOMPLEX_OUDEREN_GEHANDICAPTEN("wooncomplex voor ouderen of mensen met een beperking"),
    WOONWAGEN("woonwagen"),
    WOONSCHIP("woonschip");

    private final String omschrijving;

    Woningtype(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isWoonwagenOfWoonschip() {
        return this == WOONWAGEN || this == WOONSCHIP;
    }
}
