package nl.maatwerk.web.vervoer;

import jakarta.enterprise.context.ApplicationScoped;
import nl.maatwerk.web.uitbreiding.ClientpaginaBijdrage;
import nl.maatwerk.web.uitbreiding.ClientpaginaSectie;
import nl.maatwerk.web.uitbreiding.MenuBijdrage;
import nl.maatwerk.web.uitbreiding.MenuItem;

import java.util.List;
import java.util.Set;

import static nl.maatwerk.domain.kern.Rol.CONSULENT_;
import static nl.maatwerk.domain.kern.Rol.FINANCIEEL_;
import static nl.maatwerk.domain.kern.Rol.TEAMLEIDER_;

/** Het vervoer in het menu en op de cliëntpagina. */
@ApplicationScoped
public class VervoerMenu implements MenuBijdrage, ClientpaginaBijdrage {

    static final Set<String> ROLLEN = Set.of(CONSULENT_, TEAMLEIDER_, FINANCIEEL_);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem(300, "menu-regiotaxipassen", "Regiotaxipassen", "/vervoer/passen", ROLLEN),
                new MenuItem(301, "menu-ritten-inlezen", "Ritten inlezen", "/vervoer/inlezen", ROLLEN),
                new MenuItem(302, "menu-vervoersignalen", "Vervoersignalen", "/vervoer/signalen", ROLLEN));
    }

    @Override
    public List<ClientpaginaSectie> secties() {
        return List.of(new ClientpaginaSectie(300, "/WEB-INF/clientpagina/vervoer.xhtml", ROLLEN));
    }
}
