package nl.maatwerk.web.verordening;

import jakarta.enterprise.context.ApplicationScoped;
import nl.maatwerk.web.uitbreiding.MenuBijdrage;
import nl.maatwerk.web.uitbreiding.MenuItem;

import java.util.List;
import java.util.Set;

import static nl.maatwerk.domain.kern.Rol.BEHEERDER_;
import static nl.maatwerk.domain.kern.Rol.CONSULENT_;
import static nl.maatwerk.domain.kern.Rol.TEAMLEIDER_;

/** Regelsets and the hardheidsclausule register. */
@ApplicationScoped
public class VerordeningMenu implements MenuBijdrage {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem(82, "menu-regelsets", "Regelsets", "/beheer/regelsets", Set.of(BEHEERDER_)),
                new MenuItem(83, "menu-hardheidsclausule-signalen", "Hardheidsclausule: signalen", "/beheer/hardheidsclausule",
                        Set.of(BEHEERDER_)),
                new MenuItem(110, "menu-hardheidsclausule", "Hardheidsclausule", "/verordening/hardheidsclausule",
                        Set.of(CONSULENT_, TEAMLEIDER_)),
                new MenuItem(111, "menu-beoordeling", "Beoordeling algemene criteria", "/verordening/beoordeling",
                        Set.of(CONSULENT_, TEAMLEIDER_)));
    }
}
