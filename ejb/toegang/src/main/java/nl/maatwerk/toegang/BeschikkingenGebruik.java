package nl.maatwerk.toegang;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.toegang.ToegangQueries;
import nl.maatwerk.verordening.dienst.RegelsetGebruik;

/** Every beschikking stores the regelset version it was decided under (C-16): the beheer screens count them. */
@ApplicationScoped
public class BeschikkingenGebruik implements RegelsetGebruik {

    @PersistenceContext
    EntityManager em;

    @Override
    public String soort() {
        return "beschikkingen";
    }

    @Override
    public long aantalBeslissingen(String regelsetVersie) {
        return ToegangQueries.beschikkingenOnder(em, regelsetVersie);
    }
}
