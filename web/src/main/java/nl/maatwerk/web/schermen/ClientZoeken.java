package nl.maatwerk.web.schermen;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.kern.client.Clientregister;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Search in the cliëntregister: the table pages and sorts in the database through the EJB. */
@Named
@ViewScoped
public class ClientZoeken implements Serializable {

    @EJB
    Clientregister register;

    private String bsn;
    private String naam;
    private LocalDate geboortedatum;
    private String postcode;
    private String gemeente;
    private boolean gezocht;

    private final LazyDataModel<Client> resultaten = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return gezocht ? (int) Math.min(Integer.MAX_VALUE, register.aantal(criteria())) : 0;
        }

        @Override
        public List<Client> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (!gezocht) {
                return List.of();
            }
            SortMeta sortering = sortBy.values().stream().findFirst().orElse(null);
            // The paginator asked count() just before; the page itself is fetched without counting again.
            return register.zoekRegels(criteria(), first, pageSize,
                    sortering == null ? "achternaam" : sortering.getField(),
                    sortering == null || sortering.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(Client client) {
            return String.valueOf(client.getId());
        }
    };

    public void zoek() {
        gezocht = true;
    }

    private Clientregister.ClientZoekCriteria criteria() {
        return new Clientregister.ClientZoekCriteria(bsn, naam, geboortedatum, postcode, gemeente);
    }

    public LazyDataModel<Client> getResultaten() { return resultaten; }
    public boolean isGezocht() { return gezocht; }
    public String getBsn() { return bsn; }
    public void setBsn(String bsn) { this.bsn = bsn; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public LocalDate getGeboortedatum() { return geboortedatum; }
    public void setGeboortedatum(LocalDate geboortedatum) { this.geboortedatum = geboortedatum; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
}
