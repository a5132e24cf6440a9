package nl.maatwerk.verordening.beoordeling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Datums zoals in een brief: "1 maart 2017". */
final class Datums {

    private static final DateTimeFormatter VOLUIT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Datums() {
    }

    static String voluit(LocalDate datum) {
        return VOLUIT.format(datum);
    }
}
