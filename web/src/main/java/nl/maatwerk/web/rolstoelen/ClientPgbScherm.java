package nl.maatwerk.web.rolstoelen;

import nl.maatwerk.web.schermen.Meldingen;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.rolstoelen.HulpmiddelVerstrekking;
import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.domain.rolstoelen.Verstrekkingsvorm;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.client.Clientregister;
import nl.maatwerk.rolstoelen.dienst.Gegevens;
import nl.maatwerk.rolstoelen.dienst.Hulpmiddelen;
import nl.maatwerk.rolstoelen.regels.Afschrijving;
import nl.maatwerk.rolstoelen.regels.Pgb;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Pgb voor een hulpmiddel voor één cliënt: berekenen en toekennen uit de offerte (R-05, P-18, R-09, R-10, na R-06 en
 * C-04 onder c) en een lopend Pgb beëindigen met de terugvordering. De berekening en elke regel met artikel
 * staan op het scherm, zoals de cliënt ze in de motivering leest.
 */
@Named
@ViewScoped
public class ClientPgbScherm implements Serializable {

    @EJB
    Hulpmiddelen hulpmiddelen;

    @EJB
    Clientregister clientregister;

    private Long clientId;
    private Client client;
    private LocalDate peildatum = LocalDate.now();
    private Hulpmiddelsoort soort;
    private BigDecimal offerte;
    private BigDecimal naturaprijs;
    private Pgb.Sport sport = Pgb.Sport.GEEN;
    private Afschrijving.Verliesoorzaak verliesoorzaak;
    private Gegevens.Pgbuitkomst berekening;
    private List<HulpmiddelVerstrekking> pgbs;
    private Long teBeeindigen;
    private LocalDate einde = LocalDate.now();

    public void laad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (clientId == null) {
                throw new NietGevondenException("Cliënt niet gevonden.");
            }
            client = clientregister.dossier(clientId);
            herlaad();
        } catch (NietGevondenException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Alleen rekenen (slaat niets op), met de leeftijd van de cliënt op de peildatum. */
    public void bereken() {
        try {
            berekening = hulpmiddelen.pgb(client.getGemeente().getCode(), vraag());
        } catch (ValidatieException e) {
            berekening = null;
            Meldingen.toon(e, "toekenform");
        }
    }

    public void kenToe() {
        try {
            HulpmiddelVerstrekking p = hulpmiddelen.kenPgbToe(clientId, vraag());
            berekening = null;
            herlaad();
            Meldingen.info("Pgb " + p.getSoort().omschrijving() + " toegekend.");
        } catch (ValidatieException e) {
            Meldingen.toon(e, "toekenform");
        }
    }

    public void beeindig() {
        try {
            HulpmiddelVerstrekking p = pgbs.stream().filter(v -> v.getId().equals(teBeeindigen)).findFirst()
                    .orElseThrow(() -> new ValidatieException("verstrekking", "Kies een lopend Pgb."));
            HulpmiddelVerstrekking b = hulpmiddelen.beeindigPgb(p.getId(), p.getVersion(), einde);
            herlaad();
            teBeeindigen = null;
            Meldingen.info("Pgb " + b.getSoort().omschrijving() + " beëindigd; " + b.getTerugvorderingUitleg());
        } catch (ValidatieException e) {
            Meldingen.toon(e, "beeindigform");
        }
    }

    private Gegevens.Pgbvraag vraag() {
        int leeftijd = client.getGeboortedatum() == null || peildatum == null ? 99
                : Math.max(0, Period.between(client.getGeboortedatum(), peildatum).getYears());
        return new Gegevens.Pgbvraag(peildatum, soort, leeftijd, offerte, naturaprijs, sport, verliesoorzaak, null);
    }

    private void herlaad() {
        pgbs = hulpmiddelen.vanClient(clientId).stream().filter(v -> v.getVorm() == Verstrekkingsvorm.PGB).toList();
    }

    public List<String> getBerekeningsregels() {
        return berekening == null ? List.of() : berekening.toepassingen().stream().map(RegelToepassing::motivering).toList();
    }

    public List<HulpmiddelVerstrekking> getLopend() {
        return pgbs == null ? List.of() : pgbs.stream().filter(HulpmiddelVerstrekking::isLopend).toList();
    }

    public Hulpmiddelsoort[] getSoorten() { return Hulpmiddelsoort.values(); }
    public Afschrijving.Verliesoorzaak[] getVerliesoorzaken() { return Afschrijving.Verliesoorzaak.values(); }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public Client getClient() { return client; }
    public List<HulpmiddelVerstrekking> getPgbs() { return pgbs == null ? List.of() : pgbs; }
    public Gegevens.Pgbuitkomst getBerekening() { return berekening; }
    public LocalDate getPeildatum() { return peildatum; }
    public void setPeildatum(LocalDate peildatum) { this.peildatum = peildatum; }
    public Hulpmiddelsoort getSoort() { return soort; }
    public void setSoort(Hulpmiddelsoort soort) { this.soort = soort; }
    public BigDecimal getOfferte() { return offerte; }
    public void setOfferte(BigDecimal offerte) { this.offerte = offerte; }
    public BigDecimal getNaturaprijs() { return naturaprijs; }
    public void setNaturaprijs(BigDecimal naturaprijs) { this.naturaprijs = naturaprijs; }
    public Pgb.Sport getSport() { return sport; }
    public void setSport(Pgb.Sport sport) { this.sport = sport; }
    public Afschrijving.Verliesoorzaak getVerliesoorzaak() { return verliesoorzaak; }
    public void setVerliesoorzaak(Afschrijving.Verliesoorzaak verliesoorzaak) { this.verliesoorzaak = verliesoorzaak; }
    public Long getTeBeeindigen() { return teBeeindigen; }
    public void setTeBeeindigen(Long teBeeindigen) { this.teBeeindigen = teBeeindigen; }
    public LocalDate getEinde() { return einde; }
    public void setEinde(LocalDate einde) { this.einde = einde; }
}
