package nl.maatwerk.woonvoorzieningen.dienst;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.woonvoorzieningen.AdviesFactor;
import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Status;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;
import nl.maatwerk.domain.woonvoorzieningen.Woningtype;
import nl.maatwerk.domain.woonvoorzieningen.Woonadvies;
import nl.maatwerk.domain.woonvoorzieningen.Woonsituatie;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.domain.woonvoorzieningen.WoonvoorzieningZoekvraag.Eigenaar;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.woonvoorzieningen.regels.Advies;
import nl.maatwerk.woonvoorzieningen.regels.Verhuisadviseur;
import nl.maatwerk.woonvoorzieningen.regels.Verhuisweging;
import nl.maatwerk.woonvoorzieningen.regels.Woonaanvraag;
import nl.maatwerk.woonvoorzieningen.regels.Woonbeoordelaar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo woonvoorzieningen (met -Dmaatwerk.demodata=true, als er nog geen woonsituaties zijn): een huurder in
 * Doetinchem met verhuisadvies AANPASSEN en een traplift in de offertefase, en een huiseigenaar in Lochem met
 * een goedgekeurde aangepaste badkamer. Advies en regels komen uit de echte regelsets, zoals bij een consulent.
 */
@Singleton
@Startup
@DependsOn({"maatwerk-kern.jar#Demodata", "maatwerk-verordening.jar#RegelboekDienst"})
public class WoonDemodata {

    private static final Logger LOG = Logger.getLogger(WoonDemodata.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    RegelboekDienst regelboek;

    @PostConstruct
    void laad() {
        if (!Boolean.getBoolean("maatwerk.demodata")
                || em.createQuery("select count(s) from Woonsituatie s", Long.class).getSingleResult() > 0
                || em.createQuery("select count(w) from Woonvoorziening w", Long.class).getSingleResult() > 0) {
            return;
        }
        int n = 0;
        n += geval("111222333", "0222", Woningtype.EENGEZINSWONING, false, Voorzieningsoort.HOOGTEVERSCHIL, "traplift",
                Gebruiksruimte.SLAAPKAMER, LocalDate.of(2026, 3, 2), new BigDecimal("8900.00"), false);
        n += geval("999990019", "0262", Woningtype.APPARTEMENT, true, Voorzieningsoort.BOUWKUNDIG, "aangepaste badkamer",
                Gebruiksruimte.BADKAMER, LocalDate.of(2026, 2, 2), new BigDecimal("12400.00"), true);
        LOG.info("Woonvoorzieningen-demodata geladen: " + n + " cliënten met woonsituatie, advies en woonvoorziening.");
    }

    private int geval(String bsn, String gemeente, Woningtype type, boolean eigendom, Voorzieningsoort soort, String omschrijving,
                      Gebruiksruimte ruimte, LocalDate datum, BigDecimal offerte, boolean goedkeuren) {
        Client c = em.createQuery("select c from Client c where c.bsn = :b and c.gemeente.code = :g", Client.class)
                .setParameter("b", bsn).setParameter("g", gemeente).getResultStream().findFirst().orElse(null);
        if (c == null) {
            return 0;
        }
        Regelset rs = regelboek.regelboek().regelset(gemeente, datum);
        Woonsituatie s = new Woonsituatie(c);
        s.leg(type, eigendom, true, Set.of(ruimte), false, "demodata");
        em.persist(s);

        Verhuisweging weging = new Verhuisweging(false, true, "woont al 40 jaar in de wijk", true, "buurvrouw helpt dagelijks",
                10, "stabiele prognose", false, "geen geschikte woning in de buurt", eigendom ? Boolean.FALSE : null, "",
                offerte, BigDecimal.ZERO, 1);
        var regelsituatie = Woonvoorzieningen.regelsituatie(s);
        Advies advies = Verhuisadviseur.adviseer(rs, regelsituatie, weging, datum);
        Woonadvies a = new Woonadvies(c, advies.uitkomst(), datum, advies.regelsetVersie(), advies.kosten().aanpassingskosten(),
                advies.kosten().verhuisPgbMaximum(), advies.kosten().overigeVerhuiskosten(), advies.kosten().huishoudgrootte(),
                advies.motivering(), advies.factoren().stream().map(f -> new AdviesFactor(f.letter(), f.richting(), f.motivering())).toList(),
                "demodata");
        em.persist(a);
        em.flush();
        Regelopslag.bewaar(em, Eigenaar.ADVIES, a.getId(), advies.toepassingen());

        var beoordeling = Woonbeoordelaar.beoordeel(rs, Woonaanvraag.voor(datum, regelsituatie, soort, omschrijving, ruimte)
                .advies(advies.uitkomst()).eigenaarGehoord(true));
        Woonvoorziening w = new Woonvoorziening(c, soort, omschrijving, ruimte, datum);
        w.legBeoordeling(a, beoordeling.regelsetVersie(), beoordeling.motivering(), false, false, null);
        w.voegOfferteToe("Bouwbedrijf Achterhoek", offerte.add(new BigDecimal("1500.00")), true, datum.plusDays(7));
        w.voegOfferteToe("Aanpassingen Oost", offerte, true, datum.plusDays(9));
        w.kiesGoedkoopstAdequate();
        w.eigenaarGehoord(datum.plusDays(10));
        if (goedkeuren) {
            w.naarStatus(Status.GOEDGEKEURD, datum.plusDays(21));
        }
        em.persist(w);
        em.flush();
        Regelopslag.bewaar(em, Eigenaar.VOORZIENING, w.getId(), beoordeling.toepassingen());
        return 1;
    }
}
