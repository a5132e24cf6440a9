package nl.maatwerk.web.schermen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.maatwerk.kern.ValidatieException;

import java.io.IOException;

/** Puts Dutch messages on the page: next to the field they concern, and in the summary at the top. */
public final class Meldingen {

    private Meldingen() {
    }

    public static void info(String tekst) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, tekst));
    }

    public static void infoNaRedirect(String tekst) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().getFlash().setKeepMessages(true);
        info(tekst);
    }

    public static void fout(String tekst) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, tekst));
    }

    /** Each field error goes to the input with the same id inside the form, and to the summary. */
    public static void toon(ValidatieException e, String formulierId) {
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

    /** Answers 404 for a record that does not exist or belongs to another gemeente, as the API does. */
    public static void nietGevonden(String melding) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, melding);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
