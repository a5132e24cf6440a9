package nl.maatwerk.web.toegang;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.toegang.Melding;
import nl.maatwerk.domain.toegang.Werkitem;
import nl.maatwerk.toegang.Toegang;
import nl.maatwerk.toegang.Werkvoorraadfilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;


import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The werkvoorraad: paged, sorted and filtered in the database through the EJB; most urgent first. */
@Named
@ViewScoped
public class WerkvoorraadScherm implements Serializable {

    @EJB
    Toegang toegang;

    private String gemeente;
    private Melding.Fase fase;
    private boolean mijn = true;
    private boolean alleenTeLaat;
    private final HashMap<Long, String> toewijzing = new HashMap<>();
    private transient List<Toegang.Werkvoorraadsignaal> signalen;
    private transient Map<String, List<Toegang.Behandelaar>> behandelaars;

    private final LazyDataModel<Werkitem> items = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, toegang.werkvoorraadAantal(filter()));
        }

        @Override
        public List<Werkitem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta s = sortBy.values().stream().findFirst().orElse(null);
            var pagina = toegang.werkvoorraad(filter(), first, pageSize, s == null ? "termijn" : s.getField(),
                    s == null || s.getOrder() != SortOrder.DESCENDING);
            setRowCount((int) Math.min(Integer.MAX_VALUE, pagina.totaal()));
            return pagina.regels();
        }

        @Override
        public String getRowKey(Werkitem w) {
            return String.valueOf(w.meldingId());
        }
    };

    private Werkvoorraadfilter filter() {
        return new Werkvoorraadfilter(gemeente, fase, null, mijn, alleenTeLaat);
    }

    public void zoek() {
        // the lazy model reloads with the new filter; the signals follow the gemeente
        signalen = null;
    }

    /** Reassigns one case from the table: a teamleider to anyone, a consulent to himself (checked in the EJB). */
    public String wijsToe(long meldingId) {
        String wie = toewijzing.get(meldingId);
        if (Stapmeldingen.probeer(() -> toegang.wijsToe(meldingId, wie))) {
            Stapmeldingen.info("De melding is toegewezen aan " + (wie == null || wie.isBlank() ? "niemand" : wie.strip()) + ".");
            return "/toegang/werkvoorraad?faces-redirect=true";
        }
        return null;
    }

    public List<Toegang.Werkvoorraadsignaal> getSignalen() {
        if (signalen == null) {
            signalen = List.of();
            Stapmeldingen.probeer(() -> signalen = toegang.signalen(gemeente));
        }
        return signalen;
    }

    /** The people who can take the work of this gemeente, for the choice in each row; once per gemeente per view. */
    public List<Toegang.Behandelaar> behandelaars(String gemeenteCode) {
        if (behandelaars == null) {
            behandelaars = new HashMap<>();
        }
        return behandelaars.computeIfAbsent(gemeenteCode, g -> {
            List<Toegang.Behandelaar> lijst = new java.util.ArrayList<>();
            Stapmeldingen.probeer(() -> lijst.addAll(toegang.behandelaars(g)));
            return lijst;
        });
    }

    public Map<Long, String> getToewijzing() { return toewijzing; }

    public Melding.Fase[] getFasen() { return Melding.Fase.values(); }
    public LazyDataModel<Werkitem> getItems() { return items; }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
    public Melding.Fase getFase() { return fase; }
    public void setFase(Melding.Fase fase) { this.fase = fase; }
    public boolean isMijn() { return mijn; }
    public void setMijn(boolean mijn) { this.mijn = mijn; }
    public boolean isAlleenTeLaat() { return alleenTeLaat; }
    public void setAlleenTeLaat(boolean alleenTeLaat) { this.alleenTeLaat = alleenTeLaat; }
}
