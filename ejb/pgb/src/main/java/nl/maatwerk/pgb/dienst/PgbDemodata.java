package nl.maatwerk.pgb.dienst;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.pgb.Overeenkomst;
import nl.maatwerk.domain.pgb.Pgbbudget;
import nl.maatwerk.domain.pgb.Zorgverlener;
import nl.maatwerk.domain.pgb.Zorgverlenersoort;
import nl.maatwerk.pgb.regels.Toekenningsregels;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo Pgb's (met -Dmaatwerk.demodata=true, als er nog geen zijn): zorgverleners in Doetinchem en Lochem en drie
 * budgetten, berekend door de toekenningsregels zoals bij een echte toekenning. Het budget van 123456782 wordt
 * niet gebruikt en geeft na 6 maanden een P-08-signaal.
 */
@Singleton
@Startup
@DependsOn({"maatwerk-kern.jar#Demodata", "maatwerk-verordening.jar#RegelboekDienst"})
public class PgbDemodata {

    private static final Logger LOG = Logger.getLogger(PgbDemodata.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    RegelboekDienst regelboek;

    @PostConstruct
    void laad() {
        if (!Boolean.getBoolean("maatwerk.demodata")
                || em.createQuery("select count(b) from Pgbbudget b", Long.class).getSingleResult() > 0
                || em.createQuery("select count(z) from Zorgverlener z", Long.class).getSingleResult() > 0) {
            return;
        }
        Gemeente doetinchem = em.find(Gemeente.class, "0222");
        Gemeente lochem = em.find(Gemeente.class, "0262");
        if (doetinchem == null || lochem == null) {
            return;
        }
        Zorgverlener jan = zv(doetinchem, "ZV-D-01", "Jan Visser", Zorgverlenersoort.SOCIAAL_NETWERK, LocalDate.of(1965, 5, 1), "12", false);
        Zorgverlener thuiszorg = zv(doetinchem, "ZV-D-02", "Thuiszorg De Achterhoek", Zorgverlenersoort.PROFESSIONEEL, null, "0", true);
        Zorgverlener sanne = zv(doetinchem, "ZV-D-03", "Sanne de Boer", Zorgverlenersoort.SOCIAAL_NETWERK, LocalDate.of(2006, 1, 1), "4", false);
        Zorgverlener wolters = zv(lochem, "ZV-L-01", "Jan Wolters", Zorgverlenersoort.SOCIAAL_NETWERK, LocalDate.of(1970, 3, 3), "9", false);
        LocalDate van = LocalDate.of(2026, 1, 1);
        LocalDate tot = LocalDate.of(2026, 12, 31);
        int n = 0;
        n += budget("111222333", "0222", "PGB-0222-DEMO-1", "Begeleiding individueel en huishoudelijke hulp", van, tot, true,
                List.of(new Hulp(jan, "20", true), new Hulp(thuiszorg, "4", true), new Hulp(sanne, "3", false)));
        n += budget("123456782", "0222", "PGB-0222-DEMO-2", "Begeleiding individueel", van, tot, false, List.of(new Hulp(thuiszorg, "2", true)));
        n += budget("999990019", "0262", "PGB-0262-DEMO-1", "Ondersteuning door mantelzorger", van, tot, true, List.of(new Hulp(wolters, "10", true)));
        LOG.info("Pgb-demodata geladen: " + n + " budgetten, 4 zorgverleners.");
    }

    private record Hulp(Zorgverlener z, String uren, boolean overeenkomst) {
    }

    private Zorgverlener zv(Gemeente g, String code, String naam, Zorgverlenersoort soort, LocalDate geboren, String km, boolean vog) {
        Zorgverlener z = new Zorgverlener(g, code, naam, soort, geboren, new BigDecimal(km), vog);
        em.persist(z);
        return z;
    }

    private int budget(String bsn, String gemeente, String nummer, String omschrijving, LocalDate van, LocalDate tot, boolean reiskosten,
                       List<Hulp> hulpen) {
        Client c = em.createQuery("select c from Client c where c.bsn = :b and c.gemeente.code = :g", Client.class)
                .setParameter("b", bsn).setParameter("g", gemeente).getResultStream().findFirst().orElse(null);
        if (c == null) {
            return 0;
        }
        Regelset rs = regelboek.regelboek().regelset(gemeente, van);
        List<Toekenningsregels.Hulpplan> plannen = hulpen.stream().map(h -> new Toekenningsregels.Hulpplan(h.z().getNaam(), h.z().getSoort(),
                h.z().getGeboortedatum() == null ? 99 : Period.between(h.z().getGeboortedatum(), van).getYears(), h.z().isVog(),
                new BigDecimal(h.uren()), null, false)).toList();
        Toekenningsregels.Besluit b = Toekenningsregels.beslis(rs, new Toekenningsregels.Aanvraag(van, tot, true, true, true, true, true, false,
                false, false, 0, null, plannen));
        Pgbbudget budget = new Pgbbudget(nummer, c, c.getGemeente(), omschrijving, van, tot, b.bedrag(), b.perWeek(), rs.versie(), "demodata",
                LocalDateTime.of(2025, 12, 15, 9, 0));
        budget.setReiskostenInPlan(reiskosten);
        budget.setMotivering(String.join("\n", b.toepassingen().stream().map(RegelToepassing::motivering).toList()));
        budget.setBerekening(String.join("\n", b.berekening()));
        em.persist(budget);
        hulpen.forEach(h -> em.persist(new Overeenkomst(budget, h.z(), h.overeenkomst())));
        return 1;
    }
}
