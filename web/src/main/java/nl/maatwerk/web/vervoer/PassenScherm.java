package nl.maatwerk.web.vervoer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.vervoer.dienst.PasOverzicht;
import nl.maatwerk.vervoer.dienst.Vervoer;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Pashouders met hun budgetgebruik in een jaar; gepagineerd in de database. */
@Named
@ViewScoped
public class PassenScherm implements Serializable {

    @EJB
    Vervoer vervoer;

    private int jaar = LocalDate.now().getYear();
    private long totaal;

    private final LazyDataModel<PasOverzicht> passen = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) totaal;
        }

        @Override
        public List<PasOverzicht> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var p = vervoer.passen(jaar, first, pageSize);
            totaal = p.totaal();
            setRowCount((int) totaal);
            return p.regels();
        }

        @Override
        public String getRowKey(PasOverzicht pas) {
            return String.valueOf(pas.id());
        }
    };

    @PostConstruct
    void init() {
        totaal = Integer.MAX_VALUE;
    }

    public void toon() {
        // de tabel leest het jaar bij het opnieuw tonen
    }

    public List<Integer> getJaren() {
        int nu = LocalDate.now().getYear();
        return IntStream.rangeClosed(nu - 3, nu + 1).boxed().toList();
    }

    public LazyDataModel<PasOverzicht> getPassen() { return passen; }
    public int getJaar() { return jaar; }
    public void setJaar(int jaar) { this.jaar = jaar; }
}
