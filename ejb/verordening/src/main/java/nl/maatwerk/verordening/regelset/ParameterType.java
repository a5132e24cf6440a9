package nl.maatwerk.verordening.regelset;

/** Soort waarde van een parameter. */
public enum ParameterType {
    /** Een aantal met eenheid, bijvoorbeeld 2000 km/jaar. */
    GETAL("getal"),
    /** Een bedrag in euro. */
    BEDRAG("bedrag"),
    /** Een termijn: dagen, weken, maanden, jaren of werkdagen. */
    DUUR("duur"),
    BOOLEAN("ja/nee-waarde"),
    /** Een lijst van teksten, bijvoorbeeld algemeen gebruikelijke voorzieningen. */
    LIJST("lijst"),
    /** Rijen met een sleutel, bijvoorbeeld een bedrag per huishoudgrootte. */
    TABEL("tabel");

    private final String omschrijving;

    ParameterType(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
