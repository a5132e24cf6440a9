package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Bron;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Duur;

import java.util.Optional;

/**
 * C-04 onder c: de normale afschrijvingstermijn van een eerder verstrekte voorziening. De gebiedsmodules
 * (woonvoorzieningen, vervoer, rolstoelen) kennen hun eigen soorten en termijnen en implementeren dit;
 * {@link StandaardAfschrijvingstermijnen} gebruikt de algemene hulpmiddeltermijnen van de regelset.
 */
@FunctionalInterface
public interface AfschrijvingstermijnBron {

    /** Een termijn met de plaats waar hij staat, voor de motivering. */
    record Afschrijvingstermijn(Duur duur, Bron bron) {
    }

    /**
     * @param leeftijdBijVerstrekking leeftijd van de cliënt toen de voorziening werd verstrekt
     * @return leeg als deze bron de soort niet kent
     */
    Optional<Afschrijvingstermijn> afschrijvingstermijn(String voorzieningsoort, int leeftijdBijVerstrekking, Regelset regelset);

    /** Eerst deze bron, dan de andere: een gebiedsmodule kan zo de standaard aanvullen. */
    default AfschrijvingstermijnBron ofAnders(AfschrijvingstermijnBron andere) {
        return (soort, leeftijd, regelset) -> afschrijvingstermijn(soort, leeftijd, regelset)
                .or(() -> andere.afschrijvingstermijn(soort, leeftijd, regelset));
    }
}
