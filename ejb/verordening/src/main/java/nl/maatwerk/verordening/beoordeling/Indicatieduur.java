package nl.maatwerk.verordening.beoordeling;

import java.time.LocalDate;
import java.util.Optional;

/**
 * C-13: ingang en einde van de indicatie. Zonder einde bij een beperkte levensverwachting: de indicatie
 * loopt tot overlijden of opname op grond van de Wet langdurige zorg.
 */
public record Indicatieduur(LocalDate ingang, LocalDate einde) {

    public Optional<LocalDate> eindeOptioneel() {
        return Optional.ofNullable(einde);
    }
}
