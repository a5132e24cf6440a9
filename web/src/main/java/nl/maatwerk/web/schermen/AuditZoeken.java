package nl.maatwerk.web.schermen;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.audit.AuditRegel;
import nl.maatwerk.domain.audit.AuditZoekvraag;
import nl.maatwerk.kern.audit.AuditLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The auditor searches the access log by user, client and period; newest first, paged in the database. */
@Named
@ViewScoped
public class AuditZoeken implements Serializable {

    @EJB
    AuditLog log;

    private String gebruiker;
    private Long client;
    private LocalDate van;
    private LocalDate tot;

    private final LazyDataModel<AuditRegel> regels = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, log.aantal(vraag()));
        }

        @Override
        public List<AuditRegel> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.zoek(vraag(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditRegel regel) {
            return String.valueOf(regel.getId());
        }
    };

    private AuditZoekvraag vraag() {
        return new AuditZoekvraag(gebruiker, client, van, tot);
    }

    public void zoek() {
        // the lazy model reads the criteria when the table is rendered again
    }

    public LazyDataModel<AuditRegel> getRegels() { return regels; }
    public String getGebruiker() { return gebruiker; }
    public void setGebruiker(String gebruiker) { this.gebruiker = gebruiker; }
    public Long getClient() { return client; }
    public void setClient(Long client) { this.client = client; }
    public LocalDate getVan() { return van; }
    public void setVan(LocalDate van) { this.van = van; }
    public LocalDate getTot() { return tot; }
    public void setTot(LocalDate tot) { this.tot = tot; }
}
