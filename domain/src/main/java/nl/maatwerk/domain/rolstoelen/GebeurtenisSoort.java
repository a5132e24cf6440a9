package nl.maatwerk.domain.rolstoelen;

public enum GebeurtenisSoort {
    AANGESCHAFT("aangeschaft"),
    UITGEGEVEN("uitgegeven in bruikleen"),
    INGENOMEN("ingenomen na inspectie"),
    ONDERHOUD("onderhoud"),
    REPARATIE("reparatie"),
    AFGESCHREVEN("afgeschreven");

    private final String omschrijving;

    GebeurtenisSoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
