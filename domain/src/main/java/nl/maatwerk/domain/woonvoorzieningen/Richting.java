package nl.maatwerk.domain.woonvoorzieningen;

/** In welke richting een factor van W-02 wijst. */
public enum Richting {
    VERHUIZEN("pleit voor verhuizen"),
    AANPASSEN("pleit voor aanpassen (bezwaar tegen verhuizen)"),
    NEUTRAAL("geen bezwaar tegen verhuizen"),
    NIET_VAN_TOEPASSING("niet van toepassing");

    private final String omschrijving;

    Richting(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
