package nl.maatwerk.web.toegang;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.toegang.Aanvraag;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Onderzoek;
import nl.maatwerk.domain.toegang.ToegangDocument;
import nl.maatwerk.domain.toegang.Verslag;
import nl.maatwerk.domain.verordening.HardheidsclausuleToepassing;
import nl.maatwerk.toegang.Besluitgegevens;
import nl.maatwerk.toegang.OnderzoekGegevens;
import nl.maatwerk.toegang.Toegang;
import nl.maatwerk.toegang.Zaak;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * One case from melding to beschikking: every step is a small form whose refusal shows the rule and article.
 * The teamleider approves here (four eyes); the letters are downloaded as stored.
 */
@Named
@ViewScoped
public class ZaakScherm implements Serializable {

    @EJB
    Toegang toegang;

    private Long id;
    private transient Zaak zaak;

    // gesprek
    private Onderzoek.GesprekVorm vorm = Onderzoek.GesprekVorm.KEUKENTAFEL;
    private LocalDate gesprekDatum = LocalDate.now();
    private String plaats;
    private String aanwezigen;
    private String redenAfwijking;
    private String identiteitsbewijs;
    // onderzoek
    private final Map<Onderzoek.Aspect, String> aspecten = new EnumMap<>(Onderzoek.Aspect.class);
    private Onderzoek.Ladder eigenKracht, gebruikelijkeHulp, mantelzorg, algemeenGebruikelijk, algemeneVoorziening;
    private Boolean voorliggend, noodzakelijk, goedkoopst, opClient, meerkosten, zelfTeRegelen, huisgenoot, hulpGebruikelijk,
            speciaal, regulier, prijs;
    private String gevraagdeVoorziening;
    private Onderzoek.Prognose prognose;
    private boolean afwegingen;
    // verslag en aanvraag
    private Verslag.Status retourStatus = Verslag.Status.AKKOORD;
    private String redenenGezien;
    private String opmerkingen;
    private boolean alsAanvraag = true;
    private Aanvraag.Indiener indiener = Aanvraag.Indiener.CLIENT;
    private String naamIndiener;
    private String aanvraagVoorziening;
    // voornemen en besluit
    private String strekking;
    private String reactie;
    private Beschikking.Soort soort = Beschikking.Soort.TOEKENNING_NATURA;
    private String voorziening;
    private String resultaat;
    private String wijze;
    private BigDecimal waarde;
    private String bijdrage;
    private String behandelaar;
    // uitstel, plan, advies, hardheidsclausule
    private LocalDate uitstelOp = LocalDate.now();
    private String uitstelReden;
    private LocalDate nieuweDatum;
    private LocalDate planOp = LocalDate.now();
    private Onderzoek.AdviesSoort adviesSoort;
    private LocalDate adviesGevraagd = LocalDate.now();
    private LocalDate adviesOntvangen;
    private boolean medewerkingGeweigerd;
    private String hardheidOnderwerp;
    private String hardheidReden;
    private transient HardheidsclausuleToepassing hardheidsclausule;
    private transient boolean hardheidGeladen;

    public void laad() {
        if (id == null) {
            Stapmeldingen.fout("Melding niet gevonden.");
            return;
        }
        if (!Stapmeldingen.probeer(() -> zaak = toegang.zaak(id))) {
            return;
        }
        Onderzoek o = zaak.onderzoek();
        if (o != null && aspecten.isEmpty()) {
            for (Onderzoek.Aspect a : Onderzoek.Aspect.values()) aspecten.put(a, o.aspect(a));
            eigenKracht = o.getLadderEigenKracht();
            gebruikelijkeHulp = o.getLadderGebruikelijkeHulp();
            mantelzorg = o.getLadderMantelzorg();
            algemeenGebruikelijk = o.getLadderAlgemeenGebruikelijk();
            algemeneVoorziening = o.getLadderAlgemeneVoorziening();
            voorliggend = o.getVoorliggendAanspraak();
            noodzakelijk = o.getNoodzakelijk();
            goedkoopst = o.getGoedkoopstAdequaat();
            opClient = o.getOpClientGericht();
            meerkosten = o.getMeerkostenAantoonbaar();
            zelfTeRegelen = o.getZelfTeRegelen();
            huisgenoot = o.getHuisgenootKanHelpen();
            hulpGebruikelijk = o.getHulpGebruikelijk();
            speciaal = o.getSpeciaalVoorBeperking();
            regulier = o.getRegulierVerkrijgbaar();
            prijs = o.getPrijsVergelijkbaar();
            gevraagdeVoorziening = o.getGevraagdeVoorziening();
            prognose = o.getPrognose();
            afwegingen = o.isAfwegingenVastgelegd();
        }
        if (behandelaar == null) behandelaar = zaak.melding().getBehandelaar();
    }

