package nl.maatwerk.web.pgb;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.pgb.dienst.Pgbdienst;
import nl.maatwerk.pgb.dienst.Pgbgegevens.BudgetDetail;
import nl.maatwerk.pgb.dienst.Pgbgegevens.BudgetRegel;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** De Pgb-budgetten en één budget met motivering en berekening. */
@Named
@ViewScoped
public class BudgettenScherm implements Serializable {

    @EJB
    Pgbdienst dienst;

    private List<BudgetRegel> budgetten;
    private long totaal;
    private Long id;
    private BudgetDetail detail;

    @PostConstruct
    void init() {
        var p = dienst.budgetten(0, 200);
        budgetten = p.regels();
        totaal = p.totaal();
    }

    public void laad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            detail = dienst.budget(id == null ? 0 : id);
        } catch (NietGevondenException e) {
            Schermhulp.nietGevonden(e);
        }
    }

    public List<String> regels(String tekst) {
        return tekst == null ? List.of() : Arrays.asList(tekst.split("\n"));
    }

    public List<BudgetRegel> getBudgetten() { return budgetten; }
    public long getTotaal() { return totaal; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public BudgetDetail getDetail() { return detail; }
}
