package nl.maatwerk.web.dienstverlening;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.dienstverlening.dienst.Dienstverlening;
import nl.maatwerk.dienstverlening.dienst.Gegevens.ErvaringsonderzoekInvoer;
import nl.maatwerk.dienstverlening.dienst.Gegevens.ErvaringsonderzoekOverzicht;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** O-03 (004 art. 18 lid 3): het jaarlijkse cliëntervaringsonderzoek per gemeente; de teamleider legt het vast als uitgevoerd. */
@Named
@ViewScoped
public class ErvaringsonderzoekScherm implements Serializable {

    @EJB
    Dienstverlening dienst;

    @EJB
    HuidigeGebruiker huidige;

    private String gemeente;
    private String jaar = String.valueOf(LocalDate.now().getYear());
    private LocalDate uitgevoerdOp;
    private String uitkomst;
    private ErvaringsonderzoekOverzicht overzicht;

    public List<String> getGemeenten() {
        return huidige.gemeenten().stream().sorted().toList();
    }

    public void tonen() {
        Integer j = jaartal();
        if (j == null) {
            return;
        }
        ErvaringsonderzoekOverzicht[] o = new ErvaringsonderzoekOverzicht[1];
        if (Stapmeldingen.probeer(() -> o[0] = dienst.ervaringsonderzoek(gemeente, j))) {
            overzicht = o[0];
        } else {
            overzicht = null;
        }
    }

    public void vastleggen() {
        Integer j = jaartal();
        if (j == null) {
            return;
        }
        ErvaringsonderzoekOverzicht[] o = new ErvaringsonderzoekOverzicht[1];
        if (Stapmeldingen.probeer(() -> o[0] = dienst.ervaringsonderzoekVastleggen(new ErvaringsonderzoekInvoer(gemeente, j, uitgevoerdOp, uitkomst)))) {
            overzicht = o[0];
            Stapmeldingen.info("Het cliëntervaringsonderzoek over " + j + " is vastgelegd als uitgevoerd.");
        }
    }

    private Integer jaartal() {
        try {
            return Integer.valueOf(jaar == null ? "" : jaar.strip());
        } catch (NumberFormatException e) {
            Stapmeldingen.fout("Jaar is een jaartal, bijvoorbeeld 2026.");
            return null;
        }
    }

    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
    public String getJaar() { return jaar; }
    public void setJaar(String jaar) { this.jaar = jaar; }
    public LocalDate getUitgevoerdOp() { return uitgevoerdOp; }
    public void setUitgevoerdOp(LocalDate d) { this.uitgevoerdOp = d; }
    public String getUitkomst() { return uitkomst; }
    public void setUitkomst(String uitkomst) { this.uitkomst = uitkomst; }
    public ErvaringsonderzoekOverzicht getOverzicht() { return overzicht; }
}
