package nl.maatwerk.verordening.dienst;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.verordening.HardheidsclausuleToepassing;

import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * Demo uses of the hardheidsclausule in Doetinchem (with -Dmaatwerk.demodata=true and an empty register), so the
 * beheerder's signal page shows an onderwerp used as often as the regelset's threshold. Lochem gets none: its
 * documents have no hardheidsclausule.
 */
@Singleton
@Startup
@DependsOn({"maatwerk-kern.jar#Demodata", "RegelboekDienst"})
public class VerordeningDemodata {

    private static final Logger LOG = Logger.getLogger(VerordeningDemodata.class.getName());
    static final String ONDERWERP = "C-04 eerder verstrekte voorziening buiten schuld verloren";

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void laad() {
        if (!Boolean.getBoolean("maatwerk.demodata")) {
            return;
        }
        long aantal = em.createQuery("select count(h) from HardheidsclausuleToepassing h", Long.class).getSingleResult();
        if (aantal > 0 || em.find(nl.maatwerk.domain.kern.Gemeente.class, "0222") == null) {
            return;
        }
        LocalDateTime begin = LocalDateTime.of(2026, 1, 12, 10, 0);
        for (int i = 0; i < 3; i++) {
            var h = new HardheidsclausuleToepassing("0222", ONDERWERP, null,
                    "Demo: de scootmobiel is gestolen terwijl de cliënt in het ziekenhuis lag; weigeren op grond van de "
                            + "afschrijvingstermijn pakt onbillijk uit.", "0222-2017-03-01", "consulent.doetinchem", begin.plusWeeks(i * 5L));
            h.beoordeel(true, "teamleider.doetinchem", "Demo: akkoord.", begin.plusWeeks(i * 5L).plusDays(1));
            em.persist(h);
        }
        LOG.info("Demodata hardheidsclausule: 3 goedgekeurde toepassingen in Doetinchem");
    }
}
