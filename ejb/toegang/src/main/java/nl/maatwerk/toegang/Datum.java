package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the client reads them: "3 maart 2026". */
public final class Datum {

    private static final DateTimeFormatter VOLUIT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Datum() {
    }

    public static String voluit(LocalDate datum) {
        return datum == null ? "" : VOLUIT.format(datum);
    }
}
