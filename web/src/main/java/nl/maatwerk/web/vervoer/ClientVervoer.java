package nl.maatwerk.web.vervoer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.vervoer.dienst.PasOverzicht;
import nl.maatwerk.vervoer.dienst.Vervoer;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Het vervoersdeel van de cliëntpagina: de regiotaxipassen met hun gebruik dit jaar. */
@Named
@ViewScoped
public class ClientVervoer implements Serializable {

    @EJB
    Vervoer vervoer;

    private Long geladenVoor;
    private List<PasOverzicht> passen;

    public List<PasOverzicht> passen(Long clientId) {
        if (clientId == null) {
            return List.of();
        }
        if (!clientId.equals(geladenVoor)) {
            passen = vervoer.passenVanClient(clientId, LocalDate.now().getYear());
            geladenVoor = clientId;
        }
        return passen;
    }
}
