package nl.maatwerk.domain.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Status;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;
import nl.maatwerk.domain.woonvoorzieningen.Woonregeltoepassing;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.domain.woonvoorzieningen.WoonvoorzieningZoekvraag;
import nl.maatwerk.domain.woonvoorzieningen.WoonvoorzieningZoekvraag.Eigenaar;
import nl.maatwerk.domain.woonvoorzieningen.Woonweigering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static nl.maatwerk.domain.db.KernQueriesTest.inTransactie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Migratie V10: woonvoorziening en weigering aan een toegangsaanvraag, de toegepaste regels, toegekend per periode; H2 en PostgreSQL. */
class WoonAanvullingQueriesTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void koppelingAanAanvraagWeigeringEnRegelsVoorDeBeschikking(TestDatabases db) {
        EntityManagerFactory emf = db.gemigreerdePersistenceUnit();
        AtomicLong client = new AtomicLong();
        AtomicLong aanvraag = new AtomicLong();
        AtomicLong voorziening = new AtomicLong();
        AtomicLong weigering = new AtomicLong();
        try {
            inTransactie(emf, em -> {
                var org = new Organisatie("Gemeenten Achterhoek", OrganisatieSoort.GEMEENTE);
                em.persist(org);
                var doetinchem = new Gemeente("0222", "Doetinchem", 58000, org);
                em.persist(doetinchem);
                Client a = new Client("111222333", "Jan", null, "Aanpas", LocalDate.of(1950, 1, 1), doetinchem);
                em.persist(a);
                em.flush();
                client.set(a.getId());
                em.createNativeQuery("INSERT INTO melding (client_id, gemeente_code, moment, kanaal, gemeld_door, hulpvraag,"
                        + " clientondersteuning_aangeboden, toegangsniveau, fase, afgesloten, onderzoek_uiterlijk, beschikking_uiterlijk,"
                        + " ontvangst_bevestigen_uiterlijk, regelset_versie) VALUES (?, '0222', TIMESTAMP '2024-06-01 10:00:00', 'TELEFONISCH',"
                        + " 'CLIENT', 'trap lukt niet meer', TRUE, 'CONSULENT', 'AANVRAAG', FALSE, DATE '2024-07-01', DATE '2024-08-01',"
                        + " DATE '2024-06-05', '0222-2017-03-01')").setParameter(1, a.getId()).executeUpdate();
                Number melding = (Number) em.createNativeQuery("SELECT MAX(id) FROM melding").getSingleResult();
                em.createNativeQuery("INSERT INTO aanvraag (melding_id, ontvangen_op, ingediend_door, vorm, gevraagde_voorziening,"
                        + " beslissen_uiterlijk) VALUES (?, DATE '2024-06-10', 'CLIENT', 'SCHRIFTELIJK', 'traplift', DATE '2024-07-22')")
                        .setParameter(1, melding.longValue()).executeUpdate();
                aanvraag.set(((Number) em.createNativeQuery("SELECT MAX(id) FROM aanvraag").getSingleResult()).longValue());

                Woonvoorziening lift = new Woonvoorziening(a, Voorzieningsoort.HOOGTEVERSCHIL, "traplift", Gebruiksruimte.SLAAPKAMER, LocalDate.of(2024, 6, 10));
                lift.koppelAanAanvraag(aanvraag.get());
                lift.voegOfferteToe("Trapliften Gelderland", new BigDecimal("24000.00"), true, LocalDate.of(2024, 6, 12));
                lift.kiesGoedkoopstAdequate();
                lift.naarStatus(Status.GOEDGEKEURD, LocalDate.of(2024, 7, 1));
                em.persist(lift);
                em.persist(new Woonvoorziening(a, Voorzieningsoort.BOUWKUNDIG, "drempels", Gebruiksruimte.TOEGANG, LocalDate.of(2024, 6, 10)));
                Woonweigering w = new Woonweigering(a, aanvraag.get(), Voorzieningsoort.BOUWKUNDIG, "aangepaste douche",
                        LocalDate.of(2024, 6, 10), "0222-2017-03-01", "consulent.doetinchem");
                em.persist(w);
                em.flush();
                voorziening.set(lift.getId());
                weigering.set(w.getId());
                em.persist(new Woonregeltoepassing(2, "W-06", "VOLDAAN", "004", "Verordening Doetinchem", "art. 9", "lid 3", "Slaapkamer.").voorVoorziening(lift.getId()));
                em.persist(new Woonregeltoepassing(1, "W-05", "VOLDAAN", "004", "Verordening Doetinchem", "art. 8", "lid 3 onder c", "Geen eerdere.").voorVoorziening(lift.getId()));
                em.persist(new Woonregeltoepassing(1, "W-07", "AFWIJZINGSGROND", "004", "Verordening Doetinchem", "art. 9", "lid 6 onder a", "Verhuisd zonder reden.").voorWeigering(w.getId()));
            });

            EntityManager em = emf.createEntityManager();
            assertThat(WoonvoorzieningZoekvraag.clientVanAanvraag(em, aanvraag.get())).contains(client.get());
            assertThat(WoonvoorzieningZoekvraag.clientVanAanvraag(em, aanvraag.get() + 1000)).isEmpty();
            assertThat(WoonvoorzieningZoekvraag.vanAanvraag(em, aanvraag.get())).extracting(Woonvoorziening::getOmschrijving).containsExactly("traplift");
            assertThat(WoonvoorzieningZoekvraag.weigeringenVanAanvraag(em, aanvraag.get())).extracting(Woonweigering::getOmschrijving)
                    .containsExactly("aangepaste douche");
            assertThat(WoonvoorzieningZoekvraag.weigeringenVanClient(em, client.get())).hasSize(1);
            assertThat(WoonvoorzieningZoekvraag.toepassingen(em, Eigenaar.VOORZIENING, voorziening.get()))
                    .extracting(Woonregeltoepassing::getRegelId).containsExactly("W-05", "W-06");
            assertThat(WoonvoorzieningZoekvraag.toepassingen(em, Eigenaar.WEIGERING, weigering.get()))
                    .extracting(Woonregeltoepassing::getBronLid).containsExactly("lid 6 onder a");
            assertThat(WoonvoorzieningZoekvraag.toepassingen(em, Eigenaar.ADVIES, voorziening.get())).isEmpty();

            assertThat(WoonvoorzieningZoekvraag.toegekend(em, Set.of("0222"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                    .extracting(Woonvoorziening::getOmschrijving).containsExactly("traplift");
            assertThat(WoonvoorzieningZoekvraag.toegekend(em, Set.of("0222"), LocalDate.of(2024, 7, 2), LocalDate.of(2024, 12, 31))).isEmpty();
            assertThat(WoonvoorzieningZoekvraag.toegekend(em, Set.of("0262"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
            em.close();

            // Exactly one owner: the database refuses a rule that belongs to nothing.
            assertThatThrownBy(() -> inTransactie(emf, x -> x.persist(new Woonregeltoepassing(1, "W-01", "VOLDAAN", null, null, null, null, "los"))))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            emf.close();
        }
    }
}
