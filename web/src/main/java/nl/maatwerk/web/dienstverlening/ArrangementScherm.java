package nl.maatwerk.web.dienstverlening;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.dienstverlening.dienst.Dienstverlening;
import nl.maatwerk.dienstverlening.dienst.Gegevens.ArrangementInvoer;
import nl.maatwerk.dienstverlening.dienst.Gegevens.ArrangementOverzicht;
import nl.maatwerk.dienstverlening.dienst.Gegevens.HuisgenootInvoer;
import nl.maatwerk.dienstverlening.dienst.Gegevens.OnderdeelInvoer;
import nl.maatwerk.dienstverlening.dienst.Gegevens.Toets;
import nl.maatwerk.dienstverlening.regels.Grondslag;
import nl.maatwerk.dienstverlening.regels.Resultaatgebied;
import nl.maatwerk.kern.NietGevondenException;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Een arrangement samenstellen: resultaatgebieden met treden (uitgelegd met de woorden van 001 H4), toetsen, vaststellen. */
@Named
@ViewScoped
public class ArrangementScherm implements Serializable {

    /** Eén resultaatgebied op het scherm. */
    public static class Rij implements Serializable {
        private final Resultaatgebied gebied;
        private boolean opnemen;
        private int trede = 1;
        private String subdoelen;
        private boolean vervoer;

        Rij(Resultaatgebied gebied) {
            this.gebied = gebied;
        }

        public Resultaatgebied getGebied() { return gebied; }
        public boolean isOpnemen() { return opnemen; }
        public void setOpnemen(boolean opnemen) { this.opnemen = opnemen; }
        public int getTrede() { return trede; }
        public void setTrede(int trede) { this.trede = trede; }
        public String getSubdoelen() { return subdoelen; }
        public void setSubdoelen(String subdoelen) { this.subdoelen = subdoelen; }
        public boolean isVervoer() { return vervoer; }
        public void setVervoer(boolean vervoer) { this.vervoer = vervoer; }
        public boolean isDagbesteding() { return gebied == Resultaatgebied.DAGBESTEDING; }
    }

    /** Een huisgenoot op het scherm; relatie leeg: niet ingevuld. */
    public static class Huisgenoot implements Serializable {
        private String relatie = "";
        private Integer leeftijd;
        private boolean beperkt;
        private boolean overbelast;

        public String getRelatie() { return relatie; }
        public void setRelatie(String relatie) { this.relatie = relatie; }
        public Integer getLeeftijd() { return leeftijd; }
        public void setLeeftijd(Integer leeftijd) { this.leeftijd = leeftijd; }
        public boolean isBeperkt() { return beperkt; }
        public void setBeperkt(boolean beperkt) { this.beperkt = beperkt; }
        public boolean isOverbelast() { return overbelast; }
        public void setOverbelast(boolean overbelast) { this.overbelast = overbelast; }
    }

    /** Een grondslag met een vinkje. */
    public static class Keuze implements Serializable {
        private final Grondslag grondslag;
        private boolean gekozen;

        Keuze(Grondslag grondslag) {
            this.grondslag = grondslag;
        }

        public Grondslag getGrondslag() { return grondslag; }
        public boolean isGekozen() { return gekozen; }
        public void setGekozen(boolean gekozen) { this.gekozen = gekozen; }
    }

    @EJB
    Dienstverlening dienst;

    private Long client;
    private final List<Rij> rijen = new ArrayList<>(Arrays.stream(Resultaatgebied.values()).map(Rij::new).toList());
    private final List<Keuze> grondslagen = new ArrayList<>(Arrays.stream(Grondslag.values()).map(Keuze::new).toList());
    private final List<Huisgenoot> huisgenoten = new ArrayList<>(List.of(new Huisgenoot(), new Huisgenoot()));
    private LocalDate besluitdatum = LocalDate.now();
    private LocalDate ingang = LocalDate.now();
    private LocalDate einde = LocalDate.now().plusYears(1).minusDays(1);
    private String verloop = "STABIEL";
    private boolean kortdurend;
    private boolean permanentToezicht;
    private boolean mantelzorgerOntlastingNodig;
    private boolean vervoerBeperking;
    private boolean spoed;
    private boolean voortzetting;
    private boolean feitenVaststaand;
    private boolean tijdelijk;
    private boolean oggz;
    private Long aanvraagId;
    private Long voorganger;
    private Toets toets;

