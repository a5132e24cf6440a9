package nl.maatwerk.domain.rolstoelen;

/** Waar een exemplaar is. */
public enum HulpmiddelStatus {
    IN_DEPOT("in depot"),
    UITGEGEVEN("uitgegeven"),
    IN_ONDERHOUD("in onderhoud"),
    AFGESCHREVEN("afgeschreven");

    private final String omschrijving;

    HulpmiddelStatus(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
