package nl.maatwerk.web.pgb;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.client.Clientregister;
import nl.maatwerk.pgb.dienst.Pgbdienst;
import nl.maatwerk.pgb.dienst.Pgbgegevens.HulpInvoer;
import nl.maatwerk.pgb.dienst.Pgbgegevens.ToekenningInvoer;
import nl.maatwerk.pgb.dienst.Pgbgegevens.ToekenningUitkomst;
import nl.maatwerk.pgb.dienst.Pgbgegevens.ZorgverlenerRegel;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * De consulent kent een Pgb toe: de drie voorwaarden van P-01, het budgetplan (P-02), de zorgverleners uit het plan; de
 * regels (Pgbdienst.kenToe) bepalen bedrag, berekening en motivering, inclusief het deel boven natura dat P-17 weigert.
 */
@Named
@ViewScoped
public class ToekenningScherm implements Serializable {

    /** Een regel van het budgetplan: welke hulp, hoeveel. Muteerbaar voor het formulier. */
    public static class Hulpregel implements Serializable {
        private String zorgverlener;
        private BigDecimal uren;
        private BigDecimal etmalen;
        private boolean vasteUren;
        private boolean overeenkomst;

        public String getZorgverlener() { return zorgverlener; }
        public void setZorgverlener(String v) { zorgverlener = v; }
        public BigDecimal getUren() { return uren; }
        public void setUren(BigDecimal v) { uren = v; }
        public BigDecimal getEtmalen() { return etmalen; }
        public void setEtmalen(BigDecimal v) { etmalen = v; }
        public boolean isVasteUren() { return vasteUren; }
        public void setVasteUren(boolean v) { vasteUren = v; }
        public boolean isOvereenkomst() { return overeenkomst; }
        public void setOvereenkomst(boolean v) { overeenkomst = v; }
    }

    @EJB
    Pgbdienst dienst;

    @EJB
    Clientregister clientregister;

    private Long client;
    private String clientnaam;
    private List<ZorgverlenerRegel> zorgverleners;
    private String omschrijving;
    private LocalDate ingang;
    private LocalDate einde;
    private boolean noodzaak;
    private boolean kanBeheren;
    private boolean gemotiveerd;
    private boolean kwaliteit;
    private boolean budgetplan;
    private boolean algemeenGebruikelijk;
    private boolean minderjarigen;
    private boolean wissel;
    private boolean reiskosten;
    private BigDecimal natura;
    private final List<Hulpregel> hulpen = new ArrayList<>(List.of(new Hulpregel(), new Hulpregel(), new Hulpregel()));
    private ToekenningUitkomst uitkomst;

    public void laad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            Client c = clientregister.dossier(client == null ? 0 : client);
            clientnaam = (c.getVoornamen() + " " + (c.getTussenvoegsel() == null ? "" : c.getTussenvoegsel() + " ") + c.getAchternaam()).strip();
            String gemeente = c.getGemeente().getCode();
            zorgverleners = dienst.zorgverleners().stream().filter(z -> z.gemeente().equals(gemeente)).toList();
        } catch (NietGevondenException e) {
            Schermhulp.nietGevonden(e);
        }
    }

    public void kenToe() {
        List<HulpInvoer> plan = hulpen.stream().filter(h -> h.zorgverlener != null && !h.zorgverlener.isBlank())
                .map(h -> new HulpInvoer(h.zorgverlener, h.uren, h.etmalen, h.vasteUren, h.overeenkomst)).toList();
        ToekenningUitkomst u = Schermhulp.probeer(() -> dienst.kenToe(new ToekenningInvoer(client, omschrijving, ingang, einde, noodzaak,
                kanBeheren, gemotiveerd, kwaliteit, budgetplan, algemeenGebruikelijk, minderjarigen, wissel, reiskosten, natura, plan)));
        if (u != null) {
            uitkomst = u;
            Schermhulp.info(u.toegekend() ? "Pgb " + u.budgetnummer() + " toegekend: € " + u.bedrag() + "."
                    : "Pgb geweigerd op " + String.join(", ", u.afwijzingsregels()) + ".");
        }
    }

    /** De motivering van P-17 apart: welk deel boven natura geweigerd is (of dat er niets geweigerd is). */
    public List<String> natuurgrens() {
        return uitkomst == null ? List.of() : uitkomst.motivering().stream().filter(m -> m.contains("regel P-17")).toList();
    }

    public String afwijzing() {
        return uitkomst == null ? "" : "regel " + String.join(", regel ", uitkomst.afwijzingsregels());
    }

    public Long getClient() { return client; }
    public void setClient(Long v) { client = v; }
    public String getClientnaam() { return clientnaam; }
    public List<ZorgverlenerRegel> getZorgverleners() { return zorgverleners; }
    public String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(String v) { omschrijving = v; }
    public LocalDate getIngang() { return ingang; }
    public void setIngang(LocalDate v) { ingang = v; }
    public LocalDate getEinde() { return einde; }
    public void setEinde(LocalDate v) { einde = v; }
    public boolean isNoodzaak() { return noodzaak; }
    public void setNoodzaak(boolean v) { noodzaak = v; }
    public boolean isKanBeheren() { return kanBeheren; }
    public void setKanBeheren(boolean v) { kanBeheren = v; }
    public boolean isGemotiveerd() { return gemotiveerd; }
    public void setGemotiveerd(boolean v) { gemotiveerd = v; }
    public boolean isKwaliteit() { return kwaliteit; }
    public void setKwaliteit(boolean v) { kwaliteit = v; }
    public boolean isBudgetplan() { return budgetplan; }
    public void setBudgetplan(boolean v) { budgetplan = v; }
    public boolean isAlgemeenGebruikelijk() { return algemeenGebruikelijk; }
    public void setAlgemeenGebruikelijk(boolean v) { algemeenGebruikelijk = v; }
    public boolean isMinderjarigen() { return minderjarigen; }
    public void setMinderjarigen(boolean v) { minderjarigen = v; }
    public boolean isWissel() { return wissel; }
    public void setWissel(boolean v) { wissel = v; }
    public boolean isReiskosten() { return reiskosten; }
    public void setReiskosten(boolean v) { reiskosten = v; }
    public BigDecimal getNatura() { return natura; }
    public void setNatura(BigDecimal v) { natura = v; }
    public List<Hulpregel> getHulpen() { return hulpen; }
    public ToekenningUitkomst getUitkomst() { return uitkomst; }
}
