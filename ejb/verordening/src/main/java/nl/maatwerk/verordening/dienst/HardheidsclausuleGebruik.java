package nl.maatwerk.verordening.dienst;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.verordening.HardheidsclausuleStatus;

/** The teamleiders' decisions on the hardheidsclausule (C-10) record the regelset version in force: they count. */
@ApplicationScoped
public class HardheidsclausuleGebruik implements RegelsetGebruik {

    @PersistenceContext
    EntityManager em;

    @Override
    public String soort() {
        return "beslissingen over de hardheidsclausule";
    }

    @Override
    public long aantalBeslissingen(String regelsetVersie) {
        return em.createQuery("select count(h) from HardheidsclausuleToepassing h where h.regelsetVersie = :v and h.status <> :open",
                        Long.class)
                .setParameter("v", regelsetVersie).setParameter("open", HardheidsclausuleStatus.AANGEVRAAGD)
                .getSingleResult();
    }
}
