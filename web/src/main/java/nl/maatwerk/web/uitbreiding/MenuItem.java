package nl.maatwerk.web.uitbreiding;

import java.util.Set;

/**
 * One entry of the main menu. An area module contributes its entries by producing a
 * {@link MenuBijdrage} bean, so no area edits the shared layout.
 *
 * @param volgorde position in the menu (kern uses 10-90, areas 100 and up)
 * @param rollen   the roles that see the entry; the page itself is protected in web.xml and the EJBs
 */
public record MenuItem(int volgorde, String id, String label, String uitkomst, Set<String> rollen) {
}
