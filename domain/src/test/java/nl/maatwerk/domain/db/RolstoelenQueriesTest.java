package nl.maatwerk.domain.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.rolstoelen.GebeurtenisSoort;
import nl.maatwerk.domain.rolstoelen.Hulpmiddel;
import nl.maatwerk.domain.rolstoelen.HulpmiddelGebeurtenis;
import nl.maatwerk.domain.rolstoelen.HulpmiddelQueries;
import nl.maatwerk.domain.rolstoelen.HulpmiddelQueries.Depotvraag;
import nl.maatwerk.domain.rolstoelen.HulpmiddelStatus;
import nl.maatwerk.domain.rolstoelen.HulpmiddelVerstrekking;
import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.domain.rolstoelen.Staat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static nl.maatwerk.domain.db.KernQueriesTest.inTransactie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V6 and the depot queries, on H2 and on PostgreSQL. */
class RolstoelenQueriesTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void depotZoekenUitgevenInnemenGeschiedenisEnOnderhoudskosten(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            long[] ids = new long[5];
            inTransactie(emf, em -> {
                var org = new Organisatie("Gemeente Doetinchem", OrganisatieSoort.GEMEENTE);
                em.persist(org);
                var doetinchem = new Gemeente("0222", "Doetinchem", 58000, org);
                var lochem = new Gemeente("0262", "Lochem", 34000, org);
                em.persist(doetinchem);
                em.persist(lochem);
                var anna = new Client("111222333", "Anna", null, "Visser", LocalDate.of(1940, 1, 1), doetinchem);
                em.persist(anna);
                var a = new Hulpmiddel(doetinchem, Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, "Küschall", "Compact", "KU-001",
                        new BigDecimal("2100.00"), LocalDate.of(2024, 1, 10), "Welzorg", false);
                var b = new Hulpmiddel(doetinchem, Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, "Sunrise", "Breezy", "SR-002",
                        new BigDecimal("1800.00"), LocalDate.of(2025, 5, 1), "Welzorg", false);
                var c = new Hulpmiddel(doetinchem, Hulpmiddelsoort.ELEKTRISCHE_ROLSTOEL, "Permobil", "M3", "PM-003",
                        new BigDecimal("9500.00"), LocalDate.of(2023, 3, 1), "Medipoint", false);
                var d = new Hulpmiddel(lochem, Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, "Sunrise", "Breezy", "SR-002",
                        new BigDecimal("1800.00"), LocalDate.of(2025, 5, 1), "Welzorg", false);
                for (var h : List.of(a, b, c, d)) em.persist(h);
                em.flush();
                ids[0] = a.getId(); ids[1] = b.getId(); ids[2] = c.getId(); ids[3] = d.getId(); ids[4] = anna.getId();
            });

            // Issue a in bruikleen; the item leaves the depot and gets a holder.
            inTransactie(emf, em -> {
                var a = em.find(Hulpmiddel.class, ids[0]);
                var anna = em.find(Client.class, ids[4]);
                a.geefUit(anna);
                var v = HulpmiddelVerstrekking.bruikleen(anna, a, LocalDate.of(2025, 2, 1), 85, "0222-2017-03-01", "consulent.doetinchem");
                v.legMotivering("R-08 ...", "a. voorschriften", null, null, 42L);
                em.persist(v);
                em.persist(new HulpmiddelGebeurtenis(a, GebeurtenisSoort.UITGEGEVEN, LocalDate.of(2025, 2, 1), anna, "Uitgegeven", null, "consulent.doetinchem", LocalDateTime.now()));
                em.persist(new HulpmiddelGebeurtenis(a, GebeurtenisSoort.ONDERHOUD, LocalDate.of(2025, 8, 1), null, "Banden", new BigDecimal("85.50"), "consulent.doetinchem", LocalDateTime.now()));
                em.persist(new HulpmiddelGebeurtenis(a, GebeurtenisSoort.REPARATIE, LocalDate.of(2025, 9, 1), null, "Rem", new BigDecimal("40.00"), "consulent.doetinchem", LocalDateTime.now()));
            });

            EntityManager em = emf.createEntityManager();
            var alle = new Depotvraag(Set.of("0222"), null, null, null);
            assertThat(HulpmiddelQueries.aantal(em, alle)).isEqualTo(3);
            assertThat(HulpmiddelQueries.depot(em, alle, 0, 2, "aanschafdatum", false)).extracting(Hulpmiddel::getSerienummer).containsExactly("SR-002", "KU-001");
            assertThat(HulpmiddelQueries.depot(em, new Depotvraag(Set.of("0222"), HulpmiddelStatus.IN_DEPOT, Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, null), 0, 10, "serienummer", true))
                    .extracting(Hulpmiddel::getSerienummer).containsExactly("SR-002");
            assertThat(HulpmiddelQueries.depot(em, new Depotvraag(Set.of("0222"), null, null, "permo"), 0, 10, null, true)).hasSize(1);
            assertThat(HulpmiddelQueries.aantal(em, new Depotvraag(Set.of(), null, null, null))).isZero();
            assertThat(HulpmiddelQueries.aantal(em, new Depotvraag(Set.of("0262"), null, null, null))).isEqualTo(1);
            assertThat(HulpmiddelQueries.beschikbaar(em, "0222", Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, false)).extracting(Hulpmiddel::getSerienummer).containsExactly("SR-002");
            assertThat(HulpmiddelQueries.beschikbaar(em, "0222", Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, true)).isEmpty();
            assertThat(HulpmiddelQueries.opSerienummer(em, "0262", "SR-002")).isPresent();
            assertThat(HulpmiddelQueries.onderhoudskosten(em, List.of(ids[0], ids[1]))).containsOnlyKeys(ids[0]);
            assertThat(HulpmiddelQueries.onderhoudskosten(em, List.of(ids[0])).get(ids[0])).isEqualByComparingTo("125.50");
            assertThat(HulpmiddelQueries.geschiedenis(em, ids[0])).extracting(HulpmiddelGebeurtenis::getSoort)
                    .containsExactly(GebeurtenisSoort.UITGEGEVEN, GebeurtenisSoort.ONDERHOUD, GebeurtenisSoort.REPARATIE);
            assertThat(HulpmiddelQueries.lopendeVerstrekking(em, ids[0])).isPresent();
            assertThat(HulpmiddelQueries.laatsteVanSoort(em, ids[4], Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL)).isPresent();
            assertThat(HulpmiddelQueries.laatsteVanSoort(em, ids[4], Hulpmiddelsoort.SCOOTMOBIEL)).isEmpty();
            assertThat(HulpmiddelQueries.inPeriode(em, Set.of("0222"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).hasSize(1);
            assertThat(HulpmiddelQueries.inPeriode(em, Set.of("0222"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
            assertThat(HulpmiddelQueries.vanAanvraag(em, 42L)).hasSize(1);
            em.close();

            // Return with inspection; then a Pgb that ended early with a reclaim.
            inTransactie(emf, em2 -> {
                var a = em2.find(Hulpmiddel.class, ids[0]);
                var v = HulpmiddelQueries.lopendeVerstrekking(em2, ids[0]).orElseThrow();
                v.neemIn(LocalDate.of(2026, 1, 5), Staat.NORMALE_SLIJTAGE, "Zitting versleten, normaal");
                a.neemIn(HulpmiddelStatus.IN_DEPOT);
                var anna = em2.find(Client.class, ids[4]);
                var pgb = HulpmiddelVerstrekking.pgb(anna, Hulpmiddelsoort.SCOOTMOBIEL, LocalDate.of(2024, 1, 1), 84,
                        new BigDecimal("8400.00"), new BigDecimal("9000.00"), "0222-2017-03-01", "consulent.doetinchem");
                pgb.beeindig(LocalDate.of(2027, 1, 1), new BigDecimal("4800.00"), "8400 × 48 / 84");
                em2.persist(pgb);
            });
            EntityManager em3 = emf.createEntityManager();
            assertThat(HulpmiddelQueries.lopendeVerstrekking(em3, ids[0])).isEmpty();
            assertThat(HulpmiddelQueries.beschikbaar(em3, "0222", Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, false)).hasSize(2);
            assertThat(HulpmiddelQueries.terugvorderingen(em3, Set.of("0222"))).singleElement()
                    .satisfies(t -> assertThat(t.getTerugvordering()).isEqualByComparingTo("4800.00"));
            assertThat(HulpmiddelQueries.terugvorderingen(em3, Set.of("0262"))).isEmpty();
            em3.close();

            // The database refuses a holder on an item in the depot, and a second serial number in the same gemeente.
            assertThatThrownBy(() -> inTransactie(emf, em4 -> em4.createNativeQuery("update hulpmiddel set houder_id = " + ids[4] + " where id = " + ids[1]).executeUpdate()))
                    .isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> inTransactie(emf, em5 -> em5.persist(new Hulpmiddel(em5.find(Gemeente.class, "0222"), Hulpmiddelsoort.TILLIFT,
                    "X", "Y", "KU-001", BigDecimal.TEN, LocalDate.of(2024, 1, 1), "Z", false))))
                    .isInstanceOf(RuntimeException.class);

            // Optimistic locking: two users change the same item; the second loses.
            EntityManager eerste = emf.createEntityManager();
            EntityManager tweede = emf.createEntityManager();
            var h1 = eerste.find(Hulpmiddel.class, ids[1]);
            var h2 = tweede.find(Hulpmiddel.class, ids[1]);
            eerste.getTransaction().begin();
            h1.naarStatus(HulpmiddelStatus.IN_ONDERHOUD);
            eerste.getTransaction().commit();
            tweede.getTransaction().begin();
            h2.naarStatus(HulpmiddelStatus.AFGESCHREVEN);
            assertThatThrownBy(() -> tweede.getTransaction().commit())
                    .isInstanceOfAny(RollbackException.class, OptimisticLockException.class);
            eerste.close();
            tweede.close();
        } finally {
            emf.close();
        }
    }
}
