package nl.maatwerk.web.pgb;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/** Meldingen, 404 en downloads voor de pgb-schermen. */
final class Schermhulp {

    private Schermhulp() {
    }

    static void info(String tekst) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, null));
    }

    static void fout(String tekst) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, null));
    }

    /** Voert uit; een ValidatieException wordt een foutmelding per veld. */
    static <T> T probeer(Supplier<T> werk) {
        try {
            return werk.get();
        } catch (ValidatieException e) {
            e.fouten().forEach(f -> fout(f.melding()));
            return null;
        }
    }

    static void nietGevonden(NietGevondenException e) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
        FacesContext.getCurrentInstance().responseComplete();
    }

    static void download(String naam, String type, byte[] inhoud) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        var ec = fc.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType(type);
        ec.setResponseContentLength(inhoud.length);
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + naam + "\"");
        try (OutputStream uit = ec.getResponseOutputStream()) {
            uit.write(inhoud);
        }
        fc.responseComplete();
    }
}
