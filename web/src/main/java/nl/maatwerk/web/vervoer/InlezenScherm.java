package nl.maatwerk.web.vervoer;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.maatwerk.vervoer.ritten.ImportResultaat;
import nl.maatwerk.vervoer.ritten.Rittenimport;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/** Het rittenbestand van de vervoerder uploaden en het resultaat tonen. */
@Named
@ViewScoped
public class InlezenScherm implements Serializable {

    @EJB
    Rittenimport rittenimport;

    private transient Part bestand;
    private boolean alleenGeldige;
    private ImportResultaat resultaat;

    public void inlezen() {
        if (bestand == null || bestand.getSize() == 0 && bestand.getSubmittedFileName() == null) {
            FacesContext.getCurrentInstance().addMessage("inlezen:bestand",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Kies een rittenbestand.", null));
            return;
        }
        try (Reader in = new InputStreamReader(bestand.getInputStream(), StandardCharsets.UTF_8)) {
            resultaat = rittenimport.importeer(bestand.getSubmittedFileName(), in, alleenGeldige);
        } catch (IOException e) {
            FacesContext.getCurrentInstance().addMessage("inlezen:bestand",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Het bestand kon niet worden gelezen: " + e.getMessage(), null));
        }
    }

    public Part getBestand() { return bestand; }
    public void setBestand(Part bestand) { this.bestand = bestand; }
    public boolean isAlleenGeldige() { return alleenGeldige; }
    public void setAlleenGeldige(boolean alleenGeldige) { this.alleenGeldige = alleenGeldige; }
    public ImportResultaat getResultaat() { return resultaat; }
}
