package nl.maatwerk.web.rolstoelen;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.rolstoelen.Hulpmiddel;
import nl.maatwerk.domain.rolstoelen.HulpmiddelStatus;
import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.rolstoelen.dienst.Hulpmiddelen;

import java.io.Serializable;
import java.util.List;

/** Het depot: zoeken op merk, model of serienummer, filteren op status en soort; "in depot" is beschikbaar voor hergebruik. */
@Named
@ViewScoped
public class DepotScherm implements Serializable {

    static final int MAX = 200;

    @EJB
    Hulpmiddelen hulpmiddelen;

    private HulpmiddelStatus status;
    private Hulpmiddelsoort soort;
    private String tekst;
    private List<Hulpmiddel> regels;
    private long totaal;

    public void laad() {
        if (regels == null) {
            zoek();
        }
    }

    public void zoek() {
        var p = hulpmiddelen.depot(status, soort, tekst, 0, MAX, "serienummer", true);
        regels = p.regels();
        totaal = p.totaal();
    }

    public HulpmiddelStatus[] getStatussen() { return HulpmiddelStatus.values(); }
    public Hulpmiddelsoort[] getSoorten() { return Hulpmiddelsoort.values(); }
    public HulpmiddelStatus getStatus() { return status; }
    public void setStatus(HulpmiddelStatus status) { this.status = status; }
    public Hulpmiddelsoort getSoort() { return soort; }
    public void setSoort(Hulpmiddelsoort soort) { this.soort = soort; }
    public String getTekst() { return tekst; }
    public void setTekst(String tekst) { this.tekst = tekst; }
    public List<Hulpmiddel> getRegels() { return regels; }
    public long getTotaal() { return totaal; }
}
