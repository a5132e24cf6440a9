package nl.maatwerk.web.pgb;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.pgb.dienst.Pgbdienst;
import nl.maatwerk.pgb.dienst.Pgbgegevens.BudgetRegel;

import java.io.Serializable;
import java.util.List;

/** Het pgb-deel van de cliëntpagina: de budgetten met wat er is besteed. */
@Named
@ViewScoped
public class ClientPgb implements Serializable {

    @EJB
    Pgbdienst dienst;

    private Long geladenVoor;
    private List<BudgetRegel> budgetten;

    public List<BudgetRegel> budgetten(Long clientId) {
        if (clientId == null) {
            return List.of();
        }
        if (!clientId.equals(geladenVoor)) {
            budgetten = dienst.budgettenVanClient(clientId);
            geladenVoor = clientId;
        }
        return budgetten;
    }
}
