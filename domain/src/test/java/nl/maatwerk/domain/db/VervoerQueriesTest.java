package nl.maatwerk.domain.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.vervoer.Regiotaxipas;
import nl.maatwerk.domain.vervoer.Ritimport;
import nl.maatwerk.domain.vervoer.RittenOpslag;
import nl.maatwerk.domain.vervoer.RittenOpslag.Bestaat;
import nl.maatwerk.domain.vervoer.RittenOpslag.NieuweRit;
import nl.maatwerk.domain.vervoer.VervoerQueries;
import nl.maatwerk.domain.vervoer.VervoerQueries.Gebruik;
import nl.maatwerk.domain.vervoer.Vervoersignaal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.maatwerk.domain.db.KernQueriesTest.inTransactie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V5 and the vervoer queries, on H2 and on PostgreSQL. */
class VervoerQueriesTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void rittenInBatchesEnHetGebruikPerPasEnJaarUitDeDatabase(TestDatabases db) throws Exception {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            long[] ids = new long[2];
            inTransactie(emf, em -> {
                var org = new Organisatie("Gemeente Doetinchem", OrganisatieSoort.GEMEENTE);
                em.persist(org);
                var doetinchem = new Gemeente("0222", "Doetinchem", 58000, org);
                var lochem = new Gemeente("0262", "Lochem", 34000, org);
                em.persist(doetinchem);
                em.persist(lochem);
                var a = new Client("111222333", "Anna", null, "Visser", LocalDate.of(1940, 1, 1), doetinchem);
                var b = new Client("123456782", "Bert", null, "Boer", LocalDate.of(1950, 1, 1), lochem);
                em.persist(a);
                em.persist(b);
                var pasD = new Regiotaxipas("D-0001", a, doetinchem, LocalDate.of(2026, 1, 1), null, 2000, null, "0222-2017-03-01");
                var pasL = new Regiotaxipas("L-0001", b, lochem, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 1800, 900, "0262-2016-06-01");
                pasL.setBegeleider(true);
                em.persist(pasD);
                em.persist(pasL);
                em.flush();
                ids[0] = pasD.getId();
                ids[1] = pasL.getId();
            });

            // 1,200 trips of 1.5 km for the Doetinchem pass: more than two batches; one trip in 2025.
            inTransactie(emf, em -> schrijf(em, "ritten.csv", opslag -> {
                for (int i = 0; i < 1200; i++) {
                    opslag.voegToe(new NieuweRit(ids[0], LocalDateTime.of(2026, 1 + i % 12, 1 + i % 28, 8, 0).plusMinutes(i),
                            "Huis", "Bestemming " + i, new BigDecimal("1.5"), 0, false, false, i % 100 == 0));
                }
                opslag.voegToe(new NieuweRit(ids[0], LocalDateTime.of(2025, 12, 31, 23, 0), "Huis", "Oud", new BigDecimal("10"), 0, false, false, false));
                opslag.voegToe(new NieuweRit(ids[1], LocalDateTime.of(2026, 3, 1, 9, 0), "Zone 1", "Zone 4", new BigDecimal("12.3"), 4, true, true, false));
            }));

