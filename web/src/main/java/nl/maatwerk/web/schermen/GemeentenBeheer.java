package nl.maatwerk.web.schermen;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.beheer.Beheer;

import java.io.Serializable;
import java.util.List;

/** Organisations (a gemeente itself or an ISD) and the gemeenten they work for. */
@Named
@ViewScoped
public class GemeentenBeheer implements Serializable {

    @EJB
    Beheer beheer;

    private List<Organisatie> organisaties;
    private String code;
    private String naam;
    private Integer inwoners;
    private Long organisatieId;
    private String organisatieNaam;
    private OrganisatieSoort organisatieSoort = OrganisatieSoort.GEMEENTE;

    @PostConstruct
    void init() {
        organisaties = beheer.organisaties();
    }

    public void voegGemeenteToe() {
        try {
            var g = beheer.maakGemeente(code, naam, inwoners, organisatieId);
            Meldingen.info("Gemeente " + g + " is toegevoegd.");
            code = naam = null;
            inwoners = null;
            organisaties = beheer.organisaties();
        } catch (ValidatieException e) {
            Meldingen.toon(e, "gemeenteform");
        }
    }

    public void voegOrganisatieToe() {
        try {
            var o = beheer.maakOrganisatie(organisatieNaam, organisatieSoort);
            Meldingen.info("Organisatie " + o.getNaam() + " is toegevoegd.");
            organisatieNaam = null;
            organisaties = beheer.organisaties();
        } catch (ValidatieException e) {
            Meldingen.toon(e, "organisatieform");
        }
    }

    public OrganisatieSoort[] getSoorten() { return OrganisatieSoort.values(); }
    public List<Organisatie> getOrganisaties() { return organisaties; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public Integer getInwoners() { return inwoners; }
    public void setInwoners(Integer inwoners) { this.inwoners = inwoners; }
    public Long getOrganisatieId() { return organisatieId; }
    public void setOrganisatieId(Long organisatieId) { this.organisatieId = organisatieId; }
    public String getOrganisatieNaam() { return organisatieNaam; }
    public void setOrganisatieNaam(String organisatieNaam) { this.organisatieNaam = organisatieNaam; }
    public OrganisatieSoort getOrganisatieSoort() { return organisatieSoort; }
    public void setOrganisatieSoort(OrganisatieSoort organisatieSoort) { this.organisatieSoort = organisatieSoort; }
}
