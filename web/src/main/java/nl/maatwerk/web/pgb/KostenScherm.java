package nl.maatwerk.web.pgb;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.pgb.dienst.Pgbdienst;
import nl.maatwerk.pgb.dienst.Pgbgegevens.Kostenoverzicht;
import nl.maatwerk.pgb.dienst.Pgbgegevens.TerugvorderingRegel;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Kosten per gemeente (O-06, O-07) als tabellen, met Excel; en de terugvorderingen van alle gebieden. */
@Named
@ViewScoped
public class KostenScherm implements Serializable {

    @EJB
    Pgbdienst dienst;

    private int jaar = LocalDate.now().getYear();
    private BigDecimal uitvoeringskosten = BigDecimal.ZERO;
    private Kostenoverzicht overzicht;
    private List<TerugvorderingRegel> terugvorderingen;

    public void toon() {
        overzicht = Schermhulp.probeer(() -> dienst.kosten(jaar, uitvoeringskosten));
    }

    public void excel() throws IOException {
        byte[] b = Schermhulp.probeer(() -> dienst.kostenExcel(jaar, uitvoeringskosten));
        if (b != null) {
            Schermhulp.download("kosten-per-gemeente-" + jaar + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b);
        }
    }

    public void laadTerugvorderingen() {
        if (terugvorderingen == null) {
            terugvorderingen = dienst.terugvorderingen();
        }
    }

    public int getJaar() { return jaar; }
    public void setJaar(int jaar) { this.jaar = jaar; }
    public BigDecimal getUitvoeringskosten() { return uitvoeringskosten; }
    public void setUitvoeringskosten(BigDecimal v) { this.uitvoeringskosten = v; }
    public Kostenoverzicht getOverzicht() { return overzicht; }
    public List<TerugvorderingRegel> getTerugvorderingen() { return terugvorderingen; }
}
