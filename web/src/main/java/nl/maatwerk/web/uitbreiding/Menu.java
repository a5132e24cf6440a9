package nl.maatwerk.web.uitbreiding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Collects the contributions of all areas and keeps those the current user's roles may see. */
@Named
@RequestScoped
public class Menu {

    @Inject
    @Any
    Instance<MenuBijdrage> menuBijdragen;

    @Inject
    @Any
    Instance<ClientpaginaBijdrage> clientpaginaBijdragen;

    public List<MenuItem> getItems() {
        return zichtbaar(menuBijdragen.stream().flatMap(b -> b.menuItems().stream()), MenuItem::rollen)
                .sorted(Comparator.comparingInt(MenuItem::volgorde)).toList();
    }

    public List<ClientpaginaSectie> getClientpaginaSecties() {
        return zichtbaar(clientpaginaBijdragen.stream().flatMap(b -> b.secties().stream()), ClientpaginaSectie::rollen)
                .sorted(Comparator.comparingInt(ClientpaginaSectie::volgorde)).toList();
    }

    private static <T> Stream<T> zichtbaar(Stream<T> items, Function<T, java.util.Set<String>> rollen) {
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        return items.filter(i -> rollen.apply(i).stream().anyMatch(ec::isUserInRole));
    }
}
