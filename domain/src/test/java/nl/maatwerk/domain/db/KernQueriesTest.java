package nl.maatwerk.domain.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.audit.AuditRegel;
import nl.maatwerk.domain.audit.AuditZoekvraag;
import nl.maatwerk.domain.audit.Auditopslag;
import nl.maatwerk.domain.audit.Kanaal;
import nl.maatwerk.domain.client.BetrokkeneSoort;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.client.ClientZoekvraag;
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.kern.Rol;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every migration and every kern query, on H2 and on PostgreSQL. */
class KernQueriesTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void alleMigratiesDraaienEnEenTweedeKeerVeranderenZeNiets(TestDatabases db) {
        var v = db.nieuweDatabase();
        var flyway = db.flyway(v);
        var eerste = flyway.migrate();
        assertThat(eerste.success).isTrue();
        assertThat(eerste.migrationsExecuted).isGreaterThan(0);
        assertThat(Arrays.stream(flyway.info().all()).map(MigrationInfo::getState))
                .allMatch(s -> s == MigrationState.SUCCESS);
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void clientenZoekenBinnenDeEigenGemeentenMetPaginerenEnSorteren(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            inTransactie(emf, em -> {
                var org = new Organisatie("ISD Test", OrganisatieSoort.ISD);
                em.persist(org);
                var a = new Gemeente("0534", "Hillegom", 22000, org);
                var b = new Gemeente("0553", "Lisse", 23000, org);
                em.persist(a);
                em.persist(b);
                String[] namen = {"Visser", "Boer", "Bakker", "Jansen", "Vries"};
                String[] bsns = {"111222333", "123456782", "999990019", "999990032", "999990044"};
                for (int i = 0; i < namen.length; i++) {
                    var c = new Client(bsns[i], "Anna", i == 1 ? "de" : null, namen[i], LocalDate.of(1940 + i, 1, 1), i < 4 ? a : b);
                    c.setAdres("Dorpsstraat", String.valueOf(i + 1), "2181 a" + (char) ('a' + i), "Hillegom");
                    c.voegBetrokkeneToe(BetrokkeneSoort.MANTELZORGER, "Mantelzorger " + i);
                    em.persist(c);
                }
                var u = new Gebruiker("consulent.test", "Test", "hash");
                u.getRollen().add(Rol.CONSULENT);
                u.getGemeenten().add(a);
                em.persist(u);
            });

            EntityManager em = emf.createEntityManager();
            var hillegom = new ClientZoekvraag(null, null, null, null, Set.of("0534"));
            assertThat(hillegom.aantal(em)).isEqualTo(4);
            List<Client> eerstePagina = hillegom.resultaten(em, 0, 2, "achternaam", true);
            assertThat(eerstePagina).extracting(Client::getAchternaam).containsExactly("Bakker", "Boer");
            assertThat(hillegom.resultaten(em, 2, 2, "achternaam", true)).extracting(Client::getAchternaam)
                    .containsExactly("Jansen", "Visser");
            assertThat(hillegom.resultaten(em, 0, 1, "geboortedatum", false)).extracting(Client::getAchternaam)
                    .containsExactly("Jansen");

            // Both ISD gemeenten: ids per gemeente, one order over their union, pages across gemeenten.
            var isd = new ClientZoekvraag(null, null, null, null, Set.of("0534", "0553"));
            assertThat(isd.aantal(em)).isEqualTo(5);
            assertThat(isd.resultaten(em, 0, 10, "achternaam", true)).extracting(Client::getAchternaam)
                    .containsExactly("Bakker", "Boer", "Jansen", "Visser", "Vries");
            assertThat(isd.resultaten(em, 3, 2, "achternaam", true)).extracting(Client::getAchternaam).containsExactly("Visser", "Vries");
            assertThat(isd.resultaten(em, 0, 2, "achternaam", false)).extracting(Client::getAchternaam).containsExactly("Vries", "Visser");
            assertThat(isd.resultaten(em, 0, 1, "geboortedatum", false)).extracting(Client::getAchternaam).containsExactly("Vries");
            assertThat(isd.resultaten(em, 5, 5, "achternaam", true)).isEmpty();
            assertThat(new ClientZoekvraag(null, "v", null, null, Set.of("0534", "0553")).aantal(em)).isEqualTo(2);

            if (db == TestDatabases.POSTGRESQL) {
                // V14: the name prefix is an index range on PostgreSQL under any collation (not a filter over the gemeente).
                em.getTransaction().begin();
                em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
                // On five rows the planner may take either index; without the plain one (rolled back below) the
                // prefix index must carry the LIKE as a range (~>=~), or there is no usable index at all.
                em.createNativeQuery("DROP INDEX ix_client_gemeente_naam").executeUpdate();
                @SuppressWarnings("unchecked")
                List<String> plan = em.createNativeQuery("EXPLAIN SELECT count(achternaam_zoek) FROM client"
                        + " WHERE gemeente_code = '0534' AND achternaam_zoek LIKE 'ja%'").getResultList();
                em.getTransaction().rollback();
                assertThat(String.join("\n", plan)).contains("ix_client_gemeente_naamprefix").contains("~>=~");
            }

            // Scoping: Lisse's client is invisible to a search limited to Hillegom.
            assertThat(new ClientZoekvraag("999990044", null, null, null, Set.of("0534")).aantal(em)).isZero();
            assertThat(new ClientZoekvraag("999990044", null, null, null, Set.of("0553")).aantal(em)).isEqualTo(1);

            assertThat(new ClientZoekvraag(null, "de BOE", null, null, Set.of("0534")).resultaten(em, 0, 10, null, true))
                    .extracting(Client::volledigeNaam).containsExactly("Anna de Boer");
            assertThat(new ClientZoekvraag(null, "%", null, null, Set.of("0534")).aantal(em)).isEqualTo(4);
            assertThat(new ClientZoekvraag(null, null, LocalDate.of(1942, 1, 1), null, Set.of("0534")).aantal(em)).isEqualTo(1);
            assertThat(new ClientZoekvraag(null, null, null, "2181 AB", Set.of("0534", "0553")).resultaten(em, 0, 10, "postcode", true))
                    .extracting(Client::getAchternaam).containsExactly("Boer");
            assertThat(em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class).setParameter("naam", "consulent.test")
                    .getSingleResult().gemeenteCodes()).containsExactly("0534");
            // A beheerder sees the users of his own gemeenten only, selected in the database.
            assertThat(em.createNamedQuery(Gebruiker.VAN_GEMEENTEN, Gebruiker.class).setParameter("gemeenten", List.of("0534"))
                    .getResultList()).extracting(Gebruiker::getGebruikersnaam).containsExactly("consulent.test");
            assertThat(em.createNamedQuery(Gebruiker.VAN_GEMEENTEN, Gebruiker.class).setParameter("gemeenten", List.of("0553"))
                    .getResultList()).isEmpty();
            em.close();
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void hetzelfdeBsnMagInElkeGemeenteEenKeerVoorkomen(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            inTransactie(emf, em -> {
                var org = new Organisatie("Gemeente Doetinchem", OrganisatieSoort.GEMEENTE);
                em.persist(org);
                var org2 = new Organisatie("Gemeente Lochem", OrganisatieSoort.GEMEENTE);
                em.persist(org2);
                var d = new Gemeente("0222", "Doetinchem", 58000, org);
                var l = new Gemeente("0262", "Lochem", 34000, org2);
                em.persist(d);
                em.persist(l);
                em.persist(new Client("111222333", "Piet", null, "Jansen", LocalDate.of(1950, 5, 5), d));
                em.persist(new Client("111222333", "Piet", null, "Jansen", LocalDate.of(1950, 5, 5), l));
            });
            assertThatThrownBy(() -> inTransactie(emf, em -> em.persist(new Client("111222333", "Piet", null, "Jansen",
                    LocalDate.of(1950, 5, 5), em.find(Gemeente.class, "0222")))))
                    .isInstanceOf(PersistenceException.class);
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void eenAanmeldingZetAlleenDeAanmeldkolommenEnLaatDeVersieStaan(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            long[] id = new long[1];
            inTransactie(emf, em -> {
                var g = new Gebruiker("aanmelding.test", "Test", "hash");
                g.setMisluktePogingen(3);
                g.setGeblokkeerdTot(LocalDateTime.of(2026, 1, 1, 12, 0));
                em.persist(g);
                em.flush();
                id[0] = g.getId();
            });
            long versie = versie(emf, id[0]);
            LocalDateTime nu = LocalDateTime.of(2026, 11, 22, 9, 30);
            inTransactie(emf, em -> assertThat(em.createNamedQuery(Gebruiker.AANGEMELD)
                    .setParameter(1, nu).setParameter(2, id[0]).executeUpdate()).isEqualTo(1));
            EntityManager em = emf.createEntityManager();
            try {
                em.getEntityManagerFactory().getCache().evictAll();
                Gebruiker g = em.find(Gebruiker.class, id[0]);
                assertThat(g.getMisluktePogingen()).isZero();
                assertThat(g.getGeblokkeerdTot()).isNull();
                assertThat(g.getLaatstAangemeld()).isEqualTo(nu);
            } finally {
                em.close();
            }
            assertThat(versie(emf, id[0])).isEqualTo(versie);
        } finally {
            emf.close();
        }
    }

