package nl.maatwerk.web.pgb;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.pgb.dienst.Pgbdienst;
import nl.maatwerk.pgb.dienst.Pgbgegevens.DeclaratieRegel;
import nl.maatwerk.pgb.dienst.Pgbgegevens.ImportRegel;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** De declaraties van één import: de afwijzingen met hun regels, en het akkoord op de betaling. */
@Named
@ViewScoped
public class ImportScherm implements Serializable {

    @EJB
    Pgbdienst dienst;

    private Long id;
    private boolean alleenAfgewezen = true;
    private ImportRegel imp;
    private List<DeclaratieRegel> declaraties;
    private long totaal;

    public void laad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            lees();
        } catch (NietGevondenException e) {
            Schermhulp.nietGevonden(e);
        }
    }

    private void lees() {
        imp = dienst.declaratieimport(id == null ? 0 : id);
        var p = dienst.declaraties(imp.id(), alleenAfgewezen, 0, 500);
        declaraties = p.regels();
        totaal = p.totaal();
    }

    public void toon() {
        lees();
    }

    public void akkoord() {
        ImportRegel r = Schermhulp.probeer(() -> dienst.akkoordBetaling(imp.id()));
        if (r != null) {
            Schermhulp.info("Akkoord gegeven: " + status(r.status()) + ".");
        }
        lees();
    }

    static String status(String s) {
        return switch (s) {
            case "INGELEZEN" -> "wacht op akkoord";
            case "WACHT_OP_TWEEDE" -> "wacht op een tweede akkoord (vier ogen)";
            case "BETAALBAAR" -> "betaalbaar";
            case "CONCEPT" -> "concept, wacht op akkoord";
            case "GOEDGEKEURD" -> "goedgekeurd";
            default -> s;
        };
    }

    public String statusTekst(String s) {
        return status(s);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isAlleenAfgewezen() { return alleenAfgewezen; }
    public void setAlleenAfgewezen(boolean v) { this.alleenAfgewezen = v; }
    public ImportRegel getImp() { return imp; }
    public List<DeclaratieRegel> getDeclaraties() { return declaraties; }
    public long getTotaal() { return totaal; }
}
