package nl.maatwerk.web.toegang;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.toegang.Toegang;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** O-02: the mantelzorgers to invite for the yearly appreciation (the first 500). */
@Named
@ViewScoped
public class MantelzorgersScherm implements Serializable {

    @EJB
    Toegang toegang;

    private String gemeente;
    private Integer jaar = LocalDate.now().getYear();
    private transient List<Toegang.Mantelzorgwaardering> lijst;

    public void zoek() {
        lijst = null;
    }

    public List<Toegang.Mantelzorgwaardering> getLijst() {
        if (lijst == null) {
            lijst = List.of();
            Stapmeldingen.probeer(() -> lijst = toegang.mantelzorgwaardering(gemeente, jaar == null ? LocalDate.now().getYear() : jaar, 0, 500));
        }
        return lijst;
    }

    public String getGemeente() { return gemeente; }
    public void setGemeente(String v) { this.gemeente = v; }
    public Integer getJaar() { return jaar; }
    public void setJaar(Integer v) { this.jaar = v; }
}
