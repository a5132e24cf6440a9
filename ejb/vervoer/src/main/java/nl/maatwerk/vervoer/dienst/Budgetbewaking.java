package nl.maatwerk.vervoer.dienst;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.vervoer.Regiotaxipas;
import nl.maatwerk.domain.vervoer.VervoerQueries;
import nl.maatwerk.domain.vervoer.VervoerQueries.Gebruik;
import nl.maatwerk.domain.vervoer.Vervoersignaal;
import nl.maatwerk.domain.vervoer.Vervoersignaal.Soort;
import nl.maatwerk.vervoer.regels.Budgetstand;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Zet na een import de signalen voor de werkvoorraad: 80 % en 100 % van het km- of zonebudget (per pas en
 * jaar, eenmalig) en ritten buiten de straal of het reisgebied (V-02, V-03). Intern: loopt in de transactie
 * van de aanroeper, die rol en gemeente al heeft gecontroleerd.
 */
@Dependent
public class Budgetbewaking {

    private static final int BLOK = 500;

    @PersistenceContext
    EntityManager em;

    /**
     * @param jaren per pas de jaren waarin nieuwe ritten vielen. Bij meer dan {@value #BLOK} passen in een jaar komt het
     *              gebruik uit één query over de ritten van dat jaar, anders uit één query op de id's; de budgetten per
     *              blok als gegevens; een pas als entiteit alleen als er een signaal is.
     */
    public List<String> werkBij(Map<Long, Set<Integer>> jaren) {
        List<String> nieuw = new ArrayList<>();
        Map<Integer, List<Long>> perJaar = new java.util.TreeMap<>();
        jaren.forEach((pas, js) -> js.forEach(j -> perJaar.computeIfAbsent(j, k -> new ArrayList<>()).add(pas)));
        LocalDateTime nu = LocalDateTime.now();
        for (Map.Entry<Integer, List<Long>> e : perJaar.entrySet()) {
            int jaar = e.getKey();
            List<Long> ids = e.getValue();
            Map<Long, Gebruik> gebruik = ids.size() > BLOK
                    ? VervoerQueries.gebruikInJaar(em, new java.util.HashSet<>(ids), jaar)
                    : VervoerQueries.gebruik(em, ids, jaar);
            for (int i = 0; i < ids.size(); i += BLOK) {
                for (VervoerQueries.PasBudget b : VervoerQueries.budgetten(em, ids.subList(i, Math.min(ids.size(), i + BLOK)))) {
                    Gebruik g = gebruik.getOrDefault(b.id(), Gebruik.GEEN);
                    Regiotaxipas[] pas = new Regiotaxipas[1];
                    java.util.function.Supplier<Regiotaxipas> entiteit = () -> pas[0] != null ? pas[0] : (pas[0] = em.find(Regiotaxipas.class, b.id()));
                    if (b.kmPerJaar() != null) {
                        drempels(entiteit, jaar, Soort.KM, new Budgetstand(b.kmPerJaar(), g.km()), nu, nieuw);
                    }
                    if (b.zonesPerJaar() != null) {
                        drempels(entiteit, jaar, Soort.ZONES, new Budgetstand(b.zonesPerJaar(), g.zones()), nu, nieuw);
                    }
                    if (g.buitenGebied() > 0) {
                        BigDecimal aantal = BigDecimal.valueOf(g.buitenGebied());
                        var bestaand = VervoerQueries.signaal(em, b.id(), jaar, Soort.BUITEN_GEBIED, 0);
                        if (bestaand.isPresent()) {
                            bestaand.get().setGebruikt(aantal);
                            bestaand.get().setAfgehandeld(false);
                        } else {
                            Vervoersignaal s = new Vervoersignaal(entiteit.get(), jaar, Soort.BUITEN_GEBIED, 0, aantal, null, nu);
                            em.persist(s);
                            nieuw.add("Pas " + entiteit.get().getPasnummer() + " (" + jaar + "): " + s.omschrijving());
                        }
                    }
                }
            }
        }
        em.flush();
        return nieuw;
    }

    private void drempels(java.util.function.Supplier<Regiotaxipas> pas, int jaar, Soort soort, Budgetstand stand, LocalDateTime nu, List<String> nieuw) {
        Budgetstand.Signaal signaal = stand.signaal();
        List<Integer> bereikt = switch (signaal) {
            case GEEN -> List.of();
            case TACHTIG_PROCENT -> List.of(Budgetstand.DREMPEL_WAARSCHUWING);
            case HONDERD_PROCENT -> List.of(Budgetstand.DREMPEL_WAARSCHUWING, Budgetstand.DREMPEL_BEREIKT);
        };
        for (int drempel : bereikt) {
            var bestaand = VervoerQueries.signaal(em, pas.get().getId(), jaar, soort, drempel);
            if (bestaand.isPresent()) {
                bestaand.get().setGebruikt(stand.gebruikt());
            } else {
                Vervoersignaal s = new Vervoersignaal(pas.get(), jaar, soort, drempel, stand.gebruikt(), (int) stand.budget(), nu);
                em.persist(s);
                nieuw.add("Pas " + pas.get().getPasnummer() + " (" + jaar + "): " + s.omschrijving());
            }
        }
    }
}
