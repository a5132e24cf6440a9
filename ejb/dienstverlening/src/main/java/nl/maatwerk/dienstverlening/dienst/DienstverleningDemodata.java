package nl.maatwerk.dienstverlening.dienst;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.dienstverlening.regels.Arrangementvraag;
import nl.maatwerk.dienstverlening.regels.Dienstverleningsregels;
import nl.maatwerk.dienstverlening.regels.Grondslag;
import nl.maatwerk.dienstverlening.regels.Huisgenoot;
import nl.maatwerk.dienstverlening.regels.Onderdeel;
import nl.maatwerk.dienstverlening.regels.Periode;
import nl.maatwerk.dienstverlening.regels.Resultaatgebied;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.dienstverlening.Aanbieder;
import nl.maatwerk.domain.dienstverlening.Arrangement;
import nl.maatwerk.domain.dienstverlening.Contract;
import nl.maatwerk.domain.dienstverlening.DienstverleningQueries;
import nl.maatwerk.domain.dienstverlening.Opdracht;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Demo-aanbieders met AGB-code en contracten voor Doetinchem en Lochem (tarieven per resultaatgebied en trede) en één
 * arrangement met een verzonden opdracht in Lochem (met -Dmaatwerk.demodata=true, als de dienstverlening nog leeg is).
 * Het arrangement gaat door dezelfde regels als een echt arrangement.
 */
@Singleton
@Startup
@DependsOn({"maatwerk-kern.jar#Demodata", "maatwerk-verordening.jar#RegelboekDienst"})
public class DienstverleningDemodata {

    private static final Logger LOG = Logger.getLogger(DienstverleningDemodata.class.getName());
    static final LocalDate BEGIN = LocalDate.of(2026, 1, 1);

    @PersistenceContext
    EntityManager em;

    @EJB
    RegelboekDienst regelboek;

    @PostConstruct
    void laad() {
        if (!Boolean.getBoolean("maatwerk.demodata") || DienstverleningQueries.aantalGegevens(em) > 0) {
            return;
        }
        Gemeente doetinchem = em.find(Gemeente.class, "0222");
        Gemeente lochem = em.find(Gemeente.class, "0262");
        if (doetinchem == null || lochem == null) {
            return;
        }
        Aanbieder achterhoek = aanbieder("41100001", "Zorggroep Achterhoek", true, true);
        Aanbieder berkel = aanbieder("41100002", "Begeleiding Berkelland", true, false);
        Aanbieder huishoud = aanbieder("41100003", "Thuishulp Doetinchem", true, true);
        Aanbieder overstap = aanbieder("41100004", "Stichting De Overstap (OGGZ)", true, true);
        // Base price per month for trede 1; each trede adds the same step.
        contract(achterhoek, doetinchem, false, 1.00, Set.of(Resultaatgebied.values()));
        contract(achterhoek, lochem, false, 1.00, Set.of(Resultaatgebied.values()));
        contract(berkel, lochem, false, 0.95, Set.of(Resultaatgebied.SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, Resultaatgebied.FINANCIEN, Resultaatgebied.DAGBESTEDING));
        contract(huishoud, doetinchem, false, 0.90, Set.of(Resultaatgebied.REGIE_OP_HET_HUISHOUDEN));
        contract(overstap, lochem, true, 1.10, Set.of(Resultaatgebied.SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, Resultaatgebied.ZELFZORG_EN_GEZONDHEID, Resultaatgebied.HUISVESTING));
        contract(overstap, doetinchem, true, 1.10, Set.of(Resultaatgebied.SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, Resultaatgebied.ZELFZORG_EN_GEZONDHEID, Resultaatgebied.HUISVESTING));
        em.flush();
        int arrangementen = arrangement(berkel);
        LOG.info("Dienstverlening-demodata geladen: 4 aanbieders, 6 contracten, " + arrangementen + " arrangement.");
    }

    private Aanbieder aanbieder(String agb, String naam, boolean klachten, boolean medezeggenschap) {
        Aanbieder a = new Aanbieder(agb, naam, klachten, medezeggenschap);
        em.persist(a);
        return a;
    }

