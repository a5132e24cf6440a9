package nl.maatwerk.web.rolstoelen;

import nl.maatwerk.web.schermen.Meldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.rolstoelen.HulpmiddelVerstrekking;
import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.rolstoelen.dienst.Gegevens;
import nl.maatwerk.rolstoelen.dienst.Hulpmiddelen;
import nl.maatwerk.rolstoelen.regels.Pgb;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Pgb voor een hulpmiddel (R-05, P-18, R-09, R-10): de offerte tegen de naturakosten over de afschrijvingsduur van de
 * gemeente, met elke regel en zijn artikel; en de terugvorderingen voor financiën.
 */
@Named
@ViewScoped
public class PgbScherm implements Serializable {

    @EJB
    Hulpmiddelen hulpmiddelen;

    private String gemeente;
    private LocalDate peildatum = LocalDate.now();
    private Hulpmiddelsoort soort;
    private Integer leeftijd;
    private BigDecimal offerte;
    private BigDecimal naturaprijs;
    private Pgb.Sport sport = Pgb.Sport.GEEN;
    private Gegevens.Pgbuitkomst uitkomst;
    private List<HulpmiddelVerstrekking> terugvorderingen;

    public void bereken() {
        try {
            uitkomst = hulpmiddelen.pgb(gemeente, new Gegevens.Pgbvraag(peildatum, soort, leeftijd == null ? -1 : leeftijd, offerte, naturaprijs, sport, null, null));
        } catch (ValidatieException e) {
            uitkomst = null;
            Meldingen.toon(e, "pgbform");
        }
    }

    public List<String> getMotivering() {
        return uitkomst == null ? List.of() : uitkomst.toepassingen().stream().map(RegelToepassing::motivering).toList();
    }

    public List<HulpmiddelVerstrekking> getTerugvorderingen() {
        if (terugvorderingen == null) {
            terugvorderingen = hulpmiddelen.terugvorderingen();
        }
        return terugvorderingen;
    }

    public Hulpmiddelsoort[] getSoorten() { return Hulpmiddelsoort.values(); }
    public Pgb.Sport[] getSporten() { return Pgb.Sport.values(); }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
    public LocalDate getPeildatum() { return peildatum; }
    public void setPeildatum(LocalDate peildatum) { this.peildatum = peildatum; }
    public Hulpmiddelsoort getSoort() { return soort; }
    public void setSoort(Hulpmiddelsoort soort) { this.soort = soort; }
    public Integer getLeeftijd() { return leeftijd; }
    public void setLeeftijd(Integer leeftijd) { this.leeftijd = leeftijd; }
    public BigDecimal getOfferte() { return offerte; }
    public void setOfferte(BigDecimal offerte) { this.offerte = offerte; }
    public BigDecimal getNaturaprijs() { return naturaprijs; }
    public void setNaturaprijs(BigDecimal naturaprijs) { this.naturaprijs = naturaprijs; }
    public Pgb.Sport getSport() { return sport; }
    public void setSport(Pgb.Sport sport) { this.sport = sport; }
    public Gegevens.Pgbuitkomst getUitkomst() { return uitkomst; }
}
