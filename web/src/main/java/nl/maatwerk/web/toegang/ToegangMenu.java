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
        return List.of(new MenuItem(100, "menu-werkvoorraad", "Werkvoorraad", "/toegang/werkvoorraad", ROLLEN),
                new MenuItem(101, "menu-aflopend", "Aflopende indicaties", "/toegang/aflopend", ROLLEN),
                new MenuItem(102, "menu-termijnen", "Termijnen per week", "/toegang/termijnen", Set.of(TEAMLEIDER_)),
                new MenuItem(103, "menu-mantelzorgers", "Mantelzorgwaardering", "/toegang/mantelzorgers", ROLLEN),
                new MenuItem(104, "menu-beschermd-wonen", "Beschermd wonen en opvang", "/toegang/beschermdwonen", ROLLEN));
    }

    @Override
    public List<ClientpaginaSectie> secties() {
        return List.of(new ClientpaginaSectie(100, "/WEB-INF/clientpagina/toegang.xhtml", ROLLEN));
    }
}
