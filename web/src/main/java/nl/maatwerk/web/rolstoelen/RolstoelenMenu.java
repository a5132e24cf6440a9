package nl.maatwerk.web.rolstoelen;

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

/** Het hulpmiddelendepot in het menu en de hulpmiddelen op de cliëntpagina. */
@ApplicationScoped
public class RolstoelenMenu implements MenuBijdrage, ClientpaginaBijdrage {

    static final Set<String> ROLLEN = Set.of(CONSULENT_, TEAMLEIDER_, FINANCIEEL_);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem(400, "menu-hulpmiddelendepot", "Hulpmiddelendepot", "/rolstoelen/depot", ROLLEN),
                new MenuItem(401, "menu-hulpmiddel-pgb", "Pgb hulpmiddel en terugvorderingen", "/rolstoelen/pgb", ROLLEN));
    }

    @Override
    public List<ClientpaginaSectie> secties() {
        return List.of(new ClientpaginaSectie(400, "/WEB-INF/clientpagina/rolstoelen.xhtml", ROLLEN));
    }
}
