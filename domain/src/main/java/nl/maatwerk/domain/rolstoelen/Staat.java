package nl.maatwerk.domain.rolstoelen;

/** De staat bij inname (R-08 onder h: normale slijtage en veroudering blijven buiten beschouwing). */
public enum Staat {
    GOED("goed", true),
    NORMALE_SLIJTAGE("normale slijtage", true),
    SCHADE("schade", false),
    VERLOREN("verloren of onherstelbaar", false);

    private final String omschrijving;
    private final boolean herbruikbaar;

    Staat(String omschrijving, boolean herbruikbaar) {
        this.omschrijving = omschrijving;
        this.herbruikbaar = herbruikbaar;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Kan zonder herstel terug in het depot. */
    public boolean isHerbruikbaar() {
        return herbruikbaar;
    }
}
