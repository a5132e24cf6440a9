package nl.maatwerk.toegang;

import nl.maatwerk.domain.toegang.Beschikking;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the consulent decides (T-12): for natura the voorziening, its result and how it is provided; for a Pgb
 * the result, quality requirements, amount and its computation and how spending is accounted for. {@code waarde}
 * is the money value of the voorziening, compared with the four-eyes amount of the regelset.
 * {@code ingangsdatum} null: the date of the beschikking (T-13).
 */
public record Besluitgegevens(Beschikking.Soort soort, String voorziening, String resultaat, String wijzeVerstrekking,
                              String andereVoorzieningen, BigDecimal pgbBedrag, String pgbBerekening, String kwaliteitseisen,
                              String verantwoording, BigDecimal waarde, String bijdrage, LocalDate ingangsdatum,
                              LocalDate einddatum) {
}
