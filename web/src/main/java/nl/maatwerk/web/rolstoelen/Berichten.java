package nl.maatwerk.web.rolstoelen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.maatwerk.kern.ValidatieException;

/** Dutch messages next to the field they concern and in the summary at the top. */
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
}
