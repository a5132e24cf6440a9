package nl.maatwerk.web.uitbreiding;

import java.util.List;

/** Implemented by an @ApplicationScoped bean per area: the sections it adds to the client page. */
public interface ClientpaginaBijdrage {
    List<ClientpaginaSectie> secties();
}
