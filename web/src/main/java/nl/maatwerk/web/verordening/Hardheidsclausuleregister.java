package nl.maatwerk.web.verordening;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.verordening.HardheidsclausuleToepassing;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.beheer.Gemeenten;
import nl.maatwerk.verordening.dienst.HardheidsclausuleDienst;

import java.io.Serializable;
import java.util.List;

/** C-10 for consulenten and teamleiders: ask with a written reason; a teamleider (not the requester) decides. */
@Named
@ViewScoped
public class Hardheidsclausuleregister implements Serializable {

    @EJB
    HardheidsclausuleDienst dienst;

    @EJB
    Gemeenten gemeenten;

    private List<HardheidsclausuleToepassing> verzoeken;
    private List<Gemeente> mijnGemeenten;
    private String gemeente;
    private String onderwerp;
    private Long clientId;
    private String reden;
    private String toelichting;

    @PostConstruct
    void init() {
        mijnGemeenten = gemeenten.mijnGemeenten();
        if (mijnGemeenten.size() == 1) {
            gemeente = mijnGemeenten.get(0).getCode();
        }
        verzoeken = dienst.register();
    }

    public void vraagAan() {
        try {
            var v = dienst.vraagAan(new HardheidsclausuleDienst.Aanvraag(gemeente, onderwerp, clientId, reden));
            Berichten.info("Verzoek " + v.getId() + " is vastgelegd en wacht op een teamleider.");
            onderwerp = reden = null;
            clientId = null;
            verzoeken = dienst.register();
        } catch (ValidatieException e) {
            Berichten.toon(e);
        } catch (NietGevondenException e) {
            Berichten.fout(e.getMessage());
        }
    }

    public void keurGoed(long id) {
        beslis(id, true);
    }

    public void weiger(long id) {
        beslis(id, false);
    }

    private void beslis(long id, boolean goed) {
        try {
            var v = goed ? dienst.keurGoed(id, toelichting) : dienst.weiger(id, toelichting);
            Berichten.info("Verzoek " + v.getId() + ": " + v.getStatus().omschrijving() + ".");
            toelichting = null;
            verzoeken = dienst.register();
        } catch (ValidatieException e) {
            Berichten.toon(e);
        } catch (NietGevondenException e) {
            Berichten.fout(e.getMessage());
        }
    }

    public boolean magBeslissen(HardheidsclausuleToepassing v) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("TEAMLEIDER")
                && v.magBeoordelen(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    public String bronVan(String gemeenteCode) {
        return dienst.bron(gemeenteCode).map(b -> b.kort()).orElse("geen hardheidsclausule in de regels van deze gemeente");
    }

    public List<HardheidsclausuleToepassing> getVerzoeken() { return verzoeken; }
    public List<Gemeente> getMijnGemeenten() { return mijnGemeenten; }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
    public String getOnderwerp() { return onderwerp; }
    public void setOnderwerp(String onderwerp) { this.onderwerp = onderwerp; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public String getReden() { return reden; }
    public void setReden(String reden) { this.reden = reden; }
    public String getToelichting() { return toelichting; }
    public void setToelichting(String toelichting) { this.toelichting = toelichting; }
}
