package nl.maatwerk.woonvoorzieningen.koppeling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.woonvoorzieningen.Offerte;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.domain.woonvoorzieningen.WoonvoorzieningZoekvraag;
import nl.maatwerk.domain.woonvoorzieningen.WoonvoorzieningZoekvraag.Eigenaar;
import nl.maatwerk.domain.woonvoorzieningen.Woonweigering;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.koppeling.BeschikkingsonderdeelBron;
import nl.maatwerk.verordening.koppeling.Leveringsvorm;
import nl.maatwerk.woonvoorzieningen.dienst.Regelopslag;
import nl.maatwerk.woonvoorzieningen.regels.Bedragen;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * De woonvoorzieningen en geweigerde woonaanvragen bij een toegangsaanvraag, voor de beschikkingsbrief van
 * toegang: het verhuisadvies (W-01 … W-04, W-16) en elke woonregel met id en artikel, bij een weigering de
 * gronden eerst. Regels die niet aan de orde waren (NIET_VAN_TOEPASSING) laat de brief weg. Geeft alleen iets
 * voor een cliënt in de gemeenten van de vrager; de vragende EJB (toegang) controleert rol en audit.
 */
@Stateless
@Local(BeschikkingsonderdeelBron.class)
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class WoonBeschikkingsonderdelen implements BeschikkingsonderdeelBron {

    static final String GEBIED = "woonvoorzieningen";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @Override
    public List<Beschikkingsonderdeel> onderdelen(long aanvraagId) {
        List<Beschikkingsonderdeel> uit = new ArrayList<>();
        for (Woonvoorziening w : WoonvoorzieningZoekvraag.vanAanvraag(em, aanvraagId)) {
            if (!huidige.werktVoor(w.getClient().getGemeente().getCode())) {
                continue;
            }
            List<RegelToepassing> motivering = new ArrayList<>();
            if (w.getAdvies() != null) {
                motivering.addAll(aanDeOrde(Regelopslag.lees(em, Eigenaar.ADVIES, w.getAdvies().getId())));
            }
            motivering.addAll(aanDeOrde(Regelopslag.lees(em, Eigenaar.VOORZIENING, w.getId())));
            uit.add(new Beschikkingsonderdeel(GEBIED, naam(w.getOmschrijving(), w.getSoort().omschrijving()), true, Leveringsvorm.NATURA,
                    w.getGoedgekeurdOp() != null ? w.getGoedgekeurdOp() : w.getAangevraagdOp(), null, voorwaarden(w), motivering));
        }
        for (Woonweigering g : WoonvoorzieningZoekvraag.weigeringenVanAanvraag(em, aanvraagId)) {
            if (!huidige.werktVoor(g.getClient().getGemeente().getCode())) {
                continue;
            }
            List<RegelToepassing> regels = aanDeOrde(Regelopslag.lees(em, Eigenaar.WEIGERING, g.getId()));
            List<RegelToepassing> gronden = new ArrayList<>(regels.stream().filter(RegelToepassing::isAfwijzingsgrond).toList());
            gronden.addAll(regels.stream().filter(t -> !t.isAfwijzingsgrond()).toList());
            uit.add(new Beschikkingsonderdeel(GEBIED, naam(g.getOmschrijving(), g.getSoort().omschrijving()), false, null,
                    g.getAangevraagdOp(), null, List.of(), gronden));
        }
        return uit;
    }

    static List<RegelToepassing> aanDeOrde(List<RegelToepassing> regels) {
        return regels.stream().filter(t -> t.uitkomst() != Uitkomst.NIET_VAN_TOEPASSING).toList();
    }

    private static String naam(String omschrijving, String soort) {
        return omschrijving + " (" + soort + ")";
    }

    private static List<String> voorwaarden(Woonvoorziening w) {
        List<String> v = new ArrayList<>();
        if (w.isBruikleen()) {
            v.add("U krijgt de voorziening in bruikleen; als u haar niet meer nodig hebt, wordt zij teruggenomen en opnieuw gebruikt (regel W-12).");
        }
        w.getOffertes().stream().filter(Offerte::isGekozen).min(Comparator.comparing(Offerte::getBedrag)).ifPresent(o ->
                v.add("De gemeente kiest de goedkoopst adequate offerte: " + o.getAannemer() + ", " + Bedragen.euro(o.getBedrag()) + "."));
        if (w.isEigenaarGehoord() && w.getEigenaarGehoordOp() != null) {
            v.add("De eigenaar van de woning is op " + DATUM.format(w.getEigenaarGehoordOp()) + " gehoord over de aanpassing (regel W-13).");
        }
        return v;
    }
}
