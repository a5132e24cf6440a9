package nl.maatwerk.dienstverlening.regels;

/**
 * Een lid van het huishouden van de cliënt, voor de gebruikelijke hulp (C-03, D-04).
 *
 * @param beperkt    geobjectiveerde beperkingen of mist de vaardigheden en kan ze (nog) niet aanleren
 * @param overbelast overbelast of dreigt overbelast te raken
 */
public record Huisgenoot(Relatie relatie, int leeftijd, boolean beperkt, boolean overbelast) {

    public enum Relatie {
        PARTNER("partner"), KIND("kind"), HUISGENOOT("andere huisgenoot");

        private final String omschrijving;

        Relatie(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public boolean volwassen() {
        return leeftijd >= 18;
    }

    /** Een volwassen huisgenoot die gebruikelijke hulp kan bieden. */
    public boolean kanHelpen() {
        return volwassen() && !beperkt && !overbelast;
    }
}
