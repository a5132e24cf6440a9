package nl.maatwerk.web.pgb;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.pgb.dienst.Pgbdienst;
import nl.maatwerk.pgb.dienst.Pgbgegevens.ExportRegel;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** SVB-toekenningsbestand en CAK start/stop maken, goedkeuren (vier ogen) en downloaden. */
@Named
@ViewScoped
public class ExportsScherm implements Serializable {

    @EJB
    Pgbdienst dienst;

    private String gemeente;
    private Map<String, String> gemeenten;
    private LocalDate van = LocalDate.now().withDayOfMonth(1).minusMonths(1);
    private LocalDate tot = LocalDate.now().withDayOfMonth(1).minusDays(1);
    private List<ExportRegel> exports;

    @PostConstruct
    void init() {
        gemeenten = dienst.gemeenten();
        gemeente = gemeenten.keySet().stream().findFirst().orElse(null);
        exports = dienst.exports();
    }

    public void svb() {
        ExportRegel e = Schermhulp.probeer(() -> dienst.maakSvbExport(gemeente));
        if (e != null) {
            Schermhulp.info("SVB-bestand " + e.id() + " gemaakt met " + e.regels() + " budgetten; het wacht op akkoord.");
        }
        exports = dienst.exports();
    }

    public void cak() {
        ExportRegel e = Schermhulp.probeer(() -> dienst.maakCakExport(gemeente, van, tot));
        if (e != null) {
            Schermhulp.info("CAK-bestand " + e.id() + " gemaakt met " + e.regels() + " start- en stopberichten; het wacht op akkoord.");
        }
        exports = dienst.exports();
    }

    public void akkoord(long id) {
        ExportRegel e = Schermhulp.probeer(() -> dienst.akkoordExport(id));
        if (e != null) {
            Schermhulp.info("Akkoord gegeven op export " + id + ": " + ImportScherm.status(e.status()) + ".");
        }
        exports = dienst.exports();
    }

    public void download(long id) throws IOException {
        String inhoud = Schermhulp.probeer(() -> dienst.exportInhoud(id));
        if (inhoud != null) {
            Schermhulp.download("pgb-export-" + id + ".csv", "text/csv; charset=UTF-8", inhoud.getBytes(StandardCharsets.UTF_8));
        }
    }

    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
    public Map<String, String> getGemeenten() { return gemeenten; }
    public LocalDate getVan() { return van; }
    public void setVan(LocalDate van) { this.van = van; }
    public LocalDate getTot() { return tot; }
    public void setTot(LocalDate tot) { this.tot = tot; }
    public List<ExportRegel> getExports() { return exports; }
}
