package nl.maatwerk.web.dienstverlening;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.dienstverlening.dienst.Dienstverlening;
import nl.maatwerk.dienstverlening.dienst.Gegevens.ArrangementOverzicht;
import nl.maatwerk.dienstverlening.dienst.Gegevens.Gecontracteerde;
import nl.maatwerk.dienstverlening.dienst.Gegevens.OpdrachtOverzicht;
import nl.maatwerk.kern.NietGevondenException;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Eén arrangement: onderdelen met de treden uitgelegd, kostprijs, motivering, opdrachten; de aanbieder kiezen en de opdracht versturen. */
@Named
@ViewScoped
public class ArrangementDetail implements Serializable {

    @EJB
    Dienstverlening dienst;

    private Long id;
    private ArrangementOverzicht arrangement;
    private List<Gecontracteerde> gecontracteerd;
    private Long aanbieder;
    private String keuzeDoor = "CLIENT";
    private java.time.LocalDate afwezigVanaf;
    private java.time.LocalDate afwezigTot;
    private boolean definitief;
    private List<nl.maatwerk.dienstverlening.dienst.Gegevens.Regel> afwezigheid;

    public void laad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new NietGevondenException("Arrangement niet gevonden.");
            }
            lees();
        } catch (NietGevondenException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void lees() {
        arrangement = dienst.arrangement(id);
        gecontracteerd = dienst.gecontracteerd(id);
        keuzeDoor = arrangement.oggz() ? "MEDEWERKER" : keuzeDoor;
    }

    public String versturen() {
        OpdrachtOverzicht[] o = new OpdrachtOverzicht[1];
        boolean medewerker = "MEDEWERKER".equals(keuzeDoor) || arrangement.oggz();
        if (Stapmeldingen.probeer(() -> o[0] = dienst.opdrachtVersturen(id, medewerker ? null : aanbieder, medewerker ? aanbieder : null))) {
            Stapmeldingen.info("Dienstverleningsopdracht " + o[0].toewijzingnummer() + " is verstuurd aan " + o[0].aanbieder() + ".");
            return "/dienstverlening/opdracht?faces-redirect=true&nummer=" + o[0].toewijzingnummer();
        }
        return null;
    }

    /** D-09 en C-15: afwezigheid verwerken; bij definitief vertrek uit huisvesting eindigt het arrangement. */
    public void afwezigheidMelden() {
        if (Stapmeldingen.probeer(() -> afwezigheid = dienst.afwezigheid(id, definitief, afwezigVanaf, afwezigTot))) {
            arrangement = dienst.arrangement(id);
        }
    }

    public boolean isOpdrachtMogelijk() {
        return arrangement != null && "VASTGESTELD".equals(arrangement.status())
                && arrangement.opdrachten().stream().allMatch(o -> "GESTOPT".equals(o.status()));
    }

    public java.time.LocalDate getAfwezigVanaf() { return afwezigVanaf; }
    public void setAfwezigVanaf(java.time.LocalDate v) { this.afwezigVanaf = v; }
    public java.time.LocalDate getAfwezigTot() { return afwezigTot; }
    public void setAfwezigTot(java.time.LocalDate v) { this.afwezigTot = v; }
    public boolean isDefinitief() { return definitief; }
    public void setDefinitief(boolean definitief) { this.definitief = definitief; }
    public List<nl.maatwerk.dienstverlening.dienst.Gegevens.Regel> getAfwezigheid() { return afwezigheid; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ArrangementOverzicht getArrangement() { return arrangement; }
    public List<Gecontracteerde> getGecontracteerd() { return gecontracteerd; }
    public Long getAanbieder() { return aanbieder; }
    public void setAanbieder(Long aanbieder) { this.aanbieder = aanbieder; }
    public String getKeuzeDoor() { return keuzeDoor; }
    public void setKeuzeDoor(String keuzeDoor) { this.keuzeDoor = keuzeDoor; }
}
