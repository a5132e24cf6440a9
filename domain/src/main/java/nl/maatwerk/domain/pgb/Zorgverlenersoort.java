package nl.maatwerk.domain.pgb;

/** Wie de hulp uit het Pgb levert: een professional (formele hulp) of iemand uit het sociaal netwerk (P-05). */
public enum Zorgverlenersoort {
    PROFESSIONEEL("professionele hulp"),
    SOCIAAL_NETWERK("hulp uit het sociaal netwerk (mantelzorger)");

    private final String omschrijving;

    Zorgverlenersoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
