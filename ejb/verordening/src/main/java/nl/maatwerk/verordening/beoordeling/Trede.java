package nl.maatwerk.verordening.beoordeling;

/** De treden van de verantwoordelijkheidsladder (C-01), in de volgorde waarin ze worden getoetst. */
public enum Trede {
    EIGEN_KRACHT("eigen kracht"),
    GEBRUIKELIJKE_HULP("gebruikelijke hulp van uw huisgenoten"),
    MANTELZORG_EN_SOCIAAL_NETWERK("mantelzorg of hulp van anderen uit uw sociale netwerk"),
    ALGEMEEN_GEBRUIKELIJKE_VOORZIENING("een algemeen gebruikelijke voorziening"),
    ALGEMENE_VOORZIENING("een algemene voorziening");

    private final String omschrijving;

    Trede(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** Zoals in een zin voor de cliënt: "opgelost met {omschrijving}". */
    public String omschrijving() {
        return omschrijving;
    }
}
