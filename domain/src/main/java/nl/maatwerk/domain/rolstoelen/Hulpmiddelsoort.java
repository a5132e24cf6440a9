package nl.maatwerk.domain.rolstoelen;

/**
 * Soorten hulpmiddel in het depot (001 §5.3, §5.4; trapliften en tilliften uit §5.1.4, scootmobielen uit §5.2).
 * De sleutel is de rij in de regelsettabellen {@code hulpmiddel.afschrijvingsduur.per_soort.*}.
 */
public enum Hulpmiddelsoort {
    HANDBEWOGEN_ROLSTOEL("handbewogen rolstoel", true),
    ELEKTRISCHE_ROLSTOEL("elektrische rolstoel", true),
    SPORTROLSTOEL("sportrolstoel", true),
    SCOOTMOBIEL("scootmobiel", false),
    TRAPLIFT("traplift", false),
    TILLIFT("tillift", false);

    private final String omschrijving;
    private final boolean rolstoel;

    Hulpmiddelsoort(String omschrijving, boolean rolstoel) {
        this.omschrijving = omschrijving;
        this.rolstoel = rolstoel;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isRolstoel() {
        return rolstoel;
    }

    /** Vraagt een adequate stalling (R-04, W-17). */
    public boolean isElektrisch() {
        return this == ELEKTRISCHE_ROLSTOEL || this == SCOOTMOBIEL;
    }

    /**
     * Hulpmiddel ten behoeve van vervoer in de zin van 004 art. 17 lid 3 (kostprijsmaximum E-02). Een rolstoel is
     * voor verplaatsen in en om de woning, dus geen vervoershulpmiddel.
     */
    public boolean isVervoershulpmiddel() {
        return this == SCOOTMOBIEL;
    }

    /** De rij in de regelsettabel. */
    public String sleutel() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
