package nl.maatwerk.web.rolstoelen;

import nl.maatwerk.web.schermen.Meldingen;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.client.Clientregister;
import nl.maatwerk.rolstoelen.dienst.Gegevens;
import nl.maatwerk.rolstoelen.dienst.Hulpmiddelen;
import nl.maatwerk.rolstoelen.regels.Keuze;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * De keuze van een rolstoel of ander hulpmiddel voor een cliënt (R-01 … R-04): algemeen gebruikelijk en lenen eerst,
 * de selectieaspecten, de stalling (gevraagd aan woonvoorzieningen) en de passende exemplaren uit het depot.
 */
@Named
@ViewScoped
public class KeuzeScherm implements Serializable {

    @EJB
    Hulpmiddelen hulpmiddelen;

    @EJB
    Clientregister clientregister;

    private Long clientId;
    private Client client;
    private LocalDate peildatum = LocalDate.now();
    private String gevraagd = "rolstoel";
    private Hulpmiddelsoort soort;
    private boolean incidenteel;
    private boolean algemeenToereikend;
    private String gebruik;
    private boolean zelfVoortbewegen;
    private boolean kanZelfVoortbewegen;
    private boolean kanElektrischBesturen;
    private boolean spierkrachtPassend;
    private Gegevens.Keuzeadvies advies;

    public void laad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (clientId == null) {
                throw new NietGevondenException("Cliënt niet gevonden.");
            }
            client = clientregister.dossier(clientId);
        } catch (NietGevondenException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void beoordeel() {
        try {
            Keuze.Selectie selectie = gebruik == null || gebruik.isBlank() ? null
                    : new Keuze.Selectie(gebruik.strip(), zelfVoortbewegen, kanZelfVoortbewegen, kanElektrischBesturen, spierkrachtPassend);
            advies = hulpmiddelen.kies(clientId, new Gegevens.Keuzevraag(peildatum, gevraagd, soort, incidenteel, algemeenToereikend, selectie));
        } catch (ValidatieException e) {
            advies = null;
            Meldingen.toon(e, "keuzeform");
        }
    }

    public List<String> getMotivering() {
        return advies == null ? List.of() : advies.toepassingen().stream().map(RegelToepassing::motivering).toList();
    }

    public String getConclusie() {
        if (advies == null) return "";
        return switch (advies.conclusie()) {
            case MAATWERK -> "Een maatwerkvoorziening van dit type is aan de orde; geef eerst een passend exemplaar uit het depot uit.";
            case NADER_ONDERZOEK -> "Eerst verder onderzoek: zie de regels hieronder.";
            case GEWEIGERD -> "Geen maatwerkvoorziening: zie de afwijzingsgrond hieronder.";
        };
    }

    public Hulpmiddelsoort[] getSoorten() { return Hulpmiddelsoort.values(); }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public Client getClient() { return client; }
    public LocalDate getPeildatum() { return peildatum; }
    public void setPeildatum(LocalDate peildatum) { this.peildatum = peildatum; }
    public String getGevraagd() { return gevraagd; }
    public void setGevraagd(String gevraagd) { this.gevraagd = gevraagd; }
    public Hulpmiddelsoort getSoort() { return soort; }
    public void setSoort(Hulpmiddelsoort soort) { this.soort = soort; }
    public boolean isIncidenteel() { return incidenteel; }
    public void setIncidenteel(boolean incidenteel) { this.incidenteel = incidenteel; }
    public boolean isAlgemeenToereikend() { return algemeenToereikend; }
    public void setAlgemeenToereikend(boolean algemeenToereikend) { this.algemeenToereikend = algemeenToereikend; }
    public String getGebruik() { return gebruik; }
    public void setGebruik(String gebruik) { this.gebruik = gebruik; }
    public boolean isZelfVoortbewegen() { return zelfVoortbewegen; }
    public void setZelfVoortbewegen(boolean zelfVoortbewegen) { this.zelfVoortbewegen = zelfVoortbewegen; }
    public boolean isKanZelfVoortbewegen() { return kanZelfVoortbewegen; }
    public void setKanZelfVoortbewegen(boolean kanZelfVoortbewegen) { this.kanZelfVoortbewegen = kanZelfVoortbewegen; }
    public boolean isKanElektrischBesturen() { return kanElektrischBesturen; }
    public void setKanElektrischBesturen(boolean kanElektrischBesturen) { this.kanElektrischBesturen = kanElektrischBesturen; }
    public boolean isSpierkrachtPassend() { return spierkrachtPassend; }
    public void setSpierkrachtPassend(boolean spierkrachtPassend) { this.spierkrachtPassend = spierkrachtPassend; }
    public Gegevens.Keuzeadvies getAdvies() { return advies; }
}
