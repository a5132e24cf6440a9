package nl.maatwerk.verordening.regelset;

/**
 * Eén fout in een aangeboden regelsetbestand.
 *
 * @param regel   regelnummer in het bestand (1 = eerste regel)
 * @param veld    pad van het veld, bijvoorbeeld "parameters.vervoer.cvv.km_per_jaar.waarde.eenheid"
 * @param melding wat er mis is, in het Nederlands
 */
public record RegelsetFout(int regel, String veld, String melding) {

    /** "Regel 12, veld 'parameters.x.bron': de bron ontbreekt." */
    public String tekst() {
        return "Regel " + regel + ", veld '" + veld + "': " + melding;
    }

    @Override
    public String toString() {
        return tekst();
    }
}
