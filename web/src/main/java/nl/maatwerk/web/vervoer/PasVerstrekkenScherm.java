package nl.maatwerk.web.vervoer;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.vervoer.dienst.PasAanvraag;
import nl.maatwerk.vervoer.dienst.PasOverzicht;
import nl.maatwerk.vervoer.dienst.Vervoer;
import nl.maatwerk.vervoer.regels.Vervoerregels.ExtraService;
import nl.maatwerk.vervoer.regels.Vervoerregels.Reisbehoefte;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Een regiotaxipas verstrekken: de consulent legt de vervoersbehoefte uit het onderzoek vast, de regels van de
 * gemeente bepalen het jaarbudget (V-02, V-03), toetsen bereik en extra service (V-04) en begeleiding (V-06), en
 * de motivering noemt elke regel met artikel, ook E-04/V-07.
 */
@Named
@ViewScoped
public class PasVerstrekkenScherm implements Serializable {

    @EJB
    Vervoer vervoer;

    private Long client;
    private String pasnummer;
    private LocalDate geldigVan = LocalDate.now();
    private LocalDate geldigTot;
    private int verstePlaatsKm;
    private int verstePlaatsZones;
    private int kmPerJaar;
    private int zonesPerJaar;
    private boolean begeleider;
    private boolean kinderenMee;
    private ExtraService extraService = ExtraService.GEEN;
    private boolean oorzaakInWoning;
    private PasOverzicht verstrekt;
    private String motivering;

    public void verstrek() {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            verstrekt = vervoer.pasVerstrekken(new PasAanvraag(client == null ? 0 : client, pasnummer, geldigVan, geldigTot,
                    new Reisbehoefte(verstePlaatsKm, verstePlaatsZones, kmPerJaar, zonesPerJaar), begeleider, kinderenMee, extraService,
                    oorzaakInWoning));
            motivering = vervoer.motivering(verstrekt.pasnummer());
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Regiotaxipas " + verstrekt.pasnummer() + " is verstrekt.", null));
        } catch (ValidatieException e) {
            for (ValidatieException.Fout f : e.fouten()) {
                String id = "pas:" + f.veld();
                FacesMessage m = new FacesMessage(FacesMessage.SEVERITY_ERROR, f.melding(), f.melding());
                if (fc.getViewRoot().findComponent(id) != null) {
                    fc.addMessage(id, m);
                }
                fc.addMessage(null, m);
            }
            fc.validationFailed();
        } catch (NietGevondenException e) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        }
    }

    public ExtraService[] getServices() { return ExtraService.values(); }
    public Long getClient() { return client; }
    public void setClient(Long client) { this.client = client; }
    public String getPasnummer() { return pasnummer; }
    public void setPasnummer(String pasnummer) { this.pasnummer = pasnummer; }
    public LocalDate getGeldigVan() { return geldigVan; }
    public void setGeldigVan(LocalDate geldigVan) { this.geldigVan = geldigVan; }
    public LocalDate getGeldigTot() { return geldigTot; }
    public void setGeldigTot(LocalDate geldigTot) { this.geldigTot = geldigTot; }
    public int getVerstePlaatsKm() { return verstePlaatsKm; }
    public void setVerstePlaatsKm(int v) { this.verstePlaatsKm = v; }
    public int getVerstePlaatsZones() { return verstePlaatsZones; }
    public void setVerstePlaatsZones(int v) { this.verstePlaatsZones = v; }
    public int getKmPerJaar() { return kmPerJaar; }
    public void setKmPerJaar(int v) { this.kmPerJaar = v; }
    public int getZonesPerJaar() { return zonesPerJaar; }
    public void setZonesPerJaar(int v) { this.zonesPerJaar = v; }
    public boolean isBegeleider() { return begeleider; }
    public void setBegeleider(boolean begeleider) { this.begeleider = begeleider; }
    public boolean isKinderenMee() { return kinderenMee; }
    public void setKinderenMee(boolean kinderenMee) { this.kinderenMee = kinderenMee; }
    public ExtraService getExtraService() { return extraService; }
    public void setExtraService(ExtraService extraService) { this.extraService = extraService; }
    public boolean isOorzaakInWoning() { return oorzaakInWoning; }
    public void setOorzaakInWoning(boolean oorzaakInWoning) { this.oorzaakInWoning = oorzaakInWoning; }
    public PasOverzicht getVerstrekt() { return verstrekt; }
    public String getMotivering() { return motivering; }
}
