package nl.maatwerk.web.rolstoelen;

import nl.maatwerk.web.schermen.Meldingen;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.rolstoelen.Hulpmiddel;
import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.rolstoelen.dienst.Gegevens;
import nl.maatwerk.rolstoelen.dienst.Hulpmiddelen;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Een nieuw aangeschaft exemplaar in het depot opnemen. Een dubbel serienummer binnen de gemeente meldt de EJB als
 * veldfout, zodat de medewerker een zin leest en geen databasefout.
 */
@Named
@ViewScoped
public class NieuwHulpmiddelScherm implements Serializable {

    @EJB
    Hulpmiddelen hulpmiddelen;

    private String gemeente;
    private Hulpmiddelsoort soort;
    private String merk;
    private String model;
    private String serienummer;
    private BigDecimal aanschafprijs;
    private LocalDate aanschafdatum;
    private String leverancier;
    private boolean kindmodel;

    public String registreer() {
        try {
            Hulpmiddel h = hulpmiddelen.registreer(new Gegevens.NieuwHulpmiddel(gemeente, soort, merk, model, serienummer,
                    aanschafprijs, aanschafdatum, leverancier, kindmodel));
            Meldingen.info("Hulpmiddel " + h.getSerienummer() + " is in het depot opgenomen.");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/rolstoelen/hulpmiddel?faces-redirect=true&id=" + h.getId();
        } catch (ValidatieException e) {
            Meldingen.toon(e, "nieuwform");
            return null;
        }
    }

    public Hulpmiddelsoort[] getSoorten() { return Hulpmiddelsoort.values(); }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
    public Hulpmiddelsoort getSoort() { return soort; }
    public void setSoort(Hulpmiddelsoort soort) { this.soort = soort; }
    public String getMerk() { return merk; }
    public void setMerk(String merk) { this.merk = merk; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public String getSerienummer() { return serienummer; }
    public void setSerienummer(String serienummer) { this.serienummer = serienummer; }
    public BigDecimal getAanschafprijs() { return aanschafprijs; }
    public void setAanschafprijs(BigDecimal aanschafprijs) { this.aanschafprijs = aanschafprijs; }
    public LocalDate getAanschafdatum() { return aanschafdatum; }
    public void setAanschafdatum(LocalDate aanschafdatum) { this.aanschafdatum = aanschafdatum; }
    public String getLeverancier() { return leverancier; }
    public void setLeverancier(String leverancier) { this.leverancier = leverancier; }
    public boolean isKindmodel() { return kindmodel; }
    public void setKindmodel(boolean kindmodel) { this.kindmodel = kindmodel; }
}
