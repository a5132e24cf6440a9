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
     * Wat een import over één pas in één jaar weet: het gebruik van de ritten die ze zelf schreef (onderweg opgeteld), en
     * of de pas in dat jaar al ritten van vóór de import kan hebben. Alleen dan telt de database het jaar.
     */
    public record Importgebruik(VervoerQueries.PasBudget budget, Gebruik nieuw, boolean eerdereRitten) {
    }

    /**
     * @param perJaar per jaar de passen met nieuwe ritten in dat jaar. Passen zonder eerdere ritten in het jaar nemen het
     *                gebruik van de import (geen query: na een import van een heel jaar zijn dat bijna alle passen); voor de
     *                andere komt het uit de database, bij meer dan {@value #BLOK} passen uit één query over de ritten van
     *                dat jaar, anders uit één query op de id's. De budgetten komen mee (de import las ze met de passen);
     *                een pas als entiteit alleen als er een signaal is.
     */
    public List<String> werkBij(Map<Integer, Map<Long, Importgebruik>> perJaar) {
        List<String> nieuw = new ArrayList<>();
        LocalDateTime nu = LocalDateTime.now();
        for (Map.Entry<Integer, Map<Long, Importgebruik>> e : new java.util.TreeMap<>(perJaar).entrySet()) {
            int jaar = e.getKey();
            Map<Long, Importgebruik> vanImport = e.getValue();
            Set<Long> uitDatabase = new java.util.HashSet<>();
            vanImport.forEach((id, g) -> {
                if (g.eerdereRitten()) {
                    uitDatabase.add(id);
                }
            });
            Map<Long, Gebruik> gebruik = uitDatabase.size() > BLOK
                    ? VervoerQueries.gebruikInJaar(em, uitDatabase, jaar)
                    : VervoerQueries.gebruik(em, uitDatabase, jaar);
            for (Importgebruik i : vanImport.values()) {
                VervoerQueries.PasBudget b = i.budget();
                Gebruik g = i.eerdereRitten() ? gebruik.getOrDefault(b.id(), Gebruik.GEEN) : i.nieuw();
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
