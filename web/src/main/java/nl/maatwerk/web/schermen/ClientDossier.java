package nl.maatwerk.web.schermen;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.client.BetrokkeneSoort;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.client.BetrokkeneGegevens;
import nl.maatwerk.kern.client.Clientregister;

import java.io.IOException;
import java.io.Serializable;

/** The client page. Later modules add their sections (meldingen, beschikkingen, voorzieningen). */
@Named
@ViewScoped
public class ClientDossier implements Serializable {

    @EJB
    Clientregister register;

    private Long id;
    private Client client;

    private BetrokkeneSoort soort = BetrokkeneSoort.MANTELZORGER;
    private String naam;
    private String relatie;
    private String telefoon;
    private String email;
    private String adres;

    public void laad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Cliënt niet gevonden.");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            client = register.dossier(id);
        } catch (NietGevondenException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void voegBetrokkeneToe() {
        try {
            register.voegBetrokkeneToe(id, new BetrokkeneGegevens(soort, naam, relatie, telefoon, email, adres));
            Meldingen.info(soort.omschrijving() + " " + naam + " is toegevoegd.");
            client = register.dossier(id);
            naam = relatie = telefoon = email = adres = null;
        } catch (ValidatieException e) {
            Meldingen.toon(e, "betrokkeneform");
        }
    }

    public BetrokkeneSoort[] getSoorten() { return BetrokkeneSoort.values(); }
    public Client getClient() { return client; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public BetrokkeneSoort getSoort() { return soort; }
    public void setSoort(BetrokkeneSoort soort) { this.soort = soort; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public String getRelatie() { return relatie; }
    public void setRelatie(String relatie) { this.relatie = relatie; }
    public String getTelefoon() { return telefoon; }
    public void setTelefoon(String telefoon) { this.telefoon = telefoon; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAdres() { return adres; }
    public void setAdres(String adres) { this.adres = adres; }
}
