package nl.maatwerk.web.toegang;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.maatwerk.toegang.Toegang;

/** The client page's time line of meldingen and beschikkingen, loaded once per request. */
@Named
@RequestScoped
public class ToegangTijdlijn {

    @EJB
    Toegang toegang;

    private Toegang.Tijdlijn tijdlijn;

    public Toegang.Tijdlijn voor(long clientId) {
        if (tijdlijn == null) {
            tijdlijn = toegang.tijdlijn(clientId);
        }
        return tijdlijn;
    }
}
