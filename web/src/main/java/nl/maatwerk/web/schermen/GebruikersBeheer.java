package nl.maatwerk.web.schermen;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.beheer.Beheer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

/** Users, their roles and gemeenten, lock-out and passwords: for the beheerder. */
@Named
@ViewScoped
public class GebruikersBeheer implements Serializable {

    @EJB
    Beheer beheer;

    private List<Gebruiker> gebruikers;
    private Long bewerktId;
    private long versie;
    private String gebruikersnaam;
    private String naam;
    private String email;
    private String wachtwoord;
    private List<Rol> rollen = new ArrayList<>();
    private List<String> gemeenten = new ArrayList<>();
    private boolean actief = true;

    @PostConstruct
    void init() {
        gebruikers = beheer.gebruikers();
    }

    public void nieuw() {
        bewerktId = null;
        gebruikersnaam = naam = email = wachtwoord = null;
        rollen = new ArrayList<>();
        gemeenten = new ArrayList<>();
        actief = true;
    }

    public void bewerk(Gebruiker g) {
        bewerktId = g.getId();
        versie = g.getVersion();
        gebruikersnaam = g.getGebruikersnaam();
        naam = g.getNaam();
        email = g.getEmail();
        wachtwoord = null;
        rollen = new ArrayList<>(g.getRollen());
        gemeenten = new ArrayList<>(g.gemeenteCodes());
        actief = g.isActief();
    }

    public void opslaan() {
        var gegevens = new Beheer.GebruikerGegevens(gebruikersnaam, naam, email,
                rollen.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(rollen), new HashSet<>(gemeenten), actief);
        try {
            if (bewerktId == null) {
                beheer.maakGebruiker(gegevens, wachtwoord);
                Meldingen.info("Gebruiker " + gebruikersnaam + " is aangemaakt.");
            } else {
                beheer.wijzigGebruiker(bewerktId, versie, gegevens);
                if (wachtwoord != null && !wachtwoord.isBlank()) {
                    beheer.stelWachtwoordIn(bewerktId, wachtwoord);
                }
                Meldingen.info("Gebruiker " + gebruikersnaam + " is opgeslagen.");
            }
            gebruikers = beheer.gebruikers();
            nieuw();
        } catch (ValidatieException e) {
            Meldingen.toon(e, "gebruikerform");
        }
    }

    public void deblokkeer(Gebruiker g) {
        beheer.deblokkeer(g.getId());
        Meldingen.info("Gebruiker " + g.getGebruikersnaam() + " is gedeblokkeerd.");
        gebruikers = beheer.gebruikers();
    }

    public Rol[] getAlleRollen() { return Rol.values(); }
    public List<Gebruiker> getGebruikers() { return gebruikers; }
    public boolean isNieuweGebruiker() { return bewerktId == null; }
    public String getGebruikersnaam() { return gebruikersnaam; }
    public void setGebruikersnaam(String gebruikersnaam) { this.gebruikersnaam = gebruikersnaam; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWachtwoord() { return wachtwoord; }
    public void setWachtwoord(String wachtwoord) { this.wachtwoord = wachtwoord; }
    public List<Rol> getRollen() { return rollen; }
    public void setRollen(List<Rol> rollen) { this.rollen = rollen; }
    public List<String> getGemeenten() { return gemeenten; }
    public void setGemeenten(List<String> gemeenten) { this.gemeenten = gemeenten; }
    public boolean isActief() { return actief; }
    public void setActief(boolean actief) { this.actief = actief; }
}
