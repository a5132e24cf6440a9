package nl.maatwerk.web.pgb;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.maatwerk.pgb.declaraties.Declaratieverwerking;
import nl.maatwerk.pgb.declaraties.ImportResultaat;
import nl.maatwerk.pgb.dienst.Pgbdienst;
import nl.maatwerk.pgb.dienst.Pgbgegevens.ImportRegel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Een declaratiebestand inlezen en de ingelezen bestanden met hun akkoord (vier ogen). */
@Named
@ViewScoped
public class DeclaratiesScherm implements Serializable {

    @EJB
    Pgbdienst dienst;

    @EJB
    Declaratieverwerking verwerking;

    private transient Part bestand;
    private String gemeente;
    private Map<String, String> gemeenten;
    private ImportResultaat resultaat;
    private List<ImportRegel> imports;

    @PostConstruct
    void init() {
        gemeenten = dienst.gemeenten();
        gemeente = gemeenten.keySet().stream().findFirst().orElse(null);
        imports = dienst.imports();
    }

    public void inlezen() {
        if (bestand == null || bestand.getSize() == 0 && bestand.getSubmittedFileName() == null) {
            Schermhulp.fout("Kies een declaratiebestand.");
            return;
        }
        try (Reader in = new InputStreamReader(bestand.getInputStream(), StandardCharsets.UTF_8)) {
            resultaat = Schermhulp.probeer(() -> verwerking.importeer(gemeente, bestand.getSubmittedFileName(), in));
        } catch (IOException e) {
            Schermhulp.fout("Het bestand kon niet worden gelezen: " + e.getMessage());
        }
        imports = dienst.imports();
    }

    public void akkoord(long id) {
        ImportRegel r = Schermhulp.probeer(() -> dienst.akkoordBetaling(id));
        if (r != null) {
            Schermhulp.info("Akkoord gegeven op import " + id + ": " + ImportScherm.status(r.status()) + ".");
        }
        imports = dienst.imports();
    }

    public Part getBestand() { return bestand; }
    public void setBestand(Part bestand) { this.bestand = bestand; }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
    public Map<String, String> getGemeenten() { return gemeenten; }
    public ImportResultaat getResultaat() { return resultaat; }
    public List<ImportRegel> getImports() { return imports; }
}
