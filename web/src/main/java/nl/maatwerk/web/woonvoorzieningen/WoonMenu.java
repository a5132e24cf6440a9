package nl.maatwerk.web.woonvoorzieningen;

import jakarta.enterprise.context.ApplicationScoped;
import nl.maatwerk.web.uitbreiding.ClientpaginaBijdrage;
import nl.maatwerk.web.uitbreiding.ClientpaginaSectie;
import nl.maatwerk.web.uitbreiding.MenuBijdrage;
import nl.maatwerk.web.uitbreiding.MenuItem;

import java.util.List;
import java.util.Set;

import static nl.maatwerk.domain.kern.Rol.*;

/** Het menu-item en de sectie op de cliëntpagina van de woonvoorzieningen. */
@ApplicationScoped
public class WoonMenu implements MenuBijdrage, ClientpaginaBijdrage {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem(110, "menu-woonvoorzieningen", "Woonvoorzieningen", "/woonvoorzieningen/lopend",
                Set.of(CONSULENT_, INTAKE_, TEAMLEIDER_, FINANCIEEL_)));
    }

    @Override
    public List<ClientpaginaSectie> secties() {
        return List.of(new ClientpaginaSectie(110, "/WEB-INF/clientpagina/woonvoorzieningen.xhtml",
                Set.of(CONSULENT_, INTAKE_, TEAMLEIDER_, FINANCIEEL_)));
    }
}
