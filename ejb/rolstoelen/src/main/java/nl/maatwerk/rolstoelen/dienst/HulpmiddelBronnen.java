package nl.maatwerk.rolstoelen.dienst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.rolstoelen.HulpmiddelQueries;
import nl.maatwerk.domain.rolstoelen.HulpmiddelVerstrekking;
import nl.maatwerk.domain.rolstoelen.Verstrekkingsvorm;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.rolstoelen.regels.Afschrijving;
import nl.maatwerk.rolstoelen.regels.Kostprijs;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.BeschikkingsonderdeelBron;
import nl.maatwerk.verordening.koppeling.Leveringsvorm;
import nl.maatwerk.verordening.koppeling.TerugvorderingBron;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wat rolstoelen andere gebieden laat zien, via de koppelvlakken van de verordening: verstrekte hulpmiddelen met
 * hun kostprijs (E-02) voor het CAK en de kosten per gemeente, terugvorderingen van een Pgb voor financiën,
 * en de onderdelen voor de beschikking van een aanvraag. Alleen gemeenten van de aanroeper; de vrager audit.
 */
@Stateless
@Local({VoorzieningenBron.class, TerugvorderingBron.class, BeschikkingsonderdeelBron.class})
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class HulpmiddelBronnen implements VoorzieningenBron, TerugvorderingBron, BeschikkingsonderdeelBron {

    static final String GEBIED = "rolstoelen";

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @EJB
    RegelboekDienst regelboek;

    @Override
    public String gebied() {
        return GEBIED;
    }

    @Override
    public List<GeleverdeVoorziening> voorzieningen(Set<String> gemeenten, LocalDate van, LocalDate tot) {
        List<HulpmiddelVerstrekking> lijst = HulpmiddelQueries.inPeriode(em, eigen(gemeenten), van, tot);
        Map<Long, BigDecimal> onderhoud = HulpmiddelQueries.onderhoudskosten(em, lijst.stream()
                .filter(v -> v.getHulpmiddel() != null).map(v -> v.getHulpmiddel().getId()).distinct().toList());
        return lijst.stream().map(v -> {
            Regelset rs = regelboek.regelboek().regelset(v.getGemeente().getCode(), v.getIngang());
            Kostprijs.Kostprijsregel k = v.getVorm() == Verstrekkingsvorm.PGB
                    ? Kostprijs.pgb(rs, v.getPgbBedrag())
                    : Kostprijs.natura(rs, v.getSoort(), v.getHulpmiddel().getAanschafprijs(), onderhoud.get(v.getHulpmiddel().getId()));
            String omschrijving = v.getVorm() == Verstrekkingsvorm.PGB ? "Pgb " + v.getSoort().omschrijving()
                    : v.getHulpmiddel().omschrijving() + " in bruikleen";
            return new GeleverdeVoorziening(GEBIED, "hulpmiddel-verstrekking-" + v.getId(), v.getClient().getId(), v.getGemeente().getCode(),
                    "HM-" + v.getSoort().name(), omschrijving, v.getVorm() == Verstrekkingsvorm.PGB ? Leveringsvorm.PGB : Leveringsvorm.NATURA,
                    v.getIngang(), v.getEinde(), k.kostprijs(), Kostprijsbasis.EENMALIG, true, List.of(k.toepassing()));
        }).toList();
    }

    @Override
    public List<Terugvordering> terugvorderingen(Set<String> gemeenten) {
        return HulpmiddelQueries.terugvorderingen(em, eigen(gemeenten)).stream().map(v -> {
            Regelset rs = regelboek.regelboek().regelset(v.getGemeente().getCode(), v.getEinde());
            var duur = Afschrijving.duur(rs, v.getSoort(), v.getLeeftijd());
            List<RegelToepassing> motivering = Afschrijving.terugvordering(rs, duur, v.getPgbBedrag(), v.getIngang(), v.getEinde()).toepassingen();
            return new Terugvordering(GEBIED, "hulpmiddel-pgb-" + v.getId(), v.getClient().getId(), v.getGemeente().getCode(),
                    "Pgb " + v.getSoort().omschrijving() + " (" + v.getClient().volledigeNaam() + "), indicatie beëindigd",
                    v.getTerugvordering(), v.getEinde(), v.getTerugvorderingUitleg(), motivering);
        }).toList();
    }

    @Override
    public List<Beschikkingsonderdeel> onderdelen(long aanvraagId) {
        Set<String> mijn = huidige.gemeenten();
        return HulpmiddelQueries.vanAanvraag(em, aanvraagId).stream()
                .filter(v -> mijn.contains(v.getGemeente().getCode()))
                .map(v -> {
                    String voorziening = v.getVorm() == Verstrekkingsvorm.PGB ? "Pgb voor een " + v.getSoort().omschrijving()
                            : v.getHulpmiddel().omschrijving() + " in bruikleen";
                    List<String> voorwaarden = v.getVoorwaarden() == null || v.getVoorwaarden().isBlank() ? List.of()
                            : Arrays.asList(v.getVoorwaarden().split("\n"));
                    List<RegelToepassing> motivering = v.motiveringsregels().stream()
                            .map(r -> new RegelToepassing(r.regelId(), r.uitkomst() == null ? Uitkomst.VAN_TOEPASSING : Uitkomst.valueOf(r.uitkomst()), null, r.zin()))
                            .toList();
                    return new Beschikkingsonderdeel(GEBIED, voorziening, true,
                            v.getVorm() == Verstrekkingsvorm.PGB ? Leveringsvorm.PGB : Leveringsvorm.NATURA,
                            v.getIngang(), v.getEinde(), voorwaarden, motivering);
                }).toList();
    }

    private Set<String> eigen(Set<String> gemeenten) {
        Set<String> s = new HashSet<>(gemeenten == null ? Set.of() : gemeenten);
        s.retainAll(huidige.gemeenten());
        return s;
    }
}
