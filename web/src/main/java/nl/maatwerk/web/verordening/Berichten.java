package nl.maatwerk.web.verordening;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.maatwerk.kern.ValidatieException;

/** Dutch messages at the top of the page (the layout's h:messages). */
final class Berichten {

    private Berichten() {
    }

    static void info(String tekst) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, tekst));
    }

    static void fout(String tekst) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, tekst));
    }

    static void toon(ValidatieException e) {
        e.fouten().forEach(f -> fout(f.melding()));
        FacesContext.getCurrentInstance().validationFailed();
    }
}
