package nl.maatwerk.web.woonvoorzieningen;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.woonvoorzieningen.Status;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.woonvoorzieningen.dienst.Woonvoorzieningen;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** De lopende aanpassingen in de gemeenten van de medewerker, met filter op status; gepagineerd en gesorteerd in de database. */
@Named
@ViewScoped
public class LopendeAanpassingen implements Serializable {

    @EJB
    Woonvoorzieningen dienst;

    private Status status;
    private long totaal;

    private final LazyDataModel<Woonvoorziening> regels = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) totaal;
        }

        @Override
        public List<Woonvoorziening> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta s = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            var pagina = dienst.lopend(status, first, pageSize, s == null ? "aangevraagdOp" : s.getField(),
                    s == null || s.getOrder() != SortOrder.DESCENDING);
            totaal = pagina.totaal();
            setRowCount((int) totaal);
            return pagina.regels();
        }

        @Override
        public String getRowKey(Woonvoorziening w) {
            return String.valueOf(w.getId());
        }
    };

    @PostConstruct
    void init() {
        totaal = Integer.MAX_VALUE;
    }

    public void zoek() {
        // de tabel laadt opnieuw met het gekozen filter
    }

    public LazyDataModel<Woonvoorziening> getRegels() { return regels; }
    public long getTotaal() { return regels.getRowCount(); }
    public Status[] getStatussen() { return Status.values(); }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
}