    private void contract(Aanbieder a, Gemeente g, boolean oggz, double factor, Set<Resultaatgebied> gebieden) {
        Contract c = new Contract(a, g, BEGIN, null, oggz);
        for (Resultaatgebied r : gebieden) {
            for (Resultaatgebied.Trede t : r.treden()) {
                BigDecimal basis = switch (r) {
                    case REGIE_OP_HET_HUISHOUDEN -> new BigDecimal("120");
                    case HUISVESTING -> new BigDecimal("1400");
                    case MANTELZORGONDERSTEUNING_MET_VERBLIJF -> new BigDecimal("520");
                    default -> new BigDecimal("210");
                };
                BigDecimal bedrag = basis.multiply(BigDecimal.valueOf(t.nummer())).multiply(BigDecimal.valueOf(factor)).setScale(2, java.math.RoundingMode.HALF_UP);
                c.voegTariefToe(r.sleutel(), t.nummer(), bedrag, r == Resultaatgebied.DAGBESTEDING ? new BigDecimal("85.00") : null);
            }
        }
        em.persist(c);
    }

    /** Aaltje Wolters (Lochem): dagbesteding trede 2 met vervoer, ter ontlasting van haar partner; opdracht aan Begeleiding Berkelland. */
    private int arrangement(Aanbieder aanbieder) {
        Client c = em.createQuery("select c from Client c where c.bsn = :b and c.gemeente.code = :g", Client.class)
                .setParameter("b", "999990019").setParameter("g", "0262").getResultStream().findFirst().orElse(null);
        if (c == null) {
            return 0;
        }
        LocalDate besluit = LocalDate.of(2026, 2, 2);
        Regelset rs = regelboek.regelboek().regelset("0262", besluit);
        Onderdeel db = new Onderdeel(Resultaatgebied.DAGBESTEDING, 2, List.of("heeft een zinvolle dagbesteding", "beschikt over mantelzorg die is ontlast"), true);
        var vraag = new Arrangementvraag(List.of(db), Set.of(Grondslag.PSYCHOGERIATRISCH),
                List.of(new Huisgenoot(Huisgenoot.Relatie.PARTNER, 82, false, false)), false, false, false, true);
        var periode = new Periode(besluit, besluit, besluit.plusYears(2).minusDays(1), Periode.Verloop.VERSLECHTEREND, false, false, false, false);
        List<RegelToepassing> m = new ArrayList<>(List.of(Dienstverleningsregels.toegangsniveau(null)));
        m.addAll(Dienstverleningsregels.arrangement(rs, vraag));
        m.addAll(Dienstverleningsregels.periode(rs, periode));
        var tarieven = DienstverleningQueries.tarieven(em, "0262", besluit).stream().map(t -> new Dienstverleningsregels.Tarief(
                t.getContract().getAanbieder().getId(), t.getContract().getAanbieder().getNaam(), Resultaatgebied.opSleutel(t.getResultaatgebied()).orElseThrow(),
                t.getTrede(), t.getPerMaand(), t.getVervoerstoeslag())).toList();
        var kostprijs = Dienstverleningsregels.kostprijs(rs, List.of(db), tarieven).orElseThrow();
        m.addAll(kostprijs.motivering());
        if (Dienstverleningsregels.afgewezen(m)) {
            LOG.warning("Demo-arrangement voldoet niet aan de regels: " + m);
            return 0;
        }
        Arrangement a = new Arrangement(c, besluit, besluit, periode.einde(), periode.verloop().name(), "psychogeriatrisch", rs.versie(),
                "consulent.lochem", LocalDateTime.of(2026, 2, 2, 10, 0));
        a.voegRegelToe(db.gebied().sleutel(), db.trede(), String.join("\n", db.subdoelen()), true);
        a.setKostprijsPerMaand(kostprijs.perMaand());
        a.setMotivering(Dienstverlening.motivering(rs, m));
        a.setToepassingen(m.stream().map(r -> r.regelId() + "\t" + r.uitkomst().name() + "\t" + r.motivering()).collect(Collectors.joining("\n")));
        em.persist(a);
        em.flush();
        var bedrag = tarieven.stream().filter(t -> t.aanbiederId() == aanbieder.getId() && t.gebied() == db.gebied() && t.trede() == db.trede())
                .map(t -> t.perMaand().add(t.vervoerstoeslag())).findFirst().orElseThrow();
        var keuze = Dienstverleningsregels.aanbieder(rs, List.of(new Dienstverleningsregels.Gecontracteerd(aanbieder.getId(), aanbieder.getNaam())),
                aanbieder.getId(), null, false);
        Opdracht o = new Opdracht(a, aanbieder, String.format("%06d%02d", a.getId(), 1), LocalDateTime.of(2026, 2, 2, 11, 0), bedrag);
        o.setMotivering(Dienstverlening.motivering(rs, List.of(keuze.toepassing(), Dienstverleningsregels.opdracht(rs, true, aanbieder.getNaam()))));
        em.persist(o);
        return 1;
    }
}
