package nl.maatwerk.pgb.dienst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.pgb.PgbQueries;
import nl.maatwerk.domain.pgb.Pgbbudget;
import nl.maatwerk.domain.pgb.Pgbsignaal;
import nl.maatwerk.domain.pgb.PgbTerugvordering;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.pgb.regels.Eigenbijdrage;
import nl.maatwerk.pgb.regels.Pgbcontrole;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.Leveringsvorm;
import nl.maatwerk.verordening.koppeling.SignaalBron;
import nl.maatwerk.verordening.koppeling.TerugvorderingBron;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wat de pgb-module aan andere gebieden geeft: signalen voor de werkvoorraad (P-08 niet gebruikt, live berekend;
 * P-16 gemelde intrekkingsgronden), de Pgb-budgetten als geleverde voorzieningen voor CAK en kosten (E-01, E-02,
 * E-04) en de eigen terugvorderingen (P-08). Alleen gemeenten die de aanroeper ook heeft.
 */
@Stateless
@Local({SignaalBron.class, VoorzieningenBron.class, TerugvorderingBron.class})
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class PgbBronnen implements SignaalBron, VoorzieningenBron, TerugvorderingBron {

    public static final String GEBIED = "pgb";

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @EJB
    RegelboekDienst regelboek;

    private Set<String> binnen(Set<String> gemeenten) {
        Set<String> g = new HashSet<>(gemeenten);
        g.retainAll(huidige.gemeenten());
        return g;
    }

    @Override
    public List<Signaal> signalen(Set<String> gemeenten) {
        Set<String> g = binnen(gemeenten);
        List<Signaal> uit = new ArrayList<>();
        if (g.isEmpty()) {
            return uit;
        }
        LocalDate vandaag = LocalDate.now();
        List<Pgbbudget> actief = PgbQueries.actieveBudgetten(em, g);
        Map<Long, LocalDate> eerste = PgbQueries.eersteBesteding(em, actief.stream().map(Pgbbudget::getId).toList());
        for (Pgbbudget b : actief) {
            Regelset rs = regelboek.regelboek().versie(b.getRegelsetVersie());
            Pgbcontrole.ongebruikt(rs, b.getIngang(), eerste.get(b.getId()), vandaag).ifPresent(t -> uit.add(new Signaal(GEBIED,
                    "pgb-budget-" + b.getId() + "-P-08", b.getClient().getId(), b.getGemeente().getCode(), "P-08",
                    "Pgb " + b.getBudgetnummer() + ": " + t.motivering(), rs.duur("pgb.besteding.termijn").naKalender(b.getIngang()).plusDays(1),
                    Pgbdienst.link(b))));
        }
        for (Pgbsignaal s : PgbQueries.openSignalen(em, g)) {
            uit.add(new Signaal(GEBIED, s.getReferentie(), s.getBudget().getClient().getId(), s.getBudget().getGemeente().getCode(), s.getRegelId(),
                    "Pgb " + s.getBudget().getBudgetnummer() + ": " + s.getTekst(), s.getDatum(), Pgbdienst.link(s.getBudget())));
        }
        return uit;
    }

    @Override
    public String gebied() {
        return GEBIED;
    }

    /**
     * Elk Pgb-budget dat in de periode liep. Kostprijs (E-02): het budget, hier per maand (per week × 52 / 12) zodat
     * het CAK en de kostenoverzichten het per maand kunnen tellen; bijdrageplichtig tenzij E-04 vrijstelt.
     */
    @Override
    public List<GeleverdeVoorziening> voorzieningen(Set<String> gemeenten, LocalDate van, LocalDate tot) {
        Set<String> g = binnen(gemeenten);
        List<GeleverdeVoorziening> uit = new ArrayList<>();
        if (g.isEmpty()) {
            return uit;
        }
        for (Pgbbudget b : PgbQueries.budgettenIn(em, g, van, tot)) {
            Regelset rs = regelboek.regelboek().versie(b.getRegelsetVersie());
            BigDecimal perMaand = b.getPerWeek().multiply(BigDecimal.valueOf(52)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
            List<RegelToepassing> motivering = new ArrayList<>(Eigenbijdrage.voorPgb(rs, b.getBedrag(), b.getOmschrijving(), b.getIngang(), b.getEinde()));
            motivering.add(Toetsing.voor(rs).toepassingMetParameter("E-02", Uitkomst.VAN_TOEPASSING, "bijdrage.kostprijs.max_woningaanpassing_vervoer",
                    "Per maand is dat " + nl.maatwerk.pgb.regels.Bedragen.euro(perMaand) + " (per week " + nl.maatwerk.pgb.regels.Bedragen.euro(b.getPerWeek())
                            + " × 52 / 12)"));
            boolean vrij = motivering.stream().anyMatch(t -> t.regelId().equals("E-04") && t.uitkomst() == Uitkomst.VAN_TOEPASSING);
            uit.add(new GeleverdeVoorziening(GEBIED, "pgb-budget-" + b.getId(), b.getClient().getId(), b.getGemeente().getCode(), "PGB",
                    b.getOmschrijving(), Leveringsvorm.PGB, b.getIngang(), b.getEinde(), perMaand, Kostprijsbasis.PER_MAAND, !vrij, motivering));
        }
        return uit;
    }

    @Override
    public List<Terugvordering> terugvorderingen(Set<String> gemeenten) {
        Set<String> g = binnen(gemeenten);
        List<Terugvordering> uit = new ArrayList<>();
        if (g.isEmpty()) {
            return uit;
        }
        for (PgbTerugvordering t : PgbQueries.terugvorderingen(em, g)) {
            Pgbbudget b = t.getBudget();
            Regelset rs = regelboek.regelboek().versie(b.getRegelsetVersie());
            RegelToepassing r = RegelToepassing.van(t.getRegelId(), Uitkomst.VAN_TOEPASSING,
                    Toetsing.voor(rs).bron(t.getRegelId()).orElse(null), t.getOmschrijving() + " (status " + t.getStatus().name().toLowerCase() + ")");
            uit.add(new Terugvordering(GEBIED, "pgb-terugvordering-" + t.getId(), b.getClient().getId(), b.getGemeente().getCode(),
                    "Pgb " + b.getBudgetnummer() + ": " + t.getOmschrijving(), t.getBedrag(), t.getDatum(), t.getBerekening(), List.of(r)));
        }
        return uit;
    }
}
