package nl.maatwerk.domain.woonvoorzieningen;

/** Soorten woonvoorziening (001 §5.1.3, §5.1.4, §5.1.8). */
public enum Voorzieningsoort {
    BOUWKUNDIG("bouwkundige woningaanpassing", true),
    LOSSE_WOONVOORZIENING("losse woonvoorziening", true),
    HOOGTEVERSCHIL("traplift of ander hulpmiddel voor een hoogteverschil", true),
    STALLING("stallingsruimte voor scootmobiel of elektrische rolstoel", true),
    UITRAASKAMER("uitraaskamer", true),
    VERHUIZING("verhuiskostenvergoeding", false);

    private final String omschrijving;
    private final boolean aanpassing;

    Voorzieningsoort(String omschrijving, boolean aanpassing) {
        this.omschrijving = omschrijving;
        this.aanpassing = aanpassing;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Een aanpassing aan of in de woning (geen verhuizing). */
    public boolean isAanpassing() {
        return aanpassing;
    }
}
