package nl.maatwerk.web.pgb;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.pgb.Zorgverlenersoort;
import nl.maatwerk.pgb.dienst.Pgbdienst;
import nl.maatwerk.pgb.dienst.Pgbgegevens.ZorgverlenerInvoer;
import nl.maatwerk.pgb.dienst.Pgbgegevens.ZorgverlenerRegel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/** Zorgverleners met soort (P-05), leeftijd (P-10), afstand (P-11) en VOG (P-15); registreren door consulent of financieel. */
@Named
@ViewScoped
public class ZorgverlenersScherm implements Serializable {

    @EJB
    Pgbdienst dienst;

    private Map<String, String> gemeenten;
    private List<ZorgverlenerRegel> zorgverleners;
    private String gemeente;
    private String code;
    private String naam;
    private Zorgverlenersoort soort;
    private LocalDate geboortedatum;
    private BigDecimal afstand;
    private boolean vog;

    @PostConstruct
    void init() {
        gemeenten = dienst.gemeenten();
        gemeente = gemeenten.keySet().stream().findFirst().orElse(null);
        zorgverleners = dienst.zorgverleners();
    }

    public void registreer() {
        Long id = Schermhulp.probeer(() -> dienst.registreerZorgverlener(new ZorgverlenerInvoer(gemeente, code, naam, soort, geboortedatum, afstand, vog)));
        if (id != null) {
            Schermhulp.info("Zorgverlener " + code + " geregistreerd.");
            code = null;
            naam = null;
            soort = null;
            geboortedatum = null;
            afstand = null;
            vog = false;
        }
        zorgverleners = dienst.zorgverleners();
    }

    /** Leeftijd vandaag; P-10 toetst bij toekenning en declaratie op de datum zelf. */
    public String leeftijd(LocalDate geboren) {
        return geboren == null ? "onbekend" : Period.between(geboren, LocalDate.now()).getYears() + " jaar";
    }

    public Zorgverlenersoort[] getSoorten() { return Zorgverlenersoort.values(); }
    public Map<String, String> getGemeenten() { return gemeenten; }
    public List<ZorgverlenerRegel> getZorgverleners() { return zorgverleners; }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String v) { gemeente = v; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getNaam() { return naam; }
    public void setNaam(String v) { naam = v; }
    public Zorgverlenersoort getSoort() { return soort; }
    public void setSoort(Zorgverlenersoort v) { soort = v; }
    public LocalDate getGeboortedatum() { return geboortedatum; }
    public void setGeboortedatum(LocalDate v) { geboortedatum = v; }
    public BigDecimal getAfstand() { return afstand; }
    public void setAfstand(BigDecimal v) { afstand = v; }
    public boolean isVog() { return vog; }
    public void setVog(boolean v) { vog = v; }
}
