package nl.maatwerk.web.dienstverlening;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.dienstverlening.dienst.Dienstverlening;
import nl.maatwerk.dienstverlening.dienst.Gegevens.ImportUitkomst;
import nl.maatwerk.dienstverlening.dienst.Gegevens.OpdrachtOverzicht;

import java.io.Serializable;
import java.util.List;

/** De verzonden opdrachten met start en stop, en het inlezen van een start- (WMO305) of stopbericht (WMO307). */
@Named
@ViewScoped
public class OpdrachtenScherm implements Serializable {

    @EJB
    Dienstverlening dienst;

    private String status = "";
    private List<OpdrachtOverzicht> opdrachten;
    private long totaal;
    private String bericht;
    private ImportUitkomst uitkomst;

    public void laad() {
        var p = dienst.opdrachten(status, 0, 200);
        opdrachten = p.regels();
        totaal = p.totaal();
    }

    public void filter() {
        laad();
    }

    public void inlezen() {
        if (Stapmeldingen.probeer(() -> uitkomst = dienst.leveringsbericht(bericht))) {
            bericht = null;
            laad();
        } else {
            uitkomst = null;
        }
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public List<OpdrachtOverzicht> getOpdrachten() { return opdrachten; }
    public long getTotaal() { return totaal; }
    public String getBericht() { return bericht; }
    public void setBericht(String bericht) { this.bericht = bericht; }
    public ImportUitkomst getUitkomst() { return uitkomst; }
}
