package nl.maatwerk.domain.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.verordening.GeuploadeRegelset;
import nl.maatwerk.domain.verordening.HardheidsclausuleStatus;
import nl.maatwerk.domain.verordening.HardheidsclausuleToepassing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static nl.maatwerk.domain.db.KernQueriesTest.inTransactie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The V2 tables (uploaded regelsets, hardheidsclausule register) and their queries, on H2 and PostgreSQL. */
class VerordeningQueriesTest {

    private static final LocalDateTime NU = LocalDateTime.of(2026, 11, 22, 9, 0);

    private static void gemeenten(EntityManager em) {
        var org = new Organisatie("Gemeente Doetinchem", OrganisatieSoort.GEMEENTE);
        em.persist(org);
        em.persist(new Gemeente("0222", "Doetinchem", 58000, org));
        var org2 = new Organisatie("Gemeente Lochem", OrganisatieSoort.GEMEENTE);
        em.persist(org2);
        em.persist(new Gemeente("0262", "Lochem", 34000, org2));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void geuploadeRegelsetBewaartDeTekstLetterlijkInUploadvolgordeEnVersieIsUniek(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        String lang = "gemeente: \"0222\"\n" + "# é ü €\n".repeat(20_000);
        try {
            inTransactie(emf, em -> {
                gemeenten(em);
                em.persist(new GeuploadeRegelset("0222", "0222-2030-01-01", "Verordening 2030", LocalDate.of(2030, 1, 1),
                        null, lang, "a".repeat(64), "beheerder", NU));
            });
            // Each upload is its own transaction in the server, so the second gets the higher id.
            inTransactie(emf, em -> {
                em.persist(new GeuploadeRegelset("0262", "0262-2029-01-01", "Beleidsregels 2029", LocalDate.of(2029, 1, 1),
                        LocalDate.of(2029, 12, 31), "x: 1", "b".repeat(64), "beheerder", NU.plusMinutes(1)));
            });
            EntityManager em = emf.createEntityManager();
            List<GeuploadeRegelset> alle = GeuploadeRegelset.inUploadvolgorde(em);
            assertThat(alle).extracting(GeuploadeRegelset::getVersie).containsExactly("0222-2030-01-01", "0262-2029-01-01");
            assertThat(alle.get(0).getInhoud()).isEqualTo(lang);
            assertThat(alle.get(1).getGeldigTot()).isEqualTo(LocalDate.of(2029, 12, 31));
            assertThat(GeuploadeRegelset.aantal(em, "0222")).isEqualTo(1);
            em.close();

            assertThatThrownBy(() -> inTransactie(emf, e -> e.persist(new GeuploadeRegelset("0222", "0222-2030-01-01",
                    "Dubbel", LocalDate.of(2030, 1, 1), null, "x", "c".repeat(64), "beheerder", NU))))
                    .isInstanceOf(PersistenceException.class);
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void hardheidsclausuleTeltGoedgekeurdeToepassingenPerOnderwerpEnDeDatabaseBewaaktVierOgen(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            inTransactie(emf, em -> {
                gemeenten(em);
                for (int i = 0; i < 3; i++) {
                    var h = new HardheidsclausuleToepassing("0222", "C-03 gebruikelijke hulp", null, "Onbillijk " + i,
                            "0222-2017-03-01", "consulent.doetinchem", NU.plusMinutes(i));
                    h.beoordeel(i < 2, "teamleider.doetinchem", null, NU.plusHours(1));
                    em.persist(h);
                }
                em.persist(new HardheidsclausuleToepassing("0222", "C-12 algemeen gebruikelijk", null, "Reden",
                        "0222-2017-03-01", "consulent.doetinchem", NU));
                var lochem = new HardheidsclausuleToepassing("0262", "C-03 gebruikelijke hulp", null, "Reden",
                        "0262-2016-06-01", "consulent.lochem", NU);
                lochem.beoordeel(true, "teamleider.lochem", "akkoord", NU);
                em.persist(lochem);
            });
            EntityManager em = emf.createEntityManager();
            assertThat(HardheidsclausuleToepassing.goedgekeurdPerOnderwerp(em, Set.of("0222")))
                    .containsExactly(new HardheidsclausuleToepassing.Telling("0222", "C-03 gebruikelijke hulp", 2L));
            assertThat(HardheidsclausuleToepassing.goedgekeurdPerOnderwerp(em, Set.of("0222", "0262"))).hasSize(2);
            assertThat(HardheidsclausuleToepassing.vanGemeenten(em, Set.of("0222"))).hasSize(4)
                    .extracting(HardheidsclausuleToepassing::getStatus)
                    .containsOnly(HardheidsclausuleStatus.AANGEVRAAGD, HardheidsclausuleStatus.GOEDGEKEURD, HardheidsclausuleStatus.GEWEIGERD);
            assertThat(HardheidsclausuleToepassing.vanGemeenten(em, Set.of())).isEmpty();
            em.close();

            // Four eyes holds even when the application is bypassed: the database refuses requester = approver.
            assertThatThrownBy(() -> inTransactie(emf, e -> e.createNativeQuery(
                    "update hardheidsclausule_toepassing set beoordeeld_door = aangevraagd_door where gemeente_code = '0262'")
                    .executeUpdate())).isInstanceOf(PersistenceException.class);
            var zelf = new HardheidsclausuleToepassing("0222", "x", null, "r", "v", "teamleider.doetinchem", NU);
            assertThatThrownBy(() -> zelf.beoordeel(true, "teamleider.doetinchem", null, NU))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("vier ogen");
            assertThat(zelf.magBeoordelen("teamleider.doetinchem")).isFalse();
            assertThat(zelf.magBeoordelen("teamleider.lochem")).isTrue();
        } finally {
            emf.close();
        }
    }
}
