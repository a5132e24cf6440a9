package nl.maatwerk.web.woonvoorzieningen;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.woonvoorzieningen.Status;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.woonvoorzieningen.dienst.Woonvoorzieningen;

import java.io.Serializable;
import java.util.List;

/** De lijst van lopende aanpassingen in de gemeenten van de medewerker, met filter op status. */
@Named
@ViewScoped
public class LopendeAanpassingen implements Serializable {

    @EJB
    Woonvoorzieningen dienst;

    private Status status;
    private List<Woonvoorziening> regels;
    private long totaal;

    public void zoek() {
        var pagina = dienst.lopend(status, 0, 200, "aangevraagdOp", true);
        regels = pagina.regels();
        totaal = pagina.totaal();
    }

    public List<Woonvoorziening> getRegels() {
        if (regels == null) {
            zoek();
        }
        return regels;
    }

    public long getTotaal() { getRegels(); return totaal; }
    public Status[] getStatussen() { return Status.values(); }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
}
