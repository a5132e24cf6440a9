package nl.maatwerk.verordening.beoordeling;

/** C-09: waarop de maatwerkvoorziening wordt afgestemd (001 §3.4 onder a-g). */
public enum Afwegingsfactor {
    LEEFOMSTANDIGHEDEN("uw leefomstandigheden en mogelijkheden"),
    ZORGVERZEKERINGSWET("zorg op grond van de Zorgverzekeringswet"),
    JEUGDHULP("jeugdhulp"),
    ONDERWIJS("onderwijs of scholing"),
    BETAALD_WERK("betaald werk"),
    PARTICIPATIEWET("ondersteuning op grond van de Participatiewet"),
    GEZINDHEID_LEVENSOVERTUIGING_CULTUUR("uw godsdienstige gezindheid, levensovertuiging en culturele achtergrond");

    private final String omschrijving;

    Afwegingsfactor(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
