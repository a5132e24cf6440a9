package nl.maatwerk.web.woonvoorzieningen;

import nl.maatwerk.web.schermen.Meldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;
import nl.maatwerk.domain.woonvoorzieningen.Woonadvies;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.domain.woonvoorzieningen.Woonweigering;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.woonvoorzieningen.dienst.AanvraagGegevens;
import nl.maatwerk.woonvoorzieningen.dienst.Woonvoorzieningen;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** De sectie woonvoorzieningen op de cliëntpagina: laatste advies, voorzieningen en een nieuwe aanvraag. */
@Named
@ViewScoped
public class ClientWoonvoorzieningen implements Serializable {

    @EJB
    Woonvoorzieningen dienst;

    private Long clientId;
    private List<Woonvoorziening> lijst;
    private Woonadvies advies;
    private List<Woonweigering> weigeringen;
    private Long aanvraagId;

    private Voorzieningsoort soort = Voorzieningsoort.HOOGTEVERSCHIL;
    private String omschrijving;
    private Gebruiksruimte ruimte = Gebruiksruimte.SLAAPKAMER;
    private LocalDate aangevraagdOp = LocalDate.now();
    private boolean onvoorzieneWijziging;
    private String toelichtingWijziging;

    public List<Woonvoorziening> lijst(Long id) {
        laad(id);
        return lijst;
    }

    public Woonadvies advies(Long id) {
        laad(id);
        return advies;
    }

    public List<Woonweigering> weigeringen(Long id) {
        laad(id);
        return weigeringen;
    }

    private void laad(Long id) {
        if (id != null && !id.equals(clientId)) {
            clientId = id;
            lijst = dienst.vanClient(id);
            advies = dienst.laatsteAdvies(id).orElse(null);
            weigeringen = dienst.weigeringen(id);
        }
    }

    public void vraagAan() {
        try {
            AanvraagGegevens g = AanvraagGegevens.eenvoudig(soort, omschrijving, ruimte, aangevraagdOp);
            if (onvoorzieneWijziging) {
                g = g.metOnvoorzieneWijziging(toelichtingWijziging);
            }
            g = g.bijAanvraag(aanvraagId);
            Woonvoorziening w;
            try {
                w = dienst.vraagAan(clientId, g);
            } catch (ValidatieException e) {
                // A refusal is recorded even though the request stored nothing: show it in the list at once.
                weigeringen = dienst.weigeringen(clientId);
                throw e;
            }
            Meldingen.info("De aanvraag voor " + w.getOmschrijving() + " is vastgelegd met status offerte.");
            Long id = clientId;
            clientId = null;
            laad(id);
            omschrijving = null;
        } catch (ValidatieException e) {
            Meldingen.toon(e, "woonaanvraag");
        }
    }

    public Long getAanvraagId() { return aanvraagId; }
    public void setAanvraagId(Long aanvraagId) { this.aanvraagId = aanvraagId; }
    public Voorzieningsoort[] getSoorten() { return Voorzieningsoort.values(); }
    public Gebruiksruimte[] getRuimten() { return Gebruiksruimte.values(); }
    public Voorzieningsoort getSoort() { return soort; }
    public void setSoort(Voorzieningsoort soort) { this.soort = soort; }
    public String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
    public Gebruiksruimte getRuimte() { return ruimte; }
    public void setRuimte(Gebruiksruimte ruimte) { this.ruimte = ruimte; }
    public LocalDate getAangevraagdOp() { return aangevraagdOp; }
    public void setAangevraagdOp(LocalDate aangevraagdOp) { this.aangevraagdOp = aangevraagdOp; }
    public boolean isOnvoorzieneWijziging() { return onvoorzieneWijziging; }
    public void setOnvoorzieneWijziging(boolean onvoorzieneWijziging) { this.onvoorzieneWijziging = onvoorzieneWijziging; }
    public String getToelichtingWijziging() { return toelichtingWijziging; }
    public void setToelichtingWijziging(String toelichtingWijziging) { this.toelichtingWijziging = toelichtingWijziging; }
}
