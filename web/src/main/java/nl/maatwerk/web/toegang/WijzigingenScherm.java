package nl.maatwerk.web.toegang;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.toegang.Toegang;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;

import java.io.Serializable;
import java.time.LocalDate;

/** A client's move (C-14) or absence (C-15); the outcome is shown with its rule and article. */
@Named
@ViewScoped
public class WijzigingenScherm implements Serializable {

    @EJB
    Toegang toegang;

    private Long clientId;
    private LocalDate verhuisdatum = LocalDate.now();
    private boolean binnenGemeente;
    private boolean herindicatieNodig;
    private LocalDate vertrek;
    private LocalDate terugkeer;
    private transient RegelToepassing uitkomst;

    public void verhuizing() {
        RegelToepassing[] r = new RegelToepassing[1];
        if (Stapmeldingen.probeer(() -> r[0] = toegang.verhuizing(clientId == null ? -1 : clientId, verhuisdatum, binnenGemeente, herindicatieNodig))) {
            uitkomst = r[0];
            Stapmeldingen.info("De verhuizing is vastgelegd.");
        }
    }

    public void afwezigheid() {
        RegelToepassing[] r = new RegelToepassing[1];
        if (Stapmeldingen.probeer(() -> r[0] = toegang.afwezigheid(clientId == null ? -1 : clientId, vertrek, terugkeer))) {
            uitkomst = r[0];
            Stapmeldingen.info("De afwezigheid is vastgelegd.");
        }
    }

    public Long getClientId() { return clientId; }
    public void setClientId(Long v) { this.clientId = v; }
    public LocalDate getVerhuisdatum() { return verhuisdatum; }
    public void setVerhuisdatum(LocalDate v) { this.verhuisdatum = v; }
    public boolean isBinnenGemeente() { return binnenGemeente; }
    public void setBinnenGemeente(boolean v) { this.binnenGemeente = v; }
    public boolean isHerindicatieNodig() { return herindicatieNodig; }
    public void setHerindicatieNodig(boolean v) { this.herindicatieNodig = v; }
    public LocalDate getVertrek() { return vertrek; }
    public void setVertrek(LocalDate v) { this.vertrek = v; }
    public LocalDate getTerugkeer() { return terugkeer; }
    public void setTerugkeer(LocalDate v) { this.terugkeer = v; }
    public RegelToepassing getUitkomst() { return uitkomst; }
}
