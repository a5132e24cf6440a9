package nl.maatwerk.web.rolstoelen;

import nl.maatwerk.web.schermen.Meldingen;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.rolstoelen.GebeurtenisSoort;
import nl.maatwerk.domain.rolstoelen.Staat;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.client.Clientregister;
import nl.maatwerk.kern.client.Clientregister.ClientZoekCriteria;
import nl.maatwerk.rolstoelen.dienst.Gegevens;
import nl.maatwerk.rolstoelen.dienst.Hulpmiddelen;
import nl.maatwerk.rolstoelen.regels.Afschrijving.Verliesoorzaak;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Eén exemplaar: gegevens, afschrijving als tabel (een grafiek op canvas is niet toegankelijk), geschiedenis en
 * verstrekkingen, en de formulieren om het in te nemen (na inspectie) of uit te geven aan een cliënt (op BSN).
 */
@Named
@ViewScoped
public class HulpmiddelScherm implements Serializable {

    @EJB
    Hulpmiddelen hulpmiddelen;

    @EJB
    Clientregister clientregister;

    private Long id;
    private Gegevens.Itemoverzicht overzicht;

    private LocalDate innameDatum = LocalDate.now();
    private Staat staat;
    private String inspectie;

    private GebeurtenisSoort onderhoudSoort = GebeurtenisSoort.ONDERHOUD;
    private LocalDate onderhoudDatum = LocalDate.now();
    private String onderhoudOmschrijving;
    private BigDecimal onderhoudKosten;
    private boolean terugNaarDepot;

    private String bsn;
    private LocalDate uitgifteDatum = LocalDate.now();
    private Verliesoorzaak verliesoorzaak;

