package nl.maatwerk.vervoer.koppeling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.vervoer.Regiotaxipas;
import nl.maatwerk.domain.vervoer.VervoerQueries;
import nl.maatwerk.domain.vervoer.Vervoersignaal;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.SignaalBron;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.vervoer.regels.Parameters;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * De open budgetsignalen van vervoer voor de gedeelde werkvoorraad: 80 % en 100 % van het km- of zonebudget
 * (werkafspraken, geen regel: regelId leeg) en ritten buiten de straal (V-02) of het reisgebied (V-03), met de
 * bron uit de regelset van de pas. Alleen de gemeenten die de vrager én de gebruiker hebben.
 */
@Stateless
@Local(SignaalBron.class)
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class VervoerSignalen implements SignaalBron {

    static final String GEBIED = "vervoer";

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @EJB
    RegelboekDienst regelboek;

    @Override
    public List<Signaal> signalen(Set<String> gemeenten) {
        if (gemeenten == null) {
            return List.of();
        }
        Set<String> toegestaan = new HashSet<>(gemeenten);
        toegestaan.retainAll(huidige.gemeenten());
        Map<String, Regelset> regelsets = new HashMap<>();
        return VervoerQueries.signalen(em, toegestaan, true, 0, Integer.MAX_VALUE).stream()
                .map(s -> signaal(s, regelsets.computeIfAbsent(s.getPas().getRegelsetVersie(), v -> regelboek.regelboek().versie(v))))
                .toList();
    }

    static Signaal signaal(Vervoersignaal s, Regelset rs) {
        return signaal(s, s.getPas().getClient().getId(), rs);
    }

    static Signaal signaal(Vervoersignaal s, long clientId, Regelset rs) {
        Regiotaxipas p = s.getPas();
        String regel = null;
        String bron = "";
        if (s.getSoort() == Vervoersignaal.Soort.BUITEN_GEBIED) {
            boolean straal = rs.zoekParameter(Parameters.STRAAL_KM).isPresent();
            regel = straal ? "V-02" : "V-03";
            bron = rs.zoekParameter(straal ? Parameters.STRAAL_KM : Parameters.REISGEBIED_ZONES)
                    .map(x -> " (" + x.bron().tekst() + ", regel " + (straal ? "V-02" : "V-03") + ")").orElse("");
        }
        String tekst = "Regiotaxipas " + p.getPasnummer() + " (" + s.getJaar() + "): " + s.omschrijving() + bron + ".";
        return new Signaal(GEBIED, "vervoer-signaal-" + s.getId(), clientId, p.getGemeente().getCode(), regel, tekst,
                s.getAangemaaktOp().toLocalDate(), "/vervoer/pas.xhtml?nummer=" + p.getPasnummer() + "&jaar=" + s.getJaar());
    }
}
