package nl.maatwerk.vervoer.dienst;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.vervoer.regels.Vervoerregels.ExtraService;
import nl.maatwerk.vervoer.regels.Vervoerregels.Reisbehoefte;

import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Demo regiotaxipassen (met -Dmaatwerk.demodata=true, als er nog geen passen zijn): twee in Doetinchem
 * (km-budget, straal) en één in Lochem (km- en zonebudget, begeleider). Het budget komt uit de regels, zoals
 * bij een echte verstrekking.
 */
@Singleton
@Startup
@DependsOn({"maatwerk-kern.jar#Demodata", "maatwerk-verordening.jar#RegelboekDienst"})
public class VervoerDemodata {

    private static final Logger LOG = Logger.getLogger(VervoerDemodata.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    RegelboekDienst regelboek;

    @PostConstruct
    void laad() {
        if (!Boolean.getBoolean("maatwerk.demodata")
                || em.createQuery("select count(p) from Regiotaxipas p", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate van = LocalDate.of(2026, 1, 1);
        LocalDate tot = LocalDate.of(2027, 12, 31);
        int n = 0;
        n += pas("111222333", "0222", "D-1001", van, tot, new Reisbehoefte(18, 0, 2500, 0), false, false, ExtraService.VANAF_DE_HAL);
        n += pas("123456782", "0222", "D-1002", van, tot, new Reisbehoefte(12, 0, 1200, 0), false, true, ExtraService.GEEN);
        n += pas("999990019", "0262", "L-2001", van, tot, new Reisbehoefte(0, 4, 1800, 1000), true, false, ExtraService.GEEN);
        LOG.info("Vervoer-demodata geladen: " + n + " regiotaxipassen.");
    }

    private int pas(String bsn, String gemeente, String nummer, LocalDate van, LocalDate tot, Reisbehoefte behoefte,
                    boolean begeleider, boolean kinderen, ExtraService service) {
        Client c = em.createQuery("select c from Client c where c.bsn = :b and c.gemeente.code = :g", Client.class)
                .setParameter("b", bsn).setParameter("g", gemeente).getResultStream().findFirst().orElse(null);
        if (c == null) {
            return 0;
        }
        Regelset rs = regelboek.regelboek().regelset(gemeente, van);
        PasAanvraag a = new PasAanvraag(c.getId(), nummer, van, tot, behoefte, begeleider, kinderen, service, false);
        em.persist(Vervoer.maakPas(c, rs, a, Vervoer.besluit(rs, a)));
        return 1;
    }
}
