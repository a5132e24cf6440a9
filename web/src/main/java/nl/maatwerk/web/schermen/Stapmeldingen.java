package nl.maatwerk.web.schermen;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;

/** Dutch messages for screens that run one EJB step at a time (toegang, dienstverlening); a refused step shows its rule and article. */
public final class Stapmeldingen {

    private Stapmeldingen() {
    }

    public static void info(String tekst) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().getFlash().setKeepMessages(true);
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, tekst));
    }

    /** Runs a step; refusals become messages on the page. @return whether it succeeded */
    public static boolean probeer(Runnable stap) {
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

    public static void fout(String tekst) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, tekst));
        fc.validationFailed();
    }

    private static void toon(ValidatieException e) {
        e.fouten().forEach(f -> fout(f.melding()));
    }
}
