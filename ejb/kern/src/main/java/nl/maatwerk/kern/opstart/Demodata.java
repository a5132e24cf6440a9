package nl.maatwerk.kern.opstart;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.client.BetrokkeneSoort;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.beveiliging.Wachtwoorden;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Fills an empty database with demo organisations, gemeenten, users and clients when the domain
 * runs with {@code -Dmaatwerk.demodata=true} (the README's run command and the tests do).
 * The demo users are listed in server-config/demo-users.txt.
 */
@Singleton
@Startup
@DependsOn("Migraties")
public class Demodata {

    public static final String DEMO_WACHTWOORD = "Maatwerk2026!";
    private static final Logger LOG = Logger.getLogger(Demodata.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Wachtwoorden wachtwoorden;

    @PostConstruct
    void laad() {
        if (!Boolean.getBoolean("maatwerk.demodata")) {
            return;
        }
        if (em.createNamedQuery(Gebruiker.AANTAL, Long.class).getSingleResult() > 0) {
            return;
        }
        // Inwonertallen: Hillegom and Lisse from 003 (Kadernota Bollenstreek 2014, tabel "Aantal inwoners");
        // Doetinchem and Lochem rounded CBS figures of the years their documents took effect.
        var doetinchemOrg = organisatie("Gemeente Doetinchem", OrganisatieSoort.GEMEENTE);
        var lochemOrg = organisatie("Gemeente Lochem", OrganisatieSoort.GEMEENTE);
        var isd = organisatie("ISD Bollenstreek", OrganisatieSoort.ISD);
        var doetinchem = gemeente("0222", "Doetinchem", 57_000, doetinchemOrg);
        var lochem = gemeente("0262", "Lochem", 33_500, lochemOrg);
        var hillegom = gemeente("0534", "Hillegom", 20_987, isd);
        var lisse = gemeente("0553", "Lisse", 22_312, isd);
        var alle = Set.of(doetinchem, lochem, hillegom, lisse);

        String hash = wachtwoorden.maakHash(DEMO_WACHTWOORD);
        gebruiker("consulent.doetinchem", "Sanne Jansen", hash, Set.of(Rol.CONSULENT), Set.of(doetinchem));
        gebruiker("consulent.lochem", "Bram Wolters", hash, Set.of(Rol.CONSULENT), Set.of(lochem));
        gebruiker("intake.isd", "Fatima El Amrani", hash, Set.of(Rol.INTAKE), Set.of(hillegom, lisse));
        gebruiker("teamleider.doetinchem", "Marieke de Graaf", hash, Set.of(Rol.TEAMLEIDER), Set.of(doetinchem));
        gebruiker("financieel", "Joost Hendriks", hash, Set.of(Rol.FINANCIEEL), alle);
        gebruiker("beheerder", "Ingrid Smit", hash, Set.of(Rol.BEHEERDER), alle);
        gebruiker("auditor", "Karel Peters", hash, Set.of(Rol.AUDITOR), alle);

        client("111222333", "Hendrika Johanna", null, "Visser", LocalDate.of(1938, 4, 12), "Grutstraat", "12", "7001BZ", "Doetinchem", doetinchem, "Gerrit Visser");
        client("123456782", "Johannes", "van", "Dijk", LocalDate.of(1951, 9, 3), "Terborgseweg", "140", "7005BD", "Doetinchem", doetinchem, null);
        client("999990019", "Aaltje", null, "Wolters", LocalDate.of(1946, 1, 30), "Markt", "3", "7241AA", "Lochem", lochem, "Jan Wolters");
        client("999990032", "Mohamed", null, "Bakkali", LocalDate.of(1972, 11, 17), "Hoofdstraat", "88", "2181EJ", "Hillegom", hillegom, null);
        client("999990044", "Cornelia", "de", "Wit", LocalDate.of(1960, 6, 21), "Kanaalstraat", "5", "2161JA", "Lisse", lisse, "Ria de Wit");
        LOG.info("Demodata geladen: 4 gemeenten, 7 gebruikers, 5 cliënten.");
    }

    private Organisatie organisatie(String naam, OrganisatieSoort soort) {
        var o = new Organisatie(naam, soort);
        em.persist(o);
        return o;
    }

    private Gemeente gemeente(String code, String naam, int inwoners, Organisatie org) {
        var g = new Gemeente(code, naam, inwoners, org);
        em.persist(g);
        return g;
    }

    private void gebruiker(String naam, String volledig, String hash, Set<Rol> rollen, Set<Gemeente> gemeenten) {
        var g = new Gebruiker(naam, volledig, hash);
        g.setEmail(naam + "@maatwerk.example");
        g.getRollen().addAll(rollen);
        g.getGemeenten().addAll(gemeenten);
        em.persist(g);
    }

    private void client(String bsn, String voornamen, String tv, String achternaam, LocalDate geboren, String straat,
                        String nr, String postcode, String plaats, Gemeente gemeente, String mantelzorger) {
        var c = new Client(bsn, voornamen, tv, achternaam, geboren, gemeente);
        c.setAdres(straat, nr, postcode, plaats);
        if (mantelzorger != null) {
            var b = c.voegBetrokkeneToe(BetrokkeneSoort.MANTELZORGER, mantelzorger);
            b.setRelatie("familie");
        }
        em.persist(c);
    }

    static List<String> demoGebruikers() {
        return List.of("consulent.doetinchem", "consulent.lochem", "intake.isd", "teamleider.doetinchem", "financieel",
                "beheerder", "auditor");
    }
}
