package nl.maatwerk.web.uitbreiding;

import java.util.List;

/** Implemented by an @ApplicationScoped bean per area: the menu entries that area adds. */
public interface MenuBijdrage {
    List<MenuItem> menuItems();
}
