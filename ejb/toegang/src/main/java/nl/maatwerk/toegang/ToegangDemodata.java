package nl.maatwerk.toegang;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.toegang.Aanvraag;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Melding;
import nl.maatwerk.domain.toegang.Onderzoek;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.termijn.Termijnkalender;

import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Demo meldingen (with -Dmaatwerk.demodata=true, when there are none yet) at different stages, dated from today so
 * the werkvoorraad always shows a deadline that is near, one that is past and an indicatie that ends soon (the C-13
 * signal and the C-18 list). Deadlines come from the regelsets, as for a real melding.
 */
@Singleton
@Startup
@DependsOn({"maatwerk-kern.jar#Demodata", "maatwerk-verordening.jar#RegelboekDienst"})
public class ToegangDemodata {

    private static final Logger LOG = Logger.getLogger(ToegangDemodata.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    RegelboekDienst regelboekDienst;

    @PostConstruct
    void laad() {
        if (!Boolean.getBoolean("maatwerk.demodata")
                || em.createQuery("select count(m) from Melding m", Long.class).getSingleResult() > 0) {
            return;
        }
        Toegangsregels regels = new Toegangsregels(regelboekDienst.regelboek(), new Termijnkalender());
        LocalDate vandaag = LocalDate.now();
        int n = 0;
        // In onderzoek, in time: the keukentafelgesprek is still to come.
        Melding m = melding(regels, "111222333", "0222", vandaag.minusWeeks(3), "Kan niet meer zelf douchen", "consulent.doetinchem");
        if (m != null) {
            regels.bevestigOntvangst(m, onderzoek(m), m.datum().plusDays(1));
            n++;
        }
        // In onderzoek, past the 6 weeks of T-04 without uitstel: marked "te laat".
        m = melding(regels, "123456782", "0222", vandaag.minusWeeks(8), "Traplopen lukt niet meer", "consulent.doetinchem");
        if (m != null) {
            regels.bevestigOntvangst(m, onderzoek(m), m.datum().plusDays(2));
            n++;
        }
        // Just reported, receipt not yet confirmed (T-16), not assigned.
        if (melding(regels, "999990019", "0262", vandaag.minusDays(1), "Hulp bij het huishouden gevraagd", null) != null) {
            n++;
        }
        // Onderzoek done in time, aanvraag in: the decision is due within days (T-11).
        m = melding(regels, "123456782", "0222", vandaag.minusWeeks(5), "Rolstoel nodig voor buiten", "consulent.doetinchem");
        if (m != null) {
            Onderzoek o = onderzoek(m);
            regels.bevestigOntvangst(m, o, m.datum().plusDays(1));
            o.setAfgerondOp(vandaag.minusWeeks(2));
            em.persist(regels.aanvraag(m, o, Aanvraag.Indiener.CLIENT, null, Aanvraag.Vorm.SCHRIFTELIJK, "rolstoel", vandaag.minusDays(10)));
            n++;
        }
        // A granted indicatie from years ago that ends within the vooraankondiging: C-13 signal, C-18 list.
        m = melding(regels, "111222333", "0222", vandaag.minusYears(4).minusMonths(10), "Hulp bij het huishouden", "consulent.doetinchem");
        if (m != null) {
            Onderzoek o = onderzoek(m);
            LocalDate besluit = m.datum().plusWeeks(7);
            o.setAfgerondOp(m.datum().plusWeeks(5));
            Aanvraag a = regels.aanvraag(m, o, Aanvraag.Indiener.CLIENT, null, Aanvraag.Vorm.SCHRIFTELIJK, "hulp bij het huishouden",
                    m.datum().plusWeeks(6));
            a.setBeslotenOp(besluit);
            em.persist(a);
            Beschikking b = new Beschikking(m, Beschikking.Soort.TOEKENNING_NATURA, besluit, m.getRegelsetVersie(),
                    "MAATWERKVOORZIENING_AANGEWEZEN", "Demo: toegekend na onderzoek (C-01, C-02, C-13).", "consulent.doetinchem");
            b.setVoorziening("Hulp bij het huishouden");
            b.setResultaat("Een schoon en leefbaar huis");
            b.setWijzeVerstrekking("In natura via de zorgaanbieder");
            b.setIngangsdatum(besluit);
            b.setEinddatum(vandaag.plusWeeks(5));
            b.setBijdrage("U betaalt een eigen bijdrage volgens het CAK.");
            b.setStatus(Beschikking.Status.GOEDGEKEURD);
            regels.verzend(m, b, besluit);
            em.persist(b);
            n++;
        }
        LOG.info("Toegang-demodata geladen: " + n + " meldingen.");
    }

    private Melding melding(Toegangsregels regels, String bsn, String gemeente, LocalDate op, String hulpvraag, String behandelaar) {
        Client c = em.createQuery("select c from Client c where c.bsn = :b and c.gemeente.code = :g", Client.class)
                .setParameter("b", bsn).setParameter("g", gemeente).getResultStream().findFirst().orElse(null);
        if (c == null) {
            return null;
        }
        Melding m = new Melding(c, gemeente, op.atTime(10, 0), Melding.Kanaal.TELEFONISCH, Melding.Melder.CLIENT, hulpvraag,
                Melding.Toegangsniveau.CONSULENT);
        m.setBehandelaar(behandelaar);
        m.setClientondersteuningAangeboden(true);
        Onderzoek o = regels.registreer(m);
        em.persist(m);
        if (o != null) {
            em.persist(o);
        }
        return m;
    }

    private Onderzoek onderzoek(Melding m) {
        return em.createQuery("select o from Onderzoek o where o.melding = :m", Onderzoek.class).setParameter("m", m).getSingleResult();
    }
}
