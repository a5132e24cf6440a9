package nl.maatwerk.web.dienstverlening;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.dienstverlening.dienst.Dienstverlening;
import nl.maatwerk.dienstverlening.dienst.Gegevens.ArrangementOverzicht;

import java.io.Serializable;
import java.util.List;

/** Het dienstverleningsdeel van de cliëntpagina: de arrangementen met hun opdrachten. */
@Named
@ViewScoped
public class ClientDienstverlening implements Serializable {

    @EJB
    Dienstverlening dienst;

    private Long geladenVoor;
    private List<ArrangementOverzicht> arrangementen;

    public List<ArrangementOverzicht> arrangementen(Long clientId) {
        if (clientId == null) {
            return List.of();
        }
        if (!clientId.equals(geladenVoor)) {
            arrangementen = dienst.arrangementenVanClient(clientId);
            geladenVoor = clientId;
        }
        return arrangementen;
    }
}
