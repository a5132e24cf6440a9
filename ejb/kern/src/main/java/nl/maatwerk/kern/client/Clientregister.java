package nl.maatwerk.kern.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.client.Betrokkene;
import nl.maatwerk.domain.client.Bsn;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.client.ClientZoekvraag;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.Validatie;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The cliëntregister. Every method checks the caller's role (annotations) and gemeente (here),
 * whatever the screen or the API sent, and writes an audit line for every read and change.
 */
@Stateless
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class Clientregister {

    static final String NIET_GEVONDEN = "Cliënt niet gevonden.";

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @Inject
    Audit audit;

    @Inject
    Validatie validatie;

    @RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_})
    public Client registreer(ClientGegevens g) {
        boolean gekozen = g.gemeenteCode() != null && !g.gemeenteCode().isBlank();
        List<ValidatieException.Fout> fouten = gekozen && !huidige.werktVoor(g.gemeenteCode())
                ? List.of(new ValidatieException.Fout("gemeente", "U werkt niet voor deze gemeente."))
                : List.of();
        Gemeente gemeente = gekozen && fouten.isEmpty() ? em.find(Gemeente.class, g.gemeenteCode()) : null;
        Client client = new Client(g.bsn(), leeg(g.voornamen()), g.tussenvoegsel(), leeg(g.achternaam()),
                g.geboortedatum(), gemeente);
        neemOver(client, g);
        validatie.valideer(client, fouten);
        boolean bestaat = new ClientZoekvraag(client.getBsn(), null, null, null, Set.of(gemeente.getCode())).aantal(em) > 0;
        if (bestaat) {
            throw new ValidatieException("bsn", "Er is al een cliënt met BSN " + client.getBsn() + " in gemeente "
                    + gemeente.getNaam() + ".");
        }
        em.persist(client);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, gemeente.getCode(), client.getId(), "Cliënt geregistreerd");
        return client;
    }

    public Pagina<Client> zoek(ClientZoekCriteria criteria, int eerste, int aantal, String sorteerVeld, boolean oplopend) {
        return new Pagina<>(zoekRegels(criteria, eerste, aantal, sorteerVeld, oplopend), aantal(criteria));
    }

    /** One page of results without the total, for a paginator that already asked {@link #aantal}. */
    public List<Client> zoekRegels(ClientZoekCriteria criteria, int eerste, int aantal, String sorteerVeld, boolean oplopend) {
        var regels = vraag(criteria).resultaten(em, eerste, aantal, sorteerVeld, oplopend);
        audit.registreer(AuditActie.ZOEKEN, null, null, "Cliënten gezocht op " + criteria.omschrijving()
                + " (pagina vanaf " + (eerste + 1) + ", " + regels.size() + " getoond)");
        regels.forEach(c -> c.getGemeente().getNaam());
        return regels;
    }

    /** The count alone, for a paginator; it shows no client data and is not logged per call. */
    public long aantal(ClientZoekCriteria criteria) {
        return vraag(criteria).aantal(em);
    }

    public Client dossier(long id) {
        Client client = gevonden(id);
        client.getBetrokkenen().size();
        audit.registreer(AuditActie.LEZEN, client.getGemeente().getCode(), client.getId(), "Cliëntgegevens bekeken");
        return client;
    }

    /** Optimistic locking: the version the user saw must still be the stored one. */
    @RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_})
    public Client wijzig(long id, long versie, ClientGegevens g) {
        Client client = gevonden(id);
        if (client.getVersion() != versie) {
            throw new ValidatieException("versie", "Iemand anders heeft deze cliënt intussen gewijzigd. "
                    + "Laad de gegevens opnieuw en voer uw wijziging nogmaals in.");
        }
        client.setVoornamen(leeg(g.voornamen()));
        client.setTussenvoegsel(g.tussenvoegsel());
        client.setAchternaam(leeg(g.achternaam()));
        client.setGeboortedatum(g.geboortedatum());
        neemOver(client, g);
        validatie.valideer(client);
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, client.getGemeente().getCode(), client.getId(), "Cliëntgegevens gewijzigd");
        return client;
    }

    @RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_})
    public Betrokkene voegBetrokkeneToe(long clientId, BetrokkeneGegevens g) {
        Client client = gevonden(clientId);
        if (g.soort() == null) {
            throw new ValidatieException("soort", "Soort betrokkene is verplicht.");
        }
        Betrokkene b = client.voegBetrokkeneToe(g.soort(), leeg(g.naam()));
        b.setRelatie(g.relatie());
        b.setTelefoon(g.telefoon());
        b.setEmail(g.email());
        b.setAdres(g.adres());
        validatie.valideer(b);
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, client.getGemeente().getCode(), client.getId(),
                g.soort().omschrijving() + " toegevoegd");
        return b;
    }

    private Client gevonden(long id) {
        Client client = em.find(Client.class, id);
        if (client == null) {
            throw new NietGevondenException(NIET_GEVONDEN);
        }
        huidige.vereisGemeente(client.getGemeente().getCode(), NIET_GEVONDEN);
        return client;
    }

    private ClientZoekvraag vraag(ClientZoekCriteria c) {
        Set<String> gemeenten = huidige.gemeenten();
        if (c.gemeenteCode() != null && !c.gemeenteCode().isBlank()) {
            gemeenten = gemeenten.contains(c.gemeenteCode()) ? Set.of(c.gemeenteCode()) : Set.of("----");
        }
        if (gemeenten.isEmpty()) {
            gemeenten = Set.of("----");
        }
        return new ClientZoekvraag(c.bsn() == null ? null : Bsn.normaliseer(c.bsn()), c.naam(), c.geboortedatum(),
                c.postcode(), gemeenten);
    }

    private static void neemOver(Client client, ClientGegevens g) {
        client.setAdres(g.straat(), g.huisnummer(), g.postcode(), g.woonplaats());
        client.setTelefoon(g.telefoon());
        client.setEmail(g.email());
    }

    private static String leeg(String s) {
        return s == null ? null : s.strip();
    }

    public record ClientZoekCriteria(String bsn, String naam, LocalDate geboortedatum, String postcode,
                                     String gemeenteCode) {
        String omschrijving() {
            var j = new StringJoiner(", ");
            if (bsn != null && !bsn.isBlank()) j.add("BSN");
            if (naam != null && !naam.isBlank()) j.add("naam");
            if (geboortedatum != null) j.add("geboortedatum");
            if (postcode != null && !postcode.isBlank()) j.add("postcode");
            if (gemeenteCode != null && !gemeenteCode.isBlank()) j.add("gemeente " + gemeenteCode);
            return j.length() == 0 ? "alle cliënten" : j.toString();
        }
    }
}