            EntityManager em = emf.createEntityManager();
            Map<Long, Gebruik> gebruik = VervoerQueries.gebruik(em, List.of(ids[0], ids[1]), 2026);
            assertThat(gebruik.get(ids[0]).km()).isEqualByComparingTo("1800.0");
            assertThat(gebruik.get(ids[0]).ritten()).isEqualTo(1200);
            assertThat(gebruik.get(ids[0]).buitenGebied()).isEqualTo(12);
            assertThat(gebruik.get(ids[1]).zones()).isEqualTo(4);
            assertThat(VervoerQueries.gebruik(em, ids[0], 2025).km()).isEqualByComparingTo("10");
            assertThat(VervoerQueries.gebruik(em, ids[1], 2027)).isEqualTo(Gebruik.GEEN);
            // After a large import the same use comes from one query over the year's trips (V-02 km, V-03 zones).
            assertThat(VervoerQueries.gebruikInJaar(em, Set.of(ids[0], ids[1]), 2026)).isEqualTo(gebruik);
            assertThat(VervoerQueries.gebruikInJaar(em, Set.of(ids[1]), 2026)).containsOnlyKeys(ids[1]);
            assertThat(VervoerQueries.gebruikInJaar(em, Set.of(ids[0]), 2025).get(ids[0]).km()).isEqualByComparingTo("10");
            // The import reads every pass of its gemeenten once, budgets included (the budget accounting asks nothing more).
            assertThat(VervoerQueries.pasGegevens(em, Set.of("0222", "0262"))).extracting(VervoerQueries.PasGegevens::budget)
                    .containsExactlyInAnyOrder(new VervoerQueries.PasBudget(ids[0], 2000, null), new VervoerQueries.PasBudget(ids[1], 1800, 900));
            assertThat(VervoerQueries.pasGegevens(em, Set.of("0262"))).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(ids[1]);
                assertThat(p.zonesPerJaar()).isEqualTo(900);
            });

            var perMaand = VervoerQueries.gebruikPerMaand(em, ids[0], 2026);
            assertThat(perMaand).hasSize(12);
            assertThat(perMaand.get(0).maand()).isEqualTo(1);
            assertThat(perMaand.get(0).ritten()).isEqualTo(100);

            assertThat(VervoerQueries.ritten(em, ids[0], 2026, 0, 10)).hasSize(10);
            assertThat(VervoerQueries.aantalRitten(em, ids[0], 2026)).isEqualTo(1200);

            // Gemeente scoping: another gemeente's pass is "not there".
            assertThat(VervoerQueries.pasOpNummer(em, "L-0001", Set.of("0222"))).isEmpty();
            assertThat(VervoerQueries.pasOpNummer(em, "L-0001", Set.of("0262"))).isPresent();
            assertThat(VervoerQueries.passen(em, Set.of("0222", "0262"), 0, 10)).extracting(Regiotaxipas::getPasnummer).containsExactly("D-0001", "L-0001");
            assertThat(VervoerQueries.aantalPassen(em, Set.of("0262"))).isEqualTo(1);
            assertThat(VervoerQueries.passenVanClient(em, VervoerQueries.pasOpNummer(em, "L-0001", Set.of("0262")).orElseThrow().getClient().getId())).hasSize(1);
            // Valid in a period (for the CAK): the open-ended pass always, the Lochem pass only within 2026.
            assertThat(VervoerQueries.passenGeldigIn(em, Set.of("0222", "0262"), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31)))
                    .extracting(Regiotaxipas::getPasnummer).containsExactlyInAnyOrder("D-0001", "L-0001");
            assertThat(VervoerQueries.passenGeldigIn(em, Set.of("0222", "0262"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)))
                    .extracting(Regiotaxipas::getPasnummer).containsExactly("D-0001");
            assertThat(VervoerQueries.passenGeldigIn(em, Set.of("0262"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isEmpty();
            em.close();

            // Idempotency: the natural key finds the earlier trip; the database refuses a second copy.
            inTransactie(emf, em2 -> schrijf(em2, "opnieuw.csv", opslag -> {
                assertThat(opslag.bestaat(new NieuweRit(ids[1], LocalDateTime.of(2026, 3, 1, 9, 0), "Zone 1", "Zone 4", new BigDecimal("12.30"), 4, true, true, false)))
                        .isEqualTo(Bestaat.EERDERE_IMPORT);
                // Same pass and moment, another destination: not "already there" but a conflict (V12: key pass + moment).
                assertThat(opslag.bestaat(new NieuweRit(ids[1], LocalDateTime.of(2026, 3, 1, 9, 0), "Zone 1", "Zone 5", new BigDecimal("12.3"), 4, true, true, false)))
                        .isEqualTo(Bestaat.ANDERE_RIT_EERDERE_IMPORT);
                assertThat(opslag.gevonden()).isEqualTo(new RittenOpslag.OpgeslagenRit("Zone 1", "Zone 4", new BigDecimal("12.3"), 4));
                opslag.voegToe(new NieuweRit(ids[1], LocalDateTime.of(2026, 3, 2, 9, 0), "Zone 1", "Zone 2", BigDecimal.ONE, 2, false, false, false));
                assertThat(opslag.bestaat(rit(ids[1], LocalDateTime.of(2026, 3, 2, 9, 0), "Zone 1", "Zone 2"))).isEqualTo(Bestaat.DIT_BESTAND);
                opslag.schrijfBatch();
                assertThat(opslag.bestaat(rit(ids[1], LocalDateTime.of(2026, 3, 2, 9, 0), "Zone 1", "Zone 2"))).isEqualTo(Bestaat.DIT_BESTAND);
            }));

            // The per-pass key window: a trip outside the earlier trips' [first, last] moment and after what this import
            // wrote for the pass is new without a lookup; inside either window it is looked up, so an earlier import, a
            // duplicate written out of time order, and one still in the unflushed batch are all found.
            assertThatThrownBy(() -> inTransactie(emf, em2 -> schrijf(em2, "venster.csv", opslag -> {
                // Pass L holds 1 March 09:00 (first import) and 2 March 09:00 (opnieuw.csv).
                // Whether a year can hold trips from before this import: only then does the budget accounting ask the database.
                assertThat(opslag.eerdereRitten(ids[1], 2026)).isTrue();
                assertThat(opslag.eerdereRitten(ids[1], 2025)).isFalse();
                assertThat(opslag.eerdereRitten(ids[1], 2027)).isFalse();
                assertThat(opslag.eerdereRitten(ids[0], 2025)).as("D: 31-12-2025 .. 2026").isTrue();
                assertThat(opslag.eerdereRitten(ids[0], 2026)).isTrue();
                assertThat(opslag.eerdereRitten(ids[0], 2027)).isFalse();
                assertThat(opslag.bestaat(rit(ids[1], LocalDateTime.of(2026, 2, 1, 9, 0), "Zone 1", "Zone 4"))).isEqualTo(Bestaat.NEE);
                assertThat(opslag.bestaat(rit(ids[1], LocalDateTime.of(2026, 4, 1, 9, 0), "Zone 1", "Zone 4"))).isEqualTo(Bestaat.NEE);
                assertThat(opslag.opgezocht()).isZero();
                assertThat(opslag.bestaat(rit(ids[1], LocalDateTime.of(2026, 3, 2, 9, 0), "Zone 1", "Zone 2"))).isEqualTo(Bestaat.EERDERE_IMPORT);
                assertThat(opslag.opgezocht()).isEqualTo(1);
                opslag.voegToe(new NieuweRit(ids[1], LocalDateTime.of(2026, 5, 9, 9, 0), "Zone 1", "Zone 2", BigDecimal.ONE, 2, false, false, false));
                opslag.voegToe(new NieuweRit(ids[1], LocalDateTime.of(2026, 5, 3, 9, 0), "Zone 1", "Zone 2", BigDecimal.ONE, 2, false, false, false));
                assertThat(opslag.bestaat(rit(ids[1], LocalDateTime.of(2026, 5, 3, 9, 0), "Zone 1", "Zone 2"))).isEqualTo(Bestaat.DIT_BESTAND);
                opslag.schrijfBatch();
                assertThat(opslag.bestaat(rit(ids[1], LocalDateTime.of(2026, 5, 3, 9, 0), "Zone 1", "Zone 2"))).isEqualTo(Bestaat.DIT_BESTAND);
                assertThat(opslag.bestaat(rit(ids[1], LocalDateTime.of(2026, 5, 9, 9, 0), "Zone 1", "Zone 2"))).isEqualTo(Bestaat.DIT_BESTAND);
                assertThat(opslag.bestaat(rit(ids[1], LocalDateTime.of(2026, 5, 4, 9, 0), "Zone 1", "Zone 2"))).isEqualTo(Bestaat.NEE);
                assertThat(opslag.bestaat(rit(ids[1], LocalDateTime.of(2026, 5, 10, 9, 0), "Zone 1", "Zone 2"))).isEqualTo(Bestaat.NEE);
                // The Doetinchem pass (trips 31-12-2025 .. 2026): a moment in between is looked up, one after it is not.
                long voor = opslag.opgezocht();
                assertThat(opslag.bestaat(new NieuweRit(ids[0], LocalDateTime.of(2026, 1, 1, 8, 0), "Huis", "Bestemming 0", new BigDecimal("1.5"), 0, false, false, false)))
                        .isEqualTo(Bestaat.EERDERE_IMPORT);
                assertThat(opslag.bestaat(rit(ids[0], LocalDateTime.of(2027, 1, 1, 8, 0), "Huis", "Bestemming 0"))).isEqualTo(Bestaat.NEE);
                assertThat(opslag.opgezocht()).isEqualTo(voor + 1);
                throw new IllegalStateException("terugdraaien");
            }))).isInstanceOf(IllegalStateException.class).hasMessage("terugdraaien");
            assertThatThrownBy(() -> inTransactie(emf, em3 -> schrijf(em3, "dubbel.csv", opslag ->
                    opslag.voegToe(new NieuweRit(ids[1], LocalDateTime.of(2026, 3, 1, 9, 0), "Zone 1", "Zone 4", BigDecimal.ONE, 1, false, false, false)))))
                    .isInstanceOf(RuntimeException.class);

            // Signals: one per pass, year, unit and threshold.
            inTransactie(emf, em4 -> {
                var pas = em4.find(Regiotaxipas.class, ids[0]);
                em4.persist(new Vervoersignaal(pas, 2026, Vervoersignaal.Soort.KM, 80, new BigDecimal("1800"), 2000, LocalDateTime.of(2026, 10, 1, 12, 0)));
            });
            EntityManager em5 = emf.createEntityManager();
            assertThat(VervoerQueries.signaal(em5, ids[0], 2026, Vervoersignaal.Soort.KM, 80)).isPresent();
            assertThat(VervoerQueries.signaal(em5, ids[0], 2026, Vervoersignaal.Soort.KM, 100)).isEmpty();
            assertThat(VervoerQueries.signalen(em5, Set.of("0222"), true, 0, 10)).singleElement()
                    .satisfies(s -> assertThat(s.omschrijving()).isEqualTo("80 % van het kilometerbudget gebruikt (1800 van 2000 km)"));
            assertThat(VervoerQueries.signalen(em5, Set.of("0262"), true, 0, 10)).isEmpty();
            assertThat(VervoerQueries.signalenVanPas(em5, ids[0], 2026)).hasSize(1);
            em5.close();
            assertThatThrownBy(() -> inTransactie(emf, em6 -> {
                var pas = em6.find(Regiotaxipas.class, ids[0]);
                em6.persist(new Vervoersignaal(pas, 2026, Vervoersignaal.Soort.KM, 80, BigDecimal.ONE, 2000, LocalDateTime.now()));
            })).isInstanceOf(PersistenceException.class);
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void eenPasZonderBudgetOfMetDubbelNummerWordtGeweigerd(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            inTransactie(emf, em -> {
                var org = new Organisatie("Gemeente Lochem", OrganisatieSoort.GEMEENTE);
                em.persist(org);
                var lochem = new Gemeente("0262", "Lochem", 34000, org);
                em.persist(lochem);
                var c = new Client("111222333", "Anna", null, "Visser", LocalDate.of(1940, 1, 1), lochem);
                em.persist(c);
                em.persist(new Regiotaxipas("L-1", c, lochem, LocalDate.of(2026, 1, 1), null, 1500, 900, "0262-2016-06-01"));
            });
            assertThatThrownBy(() -> inTransactie(emf, em -> {
                var c = em.createQuery("select c from Client c", Client.class).getSingleResult();
                em.persist(new Regiotaxipas("L-1", c, c.getGemeente(), LocalDate.of(2026, 1, 1), null, 1500, null, "0262-2016-06-01"));
            })).isInstanceOf(PersistenceException.class);
            assertThatThrownBy(() -> inTransactie(emf, em -> {
                var c = em.createQuery("select c from Client c", Client.class).getSingleResult();
                em.persist(new Regiotaxipas("L-2", c, c.getGemeente(), LocalDate.of(2026, 1, 1), null, null, null, "0262-2016-06-01"));
            })).isInstanceOfSatisfying(jakarta.validation.ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                    .extracting(jakarta.validation.ConstraintViolation::getMessage)
                    .containsExactly("Een pas heeft een kilometerbudget, een zonebudget of beide."));
        } finally {
            emf.close();
        }
    }

    /**
     * V12: a trip is identified by pass and moment. The same pass and moment with other addresses, km, zones,
     * begeleider or prioriteit is a conflict, in this file or against an earlier import; the identical line is already
     * present. Written with COPY on PostgreSQL and INSERT batches on H2; text with COPY's special characters survives.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void eenAndereRitOpDezelfdePasEnHetzelfdeMomentIsEenConflict(TestDatabases db) throws Exception {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            long[] ids = new long[1];
            inTransactie(emf, em -> ids[0] = pas(em));
            LocalDateTime negen = LocalDateTime.of(2026, 3, 1, 9, 0);
            String vreemd = "Grutstraat 12\\a\tb\nc \u00e9\u20ac \ud83d\ude95";
            inTransactie(emf, em -> schrijf(em, "eerste.csv", opslag -> {
                assertThat(opslag.schrijfwijze()).isEqualTo(db == TestDatabases.POSTGRESQL ? "COPY" : "INSERT-batches");
                opslag.laadVensters(Set.of("0222"));
                // No foreign key on rit (V12): on PostgreSQL the import holds the gemeente's passes FOR KEY SHARE instead.
                assertThat(opslag.vergrendeld()).isEqualTo(db == TestDatabases.POSTGRESQL ? 1 : 0);
                NieuweRit eerste = new NieuweRit(ids[0], negen, vreemd, "Slingeland", new BigDecimal("12.4"), 0, false, false, false);
                assertThat(opslag.bestaat(eerste)).isEqualTo(Bestaat.NEE);
                opslag.voegToe(eerste);
                // Identical line again in this file: found (the COPY or batch is flushed first), an error for the caller.
                assertThat(opslag.bestaat(eerste)).isEqualTo(Bestaat.DIT_BESTAND);
                // Same pass and moment, another destination / other km / with begeleider: a conflict within this file.
                assertThat(opslag.bestaat(new NieuweRit(ids[0], negen, vreemd, "Markt", new BigDecimal("12.4"), 0, false, false, false)))
                        .isEqualTo(Bestaat.ANDERE_RIT_DIT_BESTAND);
                assertThat(opslag.gevonden()).isEqualTo(new RittenOpslag.OpgeslagenRit(vreemd, "Slingeland", new BigDecimal("12.4"), 0));
                assertThat(opslag.bestaat(new NieuweRit(ids[0], negen, vreemd, "Slingeland", new BigDecimal("12.5"), 0, false, false, false)))
                        .isEqualTo(Bestaat.ANDERE_RIT_DIT_BESTAND);
                assertThat(opslag.bestaat(new NieuweRit(ids[0], negen, vreemd, "Slingeland", new BigDecimal("12.4"), 0, true, false, false)))
                        .isEqualTo(Bestaat.ANDERE_RIT_DIT_BESTAND);
                // A minute later is another trip.
                assertThat(opslag.bestaat(new NieuweRit(ids[0], negen.plusMinutes(1), vreemd, "Markt", BigDecimal.ONE, 0, false, false, false)))
                        .isEqualTo(Bestaat.NEE);
            }));
            inTransactie(emf, em -> schrijf(em, "tweede.csv", opslag -> {
                opslag.laadVensters(Set.of("0222"));
                assertThat(opslag.bestaat(new NieuweRit(ids[0], negen, vreemd, "Slingeland", new BigDecimal("12.40"), 0, false, false, true)))
                        .as("buiten_gebied is derived, not part of the line").isEqualTo(Bestaat.EERDERE_IMPORT);
                assertThat(opslag.bestaat(new NieuweRit(ids[0], negen, "Grutstraat 12", "Slingeland", new BigDecimal("12.4"), 0, false, false, false)))
                        .isEqualTo(Bestaat.ANDERE_RIT_EERDERE_IMPORT);
                assertThat(opslag.bestaat(new NieuweRit(ids[0], negen, vreemd, "Slingeland", new BigDecimal("12.4"), 1, false, true, false)))
                        .isEqualTo(Bestaat.ANDERE_RIT_EERDERE_IMPORT);
                assertThat(opslag.opgezocht()).isEqualTo(3);
            }));
            EntityManager em = emf.createEntityManager();
            var ritten = VervoerQueries.ritten(em, ids[0], 2026, 0, 10);
            assertThat(ritten).singleElement().satisfies(r -> {
                assertThat(r.getVan()).isEqualTo(vreemd);
                assertThat(r.getMoment()).isEqualTo(negen);
                assertThat(r.getPas().getPasnummer()).isEqualTo("D-0001");
                assertThat(r.getJaar()).isEqualTo(2026);
                assertThat(r.getMaand()).isEqualTo(3);
            });
            assertThat(em.find(nl.maatwerk.domain.vervoer.Rit.class, new nl.maatwerk.domain.vervoer.Rit.Sleutel(ids[0], negen))).isNotNull();
            em.close();
        } finally {
            emf.close();
        }
    }

    /** Numbers, times and text survive the writer unchanged (binary COPY on PostgreSQL, INSERT batches on H2). */
    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void kmTijdEnTekstKomenOngewijzigdAan(TestDatabases db) throws Exception {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            long[] ids = new long[1];
            inTransactie(emf, em -> ids[0] = pas(em));
            List<String> km = List.of("0.0", "0.5", "7", "12.44", "12.45", "9999.9", "10000.0", "10000.5", "123456.7", "999999.9");
            LocalDateTime begin = LocalDateTime.of(2026, 1, 1, 0, 0);
            inTransactie(emf, em -> schrijf(em, "getallen.csv", opslag -> {
                for (int i = 0; i < km.size(); i++) {
                    opslag.voegToe(new NieuweRit(ids[0], begin.plusDays(40L * i).plusMinutes(i * 61L), "Van " + i, "Naar \u00eb " + i,
                            new BigDecimal(km.get(i)), i, i % 2 == 0, i % 3 == 0, i % 5 == 0));
                }
            }));
            EntityManager em = emf.createEntityManager();
            var ritten = VervoerQueries.ritten(em, ids[0], 2026, 0, 20);
            assertThat(ritten).hasSize(km.size());
            for (var r : ritten) {
                int i = r.getZones();
                assertThat(r.getKm()).as("km %s", km.get(i)).isEqualByComparingTo(new BigDecimal(km.get(i)).setScale(1, java.math.RoundingMode.HALF_UP));
                assertThat(r.getMoment()).isEqualTo(begin.plusDays(40L * i).plusMinutes(i * 61L));
                assertThat(r.getNaar()).isEqualTo("Naar \u00eb " + i);
                assertThat(r.isBegeleider()).isEqualTo(i % 2 == 0);
                assertThat(r.isPrioriteit()).isEqualTo(i % 3 == 0);
                assertThat(r.isBuitenGebied()).isEqualTo(i % 5 == 0);
                assertThat(r.getMaand()).isEqualTo(r.getMoment().getMonthValue());
                assertThat(r.getImportId()).isNotNull();
            }
            em.close();
        } finally {
            emf.close();
        }
    }

    /**
     * V12 on a database with trips from before it: two trips of one pass at one moment cannot both stay under the new
     * key; the first stored stays, the other moves unchanged to rit_dubbel. Nothing is lost.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void v12BewaartRittenOpHetzelfdeMomentInRitDubbel(TestDatabases db) throws Exception {
        var v = db.nieuweDatabase();
        var flyway = db.flyway(v);
        org.flywaydb.core.Flyway.configure().configuration(flyway.getConfiguration()).target("11").load().migrate();
        try (Connection c = java.sql.DriverManager.getConnection(v.url(), v.gebruiker(), v.wachtwoord()); var s = c.createStatement()) {
            s.execute("INSERT INTO organisatie (naam, soort) VALUES ('Doetinchem', 'GEMEENTE')");
            s.execute("INSERT INTO gemeente (code, naam, inwoners, organisatie_id) SELECT '0222', 'Doetinchem', 58000, MAX(id) FROM organisatie");
            s.execute("INSERT INTO client (bsn, voornamen, achternaam, achternaam_zoek, geboortedatum, gemeente_code, version, geregistreerd_op)"
                    + " VALUES ('111222333', 'Anna', 'Visser', 'visser', DATE '1940-01-01', '0222', 0, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO regiotaxipas (pasnummer, client_id, gemeente_code, geldig_van, km_per_jaar, begeleider, kinderen_mee,"
                    + " extra_service, regelset_versie, version) SELECT 'D-1', MAX(id), '0222', DATE '2026-01-01', 2000, FALSE, FALSE, 'GEEN', '0222-2017-03-01', 0 FROM client");
            for (String naar : List.of("Markt", "Slingeland", "Station")) {
                s.execute("INSERT INTO rit (pas_id, moment, jaar, maand, van, naar, km, zones, begeleider, prioriteit, buiten_gebied)"
                        + " SELECT MAX(id), TIMESTAMP '2026-03-01 09:00:00', 2026, 3, 'Huis', '" + naar + "', 2.5, 0, FALSE, FALSE, FALSE FROM regiotaxipas");
            }
            s.execute("INSERT INTO rit (pas_id, moment, jaar, maand, van, naar, km, zones, begeleider, prioriteit, buiten_gebied)"
                    + " SELECT MAX(id), TIMESTAMP '2026-03-02 09:00:00', 2026, 3, 'Huis', 'Markt', 2.5, 0, FALSE, FALSE, FALSE FROM regiotaxipas");
        }
        flyway.migrate();
        try (Connection c = java.sql.DriverManager.getConnection(v.url(), v.gebruiker(), v.wachtwoord()); var s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT naar FROM rit ORDER BY moment")) {
                List<String> naar = new java.util.ArrayList<>();
                while (rs.next()) {
                    naar.add(rs.getString(1));
                }
                assertThat(naar).containsExactly("Markt", "Markt");
            }
            try (var rs = s.executeQuery("SELECT naar FROM rit_dubbel ORDER BY id")) {
                List<String> naar = new java.util.ArrayList<>();
                while (rs.next()) {
                    naar.add(rs.getString(1));
                }
                assertThat(naar).containsExactly("Slingeland", "Station");
            }
            // The new key holds.
            assertThatThrownBy(() -> s.execute("INSERT INTO rit (pas_id, moment, jaar, maand, van, naar, km, zones, begeleider, prioriteit, buiten_gebied)"
                    + " SELECT MAX(id), TIMESTAMP '2026-03-02 09:00:00', 2026, 3, 'Huis', 'Elders', 2.5, 0, FALSE, FALSE, FALSE FROM regiotaxipas"))
                    .isInstanceOf(java.sql.SQLException.class);
        }
    }

    private static long pas(EntityManager em) {
        var org = new Organisatie("Gemeente Doetinchem", OrganisatieSoort.GEMEENTE);
        em.persist(org);
        var doetinchem = new Gemeente("0222", "Doetinchem", 58000, org);
        em.persist(doetinchem);
        var a = new Client("111222333", "Anna", null, "Visser", LocalDate.of(1940, 1, 1), doetinchem);
        em.persist(a);
        var p = new Regiotaxipas("D-0001", a, doetinchem, LocalDate.of(2026, 1, 1), null, 2000, null, "0222-2017-03-01");
        em.persist(p);
        em.flush();
        return p.getId();
    }

    /** A trip of 1 km and 2 zones, without begeleider or prioriteit. */
    static NieuweRit rit(long pas, LocalDateTime moment, String van, String naar) {
        return new NieuweRit(pas, moment, van, naar, BigDecimal.ONE, 2, false, false, false);
    }

    interface Schrijfwerk {
        void met(RittenOpslag opslag) throws Exception;
    }

    /** Like the import EJB: the Ritimport row first, then JDBC batches on the same connection and transaction. */
    static void schrijf(EntityManager em, String bestand, Schrijfwerk werk) {
        var imp = new Ritimport(bestand, "test", LocalDateTime.now(), false);
        em.persist(imp);
        em.flush();
        Connection c = em.unwrap(Connection.class);
        try (RittenOpslag opslag = new RittenOpslag(c, imp.getId())) {
            werk.met(opslag);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
