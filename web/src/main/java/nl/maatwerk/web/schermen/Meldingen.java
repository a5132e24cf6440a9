package nl.maatwerk.web.schermen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.maatwerk.kern.ValidatieException;

/** Puts Dutch messages on the page: next to the field they concern, and in the summary at the top. */
final class Meldingen {

    private Meldingen() {
    }

    static void info(String tekst) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, tekst));
    }

    static void infoNaRedirect(String tekst) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().getFlash().setKeepMessages(true);
        info(tekst);
    }

    static void fout(String tekst) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, tekst));
    }

    /** Each field error goes to the input with the same id inside the form, and to the summary. */
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