    private static long versie(EntityManagerFactory emf, long id) {
        EntityManager em = emf.createEntityManager();
        try {
            return ((Number) em.createNativeQuery("select version from gebruiker where id = ?").setParameter(1, id)
                    .getSingleResult()).longValue();
        } finally {
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void auditZoekenOpGebruikerClientEnPeriode(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            inTransactie(emf, em -> {
                em.persist(new AuditRegel(LocalDateTime.of(2026, 1, 10, 9, 0), "a", "CONSULENT", "0222", 1L,
                        AuditActie.LEZEN, "Cliënt bekeken", Kanaal.SCHERM, "127.0.0.1"));
                em.persist(new AuditRegel(LocalDateTime.of(2026, 1, 11, 23, 59), "a", "CONSULENT", "0222", 2L,
                        AuditActie.WIJZIGEN, "Cliënt gewijzigd", Kanaal.API, "127.0.0.1"));
                em.persist(new AuditRegel(LocalDateTime.of(2026, 1, 12, 0, 0), "b", "INTAKE", "0262", 1L,
                        AuditActie.LEZEN, "Cliënt bekeken", Kanaal.SCHERM, null));
            });
            EntityManager em = emf.createEntityManager();
            assertThat(new AuditZoekvraag("a", null, null, null).aantal(em)).isEqualTo(2);
            assertThat(new AuditZoekvraag(null, 1L, null, null).resultaten(em, 0, 10))
                    .extracting(AuditRegel::getGebruikersnaam).containsExactly("b", "a");
            assertThat(new AuditZoekvraag(null, null, LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 11)).resultaten(em, 0, 10))
                    .extracting(AuditRegel::getActie).containsExactly(AuditActie.WIJZIGEN);
            em.close();
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void auditregelsInBulkZoalsDieVanJpaOokMetTabsRegelovergangenEnLangeTeksten(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            // 250 lines: two full INSERTs of 100 and a rest on H2, one COPY on PostgreSQL. Text COPY needs its escapes.
            List<Auditopslag.Clientregel> regels = new java.util.ArrayList<>();
            for (int i = 1; i <= 250; i++) {
                regels.add(new Auditopslag.Clientregel(i % 2 == 0 ? "0222" : "0262", 10_000L + i, i + " rit(ten) ingelezen uit ritten.csv"));
            }
            String lastig = "tab\there, regel\nover, terug\\slash, \\N, crlf\r\n, ö";
            regels.set(0, new Auditopslag.Clientregel("0262", 10_001L, lastig));
            regels.set(1, new Auditopslag.Clientregel(null, 10_002L, "x".repeat(1200)));
            var tijdstip = LocalDateTime.of(2026, 11, 22, 16, 30, 5, 123_456_000);
            inTransactie(emf, em -> {
                try {
                    Auditopslag.schrijf(em.unwrap(java.sql.Connection.class),
                            new Auditopslag.Handeling("rittenmap", null, AuditActie.IMPORTEREN, Kanaal.SYSTEEM, null, tijdstip), regels);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            EntityManager em = emf.createEntityManager();
            assertThat(new AuditZoekvraag("rittenmap", null, null, null).aantal(em)).isEqualTo(250);
            AuditRegel eerste = new AuditZoekvraag(null, 10_001L, null, null).resultaten(em, 0, 10).get(0);
            assertThat(eerste.getOmschrijving()).isEqualTo(lastig);
            assertThat(eerste.getGemeenteCode()).isEqualTo("0262");
            assertThat(eerste.getTijdstip()).isEqualTo(tijdstip);
            assertThat(eerste.getActie()).isEqualTo(AuditActie.IMPORTEREN);
            assertThat(eerste.getKanaal()).isEqualTo(Kanaal.SYSTEEM);
            assertThat(eerste.getRollen()).isNull();
            assertThat(eerste.getHerkomst()).isNull();
            AuditRegel lang = new AuditZoekvraag(null, 10_002L, null, null).resultaten(em, 0, 10).get(0);
            assertThat(lang.getGemeenteCode()).isNull();
            assertThat(lang.getOmschrijving()).hasSize(1000).endsWith("...");
            assertThat(new AuditZoekvraag(null, 10_250L, null, null).resultaten(em, 0, 10)).singleElement()
                    .satisfies(r -> assertThat(r.getOmschrijving()).isEqualTo("250 rit(ten) ingelezen uit ritten.csv"));
            em.close();
        } finally {
            emf.close();
        }
    }

    static void inTransactie(EntityManagerFactory emf, Consumer<EntityManager> werk) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            werk.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
