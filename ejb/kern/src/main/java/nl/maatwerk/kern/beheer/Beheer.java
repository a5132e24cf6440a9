package nl.maatwerk.kern.beheer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.Validatie;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.kern.beveiliging.WachtwoordBeleid;
import nl.maatwerk.kern.beveiliging.Wachtwoorden;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Users, roles and gemeenten. A beheerder manages the users of the gemeenten he or she works for,
 * and can only hand out those gemeenten.
 */
@Stateless
@RolesAllowed(Rol.BEHEERDER_)
public class Beheer {

    static final String GEBRUIKER_NIET_GEVONDEN = "Gebruiker niet gevonden.";

    public record GebruikerGegevens(String gebruikersnaam, String naam, String email, Set<Rol> rollen,
                                    Set<String> gemeenten, boolean actief) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @Inject
    Wachtwoorden wachtwoorden;

    @Inject
    Audit audit;

    @Inject
    Validatie validatie;

    public List<Gebruiker> gebruikers() {
        return em.createNamedQuery(Gebruiker.VAN_GEMEENTEN, Gebruiker.class)
                .setParameter("gemeenten", List.copyOf(huidige.gemeenten())).getResultList();
    }

    public Gebruiker maakGebruiker(GebruikerGegevens g, String wachtwoord) {
        String naam = g.gebruikersnaam() == null ? null : g.gebruikersnaam().strip().toLowerCase(Locale.ROOT);
        List<String> wwFouten = WachtwoordBeleid.fouten(wachtwoord, naam);
        if (!wwFouten.isEmpty()) {
            throw new ValidatieException(wwFouten.stream().map(m -> new ValidatieException.Fout("wachtwoord", m)).toList());
        }
        if (naam != null && em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class).setParameter("naam", naam)
                .getResultStream().findAny().isPresent()) {
            throw new ValidatieException("gebruikersnaam", "Gebruikersnaam " + naam + " is al in gebruik.");
        }
        Gebruiker nieuw = new Gebruiker(naam, g.naam() == null ? null : g.naam().strip(), wachtwoorden.maakHash(wachtwoord));
        neemOver(nieuw, g);
        validatie.valideer(nieuw);
        em.persist(nieuw);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, null, null, "Gebruiker " + naam + " aangemaakt met rollen " + nieuw.getRollen()
                + " voor gemeenten " + nieuw.gemeenteCodes());
        return nieuw;
    }

    public Gebruiker wijzigGebruiker(long id, long versie, GebruikerGegevens g) {
        Gebruiker gebruiker = zichtbaar(id);
        if (gebruiker.getVersion() != versie) {
            throw new ValidatieException("versie", "Iemand anders heeft deze gebruiker intussen gewijzigd. Laad opnieuw.");
        }
        if (gebruiker.getGebruikersnaam().equals(huidige.naam()) && !g.rollen().contains(Rol.BEHEERDER)) {
            throw new ValidatieException("rollen", "U kunt uw eigen rol Beheerder niet intrekken.");
        }
        gebruiker.setNaam(g.naam() == null ? null : g.naam().strip());
        neemOver(gebruiker, g);
        validatie.valideer(gebruiker);
        audit.registreer(AuditActie.WIJZIGEN, null, null, "Gebruiker " + gebruiker.getGebruikersnaam() + " gewijzigd: rollen "
                + gebruiker.getRollen() + ", gemeenten " + gebruiker.gemeenteCodes() + ", actief " + gebruiker.isActief());
        return gebruiker;
    }

    public void deblokkeer(long id) {
        Gebruiker gebruiker = zichtbaar(id);
        gebruiker.setMisluktePogingen(0);
        gebruiker.setGeblokkeerdTot(null);
        audit.registreer(AuditActie.WIJZIGEN, null, null, "Gebruiker " + gebruiker.getGebruikersnaam() + " gedeblokkeerd");
    }

    public void stelWachtwoordIn(long id, String wachtwoord) {
        Gebruiker gebruiker = zichtbaar(id);
        List<String> fouten = WachtwoordBeleid.fouten(wachtwoord, gebruiker.getGebruikersnaam());
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten.stream().map(m -> new ValidatieException.Fout("wachtwoord", m)).toList());
        }
        gebruiker.setWachtwoordHash(wachtwoorden.maakHash(wachtwoord));
        gebruiker.setMisluktePogingen(0);
        gebruiker.setGeblokkeerdTot(null);
        audit.registreer(AuditActie.WIJZIGEN, null, null, "Wachtwoord van " + gebruiker.getGebruikersnaam() + " ingesteld");
    }

    public List<Organisatie> organisaties() {
        List<Organisatie> lijst = em.createNamedQuery(Organisatie.ALLE, Organisatie.class).getResultList();
        lijst.forEach(o -> o.getGemeenten().size());
        return lijst;
    }

    public Gemeente maakGemeente(String code, String naam, Integer inwoners, Long organisatieId) {
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        Organisatie org = organisatieId == null ? null : em.find(Organisatie.class, organisatieId);
        String schoneCode = code == null ? null : code.strip();
        if (schoneCode != null && !schoneCode.isEmpty() && em.find(Gemeente.class, schoneCode) != null) {
            fouten.add(new ValidatieException.Fout("code", "Gemeentecode " + schoneCode + " bestaat al."));
        }
        Gemeente g = new Gemeente(schoneCode, naam == null ? null : naam.strip(), inwoners, org);
        validatie.valideer(g, fouten);
        em.persist(g);
        // Whoever adds a gemeente works for it, so the new gemeente can be handed out at once.
        huidige.gebruiker().getGemeenten().add(g);
        audit.registreer(AuditActie.AANMAKEN, g.getCode(), null, "Gemeente " + g + " toegevoegd aan " + org.getNaam());
        return g;
    }

    public Organisatie maakOrganisatie(String naam, nl.maatwerk.domain.kern.OrganisatieSoort soort) {
        Organisatie o = new Organisatie(naam == null ? null : naam.strip(), soort);
        validatie.valideer(o);
        em.persist(o);
        audit.registreer(AuditActie.AANMAKEN, null, null, "Organisatie " + o.getNaam() + " toegevoegd");
        return o;
    }

    private void neemOver(Gebruiker gebruiker, GebruikerGegevens g) {
        gebruiker.setEmail(g.email() == null || g.email().isBlank() ? null : g.email().strip());
        gebruiker.setActief(g.actief());
        gebruiker.getRollen().clear();
        gebruiker.getRollen().addAll(g.rollen());
        Set<String> mijn = huidige.gemeenten();
        List<String> fout = new ArrayList<>();
        // Keep gemeenten this beheerder cannot see; replace only the ones he or she manages.
        gebruiker.getGemeenten().removeIf(gm -> mijn.contains(gm.getCode()));
        for (String code : g.gemeenten()) {
            if (!mijn.contains(code)) {
                fout.add(code);
                continue;
            }
            gebruiker.getGemeenten().add(em.find(Gemeente.class, code));
        }
        if (!fout.isEmpty()) {
            throw new ValidatieException("gemeenten", "U kunt alleen gemeenten toekennen waarvoor u zelf werkt: " + fout);
        }
        if (g.rollen().isEmpty()) {
            throw new ValidatieException("rollen", "Kies minstens één rol.");
        }
        if (gebruiker.getGemeenten().isEmpty()) {
            throw new ValidatieException("gemeenten", "Kies minstens één gemeente.");
        }
    }

    private Gebruiker zichtbaar(long id) {
        Gebruiker g = em.find(Gebruiker.class, id);
        Set<String> mijn = huidige.gemeenten();
        if (g == null || (!g.getGemeenten().isEmpty() && g.gemeenteCodes().stream().noneMatch(mijn::contains))) {
            throw new NietGevondenException(GEBRUIKER_NIET_GEVONDEN);
        }
        return g;
    }
}
