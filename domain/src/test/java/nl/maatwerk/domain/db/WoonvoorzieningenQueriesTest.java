package nl.maatwerk.domain.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.woonvoorzieningen.AdviesFactor;
import nl.maatwerk.domain.woonvoorzieningen.AdviesUitkomst;
import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Richting;
import nl.maatwerk.domain.woonvoorzieningen.Status;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;
import nl.maatwerk.domain.woonvoorzieningen.Woningtype;
import nl.maatwerk.domain.woonvoorzieningen.Woonadvies;
import nl.maatwerk.domain.woonvoorzieningen.Woonsituatie;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.domain.woonvoorzieningen.WoonvoorzieningZoekvraag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static nl.maatwerk.domain.db.KernQueriesTest.inTransactie;
import static org.assertj.core.api.Assertions.assertThat;

/** Migratie V4 en de woonvoorzieningenqueries, op H2 en op PostgreSQL. */
class WoonvoorzieningenQueriesTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void woonsituatieAdviesVoorzieningenEnLopendeAanpassingen(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        AtomicLong jan = new AtomicLong();
        AtomicLong piet = new AtomicLong();
        try {
            inTransactie(emf, em -> {
                var org = new Organisatie("Gemeenten Achterhoek", OrganisatieSoort.GEMEENTE);
                em.persist(org);
                var doetinchem = new Gemeente("0222", "Doetinchem", 58000, org);
                var lochem = new Gemeente("0262", "Lochem", 34000, org);
                em.persist(doetinchem);
                em.persist(lochem);
                Client a = new Client("111222333", "Jan", null, "Aanpas", LocalDate.of(1950, 1, 1), doetinchem);
                Client b = new Client("123456782", "Piet", null, "Bouw", LocalDate.of(1960, 1, 1), lochem);
                em.persist(a);
                em.persist(b);
                em.flush();
                jan.set(a.getId());
                piet.set(b.getId());

                Woonsituatie s = new Woonsituatie(a);
                s.leg(Woningtype.EENGEZINSWONING, false, true, Set.of(Gebruiksruimte.BADKAMER, Gebruiksruimte.SLAAPKAMER), false, "consulent");
                s.legStalling(true, true, false, true);
                em.persist(s);

                Woonadvies advies = new Woonadvies(a, AdviesUitkomst.AANPASSEN, LocalDate.of(2024, 6, 3), "0222-2017-03-01",
                        new BigDecimal("8000.00"), new BigDecimal("2900.00"), BigDecimal.ZERO, 2, "Motivering met W-01 en W-03.",
                        List.of(new AdviesFactor("a", Richting.NEUTRAAL, "Factor a"), new AdviesFactor("b", Richting.AANPASSEN, "Factor b")), "consulent");
                em.persist(advies);

                Woonvoorziening oud = new Woonvoorziening(a, Voorzieningsoort.BOUWKUNDIG, "drempels verwijderen", Gebruiksruimte.TOEGANG, LocalDate.of(2019, 1, 10));
                oud.naarStatus(Status.GOEDGEKEURD, LocalDate.of(2019, 2, 1));
                oud.naarStatus(Status.UITGEVOERD, LocalDate.of(2019, 3, 1));
                oud.naarStatus(Status.OPGELEVERD, LocalDate.of(2019, 3, 15));
                em.persist(oud);

                Woonvoorziening lift = new Woonvoorziening(a, Voorzieningsoort.HOOGTEVERSCHIL, "traplift", Gebruiksruimte.SLAAPKAMER, LocalDate.of(2024, 6, 3));
                lift.voegOfferteToe("Liftbouw Oost", new BigDecimal("9500.00"), true, LocalDate.of(2024, 6, 10));
                lift.voegOfferteToe("Goedkoop BV", new BigDecimal("6000.00"), false, LocalDate.of(2024, 6, 11));
                lift.voegOfferteToe("Trapliften Gelderland", new BigDecimal("8000.00"), true, LocalDate.of(2024, 6, 12));
                lift.kiesGoedkoopstAdequate();
                lift.legBeoordeling(advies, "0222-2017-03-01", "Toegestaan (W-05, W-06).", true, false, null);
                lift.eigenaarGehoord(LocalDate.of(2024, 6, 15));
                lift.naarStatus(Status.GOEDGEKEURD, LocalDate.of(2024, 7, 1));
                em.persist(lift);

                em.persist(new Woonvoorziening(b, Voorzieningsoort.BOUWKUNDIG, "aangepaste douche", Gebruiksruimte.BADKAMER, LocalDate.of(2024, 5, 1)));
            });

            EntityManager em = emf.createEntityManager();
            Woonsituatie s = WoonvoorzieningZoekvraag.woonsituatie(em, jan.get()).orElseThrow();
            assertThat(s.getProblemen()).containsExactlyInAnyOrder(Gebruiksruimte.BADKAMER, Gebruiksruimte.SLAAPKAMER);
            assertThat(s.isStallingOnderzocht()).isTrue();
            assertThat(WoonvoorzieningZoekvraag.woonsituatie(em, piet.get())).isEmpty();

            Woonadvies advies = WoonvoorzieningZoekvraag.laatsteAdvies(em, jan.get()).orElseThrow();
            assertThat(advies.getFactoren()).extracting(AdviesFactor::getLetter).containsExactly("a", "b");
            assertThat(advies.getMotivering()).contains("W-03");
            assertThat(advies.getVerhuisPgbMaximum()).isEqualByComparingTo("2900");

            List<Woonvoorziening> vanJan = WoonvoorzieningZoekvraag.vanClient(em, jan.get());
            assertThat(vanJan).extracting(Woonvoorziening::getOmschrijving).containsExactly("traplift", "drempels verwijderen");
            Woonvoorziening lift = vanJan.get(0);
            assertThat(lift.getGekozenOfferte()).get().extracting(o -> o.getAannemer()).isEqualTo("Trapliften Gelderland");
            assertThat(lift.getGekozenBedrag()).isEqualByComparingTo("8000");
            assertThat(lift.getOffertes()).hasSize(3);
            assertThat(lift.getAdvies().getUitkomst()).isEqualTo(AdviesUitkomst.AANPASSEN);

            // W-05: de laatste toekenning, niet de aanvraagdatum; een offerte telt niet.
            assertThat(WoonvoorzieningZoekvraag.laatsteToekenning(em, jan.get())).contains(LocalDate.of(2024, 7, 1));
            assertThat(WoonvoorzieningZoekvraag.laatsteToekenning(em, piet.get())).isEmpty();

            var beide = new WoonvoorzieningZoekvraag(Set.of("0222", "0262"), null);
            assertThat(beide.aantal(em)).isEqualTo(2); // de opgeleverde telt niet als lopend
            assertThat(beide.resultaten(em, 0, 10, "aangevraagdOp", true)).extracting(Woonvoorziening::getOmschrijving)
                    .containsExactly("aangepaste douche", "traplift");
            assertThat(beide.resultaten(em, 1, 1, "client", false)).extracting(Woonvoorziening::getOmschrijving).containsExactly("traplift");
            var alleenDoetinchem = new WoonvoorzieningZoekvraag(Set.of("0222"), null);
            assertThat(alleenDoetinchem.resultaten(em, 0, 10, "status", true)).extracting(Woonvoorziening::getOmschrijving).containsExactly("traplift");
            assertThat(new WoonvoorzieningZoekvraag(Set.of("0222"), Status.OPGELEVERD).aantal(em)).isEqualTo(1);
            assertThat(new WoonvoorzieningZoekvraag(Set.of("0262"), Status.OFFERTE).resultaten(em, 0, 10, "onbekend", true)).hasSize(1);
            em.close();
        } finally {
            emf.close();
        }
    }
}
