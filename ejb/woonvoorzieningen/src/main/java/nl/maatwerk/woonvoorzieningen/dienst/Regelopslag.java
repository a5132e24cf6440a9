package nl.maatwerk.woonvoorzieningen.dienst;

import jakarta.persistence.EntityManager;
import nl.maatwerk.domain.woonvoorzieningen.Woonregeltoepassing;
import nl.maatwerk.domain.woonvoorzieningen.WoonvoorzieningZoekvraag;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Bron;

import java.util.ArrayList;
import java.util.List;

/**
 * Legt toegepaste regels vast als rijen (regel, uitkomst, bron, zin) en leest ze terug als {@link RegelToepassing}:
 * de beschikkingsbrief citeert precies wat bij de beslissing gold, ook als de regelset later wijzigt.
 */
public final class Regelopslag {

    private Regelopslag() {
    }

    public static void bewaar(EntityManager em, WoonvoorzieningZoekvraag.Eigenaar eigenaar, long id, List<RegelToepassing> toepassingen) {
        int i = 0;
        for (RegelToepassing t : toepassingen) {
            Bron b = t.bron();
            String zin = t.motivering().length() > 4000 ? t.motivering().substring(0, 3997) + "..." : t.motivering();
            Woonregeltoepassing r = new Woonregeltoepassing(++i, t.regelId(), t.uitkomst().name(),
                    b == null ? null : b.document(), b == null ? null : b.documentTitel(), b == null ? null : b.artikel(),
                    b == null ? null : b.lid(), zin);
            switch (eigenaar) {
                case ADVIES -> r.voorAdvies(id);
                case VOORZIENING -> r.voorVoorziening(id);
                case WEIGERING -> r.voorWeigering(id);
            }
            em.persist(r);
        }
    }

    public static List<RegelToepassing> lees(EntityManager em, WoonvoorzieningZoekvraag.Eigenaar eigenaar, long id) {
        List<RegelToepassing> uit = new ArrayList<>();
        for (Woonregeltoepassing r : WoonvoorzieningZoekvraag.toepassingen(em, eigenaar, id)) {
            Bron bron = r.getBronDocument() == null ? null
                    : new Bron(r.getBronDocument(), r.getBronTitel(), r.getBronArtikel(), r.getBronLid(), List.of(r.getRegelId()));
            uit.add(new RegelToepassing(r.getRegelId(), Uitkomst.valueOf(r.getUitkomst()), bron, r.getMotivering()));
        }
        return uit;
    }
}
