package nl.maatwerk.verordening.beoordeling;

import java.time.LocalDate;
import java.util.Optional;

/**
 * W-17: heeft de cliënt een adequate stalling voor een scootmobiel of elektrische rolstoel (afgesloten,
 * overdekt, beschermd tegen diefstal en weer, bereikbaar)? De rolstoelen- en vervoersmodule vragen het;
 * de woonvoorzieningenmodule antwoordt (als EJB met deze interface als local view), zodat geen gebiedsmodule
 * de andere hoeft te kennen.
 */
public interface StallingBron {

    /**
     * @param toepassing de toegepaste regel W-17 met bron en motivering, voor in de beschikking van de vrager
     */
    record Stallingsoordeel(boolean adequaat, RegelToepassing toepassing) {
    }

    /**
     * @param clientId het id van de cliënt in het cliëntregister
     * @return leeg als de woonsituatie van de cliënt niet is vastgelegd (eerst onderzoeken)
     */
    Optional<Stallingsoordeel> stalling(long clientId, LocalDate peildatum);
}
