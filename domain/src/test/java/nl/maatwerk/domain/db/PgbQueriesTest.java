package nl.maatwerk.domain.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.pgb.DeclaratieOpslag;
import nl.maatwerk.domain.pgb.DeclaratieVoorlezer;
import nl.maatwerk.domain.pgb.DeclaratieOpslag.Bestaat;
import nl.maatwerk.domain.pgb.DeclaratieOpslag.NieuweDeclaratie;
import nl.maatwerk.domain.pgb.Declaratieimport;
import nl.maatwerk.domain.pgb.Kostensoort;
import nl.maatwerk.domain.pgb.Overeenkomst;
import nl.maatwerk.domain.pgb.PgbQueries;
import nl.maatwerk.domain.pgb.Pgbbudget;
import nl.maatwerk.domain.pgb.Pgbexport;
import nl.maatwerk.domain.pgb.Pgbsignaal;
import nl.maatwerk.domain.pgb.PgbTerugvordering;
import nl.maatwerk.domain.pgb.SvbStand;
import nl.maatwerk.domain.pgb.Zorgverlener;
import nl.maatwerk.domain.pgb.Zorgverlenersoort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static nl.maatwerk.domain.db.KernQueriesTest.inTransactie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V7 and the pgb queries, on H2 and on PostgreSQL. */
class PgbQueriesTest {

    interface Schrijfwerk {
        void met(DeclaratieOpslag opslag) throws Exception;
    }

    static long schrijf(EntityManager em, Gemeente g, String bestand, Schrijfwerk werk) {
        var imp = new Declaratieimport(g, bestand, "test", LocalDateTime.now());
        em.persist(imp);
        em.flush();
        Connection c = em.unwrap(Connection.class);
        try (DeclaratieOpslag opslag = new DeclaratieOpslag(c, imp.getId())) {
            werk.met(opslag);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return imp.getId();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void declaratiesInBatchesBestedingPerBudgetEnScoping(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            long[] ids = new long[4];
            inTransactie(emf, em -> {
                var org = new Organisatie("ISD", OrganisatieSoort.GEMEENTE);
                em.persist(org);
                var hillegom = new Gemeente("0534", "Hillegom", 20987, org);
                var lisse = new Gemeente("0553", "Lisse", 22312, org);
                em.persist(hillegom);
                em.persist(lisse);
                var a = new Client("111222333", "Anna", null, "Visser", LocalDate.of(1940, 1, 1), hillegom);
                var b = new Client("123456782", "Bert", null, "Boer", LocalDate.of(1950, 1, 1), lisse);
                em.persist(a);
                em.persist(b);
                var ba = new Pgbbudget("PGB-H-1", a, hillegom, "Begeleiding", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        new BigDecimal("100000"), new BigDecimal("1923.08"), "0222-2017-03-01", "test", LocalDateTime.now());
                ba.setWissel(true);
                var bb = new Pgbbudget("PGB-L-1", b, lisse, "Huishouden", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 31),
                        new BigDecimal("5000"), new BigDecimal("200"), "0262-2016-06-01", "test", LocalDateTime.now());
                em.persist(ba);
                em.persist(bb);
                var zv = new Zorgverlener(hillegom, "ZV-1", "Jan Jansen", Zorgverlenersoort.SOCIAAL_NETWERK, LocalDate.of(1960, 1, 1), new BigDecimal("8.5"), false);
                var zl = new Zorgverlener(lisse, "ZV-1", "Thuiszorg Lisse", Zorgverlenersoort.PROFESSIONEEL, null, BigDecimal.ZERO, true);
                em.persist(zv);
                em.persist(zl);
                em.persist(new Overeenkomst(ba, zv, true));
                em.flush();
                ids[0] = ba.getId();
                ids[1] = bb.getId();
                ids[2] = zv.getId();
                ids[3] = zl.getId();
            });

            // 1,200 weekly declaraties (approved) plus one rejected: more than two batches.
            long[] imp = new long[1];
            inTransactie(emf, em -> imp[0] = schrijf(em, em.find(Gemeente.class, "0534"), "maart.csv", opslag -> {
                for (int i = 0; i < 1200; i++) {
                    LocalDate van = LocalDate.of(2026, 1, 1).plusDays(i % 300);
                    opslag.voegToe(new NieuweDeclaratie(i + 2, ids[0], ids[2], van, van, Kostensoort.ZORG, "zorg-" + i,
                            BigDecimal.ONE, new BigDecimal("20"), null, true, "", null));
                }
                opslag.voegToe(new NieuweDeclaratie(1202, ids[1], ids[3], LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), Kostensoort.OVERIG,
                        "bemiddeling", null, new BigDecimal("99"), null, false, "P-06", "Bemiddeling mag niet (regel P-06)."));
                opslag.voegToe(new NieuweDeclaratie(1203, ids[1], ids[3], LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), Kostensoort.ZORG,
                        "zorg", new BigDecimal("2"), new BigDecimal("100"), null, true, "", null));
            }));

