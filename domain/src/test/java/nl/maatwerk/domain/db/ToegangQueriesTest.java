package nl.maatwerk.domain.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.toegang.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static nl.maatwerk.domain.db.KernQueriesTest.inTransactie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The toegang schema (V3) and its queries, on H2 and on PostgreSQL. */
class ToegangQueriesTest {

    private static final LocalDate PEIL = LocalDate.of(2026, 3, 2);

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void werkvoorraadFiltertSorteertEnPagineertInDeDatabase(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            inTransactie(emf, em -> {
                var d = gemeente(em, "0222", "Doetinchem");
                var l = gemeente(em, "0262", "Lochem");
                var a = client(em, "111222333", "Jansen", d);
                var b = client(em, "123456782", "Bakker", d);
                var c = client(em, "999990019", "Visser", l);
                melding(em, a, "0222", "consulent.doetinchem", Melding.Fase.ONDERZOEK, LocalDate.of(2026, 3, 10), "T-04");
                melding(em, b, "0222", null, Melding.Fase.MELDING, LocalDate.of(2026, 2, 27), "T-16");
                melding(em, a, "0222", "consulent.doetinchem", Melding.Fase.AANVRAAG, LocalDate.of(2026, 3, 5), "T-11");
                melding(em, c, "0262", "consulent.lochem", Melding.Fase.ONDERZOEK, LocalDate.of(2026, 2, 1), "T-04");
                var dicht = melding(em, b, "0222", "consulent.doetinchem", Melding.Fase.ONDERZOEK, LocalDate.of(2026, 1, 1), "T-04");
                dicht.sluit("Doorverwezen");
            });
            EntityManager em = emf.createEntityManager();
            var doetinchem = new Werkvoorraadvraag(Set.of("0222"), null, null, null, false, PEIL);
            assertThat(doetinchem.aantal(em)).isEqualTo(3);
            List<Werkitem> urgent = doetinchem.resultaten(em, 0, 10, null, true);
            assertThat(urgent).extracting(Werkitem::termijnRegel).containsExactly("T-16", "T-11", "T-04");
            assertThat(urgent).extracting(Werkitem::teLaat).containsExactly(true, false, false);
            assertThat(urgent.get(0).clientNaam()).isEqualTo("Anna Bakker");
            assertThat(doetinchem.resultaten(em, 1, 1, "termijn", true)).extracting(Werkitem::termijnRegel).containsExactly("T-11");
            assertThat(doetinchem.resultaten(em, 0, 1, "termijn", false)).extracting(Werkitem::termijnRegel).containsExactly("T-04");

            assertThat(new Werkvoorraadvraag(Set.of("0222"), null, null, "consulent.doetinchem", false, PEIL).aantal(em)).isEqualTo(2);
            assertThat(new Werkvoorraadvraag(Set.of("0222"), null, null, Werkvoorraadvraag.NIET_TOEGEWEZEN, false, PEIL).aantal(em)).isEqualTo(1);
            assertThat(new Werkvoorraadvraag(Set.of("0222"), null, Melding.Fase.AANVRAAG, null, false, PEIL).aantal(em)).isEqualTo(1);
            assertThat(new Werkvoorraadvraag(Set.of("0222", "0262"), null, null, null, true, PEIL).aantal(em)).isEqualTo(2);
            // Scoping: a filter on a gemeente outside the scope finds nothing.
            assertThat(new Werkvoorraadvraag(Set.of("0222"), "0262", null, null, false, PEIL).aantal(em)).isZero();
            assertThat(new Werkvoorraadvraag(Set.of("0222", "0262"), "0262", null, null, false, PEIL).resultaten(em, 0, 10, "client", true))
                    .extracting(Werkitem::clientNaam).containsExactly("Anna Visser");
            // Several gemeenten in scope: ids per gemeente, one order over their union, pages across gemeenten.
            var beide = new Werkvoorraadvraag(Set.of("0222", "0262"), null, null, null, false, PEIL);
            assertThat(beide.aantal(em)).isEqualTo(4);
            assertThat(beide.resultaten(em, 0, 10, "termijn", true)).extracting(Werkitem::termijnRegel, Werkitem::gemeenteCode)
                    .containsExactly(tuple("T-04", "0262"), tuple("T-16", "0222"), tuple("T-11", "0222"), tuple("T-04", "0222"));
            assertThat(beide.resultaten(em, 1, 2, "termijn", true)).extracting(Werkitem::termijnRegel).containsExactly("T-16", "T-11");
            assertThat(beide.resultaten(em, 3, 2, "termijn", true)).extracting(Werkitem::gemeenteCode).containsExactly("0222");
            assertThat(beide.resultaten(em, 0, 2, "termijn", false)).extracting(Werkitem::termijnRegel, Werkitem::gemeenteCode)
                    .containsExactly(tuple("T-04", "0222"), tuple("T-11", "0222"));
            assertThat(beide.resultaten(em, 0, 10, "client", true)).extracting(Werkitem::clientNaam)
                    .containsExactly("Anna Bakker", "Anna Jansen", "Anna Jansen", "Anna Visser");
            assertThat(beide.resultaten(em, 4, 10, "termijn", true)).isEmpty();
            // Names for the signals of every area, which give only client ids; an unknown id is absent.
            var ids = beide.resultaten(em, 0, 10, "client", true).stream().map(Werkitem::clientId).distinct().toList();
            assertThat(ToegangQueries.clientnamen(em, java.util.stream.Stream.concat(ids.stream(), java.util.stream.Stream.of(-1L)).toList()))
                    .hasSize(3).containsValues("Anna Bakker", "Anna Jansen", "Anna Visser").doesNotContainKey(-1L);
            assertThat(ToegangQueries.clientnamen(em, List.of())).isEmpty();
            em.close();
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void heleDossierMetBeschikkingDocumentEnIndicatieQueries(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            long[] ids = new long[2];
            inTransactie(emf, em -> {
                var d = gemeente(em, "0222", "Doetinchem");
                var a = client(em, "111222333", "Jansen", d);
                var m = melding(em, a, "0222", "consulent.doetinchem", Melding.Fase.BESLOTEN, null, null);
                var o = new Onderzoek(m, LocalDate.of(2026, 2, 12), LocalDate.of(2026, 1, 8));
                o.setAspect(Onderzoek.Aspect.A, "Wil zelfstandig blijven wonen");
                o.setLadder(Onderzoek.Ladder.NIET, Onderzoek.Ladder.NIET, Onderzoek.Ladder.GEDEELTELIJK, Onderzoek.Ladder.NIET, Onderzoek.Ladder.NIET);
                em.persist(o);
                em.persist(new Verslag(m, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 3), LocalDate.of(2026, 1, 22), LocalDate.of(2026, 1, 27)));
                em.persist(new Aanvraag(m, LocalDate.of(2026, 1, 28), Aanvraag.Indiener.CLIENT, null, Aanvraag.Vorm.SCHRIFTELIJK,
                        "traplift", LocalDate.of(2026, 2, 11)));
                var b = new Beschikking(m, Beschikking.Soort.TOEKENNING_NATURA, LocalDate.of(2026, 2, 5), "0222-2017-03-01",
                        "MAATWERKVOORZIENING_AANGEWEZEN", "C-01 ... (004 art. 7 lid 1)", "consulent.doetinchem");
                b.setIngangsdatum(LocalDate.of(2026, 2, 5));
                b.setEinddatum(LocalDate.of(2026, 4, 1));
                b.verzonden(LocalDate.of(2026, 2, 5), LocalDate.of(2026, 3, 19));
                em.persist(b);
                var afgewezen = new Beschikking(m, Beschikking.Soort.AFWIJZING, LocalDate.of(2026, 2, 5), "0222-2017-03-01",
                        "AFGEWEZEN", "C-07", "consulent.doetinchem");
                afgewezen.setIngangsdatum(LocalDate.of(2026, 2, 5));
                afgewezen.setStatus(Beschikking.Status.TER_GOEDKEURING);
                em.persist(afgewezen);
                em.persist(new Bezwaar(b, LocalDate.of(2026, 3, 1), true, "Te kort", LocalDate.of(2026, 5, 24)));
                em.persist(new ToegangDocument(m, ToegangDocument.Soort.BESCHIKKING, "Beschikking", LocalDateTime.of(2026, 2, 5, 10, 0),
                        "%PDF-1.4 test".getBytes(StandardCharsets.ISO_8859_1)));
                em.persist(new Voornemen(m, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 4), "Afwijzen"));
                em.flush();
                ids[0] = a.getId();
                ids[1] = m.getId();
            });
            EntityManager em = emf.createEntityManager();
            assertThat(ToegangQueries.lopendeIndicaties(em, ids[0], LocalDate.of(2026, 3, 1))).hasSize(1);
            assertThat(ToegangQueries.lopendeIndicaties(em, ids[0], LocalDate.of(2026, 4, 2))).isEmpty();
            assertThat(ToegangQueries.aflopendeIndicaties(em, Set.of("0222"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), 0, 10)).hasSize(1);
            assertThat(ToegangQueries.aflopendeIndicaties(em, Set.of("0262"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), 0, 10)).isEmpty();
            assertThat(ToegangQueries.terGoedkeuring(em, Set.of("0222"))).extracting(Beschikking::getSoort).containsExactly(Beschikking.Soort.AFWIJZING);
            assertThat(ToegangQueries.beschikkingenPerRegelset(em)).containsEntry("0222-2017-03-01", 2L);
            assertThat(ToegangQueries.beschikkingenOnder(em, "0262-2016-06-01")).isZero();
            assertThat(ToegangQueries.documenten(em, ids[1])).extracting(ToegangDocument::getTitel).containsExactly("Beschikking");
            assertThat(ToegangQueries.eenOfGeen(em, Onderzoek.class, ids[1]).aspect(Onderzoek.Aspect.A)).isEqualTo("Wil zelfstandig blijven wonen");
            assertThat(ToegangQueries.eenOfGeen(em, Aanvraag.class, ids[1]).getGevraagdeVoorziening()).isEqualTo("traplift");
            assertThat(ToegangQueries.meldingenVanClient(em, ids[0])).hasSize(1);
            assertThat(ToegangQueries.bezwaren(em, ToegangQueries.beschikkingenVanClient(em, ids[0]).get(1).getId())).hasSizeLessThanOrEqualTo(1);
            assertThat(ToegangQueries.voornemens(em, ids[1])).hasSize(1);
            em.close();
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void mantelzorgersVoorDeWaarderingEnTermijnenPerDag(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        try {
            long[] ids = new long[3];
            inTransactie(emf, em -> {
                var d = gemeente(em, "0222", "Doetinchem");
                var l = gemeente(em, "0262", "Lochem");
                // A melding in 2026 without any voorziening: the mantelzorger (living elsewhere) counts (O-02).
                var a = client(em, "111222333", "Jansen", d);
                a.voegBetrokkeneToe(nl.maatwerk.domain.client.BetrokkeneSoort.MANTELZORGER, "Piet Jansen").setAdres("Elders 1, Zwolle");
                a.voegBetrokkeneToe(nl.maatwerk.domain.client.BetrokkeneSoort.CONTACTPERSOON, "Buurvrouw");
                var m = melding(em, a, "0222", "consulent.doetinchem", Melding.Fase.ONDERZOEK, LocalDate.of(2026, 2, 16), "T-04");
                var o = new Onderzoek(m, LocalDate.of(2026, 2, 16), LocalDate.of(2026, 1, 12));
                o.setAfgerondOp(LocalDate.of(2026, 2, 10));
                em.persist(o);
                var aanvraag = new Aanvraag(m, LocalDate.of(2026, 2, 12), Aanvraag.Indiener.CLIENT, null, Aanvraag.Vorm.SCHRIFTELIJK,
                        "traplift", LocalDate.of(2026, 2, 26));
                aanvraag.setBeslotenOp(LocalDate.of(2026, 3, 2));
                em.persist(aanvraag);
                // No melding in 2026, but an indicatie running in 2026: counts too.
                var b = client(em, "123456782", "Bakker", d);
                b.voegBetrokkeneToe(nl.maatwerk.domain.client.BetrokkeneSoort.MANTELZORGER, "Kees Bakker");
                var oud = new Melding(b, "0222", LocalDateTime.of(2024, 3, 1, 9, 0), Melding.Kanaal.TELEFONISCH, Melding.Melder.CLIENT,
                        "Huishouden", Melding.Toegangsniveau.CONSULENT);
                oud.setRegelsetVersie("0222-2017-03-01");
                oud.setOnderzoekUiterlijk(LocalDate.of(2024, 4, 12));
                oud.setBeschikkingUiterlijk(LocalDate.of(2024, 4, 26));
                oud.setOntvangstBevestigenUiterlijk(LocalDate.of(2024, 3, 5));
                oud.sluit("Besloten");
                em.persist(oud);
                var bs = new Beschikking(oud, Beschikking.Soort.TOEKENNING_NATURA, LocalDate.of(2024, 4, 20), "0222-2017-03-01",
                        "MAATWERKVOORZIENING_AANGEWEZEN", "C-01", "consulent.doetinchem");
                bs.setIngangsdatum(LocalDate.of(2024, 4, 20));
                bs.setEinddatum(LocalDate.of(2029, 4, 19));
                bs.verzonden(LocalDate.of(2024, 4, 20), LocalDate.of(2024, 6, 1));
                em.persist(bs);
                // A client who was no cliënt in 2026, and one of another gemeente: not on the list.
                var c = client(em, "999990019", "Visser", d);
                c.voegBetrokkeneToe(nl.maatwerk.domain.client.BetrokkeneSoort.MANTELZORGER, "Geen Cliënt");
                var e = client(em, "999990032", "Lochems", l);
                e.voegBetrokkeneToe(nl.maatwerk.domain.client.BetrokkeneSoort.MANTELZORGER, "Andere Gemeente");
                melding(em, e, "0262", "consulent.lochem", Melding.Fase.ONDERZOEK, LocalDate.of(2026, 2, 1), "T-04");
                // An onderzoek past its deadline and still open: missed.
                var m2 = melding(em, b, "0222", null, Melding.Fase.ONDERZOEK, LocalDate.of(2026, 2, 18), "T-04");
                em.persist(new Onderzoek(m2, LocalDate.of(2026, 2, 18), LocalDate.of(2026, 1, 12)));
                em.flush();
                ids[0] = a.getId();
                ids[1] = b.getId();
            });
            EntityManager em = emf.createEntityManager();
            LocalDate van = LocalDate.of(2026, 1, 1);
            LocalDate tot = LocalDate.of(2026, 12, 31);
            var lijst = ToegangQueries.mantelzorgers(em, Set.of("0222"), van, tot, 0, 50);
            assertThat(lijst).extracting(Mantelzorgerregel::naam).containsExactly("Kees Bakker", "Piet Jansen");
            assertThat(lijst.get(1).adres()).isEqualTo("Elders 1, Zwolle");
            assertThat(ToegangQueries.mantelzorgers(em, Set.of("0222"), van, tot, 1, 1)).extracting(Mantelzorgerregel::naam).containsExactly("Piet Jansen");
            var meldingen = ToegangQueries.laatsteMeldingen(em, List.of(ids[0], ids[1]), van, tot);
            assertThat(meldingen).containsEntry(ids[0], LocalDate.of(2026, 1, 5));
            assertThat(meldingen).containsEntry(ids[1], LocalDate.of(2026, 1, 5));
            assertThat(ToegangQueries.mantelzorgers(em, Set.of("0222"), LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), 0, 50)).isEmpty();

            var cijfers = ToegangQueries.termijnen(em, Set.of("0222"), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), PEIL);
            assertThat(cijfers).contains(new Termijncijfer(LocalDate.of(2026, 2, 16), "consulent.doetinchem", "T-04", 1, 0, 0),
                    new Termijncijfer(LocalDate.of(2026, 2, 18), null, "T-04", 0, 1, 0),
                    new Termijncijfer(LocalDate.of(2026, 2, 26), "consulent.doetinchem", "T-11", 0, 1, 0));
            assertThat(cijfers).hasSize(3);
            assertThat(ToegangQueries.termijnen(em, Set.of("0262"), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), PEIL)).isEmpty();
            em.close();
        } finally {
            emf.close();
        }
    }

    static Gemeente gemeente(EntityManager em, String code, String naam) {
        var org = new Organisatie("Gemeente " + naam, OrganisatieSoort.GEMEENTE);
        em.persist(org);
        var g = new Gemeente(code, naam, 30000, org);
        em.persist(g);
        return g;
    }

    static Client client(EntityManager em, String bsn, String naam, Gemeente g) {
        var c = new Client(bsn, "Anna", null, naam, LocalDate.of(1945, 1, 1), g);
        em.persist(c);
        return c;
    }

    static Melding melding(EntityManager em, Client c, String gemeente, String behandelaar, Melding.Fase fase, LocalDate termijn, String regel) {
        var m = new Melding(c, gemeente, LocalDateTime.of(2026, 1, 5, 9, 30), Melding.Kanaal.TELEFONISCH, Melding.Melder.CLIENT,
                "Moeite met traplopen", Melding.Toegangsniveau.CONSULENT);
        m.setBehandelaar(behandelaar);
        m.setRegelsetVersie("0222-2017-03-01");
        m.setOnderzoekUiterlijk(LocalDate.of(2026, 2, 16));
        m.setBeschikkingUiterlijk(LocalDate.of(2026, 3, 2));
        m.setOntvangstBevestigenUiterlijk(LocalDate.of(2026, 1, 8));
        m.naarFase(fase, termijn, regel, regel == null ? null : "Termijn " + regel);
        em.persist(m);
        return m;
    }
}
