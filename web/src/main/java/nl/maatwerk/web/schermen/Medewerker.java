package nl.maatwerk.web.schermen;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.kern.beheer.Gemeenten;

import java.util.List;
import java.util.stream.Collectors;

/** The logged-on user as the header and forms show it. */
@Named
@RequestScoped
public class Medewerker {

    @EJB
    Gemeenten gemeenten;

    private Gebruiker ik;
    private List<Gemeente> mijn;

    public String getNaam() {
        return ik().getNaam();
    }

    public List<Gemeente> getGemeenten() {
        if (mijn == null) {
            mijn = gemeenten.mijnGemeenten();
        }
        return mijn;
    }

    public String getGemeentenTekst() {
        return getGemeenten().stream().map(Gemeente::getNaam).collect(Collectors.joining(", "));
    }

    public String getRollenTekst() {
        return ik().getRollen().stream().map(r -> r.omschrijving()).sorted().collect(Collectors.joining(", "));
    }

    private Gebruiker ik() {
        if (ik == null) {
            ik = gemeenten.ik();
        }
        return ik;
    }
}