    public Zaak getZaak() {
        if (zaak == null && id != null) {
            laad();
        }
        return zaak;
    }

    private String stap(Runnable r, String gelukt) {
        if (Stapmeldingen.probeer(r)) {
            Stapmeldingen.info(gelukt);
            return "/toegang/zaak?faces-redirect=true&id=" + id;
        }
        return null;
    }

    public String bevestig() { return stap(() -> toegang.bevestigOntvangst(id, null), "De ontvangst is bevestigd; de brief staat bij de documenten."); }
    public String clientondersteuning() { return stap(() -> toegang.clientondersteuningAangeboden(id), "Vastgelegd: gratis cliëntondersteuning is aangeboden."); }
    public String gesprek() { return stap(() -> toegang.gesprek(id, vorm, gesprekDatum, plaats, aanwezigen, redenAfwijking), "Het gesprek is vastgelegd."); }
    public String identiteit() { return stap(() -> toegang.identiteit(id, identiteitsbewijs), "De identiteit is vastgesteld."); }
    public String wijsToe() { return stap(() -> toegang.wijsToe(id, behandelaar), "De melding is toegewezen."); }

    public String onderzoekOpslaan() {
        return stap(() -> toegang.legOnderzoekVast(id, gegevens()), "Het onderzoek is opgeslagen.");
    }

    public String rondAf() {
        return stap(() -> {
            toegang.legOnderzoekVast(id, gegevens());
            toegang.rondOnderzoekAf(id, null);
        }, "Het onderzoek is afgerond.");
    }

    private OnderzoekGegevens gegevens() {
        return new OnderzoekGegevens(new EnumMap<>(aspecten), eigenKracht, gebruikelijkeHulp, mantelzorg, algemeenGebruikelijk,
                algemeneVoorziening, voorliggend, null, noodzakelijk, goedkoopst, opClient, meerkosten, zelfTeRegelen, huisgenoot,
                hulpGebruikelijk, gevraagdeVoorziening, speciaal, regulier, prijs, prognose, afwegingen, null, null);
    }

    public String uitstel() {
        return stap(() -> toegang.uitstel(id, uitstelOp, uitstelReden, nieuweDatum), "Het uitstel is vastgelegd (T-04).");
    }

    public String persoonlijkPlan() {
        return stap(() -> toegang.persoonlijkPlan(id, planOp), "Het persoonlijk plan is ontvangen (T-05).");
    }

    public String advies() {
        return stap(() -> toegang.advies(id, adviesSoort, adviesGevraagd, adviesOntvangen, medewerkingGeweigerd),
                "Het advies is vastgelegd (T-15).");
    }

    public String vraagHardheidsclausuleAan() {
        return stap(() -> toegang.vraagHardheidsclausuleAan(id, hardheidOnderwerp, hardheidReden),
                "De hardheidsclausule is aangevraagd; een andere teamleider beslist in het register (C-10).");
    }

    /** The C-10 request the onderzoek relies on, read once per view. */
    public HardheidsclausuleToepassing getHardheidsclausule() {
        if (!hardheidGeladen && id != null) {
            hardheidGeladen = true;
            Stapmeldingen.probeer(() -> hardheidsclausule = toegang.hardheidsclausule(id));
        }
        return hardheidsclausule;
    }

    public String verstuurVerslag() { return stap(() -> toegang.verstuurVerslag(id, null), "Het verslag is verstuurd."); }

    public String verslagRetour() {
        return stap(() -> toegang.verslagRetour(id, retourStatus, null, redenenGezien, opmerkingen, alsAanvraag), "Het verslag is retour.");
    }

    public String aanvraag() {
        return stap(() -> toegang.dienAanvraagIn(id, indiener, naamIndiener, Aanvraag.Vorm.SCHRIFTELIJK, aanvraagVoorziening, null),
                "De aanvraag is ontvangen.");
    }

    public String voornemen() { return stap(() -> toegang.voornemen(id, strekking, null), "Het voornemen is verstuurd."); }

    public String reactie(long voornemenId) {
        return stap(() -> toegang.reactieOpVoornemen(voornemenId, null, reactie), "De reactie is vastgelegd.");
    }

    public String besluit() {
        return stap(() -> toegang.besluit(id, new Besluitgegevens(soort, voorziening, resultaat, wijze, null, null, null, null, null,
                waarde, bijdrage, null, null), null), "Het besluit is vastgelegd.");
    }

    public String keurGoed(long beschikkingId, boolean akkoord) {
        return stap(() -> toegang.keurGoed(beschikkingId, akkoord), akkoord ? "De beschikking is goedgekeurd." : "De beschikking is afgekeurd.");
    }

