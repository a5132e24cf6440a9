package nl.maatwerk.domain.woonvoorzieningen;

/** Voortgang van een woonvoorziening; alleen vooruit. */
public enum Status {
    OFFERTE("offerte"), GOEDGEKEURD("goedgekeurd"), UITGEVOERD("uitgevoerd"), OPGELEVERD("opgeleverd");

    private final String omschrijving;

    Status(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Telt voor de wachttijd van W-05: de woonvoorziening is toegekend. */
    public boolean isToegekend() {
        return this != OFFERTE;
    }
}
