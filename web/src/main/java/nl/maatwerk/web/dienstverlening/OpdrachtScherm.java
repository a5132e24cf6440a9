package nl.maatwerk.web.dienstverlening;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.dienstverlening.dienst.Dienstverlening;
import nl.maatwerk.dienstverlening.dienst.Gegevens.OpdrachtOverzicht;
import nl.maatwerk.kern.NietGevondenException;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/** Eén opdracht: aanbieder, start en stop, de toewijzing (WMO301) en het uitvoeringsplan (D-06). */
@Named
@ViewScoped
public class OpdrachtScherm implements Serializable {

    @EJB
    Dienstverlening dienst;

    private String nummer;
    private OpdrachtOverzicht opdracht;
    private String toewijzing;
    private LocalDate planDatum = LocalDate.now();
    private boolean planClient;
    private boolean planAanbieder;

    public void laad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            opdracht = dienst.opdracht(nummer);
        } catch (NietGevondenException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void toonToewijzing() {
        Stapmeldingen.probeer(() -> toewijzing = dienst.toewijzing(nummer));
    }

    public void planVastleggen() {
        if (Stapmeldingen.probeer(() -> opdracht = dienst.uitvoeringsplan(nummer, planDatum, planClient, planAanbieder))) {
            Stapmeldingen.info("Het uitvoeringsplan is vastgelegd.");
        }
    }

    public String getNummer() { return nummer; }
    public void setNummer(String nummer) { this.nummer = nummer; }
    public OpdrachtOverzicht getOpdracht() { return opdracht; }
    public String getToewijzing() { return toewijzing; }
    public LocalDate getPlanDatum() { return planDatum; }
    public void setPlanDatum(LocalDate planDatum) { this.planDatum = planDatum; }
    public boolean isPlanClient() { return planClient; }
    public void setPlanClient(boolean planClient) { this.planClient = planClient; }
    public boolean isPlanAanbieder() { return planAanbieder; }
    public void setPlanAanbieder(boolean planAanbieder) { this.planAanbieder = planAanbieder; }
}