    public String verzend(long beschikkingId) {
        return stap(() -> toegang.verzend(beschikkingId, null), "De beschikking is verzonden; de brief staat bij de documenten.");
    }

    public void download(long documentId) throws IOException {
        ToegangDocument[] d = new ToegangDocument[1];
        if (!Stapmeldingen.probeer(() -> d[0] = toegang.document(documentId))) {
            return;
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType("application/pdf");
        ec.setResponseContentLength(d[0].getInhoud().length);
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + d[0].getSoort().name().toLowerCase() + "-" + documentId + ".pdf\"");
        ec.getResponseOutputStream().write(d[0].getInhoud());
        fc.responseComplete();
    }

    /** A new decision only when none is pending or sent (a rejected one may be redone). */
    public boolean isBesluitMogelijk() {
        Zaak z = getZaak();
        return z != null && z.beschikkingen().stream().allMatch(b -> b.getStatus() == Beschikking.Status.AFGEKEURD);
    }

    public Onderzoek.AdviesSoort[] getAdviesSoorten() { return Onderzoek.AdviesSoort.values(); }
    public LocalDate getUitstelOp() { return uitstelOp; }
    public void setUitstelOp(LocalDate v) { this.uitstelOp = v; }
    public String getUitstelReden() { return uitstelReden; }
    public void setUitstelReden(String v) { this.uitstelReden = v; }
    public LocalDate getNieuweDatum() { return nieuweDatum; }
    public void setNieuweDatum(LocalDate v) { this.nieuweDatum = v; }
    public LocalDate getPlanOp() { return planOp; }
    public void setPlanOp(LocalDate v) { this.planOp = v; }
    public Onderzoek.AdviesSoort getAdviesSoort() { return adviesSoort; }
    public void setAdviesSoort(Onderzoek.AdviesSoort v) { this.adviesSoort = v; }
    public LocalDate getAdviesGevraagd() { return adviesGevraagd; }
    public void setAdviesGevraagd(LocalDate v) { this.adviesGevraagd = v; }
    public LocalDate getAdviesOntvangen() { return adviesOntvangen; }
    public void setAdviesOntvangen(LocalDate v) { this.adviesOntvangen = v; }
    public boolean isMedewerkingGeweigerd() { return medewerkingGeweigerd; }
    public void setMedewerkingGeweigerd(boolean v) { this.medewerkingGeweigerd = v; }
    public String getHardheidOnderwerp() { return hardheidOnderwerp; }
    public void setHardheidOnderwerp(String v) { this.hardheidOnderwerp = v; }
    public String getHardheidReden() { return hardheidReden; }
    public void setHardheidReden(String v) { this.hardheidReden = v; }
    public Onderzoek.Aspect[] getAspectLijst() { return Onderzoek.Aspect.values(); }
    public Onderzoek.GesprekVorm[] getVormen() { return Onderzoek.GesprekVorm.values(); }
    public Onderzoek.Ladder[] getLadders() { return Onderzoek.Ladder.values(); }
    public Onderzoek.Prognose[] getPrognoses() { return Onderzoek.Prognose.values(); }
    public Verslag.Status[] getRetourStatussen() { return new Verslag.Status[]{Verslag.Status.AKKOORD, Verslag.Status.GEZIEN, Verslag.Status.NIET_RETOUR}; }
    public Aanvraag.Indiener[] getIndieners() { return Aanvraag.Indiener.values(); }
    public Beschikking.Soort[] getSoorten() { return Beschikking.Soort.values(); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Map<Onderzoek.Aspect, String> getAspecten() { return aspecten; }
    public Onderzoek.GesprekVorm getVorm() { return vorm; }
    public void setVorm(Onderzoek.GesprekVorm v) { this.vorm = v; }
    public LocalDate getGesprekDatum() { return gesprekDatum; }
    public void setGesprekDatum(LocalDate v) { this.gesprekDatum = v; }
    public String getPlaats() { return plaats; }
    public void setPlaats(String v) { this.plaats = v; }
    public String getAanwezigen() { return aanwezigen; }
    public void setAanwezigen(String v) { this.aanwezigen = v; }
    public String getRedenAfwijking() { return redenAfwijking; }
    public void setRedenAfwijking(String v) { this.redenAfwijking = v; }
    public String getIdentiteitsbewijs() { return identiteitsbewijs; }
    public void setIdentiteitsbewijs(String v) { this.identiteitsbewijs = v; }
    public Onderzoek.Ladder getEigenKracht() { return eigenKracht; }
    public void setEigenKracht(Onderzoek.Ladder v) { this.eigenKracht = v; }
    public Onderzoek.Ladder getGebruikelijkeHulp() { return gebruikelijkeHulp; }
    public void setGebruikelijkeHulp(Onderzoek.Ladder v) { this.gebruikelijkeHulp = v; }
    public Onderzoek.Ladder getMantelzorg() { return mantelzorg; }
    public void setMantelzorg(Onderzoek.Ladder v) { this.mantelzorg = v; }
    public Onderzoek.Ladder getAlgemeenGebruikelijk() { return algemeenGebruikelijk; }
    public void setAlgemeenGebruikelijk(Onderzoek.Ladder v) { this.algemeenGebruikelijk = v; }
    public Onderzoek.Ladder getAlgemeneVoorziening() { return algemeneVoorziening; }
    public void setAlgemeneVoorziening(Onderzoek.Ladder v) { this.algemeneVoorziening = v; }
    public Boolean getVoorliggend() { return voorliggend; }
    public void setVoorliggend(Boolean v) { this.voorliggend = v; }
    public Boolean getNoodzakelijk() { return noodzakelijk; }
    public void setNoodzakelijk(Boolean v) { this.noodzakelijk = v; }
    public Boolean getGoedkoopst() { return goedkoopst; }
    public void setGoedkoopst(Boolean v) { this.goedkoopst = v; }
    public Boolean getOpClient() { return opClient; }
    public void setOpClient(Boolean v) { this.opClient = v; }
    public Boolean getMeerkosten() { return meerkosten; }
    public void setMeerkosten(Boolean v) { this.meerkosten = v; }
    public Boolean getZelfTeRegelen() { return zelfTeRegelen; }
    public void setZelfTeRegelen(Boolean v) { this.zelfTeRegelen = v; }
    public Boolean getHuisgenoot() { return huisgenoot; }
    public void setHuisgenoot(Boolean v) { this.huisgenoot = v; }
    public Boolean getHulpGebruikelijk() { return hulpGebruikelijk; }
    public void setHulpGebruikelijk(Boolean v) { this.hulpGebruikelijk = v; }
    public Boolean getSpeciaal() { return speciaal; }
    public void setSpeciaal(Boolean v) { this.speciaal = v; }
    public Boolean getRegulier() { return regulier; }
    public void setRegulier(Boolean v) { this.regulier = v; }
    public Boolean getPrijs() { return prijs; }
    public void setPrijs(Boolean v) { this.prijs = v; }
    public String getGevraagdeVoorziening() { return gevraagdeVoorziening; }
    public void setGevraagdeVoorziening(String v) { this.gevraagdeVoorziening = v; }
    public Onderzoek.Prognose getPrognose() { return prognose; }
    public void setPrognose(Onderzoek.Prognose v) { this.prognose = v; }
    public boolean isAfwegingen() { return afwegingen; }
    public void setAfwegingen(boolean v) { this.afwegingen = v; }
    public Verslag.Status getRetourStatus() { return retourStatus; }
    public void setRetourStatus(Verslag.Status v) { this.retourStatus = v; }
    public String getRedenenGezien() { return redenenGezien; }
    public void setRedenenGezien(String v) { this.redenenGezien = v; }
    public String getOpmerkingen() { return opmerkingen; }
    public void setOpmerkingen(String v) { this.opmerkingen = v; }
    public boolean isAlsAanvraag() { return alsAanvraag; }
    public void setAlsAanvraag(boolean v) { this.alsAanvraag = v; }
    public Aanvraag.Indiener getIndiener() { return indiener; }
    public void setIndiener(Aanvraag.Indiener v) { this.indiener = v; }
    public String getNaamIndiener() { return naamIndiener; }
    public void setNaamIndiener(String v) { this.naamIndiener = v; }
    public String getAanvraagVoorziening() { return aanvraagVoorziening; }
    public void setAanvraagVoorziening(String v) { this.aanvraagVoorziening = v; }
    public String getStrekking() { return strekking; }
    public void setStrekking(String v) { this.strekking = v; }
    public String getReactie() { return reactie; }
    public void setReactie(String v) { this.reactie = v; }
    public Beschikking.Soort getSoort() { return soort; }
    public void setSoort(Beschikking.Soort v) { this.soort = v; }
    public String getVoorziening() { return voorziening; }
    public void setVoorziening(String v) { this.voorziening = v; }
    public String getResultaat() { return resultaat; }
    public void setResultaat(String v) { this.resultaat = v; }
    public String getWijze() { return wijze; }
    public void setWijze(String v) { this.wijze = v; }
    public BigDecimal getWaarde() { return waarde; }
    public void setWaarde(BigDecimal v) { this.waarde = v; }
    public String getBijdrage() { return bijdrage; }
    public void setBijdrage(String v) { this.bijdrage = v; }
    public String getBehandelaar() { return behandelaar; }
    public void setBehandelaar(String v) { this.behandelaar = v; }
}