            EntityManager em = emf.createEntityManager();
            assertThat(PgbQueries.besteed(em, ids[0])).isEqualByComparingTo("24000");
            assertThat(PgbQueries.besteed(em, List.of(ids[0], ids[1]))).containsEntry(ids[1], new BigDecimal("100.00"));
            assertThat(PgbQueries.eerder(em, ids[0], ids[2])).hasSize(1200);
            assertThat(PgbQueries.eersteBesteding(em, List.of(ids[0], ids[1]))).containsEntry(ids[0], LocalDate.of(2026, 1, 1));
            assertThat(PgbQueries.aantalDeclaraties(em, imp[0], true)).isEqualTo(1);
            assertThat(PgbQueries.declaraties(em, imp[0], true, 0, 10)).singleElement()
                    .satisfies(d -> assertThat(d.getRegels()).isEqualTo("P-06"));
            assertThat(PgbQueries.declaraties(em, imp[0], false, 0, 5)).extracting(d -> d.getRegelnummer()).containsExactly(2, 3, 4, 5, 6);
            var kosten = PgbQueries.pgbKostenPerMaand(em, Set.of("0534", "0553"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            assertThat(kosten).filteredOn(k -> k.gemeente().equals("0553")).singleElement()
                    .satisfies(k -> assertThat(k.bedrag()).isEqualByComparingTo("100"));
            assertThat(kosten.stream().filter(k -> k.gemeente().equals("0534")).map(PgbQueries.Maandkosten::bedrag)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("24000");
            assertThat(PgbQueries.besteedInJaar(em, List.of(ids[0]), 2026)).containsEntry(ids[0], new BigDecimal("24000.00"));

            // Scoping: another gemeente's budget is "not there".
            assertThat(PgbQueries.budgettenVanBsn(em, "111222333", Set.of("0553"))).isEmpty();
            assertThat(PgbQueries.budgettenVanBsn(em, "111222333", Set.of("0534"))).hasSize(1);
            assertThat(PgbQueries.budgetOpNummer(em, "PGB-L-1", Set.of("0534"))).isEmpty();
            assertThat(PgbQueries.zorgverlenerOpCode(em, "ZV-1", "0553")).get().extracting(Zorgverlener::getNaam).isEqualTo("Thuiszorg Lisse");
            assertThat(PgbQueries.budgetten(em, Set.of("0534", "0553"), 0, 10)).extracting(Pgbbudget::getBudgetnummer).containsExactly("PGB-L-1", "PGB-H-1");
            assertThat(PgbQueries.aantalBudgetten(em, Set.of("0553"))).isEqualTo(1);
            assertThat(PgbQueries.budgettenIn(em, Set.of("0553"), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31))).isEmpty();
            assertThat(PgbQueries.svbMutaties(em, "0534")).hasSize(1);
            assertThat(PgbQueries.wissels(em, PgbQueries.budgettenVanBsn(em, "111222333", Set.of("0534")).get(0).getClient().getId(),
                    LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31))).isEqualTo(1);
            assertThat(PgbQueries.overeenkomst(em, ids[0], ids[2])).get().extracting(Overeenkomst::isGoedgekeurd).isEqualTo(true);
            assertThat(PgbQueries.overeenkomst(em, ids[1], ids[3])).isEmpty();
            assertThat(PgbQueries.imports(em, Set.of("0534"), 10)).hasSize(1);
            assertThat(PgbQueries.imports(em, Set.of("0553"), 10)).isEmpty();
            em.close();

            // Pre-reading per block (DeclaratieVoorlezer): a few IN-queries, scoped by gemeente, chunked above MAX_IN values,
            // and DeclaratieOpslag.nieuwBlok sees what this transaction already wrote (a duplicate in the file stays DIT_BESTAND).
            inTransactie(emf, em1 -> {
                Connection c = em1.unwrap(Connection.class);
                try {
                    List<String> veel = new java.util.ArrayList<>(List.of("111222333", "123456782"));
                    for (int i = 0; i < DeclaratieVoorlezer.MAX_IN + 10; i++) {
                        veel.add(String.valueOf(900_000_000 + i));
                    }
                    var hillegom = DeclaratieVoorlezer.budgetten(c, "0534", veel);
                    assertThat(hillegom).containsOnlyKeys("111222333");
                    assertThat(hillegom.get("111222333")).singleElement().satisfies(b -> {
                        assertThat(b.id()).isEqualTo(ids[0]);
                        assertThat(b.regelsetVersie()).isEqualTo("0222-2017-03-01");
                        assertThat(b.bedrag()).isEqualByComparingTo("100000");
                        assertThat(b.einde()).isEqualTo(LocalDate.of(2026, 12, 31));
                    });
                    assertThat(DeclaratieVoorlezer.budgetten(c, "0553", veel)).containsOnlyKeys("123456782");
                    assertThat(DeclaratieVoorlezer.zorgverleners(c, "0553", List.of("ZV-1", "ZV-X"))).containsOnlyKeys("ZV-1")
                            .hasEntrySatisfying("ZV-1", z -> {
                                assertThat(z.id()).isEqualTo(ids[3]);
                                assertThat(z.soort()).isEqualTo(Zorgverlenersoort.PROFESSIONEEL);
                            });
                    assertThat(DeclaratieVoorlezer.overeenkomsten(c, List.of(ids[0], ids[1])))
                            .containsExactlyEntriesOf(java.util.Map.of(DeclaratieVoorlezer.paar(ids[0], ids[2]), true));
                    var bestaande = DeclaratieVoorlezer.declaraties(c, List.of(ids[0], ids[1]));
                    assertThat(bestaande).hasSize(1202);
                    assertThat(bestaande).filteredOn(d -> d.budgetId() == ids[1] && d.goedgekeurd()).singleElement()
                            .satisfies(d -> assertThat(d.bedrag()).isEqualByComparingTo("100"));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            inTransactie(emf, em1 -> schrijf(em1, em1.find(Gemeente.class, "0534"), "blok.csv", opslag -> {
                opslag.voegToe(new NieuweDeclaratie(2, ids[1], ids[3], LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 7), Kostensoort.ZORG, "zorg",
                        BigDecimal.ONE, BigDecimal.TEN, null, true, "", null));
                assertThat(opslag.nieuwBlok(List.of(ids[1]))).hasSize(3);
                assertThat(opslag.bestaat(ids[1], ids[3], LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 7), "zorg")).isEqualTo(Bestaat.DIT_BESTAND);
                assertThat(opslag.bestaat(ids[1], ids[3], LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), "zorg")).isEqualTo(Bestaat.EERDERE_IMPORT);
                assertThat(opslag.bestaat(ids[1], ids[3], LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 14), "zorg")).isEqualTo(Bestaat.NEE);
            }));

