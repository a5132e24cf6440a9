package nl.maatwerk.web.dienstverlening;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;

/** Dutch messages for the dienstverlening screens; a refused step shows its rule and article. */
final class Berichten {

    private Berichten() {
    }

    static void info(String tekst) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().getFlash().setKeepMessages(true);
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, tekst));
    }

    /** Runs a step; refusals become messages on the page. @return whether it succeeded */
    static boolean probeer(Runnable stap) {
        try {
            stap.run();
            return true;
        } catch (ValidatieException e) {
            toon(e);
        } catch (NietGevondenException e) {
            fout(e.getMessage());
        } catch (EJBException e) {
            Throwable oorzaak = e.getCause();
            if (oorzaak instanceof ValidatieException v) {
                toon(v);
            } else if (oorzaak instanceof NietGevondenException n) {
                fout(n.getMessage());
            } else {
                throw e;
            }
        }
        return false;
    }

    static void fout(String tekst) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, tekst));
        fc.validationFailed();
    }

    private static void toon(ValidatieException e) {
        e.fouten().forEach(f -> fout(f.melding()));
    }
}
