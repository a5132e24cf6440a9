package nl.maatwerk.kern.audit;

import jakarta.enterprise.context.RequestScoped;
import nl.maatwerk.domain.audit.Kanaal;

/** Filled by the web layer for each HTTP request: through which door and from which address. */
@RequestScoped
public class Verzoekcontext {

    private Kanaal kanaal = Kanaal.SYSTEEM;
    private String herkomst;

    public void zet(Kanaal kanaal, String herkomst) {
        this.kanaal = kanaal;
        this.herkomst = herkomst;
    }

    public Kanaal kanaal() {
        return kanaal;
    }

    public String herkomst() {
        return herkomst;
    }
}
