package nl.maatwerk.domain.client;

public enum BetrokkeneSoort {
    CONTACTPERSOON("Contactpersoon"),
    MANTELZORGER("Mantelzorger"),
    WETTELIJK_VERTEGENWOORDIGER("Wettelijk vertegenwoordiger"),
    GEMACHTIGDE("Gemachtigde");

    private final String omschrijving;

    BetrokkeneSoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
