package nl.maatwerk.web.woonvoorzieningen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.maatwerk.kern.ValidatieException;

import java.io.IOException;

/** Nederlandse meldingen op de woonvoorzieningenschermen: bij het veld en bovenaan. */
final class Berichten {

    private Berichten() {
    }

    static void info(String tekst) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, tekst));
    }

    static void toon(ValidatieException e, String formulierId) {
        FacesContext fc = FacesContext.getCurrentInstance();
        for (ValidatieException.Fout f : e.fouten()) {
            var bericht = new FacesMessage(FacesMessage.SEVERITY_ERROR, f.melding(), f.melding());
            String id = formulierId + ":" + f.veld();
            if (fc.getViewRoot().findComponent(id) != null) {
                fc.addMessage(id, bericht);
            }
            fc.addMessage(null, bericht);
        }
        fc.validationFailed();
    }

    static void nietGevonden(String melding) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, melding);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
