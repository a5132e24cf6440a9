package nl.maatwerk.web.uitbreiding;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

import static nl.maatwerk.domain.kern.Rol.*;

/** The kern's own entries: the cliëntregister, beheer and the audit log. */
@ApplicationScoped
public class KernMenu implements MenuBijdrage {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem(10, "menu-zoeken", "Cliënten zoeken", "/clienten/zoeken",
                        Set.of(CONSULENT_, INTAKE_, TEAMLEIDER_, FINANCIEEL_)),
                new MenuItem(20, "menu-nieuw", "Cliënt registreren", "/clienten/bewerken",
                        Set.of(CONSULENT_, INTAKE_, TEAMLEIDER_)),
                new MenuItem(80, "menu-gebruikers", "Gebruikers", "/beheer/gebruikers", Set.of(BEHEERDER_)),
                new MenuItem(81, "menu-gemeenten", "Gemeenten", "/beheer/gemeenten", Set.of(BEHEERDER_)),
                new MenuItem(90, "menu-audit", "Auditlog", "/audit/index", Set.of(AUDITOR_)));
    }
}