    public void laad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new NietGevondenException("Hulpmiddel niet gevonden.");
            }
            overzicht = hulpmiddelen.overzicht(id, LocalDate.now());
        } catch (NietGevondenException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void neemIn() {
        try {
            var v = hulpmiddelen.neemIn(id, overzicht.hulpmiddel().getVersion(), new Gegevens.Inname(innameDatum, staat, inspectie));
            overzicht = hulpmiddelen.overzicht(id, LocalDate.now());
            Meldingen.info("Ingenomen van " + v.getClient().volledigeNaam() + "; status nu: " + overzicht.hulpmiddel().getStatus().omschrijving() + ".");
            staat = null;
            inspectie = null;
        } catch (ValidatieException e) {
            Meldingen.toon(e, "innameform");
        }
    }

    public void geefUit() {
        try {
            if (bsn == null || bsn.isBlank()) {
                throw new ValidatieException("bsn", "BSN van de cliënt is verplicht.");
            }
            List<Client> gevonden = clientregister.zoekRegels(new ClientZoekCriteria(bsn.strip(), null, null, null,
                    overzicht.hulpmiddel().getGemeente().getCode()), 0, 2, "achternaam", true);
            if (gevonden.size() != 1) {
                throw new ValidatieException("bsn", "Geen cliënt met dit BSN in " + overzicht.hulpmiddel().getGemeente().getNaam() + ".");
            }
            Client c = gevonden.get(0);
            hulpmiddelen.geefUit(c.getId(), id, overzicht.hulpmiddel().getVersion(), new Gegevens.Uitgifte(uitgifteDatum, null, verliesoorzaak, null));
            overzicht = hulpmiddelen.overzicht(id, LocalDate.now());
            Meldingen.info("In bruikleen gegeven aan " + c.volledigeNaam() + ".");
            bsn = null;
        } catch (ValidatieException e) {
            Meldingen.toon(e, "uitgifteform");
        }
    }

    /** Onderhoud of reparatie met kosten; een exemplaar in onderhoud kan daarmee terug naar het depot. */
    public void registreerOnderhoud() {
        try {
            hulpmiddelen.registreerOnderhoud(id, overzicht.hulpmiddel().getVersion(), onderhoudSoort, onderhoudDatum, onderhoudOmschrijving,
                    onderhoudKosten, terugNaarDepot);
            overzicht = hulpmiddelen.overzicht(id, LocalDate.now());
            Meldingen.info(onderhoudSoort.omschrijving().substring(0, 1).toUpperCase() + onderhoudSoort.omschrijving().substring(1) + " vastgelegd.");
            onderhoudOmschrijving = null;
            onderhoudKosten = null;
        } catch (ValidatieException e) {
            Meldingen.toon(e, "onderhoudform");
        }
    }

    public GebeurtenisSoort[] getOnderhoudSoorten() { return new GebeurtenisSoort[]{GebeurtenisSoort.ONDERHOUD, GebeurtenisSoort.REPARATIE}; }
    public GebeurtenisSoort getOnderhoudSoort() { return onderhoudSoort; }
    public void setOnderhoudSoort(GebeurtenisSoort onderhoudSoort) { this.onderhoudSoort = onderhoudSoort; }
    public LocalDate getOnderhoudDatum() { return onderhoudDatum; }
    public void setOnderhoudDatum(LocalDate onderhoudDatum) { this.onderhoudDatum = onderhoudDatum; }
    public String getOnderhoudOmschrijving() { return onderhoudOmschrijving; }
    public void setOnderhoudOmschrijving(String onderhoudOmschrijving) { this.onderhoudOmschrijving = onderhoudOmschrijving; }
    public BigDecimal getOnderhoudKosten() { return onderhoudKosten; }
    public void setOnderhoudKosten(BigDecimal onderhoudKosten) { this.onderhoudKosten = onderhoudKosten; }
    public boolean isTerugNaarDepot() { return terugNaarDepot; }
    public void setTerugNaarDepot(boolean terugNaarDepot) { this.terugNaarDepot = terugNaarDepot; }

    public List<String> regels(String tekst) {
        return tekst == null || tekst.isBlank() ? List.of() : List.of(tekst.split("\n"));
    }

    public Staat[] getStaten() { return Staat.values(); }
    public Verliesoorzaak[] getVerliesoorzaken() { return Verliesoorzaak.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Gegevens.Itemoverzicht getOverzicht() { return overzicht; }

    /** A point of the depreciation chart in SVG coordinates (x by date, y by residual value). */
    public record Grafiekpunt(String x, String y) {
    }

    static final int LINKS = 70, BOVEN = 20, BREEDTE = 500, HOOGTE = 160;

    /** The curve as SVG points; the table on the page holds the same values as text. */
    public List<Grafiekpunt> getGrafiek() {
        List<nl.maatwerk.rolstoelen.regels.Afschrijving.Punt> curve = overzicht == null ? List.of() : overzicht.curve();
        if (curve.size() < 2 || curve.get(0).restwaarde().signum() <= 0) {
            return List.of();
        }
        LocalDate begin = curve.get(0).datum();
        double dagen = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(begin, curve.get(curve.size() - 1).datum()));
        double hoogste = curve.get(0).restwaarde().doubleValue();
        return curve.stream().map(p -> new Grafiekpunt(
                String.format(java.util.Locale.ROOT, "%.1f", LINKS + BREEDTE * java.time.temporal.ChronoUnit.DAYS.between(begin, p.datum()) / dagen),
                String.format(java.util.Locale.ROOT, "%.1f", BOVEN + HOOGTE * (1 - p.restwaarde().doubleValue() / hoogste)))).toList();
    }

    public String getGrafieklijn() {
        return String.join(" ", getGrafiek().stream().map(g -> g.x() + "," + g.y()).toList());
    }
    public LocalDate getInnameDatum() { return innameDatum; }
    public void setInnameDatum(LocalDate innameDatum) { this.innameDatum = innameDatum; }
    public Staat getStaat() { return staat; }
    public void setStaat(Staat staat) { this.staat = staat; }
    public String getInspectie() { return inspectie; }
    public void setInspectie(String inspectie) { this.inspectie = inspectie; }
    public String getBsn() { return bsn; }
    public void setBsn(String bsn) { this.bsn = bsn; }
    public LocalDate getUitgifteDatum() { return uitgifteDatum; }
    public void setUitgifteDatum(LocalDate uitgifteDatum) { this.uitgifteDatum = uitgifteDatum; }
    public Verliesoorzaak getVerliesoorzaak() { return verliesoorzaak; }
    public void setVerliesoorzaak(Verliesoorzaak verliesoorzaak) { this.verliesoorzaak = verliesoorzaak; }
}
