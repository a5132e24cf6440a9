package nl.maatwerk.web.dienstverlening;

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

/** De dienstverlening in het menu en op de cliëntpagina. */
@ApplicationScoped
public class DienstverleningMenu implements MenuBijdrage, ClientpaginaBijdrage {

    static final Set<String> ROLLEN = Set.of(CONSULENT_, TEAMLEIDER_, FINANCIEEL_);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem(400, "menu-opdrachten", "Dienstverleningsopdrachten", "/dienstverlening/opdrachten", ROLLEN),
                new MenuItem(401, "menu-aanbieders", "Aanbieders en tarieven", "/dienstverlening/aanbieders", ROLLEN),
                new MenuItem(402, "menu-calamiteiten", "Calamiteiten en klachten", "/dienstverlening/calamiteiten", ROLLEN),
                new MenuItem(403, "menu-ervaringsonderzoek", "Cliëntervaringsonderzoek", "/dienstverlening/ervaringsonderzoek", Set.of(CONSULENT_, TEAMLEIDER_)));
    }

    @Override
    public List<ClientpaginaSectie> secties() {
        return List.of(new ClientpaginaSectie(400, "/WEB-INF/clientpagina/dienstverlening.xhtml", ROLLEN));
    }
}
