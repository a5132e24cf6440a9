package nl.maatwerk.toegang;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.ToegangQueries;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.SignaalBron;
import nl.maatwerk.verordening.termijn.Termijnkalender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Toegang's own signals for the shared werkvoorraad: indicaties that end within the regelset's vooraankondiging
 * (C-13 duration, C-18 heronderzoek). Called by {@link Toegang#signalen} after its role and gemeente check; answers
 * only for the gemeenten it is given.
 */
@ApplicationScoped
public class HeronderzoekSignalen implements SignaalBron {

    /** At most this many ending indicaties per gemeente on the werkvoorraad; the C-18 list pages through all. */
    static final int MAXIMUM = 200;
    private static final Termijnkalender KALENDER = new Termijnkalender();

    @PersistenceContext
    EntityManager em;

    @EJB
    RegelboekDienst regelboekDienst;

    @Override
    public List<Signaal> signalen(Set<String> gemeenten) {
        LocalDate vandaag = LocalDate.now();
        Toegangsregels regels = new Toegangsregels(regelboekDienst.regelboek(), KALENDER);
        List<Signaal> lijst = new ArrayList<>();
        for (String gemeente : gemeenten) {
            if (regelboekDienst.regelboek().zoekRegelset(gemeente, vandaag).isEmpty()) {
                continue; // a gemeente without rules in force has no indicaties from this application
            }
            LocalDate tot = regels.heroverwegingTot(gemeente, vandaag);
            for (Beschikking b : ToegangQueries.aflopendeIndicaties(em, Set.of(gemeente), vandaag, tot, 0, MAXIMUM)) {
                regels.heronderzoek(b, vandaag).ifPresent(s -> lijst.add(new Signaal("toegang", "beschikking-" + b.getId() + "-C-13",
                        b.getClient().getId(), b.getGemeenteCode(), "C-13", s.toepassing().motivering(), s.sinds(),
                        "/toegang/zaak.xhtml?id=" + b.getMelding().getId())));
            }
        }
        return lijst;
    }
}