            // Idempotency: the natural key finds the earlier declaratie; the database refuses a second copy.
            inTransactie(emf, em2 -> schrijf(em2, em2.find(Gemeente.class, "0534"), "opnieuw.csv", opslag -> {
                assertThat(opslag.bestaat(ids[1], ids[3], LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), "zorg")).isEqualTo(Bestaat.EERDERE_IMPORT);
                assertThat(opslag.bestaat(ids[1], ids[3], LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15), "zorg")).isEqualTo(Bestaat.NEE);
                opslag.voegToe(new NieuweDeclaratie(2, ids[1], ids[3], LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15), Kostensoort.ZORG, "zorg",
                        BigDecimal.ONE, BigDecimal.TEN, null, true, "", null));
                assertThat(opslag.bestaat(ids[1], ids[3], LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15), "zorg")).isEqualTo(Bestaat.DIT_BESTAND);
                opslag.schrijfBatch();
                assertThat(opslag.bestaat(ids[1], ids[3], LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15), "zorg")).isEqualTo(Bestaat.DIT_BESTAND);
            }));
            assertThatThrownBy(() -> inTransactie(emf, em3 -> schrijf(em3, em3.find(Gemeente.class, "0534"), "dubbel.csv", opslag ->
                    opslag.voegToe(new NieuweDeclaratie(2, ids[1], ids[3], LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), Kostensoort.ZORG, "zorg",
                            BigDecimal.ONE, BigDecimal.TEN, null, true, "", null))))).isInstanceOf(RuntimeException.class);

            // SVB figures, terugvordering, signals, export.
            inTransactie(emf, em4 -> {
                var b = em4.find(Pgbbudget.class, ids[0]);
                em4.persist(new SvbStand(b, 2026, 3, new BigDecimal("1900.00"), LocalDateTime.now()));
                em4.persist(new PgbTerugvordering(b, "P-08", "Niet gebruikt", new BigDecimal("500"), LocalDate.of(2026, 8, 1), "€ 500", "P-08"));
                em4.persist(new Pgbsignaal(b, "pgb-budget-" + b.getId() + "-P-08", "P-08", "Niet gebruikt", LocalDate.of(2026, 7, 2)));
                em4.persist(new Pgbexport(Pgbexport.Soort.SVB, b.getGemeente(), "financieel", LocalDateTime.now(), 1, new BigDecimal("100000"), "x"));
            });
            EntityManager em5 = emf.createEntityManager();
            assertThat(PgbQueries.svbStand(em5, List.of(ids[0]), 2026)).containsEntry(ids[0], new BigDecimal("1900.00"));
            assertThat(PgbQueries.svbStand(em5, ids[0], 2026, 3)).isPresent();
            assertThat(PgbQueries.terugvorderingen(em5, Set.of("0534"))).hasSize(1);
            assertThat(PgbQueries.terugvorderingen(em5, Set.of("0553"))).isEmpty();
            assertThat(PgbQueries.openSignalen(em5, Set.of("0534"))).hasSize(1);
            assertThat(PgbQueries.signaalBestaat(em5, "pgb-budget-" + ids[0] + "-P-08")).isTrue();
            assertThat(PgbQueries.exports(em5, Set.of("0534"), 5)).hasSize(1);
            assertThat(PgbQueries.zorgverleners(em5, Set.of("0534"))).hasSize(1);
            em5.close();
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void vierOgenOokInDeDatabase(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            long[] id = new long[1];
            inTransactie(emf, em -> {
                var org = new Organisatie("Gemeente Lochem", OrganisatieSoort.GEMEENTE);
                em.persist(org);
                var lochem = new Gemeente("0262", "Lochem", 34000, org);
                em.persist(lochem);
                var imp = new Declaratieimport(lochem, "a.csv", "importeur", LocalDateTime.now());
                imp.telling(1, 1, 0, 0, new BigDecimal("6000"));
                imp.akkoord("financieel", new BigDecimal("5000"), LocalDateTime.now());
                em.persist(imp);
                em.flush();
                id[0] = imp.getId();
                assertThat(imp.getStatus()).isEqualTo(Declaratieimport.Status.WACHT_OP_TWEEDE);
                assertThatThrownBy(() -> imp.akkoord("financieel", new BigDecimal("5000"), LocalDateTime.now()))
                        .hasMessageContaining("Vier ogen");
            });
            // The CHECK refuses the same person twice even past the entity.
            assertThatThrownBy(() -> inTransactie(emf, em -> em.createNativeQuery(
                    "UPDATE pgb_declaratieimport SET tweede_akkoord = eerste_akkoord WHERE id = " + id[0]).executeUpdate()))
                    .isInstanceOf(RuntimeException.class);
            inTransactie(emf, em -> em.find(Declaratieimport.class, id[0]).akkoord("teamleider", new BigDecimal("5000"), LocalDateTime.now()));
            EntityManager em = emf.createEntityManager();
            assertThat(em.find(Declaratieimport.class, id[0]).getStatus()).isEqualTo(Declaratieimport.Status.BETAALBAAR);
            em.close();
        } finally {
            emf.close();
        }
    }
}
