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
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.Leveringsvorm;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.vervoer.regels.Vervoerregels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * De regiotaxipassen (collectief vraagafhankelijk vervoer, in natura) voor financiën en het CAK. E-04 (met V-07):
 * in Doetinchem is voor collectief vervoer geen eigen bijdrage verschuldigd, elders wel. Kostprijs 0 per maand:
 * de pas zelf kost de gemeente niets per maand; de ritten betaalt zij de vervoerder en de cliënt betaalt zijn deel
 * als ritprijs, zodat er geen CAK-kostprijs voor de pas is.
 */
@Stateless
@Local(VoorzieningenBron.class)
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class VervoerVoorzieningenBron implements VoorzieningenBron {

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @EJB
    RegelboekDienst regelboek;

    @Override
    public String gebied() {
        return VervoerSignalen.GEBIED;
    }

    @Override
    public List<GeleverdeVoorziening> voorzieningen(Set<String> gemeenten, LocalDate van, LocalDate tot) {
        if (gemeenten == null || van == null || tot == null) {
            return List.of();
        }
        Set<String> toegestaan = new HashSet<>(gemeenten);
        toegestaan.retainAll(huidige.gemeenten());
        Map<String, Regelset> regelsets = new HashMap<>();
        List<GeleverdeVoorziening> uit = new ArrayList<>();
        for (Regiotaxipas p : VervoerQueries.passenGeldigIn(em, toegestaan, van, tot)) {
            uit.add(geleverd(p, p.getClient().getId(), regelsets.computeIfAbsent(p.getRegelsetVersie(), v -> regelboek.regelboek().versie(v))));
        }
        return uit;
    }

    /** E-04/V-07 voor één pas. */
    static GeleverdeVoorziening geleverd(Regiotaxipas p, long clientId, Regelset rs) {
        List<RegelToepassing> motivering = Vervoerregels.eigenBijdrageCollectiefVervoer(rs);
        boolean vrijgesteld = motivering.stream().anyMatch(t -> t.regelId().equals("E-04") && t.uitkomst() == Uitkomst.VAN_TOEPASSING);
        String budget = (p.getKmPerJaar() == null ? "" : p.getKmPerJaar() + " km") + (p.getKmPerJaar() != null && p.getZonesPerJaar() != null ? " en " : "")
                + (p.getZonesPerJaar() == null ? "" : p.getZonesPerJaar() + " zones");
        return new GeleverdeVoorziening(VervoerSignalen.GEBIED, "regiotaxipas-" + p.getPasnummer(), clientId, p.getGemeente().getCode(),
                "VERVOER-CVV", "Regiotaxipas " + p.getPasnummer() + " (collectief vraagafhankelijk vervoer, " + budget + " per jaar)",
                Leveringsvorm.NATURA, p.getGeldigVan(), p.getGeldigTot(), BigDecimal.ZERO, Kostprijsbasis.PER_MAAND, !vrijgesteld, motivering);
    }
}
