package nl.maatwerk.web.verordening;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.dienst.UploadUitkomst;
import nl.maatwerk.verordening.dienst.VersieInfo;
import nl.maatwerk.verordening.regelset.RegelsetFout;
import nl.maatwerk.verordening.regelset.RegelsetVerschil;
import nl.maatwerk.verordening.regelset.VastTeStellenParameter;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Beheer of the regelsets: versions per gemeente on a time line, upload, difference, still to be set. */
@Named
@ViewScoped
public class RegelsetsBeheer implements Serializable {

    /** One gemeente's versions, oldest first: the time line. */
    public record Tijdlijn(String gemeente, String gemeentenaam, List<VersieInfo> versies) {
    }

    @EJB
    RegelboekDienst dienst;

    private List<Tijdlijn> tijdlijnen;
    private List<VersieInfo> alle;
    private transient Part bestand;
    private List<RegelsetFout> fouten = List.of();
    private String versieA;
    private String versieB;
    private RegelsetVerschil verschil;

    @PostConstruct
    void init() {
        laad();
    }

    private void laad() {
        alle = dienst.overzicht();
        Map<String, Tijdlijn> perGemeente = new LinkedHashMap<>();
        for (VersieInfo v : alle) {
            perGemeente.computeIfAbsent(v.regelset().gemeente(), g -> new Tijdlijn(g, v.regelset().gemeentenaam(), new java.util.ArrayList<>()))
                    .versies().add(v);
        }
        tijdlijnen = List.copyOf(perGemeente.values());
    }

    public void upload() {
        if (bestand == null || bestand.getSize() == 0) {
            Berichten.fout("Kies een regelsetbestand (YAML) om te uploaden.");
            return;
        }
        String yaml;
        try (InputStream in = bestand.getInputStream()) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            Berichten.fout("Het bestand kon niet worden gelezen.");
            return;
        }
        UploadUitkomst uitkomst = dienst.upload(yaml);
        fouten = uitkomst.fouten();
        if (uitkomst.isGelukt()) {
            VersieInfo v = dienst.versie(uitkomst.versie());
            Berichten.info("Regelset " + v.regelset().versie() + " is opgeslagen en geldt vanaf "
                    + v.regelset().geldigVanaf().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ".");
            laad();
        } else {
            Berichten.fout("De regelset is geweigerd: " + fouten.size() + (fouten.size() == 1 ? " fout" : " fouten")
                    + ". Er is niets opgeslagen.");
        }
    }

    public void vergelijk() {
        if (versieA == null || versieB == null) {
            Berichten.fout("Kies twee versies om te vergelijken.");
            return;
        }
        verschil = dienst.regelboek().verschil(versieA, versieB);
    }

    public List<VastTeStellenParameter> getVastTeStellen() {
        return dienst.regelboek().teVerstellen();
    }

    public String status(VersieInfo v) {
        return v.status(LocalDate.now()).omschrijving();
    }

    public List<Tijdlijn> getTijdlijnen() { return tijdlijnen; }
    public List<VersieInfo> getAlle() { return alle; }
    public Part getBestand() { return bestand; }
    public void setBestand(Part bestand) { this.bestand = bestand; }
    public List<RegelsetFout> getFouten() { return fouten; }
    public String getVersieA() { return versieA; }
    public void setVersieA(String versieA) { this.versieA = versieA; }
    public String getVersieB() { return versieB; }
    public void setVersieB(String versieB) { this.versieB = versieB; }
    public RegelsetVerschil getVerschil() { return verschil; }
}
