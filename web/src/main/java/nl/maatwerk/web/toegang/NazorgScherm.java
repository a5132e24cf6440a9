package nl.maatwerk.web.toegang;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Bezwaar;
import nl.maatwerk.toegang.Toegang;
import nl.maatwerk.toegang.Zaak;
import nl.maatwerk.verordening.beoordeling.Herziening;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** After the beschikking: bezwaar with its own deadline and outcome (T-17, T-18), herziening and intrekking (C-17). */
@Named
@ViewScoped
public class NazorgScherm implements Serializable {

    @EJB
    Toegang toegang;

    private Long id;
    private transient Beschikking beschikking;
    private transient List<Bezwaar> bezwaren = List.of();
    private transient Herziening.Resultaat herziening;

    private LocalDate ontvangenOp = LocalDate.now();
    private String gronden;
    private Bezwaar.Uitkomst uitkomst = Bezwaar.Uitkomst.ONGEGROND;
    private Herziening.Verstrekking verstrekking = Herziening.Verstrekking.NATURA_BRUIKLEEN;
    private boolean onjuisteGegevens, opzettelijk, nietLangerAangewezen, nietLangerToereikend, voorwaardenNietNagekomen, nietOfAndersGebruikt;

    public void laad() {
        if (id == null) {
            Stapmeldingen.fout("Beschikking niet gevonden.");
            return;
        }
        Stapmeldingen.probeer(() -> {
            beschikking = toegang.beschikkingInzien(id);
            Zaak z = toegang.zaak(beschikking.getMelding().getId());
            bezwaren = z.bezwaren().stream().filter(b -> b.getBeschikking().getId().equals(id)).toList();
        });
    }

    private void herlaad() {
        laad();
    }

    public String bezwaar() {
        if (Stapmeldingen.probeer(() -> toegang.bezwaar(id, ontvangenOp, gronden))) {
            Stapmeldingen.info("Het bezwaar is geregistreerd (T-17).");
            return "/toegang/nazorg?faces-redirect=true&id=" + id;
        }
        herlaad();
        return null;
    }

    public String beslis() {
        Bezwaar open = getOpenBezwaar();
        if (open != null && Stapmeldingen.probeer(() -> toegang.beslisBezwaar(open.getId(), uitkomst, null))) {
            Stapmeldingen.info("Op het bezwaar is beslist.");
            return "/toegang/nazorg?faces-redirect=true&id=" + id;
        }
        herlaad();
        return null;
    }

    public void herzie() {
        var feiten = new Herziening.Omstandigheden(verstrekking, onjuisteGegevens, opzettelijk, nietLangerAangewezen,
                nietLangerToereikend, voorwaardenNietNagekomen, nietOfAndersGebruikt, null, false);
        Herziening.Resultaat[] r = new Herziening.Resultaat[1];
        if (Stapmeldingen.probeer(() -> r[0] = toegang.herzie(id, feiten, null).resultaat())) {
            herziening = r[0];
            Stapmeldingen.info("De beschikking is herzien of ingetrokken (C-17).");
        }
        herlaad();
    }

    public Bezwaar getOpenBezwaar() {
        return getBezwaren().stream().filter(b -> b.getUitkomst() == null).findFirst().orElse(null);
    }

    public Beschikking getBeschikking() {
        if (beschikking == null && id != null) {
            laad();
        }
        return beschikking;
    }

    public List<Bezwaar> getBezwaren() {
        if (beschikking == null && id != null) {
            laad();
        }
        return bezwaren;
    }

    public Herziening.Resultaat getHerziening() { return herziening; }
    public Bezwaar.Uitkomst[] getUitkomsten() { return Bezwaar.Uitkomst.values(); }
    public Herziening.Verstrekking[] getVerstrekkingen() { return Herziening.Verstrekking.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LocalDate getOntvangenOp() { return ontvangenOp; }
    public void setOntvangenOp(LocalDate v) { this.ontvangenOp = v; }
    public String getGronden() { return gronden; }
    public void setGronden(String v) { this.gronden = v; }
    public Bezwaar.Uitkomst getUitkomst() { return uitkomst; }
    public void setUitkomst(Bezwaar.Uitkomst v) { this.uitkomst = v; }
    public Herziening.Verstrekking getVerstrekking() { return verstrekking; }
    public void setVerstrekking(Herziening.Verstrekking v) { this.verstrekking = v; }
    public boolean isOnjuisteGegevens() { return onjuisteGegevens; }
    public void setOnjuisteGegevens(boolean v) { this.onjuisteGegevens = v; }
    public boolean isOpzettelijk() { return opzettelijk; }
    public void setOpzettelijk(boolean v) { this.opzettelijk = v; }
    public boolean isNietLangerAangewezen() { return nietLangerAangewezen; }
    public void setNietLangerAangewezen(boolean v) { this.nietLangerAangewezen = v; }
    public boolean isNietLangerToereikend() { return nietLangerToereikend; }
    public void setNietLangerToereikend(boolean v) { this.nietLangerToereikend = v; }
    public boolean isVoorwaardenNietNagekomen() { return voorwaardenNietNagekomen; }
    public void setVoorwaardenNietNagekomen(boolean v) { this.voorwaardenNietNagekomen = v; }
    public boolean isNietOfAndersGebruikt() { return nietOfAndersGebruikt; }
    public void setNietOfAndersGebruikt(boolean v) { this.nietOfAndersGebruikt = v; }
}
