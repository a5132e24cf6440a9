package nl.maatwerk.web.api;

import nl.maatwerk.kern.ValidatieException;

import java.util.List;

/** The JSON body of every error answer: one Dutch message, and per field where input was wrong. */
public record Foutmelding(String melding, List<ValidatieException.Fout> fouten) {
    public static Foutmelding van(String melding) {
        return new Foutmelding(melding, List.of());
    }
}
