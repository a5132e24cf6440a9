package nl.maatwerk.web.uitbreiding;

import java.util.Set;

/**
 * A section of the client page, as a Facelets fragment (e.g. /WEB-INF/clientpagina/vervoer.xhtml) that
 * reads the client from {@code #{clientDossier.client}}. Contributed by a {@link ClientpaginaBijdrage}.
 */
public record ClientpaginaSectie(int volgorde, String fragment, Set<String> rollen) {
}
