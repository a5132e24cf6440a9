package nl.maatwerk.web.schermen;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.client.ClientGegevens;
import nl.maatwerk.kern.client.Clientregister;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/** Register a new client, or change one (with the version the user saw: optimistic locking). */
@Named
@ViewScoped
public class ClientBewerken implements Serializable {

    @EJB
    Clientregister register;

    private Long id;
    private long versie;
    private String bsn;
    private String voornamen;
    private String tussenvoegsel;
    private String achternaam;
    private LocalDate geboortedatum;
    private String straat;
    private String huisnummer;
    private String postcode;
    private String woonplaats;
    private String telefoon;
    private String email;
    private String gemeente;

    public void laad() throws IOException {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            Client c = register.dossier(id);
            versie = c.getVersion();
            bsn = c.getBsn();
            voornamen = c.getVoornamen();
            tussenvoegsel = c.getTussenvoegsel();
            achternaam = c.getAchternaam();
            geboortedatum = c.getGeboortedatum();
            straat = c.getStraat();
            huisnummer = c.getHuisnummer();
            postcode = c.getPostcode();
            woonplaats = c.getWoonplaats();
            telefoon = c.getTelefoon();
            email = c.getEmail();
            gemeente = c.getGemeente().getCode();
        } catch (NietGevondenException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String opslaan() {
        var gegevens = new ClientGegevens(bsn, voornamen, tussenvoegsel, achternaam, geboortedatum, straat, huisnummer,
                postcode, woonplaats, telefoon, email, gemeente);
        try {
            Client c = id == null ? register.registreer(gegevens) : register.wijzig(id, versie, gegevens);
            Meldingen.infoNaRedirect(id == null ? "Cliënt " + c.volledigeNaam() + " is geregistreerd."
                    : "De gegevens van " + c.volledigeNaam() + " zijn opgeslagen.");
            return "/clienten/client.xhtml?faces-redirect=true&id=" + c.getId();
        } catch (ValidatieException e) {
            Meldingen.toon(e, "clientform");
            return null;
        }
    }

    public boolean isNieuw() { return id == null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getBsn() { return bsn; }
    public void setBsn(String bsn) { this.bsn = bsn; }
    public String getVoornamen() { return voornamen; }
    public void setVoornamen(String voornamen) { this.voornamen = voornamen; }
    public String getTussenvoegsel() { return tussenvoegsel; }
    public void setTussenvoegsel(String tussenvoegsel) { this.tussenvoegsel = tussenvoegsel; }
    public String getAchternaam() { return achternaam; }
    public void setAchternaam(String achternaam) { this.achternaam = achternaam; }
    public LocalDate getGeboortedatum() { return geboortedatum; }
    public void setGeboortedatum(LocalDate geboortedatum) { this.geboortedatum = geboortedatum; }
    public String getStraat() { return straat; }
    public void setStraat(String straat) { this.straat = straat; }
    public String getHuisnummer() { return huisnummer; }
    public void setHuisnummer(String huisnummer) { this.huisnummer = huisnummer; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getWoonplaats() { return woonplaats; }
    public void setWoonplaats(String woonplaats) { this.woonplaats = woonplaats; }
    public String getTelefoon() { return telefoon; }
    public void setTelefoon(String telefoon) { this.telefoon = telefoon; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
}
