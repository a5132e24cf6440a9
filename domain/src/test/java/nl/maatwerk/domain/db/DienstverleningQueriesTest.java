package nl.maatwerk.domain.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.dienstverlening.Aanbieder;
import nl.maatwerk.domain.dienstverlening.Arrangement;
import nl.maatwerk.domain.dienstverlening.Calamiteitmelding;
import nl.maatwerk.domain.dienstverlening.Clientervaringsonderzoek;
import nl.maatwerk.domain.dienstverlening.Contract;
import nl.maatwerk.domain.dienstverlening.DienstverleningQueries;
import nl.maatwerk.domain.dienstverlening.Klacht;
import nl.maatwerk.domain.dienstverlening.Leveringsbericht;
import nl.maatwerk.domain.dienstverlening.Opdracht;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.toegang.Aanvraag;
import nl.maatwerk.domain.toegang.Melding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static nl.maatwerk.domain.db.KernQueriesTest.inTransactie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V8, V11 and the dienstverlening queries, on H2 and on PostgreSQL. */
class DienstverleningQueriesTest {

    static final LocalDate BEGIN = LocalDate.of(2026, 1, 1);

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void contractenTarievenArrangementenEnOpdrachtenPerGemeente(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            long[] ids = new long[4];
            inTransactie(emf, em -> {
                var org = new Organisatie("Gemeente Doetinchem", OrganisatieSoort.GEMEENTE);
                em.persist(org);
                var doetinchem = new Gemeente("0222", "Doetinchem", 58000, org);
                var lochem = new Gemeente("0262", "Lochem", 34000, org);
                em.persist(doetinchem);
                em.persist(lochem);
                var a = new Aanbieder("12345678", "Zorggroep Achterhoek", true, true);
                var b = new Aanbieder("87654321", "Begeleiding Berkel", true, false);
                em.persist(a);
                em.persist(b);
                var ca = new Contract(a, lochem, BEGIN, null, false);
                ca.voegTariefToe("dagbesteding", 2, new BigDecimal("600.00"), new BigDecimal("80.00"));
                ca.voegTariefToe("sociaal_en_persoonlijk_functioneren", 3, new BigDecimal("450.00"), null);
                var cb = new Contract(b, lochem, BEGIN, LocalDate.of(2026, 6, 30), true);
                cb.voegTariefToe("dagbesteding", 2, new BigDecimal("640.00"), new BigDecimal("20.00"));
                var cd = new Contract(a, doetinchem, BEGIN, null, false);
                cd.voegTariefToe("regie_op_het_huishouden", 3, new BigDecimal("300.00"), null);
                em.persist(ca);
                em.persist(cb);
                em.persist(cd);
                var client = new Client("123456782", "Bert", null, "Boer", LocalDate.of(1950, 1, 1), lochem);
                var anders = new Client("111222333", "Anna", null, "Visser", LocalDate.of(1940, 1, 1), doetinchem);
                em.persist(client);
                em.persist(anders);
                var arr = new Arrangement(client, BEGIN, BEGIN, BEGIN.plusYears(1).minusDays(1), "STABIEL", "psychiatrisch",
                        "0262-2016-06-01", "consulent.lochem", LocalDateTime.of(2026, 1, 1, 9, 0));
                arr.voegRegelToe("dagbesteding", 2, "ritme\nnetwerk", true);
                arr.voegRegelToe("sociaal_en_persoonlijk_functioneren", 3, "contact familie", false);
                arr.setKostprijsPerMaand(new BigDecimal("1110.00"));
                em.persist(arr);
                var arrD = new Arrangement(anders, BEGIN, BEGIN, null, "BEPERKTE_LEVENSVERWACHTING", "somatisch",
                        "0222-2017-03-01", "consulent.doetinchem", LocalDateTime.of(2026, 1, 1, 9, 0));
                arrD.voegRegelToe("regie_op_het_huishouden", 3, "schoon huis", false);
                em.persist(arrD);
                var o = new Opdracht(arr, a, "00000101", LocalDateTime.of(2026, 1, 2, 10, 0), new BigDecimal("1130.00"));
                var oD = new Opdracht(arrD, a, "00000201", LocalDateTime.of(2026, 1, 2, 11, 0), new BigDecimal("300.00"));
                em.persist(o);
                em.persist(oD);
                em.persist(new Calamiteitmelding(a, lochem, client, Calamiteitmelding.Soort.GEWELD, BEGIN, BEGIN.plusDays(1), "Incident", true, "O-01"));
                em.persist(new Klacht(b, lochem, client, BEGIN, "Te laat"));
                em.flush();
                ids[0] = arr.getId();
                ids[1] = o.getId();
                ids[2] = client.getId();
                ids[3] = arrD.getId();
            });

            EntityManager em = emf.createEntityManager();
            assertThat(DienstverleningQueries.contracten(em, Set.of("0262"))).extracting(c -> c.getAanbieder().getNaam())
                    .containsExactly("Begeleiding Berkel", "Zorggroep Achterhoek");
            assertThat(DienstverleningQueries.contracten(em, Set.of())).isEmpty();
            // On 1 July the Berkel contract has ended; only Achterhoek's tariffs apply.
            assertThat(DienstverleningQueries.tarieven(em, "0262", LocalDate.of(2026, 3, 1))).hasSize(3);
            assertThat(DienstverleningQueries.tarieven(em, "0262", LocalDate.of(2026, 7, 1))).extracting(t -> t.getContract().getAanbieder().getAgbCode())
                    .containsOnly("12345678");
            assertThat(DienstverleningQueries.aanbiederOpAgb(em, "87654321")).isPresent();

            // Scoping: another gemeente's arrangement and order are "not there".
            assertThat(DienstverleningQueries.arrangement(em, ids[0], Set.of("0222"))).isEmpty();
            Arrangement arr = DienstverleningQueries.arrangement(em, ids[0], Set.of("0262")).orElseThrow();
            assertThat(arr.getRegels()).extracting(r -> r.getResultaatgebied()).containsExactly("dagbesteding", "sociaal_en_persoonlijk_functioneren");
            assertThat(arr.getRegels().get(0).subdoelenLijst()).containsExactly("ritme", "netwerk");
            assertThat(DienstverleningQueries.arrangementenVanClient(em, ids[2])).hasSize(1);
            assertThat(DienstverleningQueries.opdrachtOpNummer(em, "00000101", Set.of("0222"))).isEmpty();
            assertThat(DienstverleningQueries.opdrachtOpNummer(em, "00000101", Set.of("0262"))).isPresent();
            assertThat(DienstverleningQueries.opdrachten(em, Set.of("0222", "0262"), null, 0, 10)).extracting(Opdracht::getToewijzingnummer)
                    .containsExactly("00000201", "00000101");
            assertThat(DienstverleningQueries.aantalOpdrachten(em, Set.of("0262"), Opdracht.Status.VERZONDEN)).isEqualTo(1);
            assertThat(DienstverleningQueries.aantalOpdrachten(em, Set.of("0262"), Opdracht.Status.GESTART)).isZero();
            assertThat(DienstverleningQueries.zonderStart(em, Set.of("0262"), LocalDateTime.of(2026, 2, 1, 0, 0))).hasSize(1);
            assertThat(DienstverleningQueries.geleverd(em, Set.of("0262"), BEGIN, BEGIN.plusYears(1))).isEmpty();
            assertThat(DienstverleningQueries.calamiteiten(em, Set.of("0262"), true)).hasSize(1);
            assertThat(DienstverleningQueries.calamiteiten(em, Set.of("0222"), true)).isEmpty();
            assertThat(DienstverleningQueries.klachten(em, Set.of("0262"))).hasSize(1);
            // O-03 (V11): arrangements that ran in a year, open-ended ones included, per gemeente.
            assertThat(DienstverleningQueries.arrangementenInPeriode(em, "0262", BEGIN, LocalDate.of(2026, 12, 31))).extracting(Arrangement::getId).containsExactly(ids[0]);
            assertThat(DienstverleningQueries.arrangementenInPeriode(em, "0262", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEmpty();
            assertThat(DienstverleningQueries.arrangementenInPeriode(em, "0222", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))).hasSize(1);
            assertThat(DienstverleningQueries.arrangementenInPeriode(em, "0222", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isEmpty();
            assertThat(DienstverleningQueries.ervaringsonderzoek(em, "0222", 2026)).isEmpty();
            assertThat(DienstverleningQueries.aantalGegevens(em)).isEqualTo(4);
            em.close();

            // Start and stop (WMO305/307): delivered in the period, one message per order and kind.
            inTransactie(emf, em2 -> {
                Opdracht o = em2.find(Opdracht.class, ids[1]);
                o.start(LocalDate.of(2026, 1, 10));
                em2.persist(new Leveringsbericht(o, "WMO305", LocalDate.of(2026, 1, 10), null, LocalDateTime.now()));
            });
            EntityManager em3 = emf.createEntityManager();
            assertThat(DienstverleningQueries.geleverd(em3, Set.of("0262"), BEGIN, BEGIN.plusYears(1))).singleElement()
                    .satisfies(o -> assertThat(o.getStatus()).isEqualTo(Opdracht.Status.GESTART));
            assertThat(DienstverleningQueries.geleverd(em3, Set.of("0262"), BEGIN, LocalDate.of(2026, 1, 9))).isEmpty();
            assertThat(DienstverleningQueries.bericht(em3, ids[1], "WMO305")).isPresent();
            assertThat(DienstverleningQueries.bericht(em3, ids[1], "WMO307")).isEmpty();
            em3.close();
            assertThatThrownBy(() -> inTransactie(emf, em4 -> em4.persist(new Leveringsbericht(em4.find(Opdracht.class, ids[1]), "WMO305",
                    LocalDate.of(2026, 1, 11), null, LocalDateTime.now())))).isInstanceOf(RuntimeException.class);

            // One cliëntervaringsonderzoek per gemeente and year.
            inTransactie(emf, ceo1 -> ceo1.persist(new Clientervaringsonderzoek(ceo1.find(Gemeente.class, "0222"), 2026, LocalDate.of(2026, 11, 1), 1,
                    "Tevreden", "0222-2017-03-01", "O-03", "teamleider")));
            EntityManager ceo = emf.createEntityManager();
            assertThat(DienstverleningQueries.ervaringsonderzoek(ceo, "0222", 2026)).get().satisfies(o -> assertThat(o.getUitkomst()).isEqualTo("Tevreden"));
            assertThat(DienstverleningQueries.ervaringsonderzoek(ceo, "0262", 2026)).isEmpty();
            ceo.close();
            assertThatThrownBy(() -> inTransactie(emf, ceo2 -> ceo2.persist(new Clientervaringsonderzoek(ceo2.find(Gemeente.class, "0222"), 2026,
                    LocalDate.of(2026, 11, 2), 1, "Nogmaals", "0222-2017-03-01", "O-03", "teamleider")))).isInstanceOf(RuntimeException.class);

            // A stop before the start is refused by the database.
            assertThatThrownBy(() -> inTransactie(emf, em5 -> em5.find(Opdracht.class, ids[1]).stop(LocalDate.of(2026, 1, 9), "01")))
                    .isInstanceOf(RuntimeException.class);

            // aanvraag_id references toegang's aanvraag; the aanvraag gives the toegangsniveau (O-05) and its client.
            long[] aanvraag = new long[1];
            inTransactie(emf, em7 -> {
                Client c = em7.find(Client.class, ids[2]);
                var m = new Melding(c, "0262", LocalDateTime.of(2026, 1, 5, 9, 30), Melding.Kanaal.TELEFONISCH, Melding.Melder.CLIENT,
                        "Hulp bij structuur", Melding.Toegangsniveau.KERNTEAM);
                m.setRegelsetVersie("0262-2016-06-01");
                m.setOnderzoekUiterlijk(LocalDate.of(2026, 2, 16));
                m.setBeschikkingUiterlijk(LocalDate.of(2026, 3, 2));
                m.setOntvangstBevestigenUiterlijk(LocalDate.of(2026, 1, 8));
                m.naarFase(Melding.Fase.AANVRAAG, LocalDate.of(2026, 3, 2), null, null);
                em7.persist(m);
                var a = new Aanvraag(m, LocalDate.of(2026, 1, 28), Aanvraag.Indiener.CLIENT, null, Aanvraag.Vorm.SCHRIFTELIJK, "begeleiding", LocalDate.of(2026, 2, 11));
                em7.persist(a);
                em7.flush();
                aanvraag[0] = a.getId();
                em7.find(Arrangement.class, ids[0]).setAanvraagId(a.getId());
            });
            EntityManager em8 = emf.createEntityManager();
            assertThat(DienstverleningQueries.aanvraagToegang(em8, aanvraag[0])).contains(new DienstverleningQueries.AanvraagToegang("KERNTEAM", ids[2]));
            assertThat(DienstverleningQueries.aanvraagToegang(em8, 999_999L)).isEmpty();
            assertThat(DienstverleningQueries.arrangementenVanAanvraag(em8, aanvraag[0])).extracting(Arrangement::getId).containsExactly(ids[0]);
            em8.close();
            assertThatThrownBy(() -> inTransactie(emf, em6 -> {
                Arrangement a = em6.find(Arrangement.class, ids[3]);
                a.setAanvraagId(999_999L);
            })).isInstanceOf(RuntimeException.class);

            // Optimistic locking on the arrangement.
            EntityManager x = emf.createEntityManager();
            EntityManager y = emf.createEntityManager();
            Arrangement ax = x.find(Arrangement.class, ids[0]);
            Arrangement ay = y.find(Arrangement.class, ids[0]);
            x.getTransaction().begin();
            ax.setKostprijsPerMaand(new BigDecimal("1.00"));
            x.getTransaction().commit();
            y.getTransaction().begin();
            ay.setKostprijsPerMaand(new BigDecimal("2.00"));
            assertThatThrownBy(() -> y.getTransaction().commit()).isInstanceOfAny(RollbackException.class, OptimisticLockException.class);
            x.close();
            y.close();
        } finally {
            emf.close();
        }
    }
}
