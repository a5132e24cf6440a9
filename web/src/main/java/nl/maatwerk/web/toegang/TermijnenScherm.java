package nl.maatwerk.web.toegang;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.toegang.Toegang;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The teamleider's weekly view of deadlines met and missed, per behandelaar. */
@Named
@ViewScoped
public class TermijnenScherm implements Serializable {

    @EJB
    Toegang toegang;

    private String gemeente;
    private LocalDate van = LocalDate.now().minusWeeks(8);
    private LocalDate tot = LocalDate.now().plusWeeks(2);
    private transient List<Toegang.Weekcijfer> cijfers;

    public void zoek() {
        cijfers = null;
    }

    public List<Toegang.Weekcijfer> getCijfers() {
        if (cijfers == null) {
            cijfers = List.of();
            Stapmeldingen.probeer(() -> cijfers = toegang.termijnenPerWeek(gemeente, van, tot));
        }
        return cijfers;
    }

    public String getGemeente() { return gemeente; }
    public void setGemeente(String v) { this.gemeente = v; }
    public LocalDate getVan() { return van; }
    public void setVan(LocalDate v) { this.van = v; }
    public LocalDate getTot() { return tot; }
    public void setTot(LocalDate v) { this.tot = v; }
}
