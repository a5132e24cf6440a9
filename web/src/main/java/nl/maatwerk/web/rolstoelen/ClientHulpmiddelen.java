package nl.maatwerk.web.rolstoelen;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.rolstoelen.HulpmiddelVerstrekking;
import nl.maatwerk.rolstoelen.dienst.Hulpmiddelen;

import java.io.Serializable;
import java.util.List;

/** Het hulpmiddelendeel van de cliëntpagina: bruikleen en Pgb, lopend en beëindigd. */
@Named
@ViewScoped
public class ClientHulpmiddelen implements Serializable {

    @EJB
    Hulpmiddelen hulpmiddelen;

    private Long geladenVoor;
    private List<HulpmiddelVerstrekking> verstrekkingen;

    public List<HulpmiddelVerstrekking> verstrekkingen(Long clientId) {
        if (clientId == null) {
            return List.of();
        }
        if (!clientId.equals(geladenVoor)) {
            verstrekkingen = hulpmiddelen.vanClient(clientId);
            geladenVoor = clientId;
        }
        return verstrekkingen;
    }
}
