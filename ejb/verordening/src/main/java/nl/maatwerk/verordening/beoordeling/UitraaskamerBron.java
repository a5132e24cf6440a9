package nl.maatwerk.verordening.beoordeling;

import java.time.LocalDate;
import java.util.Optional;

/**
 * W-18: heeft de cliënt een uitraaskamer als woonvoorziening (toegekend en opgeleverd)? De
 * dienstverleningsmodule kan het vragen bij de afweging van begeleiding; de woonvoorzieningenmodule antwoordt.
 */
public interface UitraaskamerBron {

    /** @return leeg als de cliënt niet bestaat of niet in een gemeente van de vrager valt */
    Optional<Boolean> heeftUitraaskamer(long clientId, LocalDate peildatum);
}
