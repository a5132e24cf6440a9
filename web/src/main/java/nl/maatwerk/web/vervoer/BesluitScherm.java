package nl.maatwerk.web.vervoer;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.vervoer.Vervoerbesluit;
import nl.maatwerk.domain.vervoer.Vervoerbesluit.Soort;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.vervoer.dienst.Vervoerbesluiten;
import nl.maatwerk.vervoer.regels.Vervoersbeslissing.Vraag;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Een andere vervoersvoorziening aanvragen (V-05, V-10 … V-13): de consulent kiest de soort, vult de feiten van
 * die soort in en krijgt het besluit met elke regel en artikel; het besluit wordt opgeslagen, ook als het niet
 * wordt toegekend.
 */
@Named
@ViewScoped
public class BesluitScherm implements Serializable {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);

    @EJB
    Vervoerbesluiten besluiten;

    private Long client;
    private Soort soort = Soort.PRIORITEITSRIT;
    private String omschrijving;
    private LocalDate aangevraagdOp = LocalDate.now();
    private String ritAangevraagdOp;
    private String gewensteAankomst;
    private String geplandeAankomst;
    private String doel;
    private boolean regiotaxiBruikbaar;
    private boolean regiotaxiPassend;
    private boolean rijvaardig;
    private boolean geslotenVervoerNodig;
    private LocalDate autoMeeTot;
    private LocalDate vorigeAanpassing;
    private BigDecimal prijsGewenst;
    private BigDecimal prijsDoelmatig;
    private boolean autoAlgemeenGebruikelijk;
    private boolean rijgeschikt;
    private boolean rijbewijs;
    private boolean brommobiel;
    private boolean gecontracteerdeVervoerder;
    private boolean gecombineerdMetAnderen;
    private boolean beperkingVoorAlgemeenVervoer;
    private BigDecimal kostenGekozenLocatie;
    private BigDecimal kostenDichtstbijzijnde;

    private Vervoerbesluit besluit;
    private List<Vervoerbesluit> eerder;

    public void beslis() {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            List<ValidatieException.Fout> fouten = new ArrayList<>();
            LocalDateTime rit = moment(ritAangevraagdOp, "ritAangevraagdOp", "Rit aangevraagd op", fouten);
            LocalDateTime gewenst = moment(gewensteAankomst, "gewensteAankomst", "Gewenste aankomst", fouten);
            LocalDateTime gepland = moment(geplandeAankomst, "geplandeAankomst", "Geplande aankomst", fouten);
            if (!fouten.isEmpty()) {
                throw new ValidatieException(fouten);
            }
            besluit = besluiten.beslis(client == null ? 0 : client, new Vraag(soort, omschrijving, aangevraagdOp, rit, gewenst, gepland, doel,
                    regiotaxiBruikbaar, regiotaxiPassend, rijvaardig, geslotenVervoerNodig, autoMeeTot, vorigeAanpassing, prijsGewenst,
                    prijsDoelmatig, autoAlgemeenGebruikelijk, rijgeschikt, rijbewijs, brommobiel, gecontracteerdeVervoerder,
                    gecombineerdMetAnderen, beperkingVoorAlgemeenVervoer, kostenGekozenLocatie, kostenDichtstbijzijnde));
            eerder = null;
            String tekst = "Besluit vastgelegd: " + besluit.getSoort().omschrijving() + (besluit.isToegekend() ? " toegekend." : " niet toegekend.");
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, tekst));
        } catch (ValidatieException e) {
            for (ValidatieException.Fout f : e.fouten()) {
                String id = "besluit:" + f.veld();
                FacesMessage m = new FacesMessage(FacesMessage.SEVERITY_ERROR, f.melding(), f.melding());
                if (fc.getViewRoot().findComponent(id) != null) {
                    fc.addMessage(id, m);
                }
                fc.addMessage(null, m);
            }
            fc.validationFailed();
        } catch (NietGevondenException e) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        }
    }

    private LocalDateTime moment(String tekst, String veld, String naam, List<ValidatieException.Fout> fouten) {
        if (soort != Soort.PRIORITEITSRIT || tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(tekst.strip(), MOMENT);
        } catch (DateTimeParseException e) {
            fouten.add(new ValidatieException.Fout(veld, naam + ": vul datum en tijd in als dd-mm-jjjj uu:mm."));
            return null;
        }
    }

    public List<Vervoerbesluit> getEerder() {
        if (eerder == null && client != null) {
            try {
                eerder = besluiten.vanClient(client);
            } catch (NietGevondenException e) {
                eerder = List.of();
            }
        }
        return eerder == null ? List.of() : eerder;
    }

    public Soort[] getSoorten() { return Soort.values(); }
    public Vervoerbesluit getBesluit() { return besluit; }
    public Long getClient() { return client; }
    public void setClient(Long client) { this.client = client; }
    public Soort getSoort() { return soort; }
    public void setSoort(Soort soort) { this.soort = soort; }
    public String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
    public LocalDate getAangevraagdOp() { return aangevraagdOp; }
    public void setAangevraagdOp(LocalDate aangevraagdOp) { this.aangevraagdOp = aangevraagdOp; }
    public String getRitAangevraagdOp() { return ritAangevraagdOp; }
    public void setRitAangevraagdOp(String v) { this.ritAangevraagdOp = v; }
    public String getGewensteAankomst() { return gewensteAankomst; }
    public void setGewensteAankomst(String v) { this.gewensteAankomst = v; }
    public String getGeplandeAankomst() { return geplandeAankomst; }
    public void setGeplandeAankomst(String v) { this.geplandeAankomst = v; }
    public String getDoel() { return doel; }
    public void setDoel(String doel) { this.doel = doel; }
    public boolean isRegiotaxiBruikbaar() { return regiotaxiBruikbaar; }
    public void setRegiotaxiBruikbaar(boolean v) { this.regiotaxiBruikbaar = v; }
    public boolean isRegiotaxiPassend() { return regiotaxiPassend; }
    public void setRegiotaxiPassend(boolean v) { this.regiotaxiPassend = v; }
    public boolean isRijvaardig() { return rijvaardig; }
    public void setRijvaardig(boolean v) { this.rijvaardig = v; }
    public boolean isGeslotenVervoerNodig() { return geslotenVervoerNodig; }
    public void setGeslotenVervoerNodig(boolean v) { this.geslotenVervoerNodig = v; }
    public LocalDate getAutoMeeTot() { return autoMeeTot; }
    public void setAutoMeeTot(LocalDate v) { this.autoMeeTot = v; }
    public LocalDate getVorigeAanpassing() { return vorigeAanpassing; }
    public void setVorigeAanpassing(LocalDate v) { this.vorigeAanpassing = v; }
    public BigDecimal getPrijsGewenst() { return prijsGewenst; }
    public void setPrijsGewenst(BigDecimal v) { this.prijsGewenst = v; }
    public BigDecimal getPrijsDoelmatig() { return prijsDoelmatig; }
    public void setPrijsDoelmatig(BigDecimal v) { this.prijsDoelmatig = v; }
    public boolean isAutoAlgemeenGebruikelijk() { return autoAlgemeenGebruikelijk; }
    public void setAutoAlgemeenGebruikelijk(boolean v) { this.autoAlgemeenGebruikelijk = v; }
    public boolean isRijgeschikt() { return rijgeschikt; }
    public void setRijgeschikt(boolean v) { this.rijgeschikt = v; }
    public boolean isRijbewijs() { return rijbewijs; }
    public void setRijbewijs(boolean v) { this.rijbewijs = v; }
    public boolean isBrommobiel() { return brommobiel; }
    public void setBrommobiel(boolean v) { this.brommobiel = v; }
    public boolean isGecontracteerdeVervoerder() { return gecontracteerdeVervoerder; }
    public void setGecontracteerdeVervoerder(boolean v) { this.gecontracteerdeVervoerder = v; }
    public boolean isGecombineerdMetAnderen() { return gecombineerdMetAnderen; }
    public void setGecombineerdMetAnderen(boolean v) { this.gecombineerdMetAnderen = v; }
    public boolean isBeperkingVoorAlgemeenVervoer() { return beperkingVoorAlgemeenVervoer; }
    public void setBeperkingVoorAlgemeenVervoer(boolean v) { this.beperkingVoorAlgemeenVervoer = v; }
    public BigDecimal getKostenGekozenLocatie() { return kostenGekozenLocatie; }
    public void setKostenGekozenLocatie(BigDecimal v) { this.kostenGekozenLocatie = v; }
    public BigDecimal getKostenDichtstbijzijnde() { return kostenDichtstbijzijnde; }
    public void setKostenDichtstbijzijnde(BigDecimal v) { this.kostenDichtstbijzijnde = v; }
}
