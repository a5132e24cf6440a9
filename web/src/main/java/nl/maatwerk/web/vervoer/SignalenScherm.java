package nl.maatwerk.web.vervoer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.vervoer.dienst.SignaalRegel;
import nl.maatwerk.vervoer.dienst.Vervoer;

import java.io.Serializable;
import java.util.List;

/** De werkvoorraad van vervoersignalen: budget 80 % en 100 %, ritten buiten het gebied. */
@Named
@ViewScoped
public class SignalenScherm implements Serializable {

    @EJB
    Vervoer vervoer;

    private boolean alleenOpen = true;
    private List<SignaalRegel> signalen;

    @PostConstruct
    void init() {
        laad();
    }

    public void laad() {
        signalen = vervoer.signalen(alleenOpen, 0, 500);
    }

    public void afhandelen(long id) {
        vervoer.signaalAfhandelen(id);
        laad();
    }

    public boolean isAlleenOpen() { return alleenOpen; }
    public void setAlleenOpen(boolean alleenOpen) { this.alleenOpen = alleenOpen; }
    public List<SignaalRegel> getSignalen() { return signalen; }
}
