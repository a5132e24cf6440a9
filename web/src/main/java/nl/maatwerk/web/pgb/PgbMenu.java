package nl.maatwerk.web.pgb;

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

/** Pgb en financiën in het menu en op de cliëntpagina. */
@ApplicationScoped
public class PgbMenu implements MenuBijdrage, ClientpaginaBijdrage {

    static final Set<String> FINANCIEN = Set.of(FINANCIEEL_, TEAMLEIDER_);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem(500, "menu-pgb-budgetten", "Pgb-budgetten", "/pgb/budgetten", Set.of(FINANCIEEL_, TEAMLEIDER_, CONSULENT_)),
                new MenuItem(505, "menu-pgb-zorgverleners", "Zorgverleners", "/pgb/zorgverleners", Set.of(FINANCIEEL_, TEAMLEIDER_, CONSULENT_)),
                new MenuItem(506, "menu-pgb-svb", "SVB-budgetafsluiting", "/pgb/svb", FINANCIEN),
                new MenuItem(501, "menu-pgb-declaraties", "Declaraties", "/pgb/declaraties", FINANCIEN),
                new MenuItem(502, "menu-pgb-exports", "SVB en CAK", "/pgb/exports", FINANCIEN),
                new MenuItem(503, "menu-pgb-kosten", "Kosten per gemeente", "/pgb/kosten", FINANCIEN),
                new MenuItem(504, "menu-pgb-terugvorderingen", "Terugvorderingen", "/pgb/terugvorderingen", FINANCIEN));
    }

    @Override
    public List<ClientpaginaSectie> secties() {
        return List.of(new ClientpaginaSectie(500, "/WEB-INF/clientpagina/pgb.xhtml", Set.of(FINANCIEEL_, TEAMLEIDER_, CONSULENT_)));
    }
}
