package nl.maatwerk.kern.beveiliging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.audit.Audit;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a user name and password for the identity store. Open to anonymous callers by nature;
 * every outcome is audited and repeated failures lock the account (see {@link AanmeldBeleid}).
 */
@Stateless
@PermitAll
public class Aanmelding {

    public record Aangemeld(String gebruikersnaam, Set<String> rollen) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Wachtwoorden wachtwoorden;

    @Inject
    Audit audit;

    public Optional<Aangemeld> controleer(String gebruikersnaam, String wachtwoord) {
        LocalDateTime nu = LocalDateTime.now();
        if (gebruikersnaam == null || wachtwoord == null) {
            return Optional.empty();
        }
        Gebruiker g = em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class)
                .setParameter("naam", gebruikersnaam.strip().toLowerCase())
                .getResultStream().findFirst().orElse(null);
        if (g == null) {
            wachtwoorden.verspilTijd(wachtwoord);
            audit.namens(gebruikersnaam.strip(), null, AuditActie.AANMELDEN_MISLUKT, "Onbekende gebruikersnaam");
            return Optional.empty();
        }
        if (!g.isActief()) {
            wachtwoorden.verspilTijd(wachtwoord);
            audit.namens(g.getGebruikersnaam(), rollen(g), AuditActie.AANMELDEN_MISLUKT, "Account is niet actief");
            return Optional.empty();
        }
        if (AanmeldBeleid.isGeblokkeerd(g.getGeblokkeerdTot(), nu)) {
            wachtwoorden.verspilTijd(wachtwoord);
            audit.namens(g.getGebruikersnaam(), rollen(g), AuditActie.AANMELDEN_MISLUKT,
                    "Account is geblokkeerd tot " + g.getGeblokkeerdTot().withNano(0));
            return Optional.empty();
        }
        if (!wachtwoorden.klopt(wachtwoord, g.getWachtwoordHash())) {
            // Row lock and fresh values: parallel wrong guesses must each count, not overwrite each other.
            em.refresh(g, LockModeType.PESSIMISTIC_WRITE);
            int pogingen = AanmeldBeleid.naMislukking(g.getMisluktePogingen(), g.getGeblokkeerdTot(), nu);
            g.setMisluktePogingen(pogingen);
            g.setGeblokkeerdTot(AanmeldBeleid.blokkeerTot(pogingen, nu));
            audit.namens(g.getGebruikersnaam(), rollen(g), AuditActie.AANMELDEN_MISLUKT,
                    "Onjuist wachtwoord (poging " + pogingen + ")");
            if (g.getGeblokkeerdTot() != null) {
                audit.namens(g.getGebruikersnaam(), rollen(g), AuditActie.ACCOUNT_GEBLOKKEERD,
                        "Na " + pogingen + " mislukte pogingen geblokkeerd tot " + g.getGeblokkeerdTot().withNano(0));
            }
            return Optional.empty();
        }
        em.createNamedQuery(Gebruiker.AANGEMELD).setParameter(1, nu).setParameter(2, g.getId()).executeUpdate();
        audit.namens(g.getGebruikersnaam(), rollen(g), AuditActie.AANMELDEN, "Aangemeld");
        return Optional.of(new Aangemeld(g.getGebruikersnaam(),
                g.getRollen().stream().map(Rol::name).collect(Collectors.toUnmodifiableSet())));
    }

    private static String rollen(Gebruiker g) {
        return g.getRollen().stream().map(Rol::name).sorted().collect(Collectors.joining(","));
    }
}
