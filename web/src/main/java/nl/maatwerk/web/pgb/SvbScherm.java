package nl.maatwerk.web.pgb;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.maatwerk.pgb.dienst.Pgbdienst;
import nl.maatwerk.pgb.dienst.Pgbgegevens.StandResultaat;
import nl.maatwerk.pgb.dienst.Pgbgegevens.Vergelijking;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** De budgetafsluiting van de SVB inlezen en per budget naast de eigen goedgekeurde declaraties zetten. */
@Named
@ViewScoped
public class SvbScherm implements Serializable {

    @EJB
    Pgbdienst dienst;

    private transient Part bestand;
    private String gemeente;
    private Map<String, String> gemeenten;
    private Integer jaar = LocalDate.now().getYear();
    private StandResultaat resultaat;
    private List<Vergelijking> vergelijking;

    @PostConstruct
    void init() {
        gemeenten = dienst.gemeenten();
        gemeente = gemeenten.keySet().stream().findFirst().orElse(null);
    }

    public void inlezen() {
        if (bestand == null || bestand.getSize() == 0 && bestand.getSubmittedFileName() == null) {
            Schermhulp.fout("Budgetafsluiting (CSV): kies een bestand.");
            return;
        }
        try (Reader in = new InputStreamReader(bestand.getInputStream(), StandardCharsets.UTF_8)) {
            resultaat = Schermhulp.probeer(() -> dienst.importeerSvbStand(gemeente, in));
        } catch (IOException e) {
            Schermhulp.fout("Budgetafsluiting (CSV): het bestand kon niet worden gelezen: " + e.getMessage());
            return;
        }
        if (resultaat != null && resultaat.doorgevoerd()) {
            Schermhulp.info("Budgetafsluiting ingelezen: " + resultaat.verwerkt() + " regels.");
            vergelijk();
        } else if (resultaat != null) {
            Schermhulp.fout("Budgetafsluiting niet ingelezen: " + (resultaat.fouten().isEmpty() ? "het bestand bevat geen regels." : "het bestand bevat fouten; er is niets opgeslagen."));
        }
    }

    public void vergelijk() {
        if (jaar == null || jaar < 2015 || jaar > 2100) {
            Schermhulp.fout("Jaar moet tussen 2015 en 2100 liggen.");
            return;
        }
        vergelijking = Schermhulp.probeer(() -> dienst.vergelijkSvb(gemeente, jaar));
    }

    /** Een verschil in woorden, zodat het niet alleen aan een kleur of een minteken te zien is. */
    public String duiding(BigDecimal verschil) {
        int s = verschil.signum();
        return s == 0 ? "gelijk" : s > 0 ? "SVB hoger" : "SVB lager";
    }

    public Part getBestand() { return bestand; }
    public void setBestand(Part v) { bestand = v; }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String v) { gemeente = v; }
    public Map<String, String> getGemeenten() { return gemeenten; }
    public Integer getJaar() { return jaar; }
    public void setJaar(Integer v) { jaar = v; }
    public StandResultaat getResultaat() { return resultaat; }
    public List<Vergelijking> getVergelijking() { return vergelijking; }
}
