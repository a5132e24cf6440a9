package nl.maatwerk.rolstoelen.dienst;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.rolstoelen.GebeurtenisSoort;
import nl.maatwerk.domain.rolstoelen.Hulpmiddel;
import nl.maatwerk.domain.rolstoelen.HulpmiddelGebeurtenis;
import nl.maatwerk.domain.rolstoelen.HulpmiddelQueries;
import nl.maatwerk.domain.rolstoelen.HulpmiddelStatus;
import nl.maatwerk.domain.rolstoelen.HulpmiddelVerstrekking;
import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.domain.rolstoelen.Staat;
import nl.maatwerk.rolstoelen.regels.Bruikleen;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.logging.Logger;

/**
 * Demo-hulpmiddelen (met -Dmaatwerk.demodata=true, als het depot nog leeg is): in Doetinchem drie exemplaren in het
 * depot, één uitgegeven aan mevrouw Visser en één dat van de heer Van Dijk terugkwam; in Lochem één in het depot.
 */
@Singleton
@Startup
@DependsOn({"maatwerk-kern.jar#Demodata", "maatwerk-verordening.jar#RegelboekDienst"})
public class RolstoelenDemodata {

    private static final Logger LOG = Logger.getLogger(RolstoelenDemodata.class.getName());
    private static final String DOOR = "demodata";

    @PersistenceContext
    EntityManager em;

    @EJB
    RegelboekDienst regelboek;

    @PostConstruct
    void laad() {
        if (!Boolean.getBoolean("maatwerk.demodata") || HulpmiddelQueries.aantalHulpmiddelen(em) > 0) {
            return;
        }
        Gemeente doetinchem = em.find(Gemeente.class, "0222");
        Gemeente lochem = em.find(Gemeente.class, "0262");
        if (doetinchem == null || lochem == null) {
            return;
        }
        item(doetinchem, Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, "Sunrise Medical", "Breezy Premium", "DT-R-1001", "1850.00", LocalDate.of(2025, 3, 3), false);
        item(doetinchem, Hulpmiddelsoort.ELEKTRISCHE_ROLSTOEL, "Permobil", "M3 Corpus", "DT-E-2001", "9650.00", LocalDate.of(2024, 9, 16), false);
        item(doetinchem, Hulpmiddelsoort.SCOOTMOBIEL, "Vermeiren", "Carpo 2", "DT-S-3001", "3400.00", LocalDate.of(2023, 5, 8), false);
        Hulpmiddel uit = item(doetinchem, Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, "Küschall", "Compact 2.0", "DT-R-1002", "2100.00", LocalDate.of(2024, 1, 10), false);
        Hulpmiddel terug = item(doetinchem, Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, "Invacare", "Action 3NG", "DT-R-1003", "1650.00", LocalDate.of(2022, 6, 1), false);
        item(lochem, Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, "Sunrise Medical", "Breezy Premium", "LO-R-1001", "1850.00", LocalDate.of(2025, 2, 1), false);

        Client visser = client("111222333", "0222");
        Client vanDijk = client("123456782", "0222");
        if (visser != null) {
            verstrek(visser, uit, LocalDate.of(2025, 4, 1));
        }
        if (vanDijk != null) {
            HulpmiddelVerstrekking v = verstrek(vanDijk, terug, LocalDate.of(2022, 7, 1));
            v.neemIn(LocalDate.of(2025, 10, 15), Staat.NORMALE_SLIJTAGE, "Banden en zitting versleten; normale slijtage.");
            terug.neemIn(HulpmiddelStatus.IN_DEPOT);
            em.persist(new HulpmiddelGebeurtenis(terug, GebeurtenisSoort.INGENOMEN, LocalDate.of(2025, 10, 15), vanDijk,
                    "Ingenomen van " + vanDijk.volledigeNaam() + " (normale slijtage)", null, DOOR, LocalDateTime.now()));
            em.persist(new HulpmiddelGebeurtenis(terug, GebeurtenisSoort.ONDERHOUD, LocalDate.of(2025, 10, 20), null,
                    "Nieuwe banden en zitting voor hergebruik", new BigDecimal("145.00"), DOOR, LocalDateTime.now()));
        }
        LOG.info("Rolstoelen-demodata geladen: 6 hulpmiddelen.");
    }

    private Hulpmiddel item(Gemeente g, Hulpmiddelsoort soort, String merk, String model, String serie, String prijs, LocalDate op, boolean kind) {
        Hulpmiddel h = new Hulpmiddel(g, soort, merk, model, serie, new BigDecimal(prijs), op, "Welzorg", kind);
        em.persist(h);
        em.persist(new HulpmiddelGebeurtenis(h, GebeurtenisSoort.AANGESCHAFT, op, null, "Aangeschaft bij Welzorg", null, DOOR, LocalDateTime.now()));
        return h;
    }

    private HulpmiddelVerstrekking verstrek(Client c, Hulpmiddel h, LocalDate op) {
        Regelset rs = regelboek.regelboek().regelset(c.getGemeente().getCode(), op);
        var voorwaarden = Bruikleen.voorwaarden(rs);
        HulpmiddelVerstrekking v = HulpmiddelVerstrekking.bruikleen(c, h, op,
                Period.between(c.getGeboortedatum(), op).getYears(), rs.versie(), DOOR);
        v.legMotivering(Hulpmiddelen.tekst(java.util.List.of(voorwaarden.toepassing())), String.join("\n", voorwaarden.voorwaarden()), null, null, null);
        h.geefUit(c);
        em.persist(v);
        em.persist(new HulpmiddelGebeurtenis(h, GebeurtenisSoort.UITGEGEVEN, op, c, "In bruikleen aan " + c.volledigeNaam(), null, DOOR, LocalDateTime.now()));
        return v;
    }

    private Client client(String bsn, String gemeente) {
        return em.createQuery("select c from Client c where c.bsn = :b and c.gemeente.code = :g", Client.class)
                .setParameter("b", bsn).setParameter("g", gemeente).getResultStream().findFirst().orElse(null);
    }
}
