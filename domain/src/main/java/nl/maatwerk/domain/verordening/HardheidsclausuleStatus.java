package nl.maatwerk.domain.verordening;

/** Where a request to apply the hardheidsclausule (C-10) stands. */
public enum HardheidsclausuleStatus {
    AANGEVRAAGD("Aangevraagd, wacht op teamleider"),
    GOEDGEKEURD("Goedgekeurd door teamleider"),
    GEWEIGERD("Geweigerd door teamleider");

    private final String omschrijving;

    HardheidsclausuleStatus(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
