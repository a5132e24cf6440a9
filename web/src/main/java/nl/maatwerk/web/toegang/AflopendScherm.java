package nl.maatwerk.web.toegang;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.toegang.Toegang;

import java.io.Serializable;
import java.util.List;

/** C-18: indicaties that end within the regelset's period, for heroverweging (the first 200, earliest first). */
@Named
@ViewScoped
public class AflopendScherm implements Serializable {

    @EJB
    Toegang toegang;

    private String gemeente;
    private transient List<Beschikking> lijst;

    public void zoek() {
        lijst = null;
    }

    public List<Beschikking> getLijst() {
        if (lijst == null) {
            lijst = List.of();
            Stapmeldingen.probeer(() -> lijst = toegang.aflopendeIndicaties(gemeente, null, 0, 200));
        }
        return lijst;
    }

    public String getGemeente() { return gemeente; }
    public void setGemeente(String v) { this.gemeente = v; }
}