    public void laad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (client == null) {
                throw new NietGevondenException("Cliënt niet gevonden.");
            }
            // Scoping: another gemeente's client answers 404, as if absent.
            var bestaande = dienst.arrangementenVanClient(client);
            if (voorganger != null) {
                ArrangementOverzicht v = bestaande.stream().filter(a -> a.id() == voorganger).findFirst()
                        .orElseThrow(() -> new NietGevondenException("Arrangement niet gevonden."));
                for (var o : v.onderdelen()) {
                    rijen.stream().filter(r -> r.gebied.sleutel().equals(o.resultaatgebied())).forEach(r -> {
                        r.opnemen = true;
                        r.trede = o.trede();
                        r.subdoelen = String.join("\n", o.subdoelen());
                        r.vervoer = o.vervoer();
                    });
                }
                grondslagen.forEach(k -> k.gekozen = v.grondslagen().contains(k.grondslag.sleutel()));
                verloop = v.verloop();
                einde = v.einde();
                oggz = v.oggz();
                aanvraagId = v.aanvraagId();
            }
        } catch (NietGevondenException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void toetsen() {
        Stapmeldingen.probeer(() -> toets = dienst.toets(invoer()));
    }

    public String vaststellen() {
        ArrangementOverzicht[] a = new ArrangementOverzicht[1];
        if (Stapmeldingen.probeer(() -> a[0] = dienst.arrangementVaststellen(invoer()))) {
            Stapmeldingen.info("Arrangement " + a[0].id() + " is vastgesteld.");
            return "/dienstverlening/arrangement?faces-redirect=true&id=" + a[0].id();
        }
        toets = null;
        return null;
    }

    ArrangementInvoer invoer() {
        List<OnderdeelInvoer> onderdelen = rijen.stream().filter(Rij::isOpnemen)
                .map(r -> new OnderdeelInvoer(r.gebied.sleutel(), r.trede, r.subdoelen == null ? List.of() : r.subdoelen.lines().toList(),
                        r.isDagbesteding() && r.vervoer)).toList();
        List<String> g = grondslagen.stream().filter(Keuze::isGekozen).map(k -> k.grondslag.sleutel()).toList();
        List<HuisgenootInvoer> h = huisgenoten.stream().filter(x -> x.relatie != null && !x.relatie.isBlank())
                .map(x -> new HuisgenootInvoer(x.relatie, x.leeftijd == null ? 0 : x.leeftijd, x.beperkt, x.overbelast)).toList();
        return new ArrangementInvoer(client, aanvraagId, voorganger, onderdelen, g, h, kortdurend, permanentToezicht, mantelzorgerOntlastingNodig,
                vervoerBeperking, besluitdatum, ingang, einde, verloop, spoed, voortzetting, feitenVaststaand, tijdelijk, oggz);
    }

    public List<Integer> treden(Resultaatgebied g) {
        return g.treden().stream().map(Resultaatgebied.Trede::nummer).toList();
    }

    public Long getClient() { return client; }
    public void setClient(Long client) { this.client = client; }
    public List<Rij> getRijen() { return rijen; }
    public List<Keuze> getGrondslagen() { return grondslagen; }
    public List<Huisgenoot> getHuisgenoten() { return huisgenoten; }
    public LocalDate getBesluitdatum() { return besluitdatum; }
    public void setBesluitdatum(LocalDate besluitdatum) { this.besluitdatum = besluitdatum; }
    public LocalDate getIngang() { return ingang; }
    public void setIngang(LocalDate ingang) { this.ingang = ingang; }
    public LocalDate getEinde() { return einde; }
    public void setEinde(LocalDate einde) { this.einde = einde; }
    public String getVerloop() { return verloop; }
    public void setVerloop(String verloop) { this.verloop = verloop; }
    public boolean isKortdurend() { return kortdurend; }
    public void setKortdurend(boolean kortdurend) { this.kortdurend = kortdurend; }
    public boolean isPermanentToezicht() { return permanentToezicht; }
    public void setPermanentToezicht(boolean permanentToezicht) { this.permanentToezicht = permanentToezicht; }
    public boolean isMantelzorgerOntlastingNodig() { return mantelzorgerOntlastingNodig; }
    public void setMantelzorgerOntlastingNodig(boolean v) { this.mantelzorgerOntlastingNodig = v; }
    public boolean isVervoerBeperking() { return vervoerBeperking; }
    public void setVervoerBeperking(boolean vervoerBeperking) { this.vervoerBeperking = vervoerBeperking; }
    public boolean isSpoed() { return spoed; }
    public void setSpoed(boolean spoed) { this.spoed = spoed; }
    public boolean isVoortzetting() { return voortzetting; }
    public void setVoortzetting(boolean voortzetting) { this.voortzetting = voortzetting; }
    public boolean isFeitenVaststaand() { return feitenVaststaand; }
    public void setFeitenVaststaand(boolean feitenVaststaand) { this.feitenVaststaand = feitenVaststaand; }
    public boolean isTijdelijk() { return tijdelijk; }
    public void setTijdelijk(boolean tijdelijk) { this.tijdelijk = tijdelijk; }
    public boolean isOggz() { return oggz; }
    public void setOggz(boolean oggz) { this.oggz = oggz; }
    public Long getVoorganger() { return voorganger; }
    public void setVoorganger(Long voorganger) { this.voorganger = voorganger; }
    public Long getAanvraagId() { return aanvraagId; }
    public void setAanvraagId(Long aanvraagId) { this.aanvraagId = aanvraagId; }
    public Toets getToets() { return toets; }
}
