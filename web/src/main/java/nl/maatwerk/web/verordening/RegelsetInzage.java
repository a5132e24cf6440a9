package nl.maatwerk.web.verordening;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.dienst.VersieInfo;
import nl.maatwerk.verordening.regelset.Bron;
import nl.maatwerk.verordening.regelset.Parameter;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One version: its parameters with value, status and citation, the articles per rule, and its use. */
@Named
@ViewScoped
public class RegelsetInzage implements Serializable {

    public record RegelBron(String regelId, Bron bron) {
    }

    @EJB
    RegelboekDienst dienst;

    private String versie;
    private VersieInfo info;

    public void laad() throws java.io.IOException {
        var fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (fc.isPostback()) {
            return;
        }
        try {
            if (versie == null || versie.isBlank()) {
                throw new NietGevondenException("Geen regelsetversie gekozen.");
            }
            info = dienst.versie(versie);
        } catch (NietGevondenException e) {
            fc.getExternalContext().responseSendError(404, e.getMessage());
            fc.responseComplete();
        }
    }

    public List<Parameter> getParameters() {
        return List.copyOf(info.regelset().parameters().values());
    }

    public List<RegelBron> getRegelBronnen() {
        return info.regelset().regelBronnen().entrySet().stream().map(e -> new RegelBron(e.getKey(), e.getValue())).toList();
    }

    public List<Map.Entry<String, Long>> getGebruik() {
        return List.copyOf(info.gebruik().entrySet());
    }

    public String getStatus() {
        return info.status(LocalDate.now()).omschrijving();
    }

    public String getVersie() { return versie; }
    public void setVersie(String versie) { this.versie = versie; }
    public VersieInfo getInfo() { return info; }
}
