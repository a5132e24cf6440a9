package nl.maatwerk.web.woonvoorzieningen;

import nl.maatwerk.web.schermen.Meldingen;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.woonvoorzieningen.Status;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.woonvoorzieningen.dienst.Woonvoorzieningen;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Eén woonvoorziening: offertes (de goedkoopst adequate wordt gekozen), de eigenaar gehoord (W-13), de status een
 * stap verder (goedkeuren toetst W-05 en W-13 opnieuw), de koppeling aan de toegangsaanvraag en de toegepaste regels.
 */
@Named
@ViewScoped
public class VoorzieningScherm implements Serializable {

    @EJB
    Woonvoorzieningen dienst;

    private Long id;
    private Woonvoorziening voorziening;
    private List<RegelToepassing> regels;

    private String aannemer;
    private BigDecimal bedrag;
    private boolean adequaat = true;
    private LocalDate ontvangenOp = LocalDate.now();
    private LocalDate gehoordOp = LocalDate.now();
    private LocalDate statusOp = LocalDate.now();
    private Long aanvraagId;

    public void laad() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            herlaad();
        } catch (NietGevondenException e) {
            Meldingen.nietGevonden(e.getMessage());
        }
    }

    private void herlaad() {
        if (id == null) {
            throw new NietGevondenException("Woonvoorziening niet gevonden.");
        }
        voorziening = dienst.voorziening(id);
        regels = dienst.regels(id);
        aanvraagId = voorziening.getAanvraagId();
    }

    public void voegOfferteToe() {
        try {
            dienst.voegOfferteToe(id, aannemer, bedrag, adequaat, ontvangenOp);
            Meldingen.info("De offerte van " + aannemer + " is toegevoegd; de goedkoopst adequate offerte is gekozen.");
            aannemer = null;
            bedrag = null;
            herlaad();
        } catch (ValidatieException e) {
            Meldingen.toon(e, "offerte");
        }
    }

    public void eigenaarGehoord() {
        try {
            dienst.eigenaarGehoord(id, gehoordOp);
            Meldingen.info("Vastgelegd dat de eigenaar is gehoord (regel W-13).");
            herlaad();
        } catch (ValidatieException e) {
            Meldingen.toon(e, "eigenaar");
        }
    }

    public void volgendeStatus() {
        try {
            Status nieuw = getVolgendeStatus();
            dienst.naarStatus(id, voorziening.getVersion(), nieuw, statusOp);
            Meldingen.info("De status is nu " + nieuw.omschrijving() + ".");
            herlaad();
        } catch (ValidatieException e) {
            Meldingen.toon(e, "status");
        }
    }

    public void koppel() {
        try {
            dienst.koppelAanAanvraag(id, aanvraagId);
            Meldingen.info(aanvraagId == null ? "De woonvoorziening hoort niet meer bij een aanvraag."
                    : "De woonvoorziening hoort bij aanvraag " + aanvraagId + "; de beschikking daarvan noemt het advies en de regels.");
            herlaad();
        } catch (ValidatieException e) {
            Meldingen.toon(e, "koppeling");
        }
    }

    /** De volgende status, of leeg als de voorziening is opgeleverd. */
    public Status getVolgendeStatus() {
        int i = voorziening.getStatus().ordinal() + 1;
        return i < Status.values().length ? Status.values()[i] : null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Woonvoorziening getVoorziening() { return voorziening; }
    public List<RegelToepassing> getRegels() { return regels; }
    public String getAannemer() { return aannemer; }
    public void setAannemer(String aannemer) { this.aannemer = aannemer; }
    public BigDecimal getBedrag() { return bedrag; }
    public void setBedrag(BigDecimal bedrag) { this.bedrag = bedrag; }
    public boolean isAdequaat() { return adequaat; }
    public void setAdequaat(boolean adequaat) { this.adequaat = adequaat; }
    public LocalDate getOntvangenOp() { return ontvangenOp; }
    public void setOntvangenOp(LocalDate ontvangenOp) { this.ontvangenOp = ontvangenOp; }
    public LocalDate getGehoordOp() { return gehoordOp; }
    public void setGehoordOp(LocalDate gehoordOp) { this.gehoordOp = gehoordOp; }
    public LocalDate getStatusOp() { return statusOp; }
    public void setStatusOp(LocalDate statusOp) { this.statusOp = statusOp; }
    public Long getAanvraagId() { return aanvraagId; }
    public void setAanvraagId(Long aanvraagId) { this.aanvraagId = aanvraagId; }
}
