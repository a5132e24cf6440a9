package nl.maatwerk.pgb.regels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Euro's en datums in motiveringen: "€ 12.345,00", "1 maart 2017". */
public final class Bedragen {

    private Bedragen() {
    }

    public static String euro(BigDecimal bedrag) {
        DecimalFormat formaat = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€ " + formaat.format(bedrag.setScale(2, RoundingMode.HALF_UP));
    }

    private static final DateTimeFormatter VOLUIT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    public static String datum(LocalDate datum) {
        return VOLUIT.format(datum);
    }

    public static BigDecimal centen(BigDecimal bedrag) {
        return bedrag.setScale(2, RoundingMode.HALF_UP);
    }
}
