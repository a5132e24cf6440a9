package nl.maatwerk.web.toegang;

import jakarta.enterprise.context.ApplicationScoped;
import nl.maatwerk.web.uitbreiding.ClientpaginaBijdrage;
import nl.maatwerk.web.uitbreiding.ClientpaginaSectie;
import nl.maatwerk.web.uitbreiding.MenuBijdrage;
import nl.maatwerk.web.uitbreiding.MenuItem;

import java.util.List;
import java.util.Set;

import static nl.maatwerk.domain.kern.Rol.CONSULENT_;
import static nl.maatwerk.domain.kern.Rol.INTAKE_;
import static nl.maatwerk.domain.kern.Rol.TEAMLEIDER_;

/** The toegang's menu entry and its section on the client page. */
@ApplicationScoped
public class ToegangMenu implements MenuBijdrage, ClientpaginaBijdrage {

    private static final Set<String> ROLLEN = Set.of(CONSULENT_, INTAKE_, TEAMLEIDER_);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem(100, "menu-werkvoorraad", "Werkvoorraad", "/toegang/werkvoorraad", ROLLEN));
    }

    @Override
    public List<ClientpaginaSectie> secties() {
        return List.of(new ClientpaginaSectie(100, "/WEB-INF/clientpagina/toegang.xhtml", ROLLEN));
    }
}
