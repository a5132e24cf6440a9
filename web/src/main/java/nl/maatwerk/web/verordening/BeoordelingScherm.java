package nl.maatwerk.web.verordening;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.kern.beheer.Gemeenten;
import nl.maatwerk.verordening.beoordeling.Afweging;
import nl.maatwerk.verordening.beoordeling.Afwegingsfactor;
import nl.maatwerk.verordening.beoordeling.Beoordeling;
import nl.maatwerk.verordening.beoordeling.Feiten;
import nl.maatwerk.verordening.beoordeling.Oplossing;
import nl.maatwerk.verordening.beoordeling.Situatie;
import nl.maatwerk.verordening.beoordeling.Toepassingsgrond;
import nl.maatwerk.verordening.beoordeling.Trede;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.kern.ValidatieException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * For consulenten: what the general criteria say about a situation, with every rule, its article and the
 * motivation the client would read. Nothing is stored; a decision is made in the toegang module.
 */
@Named
@ViewScoped
public class BeoordelingScherm implements Serializable {

    @EJB
    RegelboekDienst dienst;

    @EJB
    Gemeenten gemeenten;

    private List<Gemeente> mijnGemeenten;
    private String gemeente;
    private LocalDate peildatum = LocalDate.now();
    private Integer leeftijd;
    private final Map<Trede, String> ladder = new EnumMap<>(Trede.class);
    private boolean voorliggendeVoorziening;
    private boolean noodzakelijk = true;
    private boolean huisgenootKanHelpen;
    private boolean meerkostenAantoonbaar = true;
    private boolean wlzVerblijf;
    private boolean pgbAchteraf;
    private boolean meldingEerderMogelijk;
    private boolean afwegingenGemaakt = true;
    private Beoordeling beoordeling;

    @PostConstruct
    void init() {
        mijnGemeenten = gemeenten.mijnGemeenten();
        if (!mijnGemeenten.isEmpty()) {
            gemeente = mijnGemeenten.get(0).getCode();
        }
        Arrays.stream(Trede.values()).forEach(t -> ladder.put(t, Oplossing.NIET.name()));
    }

    public void beoordeel() {
        if (gemeente == null || peildatum == null || leeftijd == null || leeftijd < 0) {
            Berichten.fout("Gemeente, peildatum en leeftijd zijn verplicht.");
            return;
        }
        Situatie.Bouwer b = Situatie.voor(gemeente, peildatum, new Toepassingsgrond.NieuweAanvraag(peildatum)).leeftijd(leeftijd);
        ladder.forEach((t, o) -> b.ladder(t, Oplossing.valueOf(o), ""));
        b.voorliggend(voorliggendeVoorziening ? new Feiten.Voorliggend(true, "andere wet", false) : Feiten.Voorliggend.geen());
        b.noodzaak(new Feiten.Noodzaak(noodzakelijk, true, true));
        b.huishouden(new Feiten.Huishouden(huisgenootKanHelpen, huisgenootKanHelpen, null));
        b.weigeringsfeiten(new Feiten.Weigeringsfeiten(meerkostenAantoonbaar, false));
        if (wlzVerblijf) {
            b.wlz(new Feiten.Wlz(true, false, false));
        }
        if (pgbAchteraf) {
            b.pgbAchteraf(new Feiten.PgbAchteraf(!meldingEerderMogelijk, true, true));
        }
        if (afwegingenGemaakt) {
            b.afwegingen(Arrays.stream(Afwegingsfactor.values()).map(f -> new Afweging(f, "meegewogen")).toList());
        }
        try {
            beoordeling = dienst.beoordeel(b.bouw());
        } catch (ValidatieException e) {
            beoordeling = null;
            Berichten.toon(e);
        }
    }

    public Trede[] getTreden() { return Trede.values(); }
    public Oplossing[] getOplossingen() { return Oplossing.values(); }
    public Map<Trede, String> getLadder() { return ladder; }
    public List<Gemeente> getMijnGemeenten() { return mijnGemeenten; }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
    public LocalDate getPeildatum() { return peildatum; }
    public void setPeildatum(LocalDate peildatum) { this.peildatum = peildatum; }
    public Integer getLeeftijd() { return leeftijd; }
    public void setLeeftijd(Integer leeftijd) { this.leeftijd = leeftijd; }
    public boolean isVoorliggendeVoorziening() { return voorliggendeVoorziening; }
    public void setVoorliggendeVoorziening(boolean v) { this.voorliggendeVoorziening = v; }
    public boolean isNoodzakelijk() { return noodzakelijk; }
    public void setNoodzakelijk(boolean noodzakelijk) { this.noodzakelijk = noodzakelijk; }
    public boolean isHuisgenootKanHelpen() { return huisgenootKanHelpen; }
    public void setHuisgenootKanHelpen(boolean v) { this.huisgenootKanHelpen = v; }
    public boolean isMeerkostenAantoonbaar() { return meerkostenAantoonbaar; }
    public void setMeerkostenAantoonbaar(boolean v) { this.meerkostenAantoonbaar = v; }
    public boolean isWlzVerblijf() { return wlzVerblijf; }
    public void setWlzVerblijf(boolean wlzVerblijf) { this.wlzVerblijf = wlzVerblijf; }
    public boolean isPgbAchteraf() { return pgbAchteraf; }
    public void setPgbAchteraf(boolean pgbAchteraf) { this.pgbAchteraf = pgbAchteraf; }
    public boolean isMeldingEerderMogelijk() { return meldingEerderMogelijk; }
    public void setMeldingEerderMogelijk(boolean v) { this.meldingEerderMogelijk = v; }
    public boolean isAfwegingenGemaakt() { return afwegingenGemaakt; }
    public void setAfwegingenGemaakt(boolean v) { this.afwegingenGemaakt = v; }
    public Beoordeling getBeoordeling() { return beoordeling; }
}
