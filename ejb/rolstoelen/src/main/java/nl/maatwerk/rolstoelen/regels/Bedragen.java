package nl.maatwerk.rolstoelen.regels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Euro's en datums in motiveringen: "€ 12.345,00", "1 maart 2017". */
public final class Bedragen {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter VOLUIT = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private Bedragen() {
    }

    public static String euro(BigDecimal bedrag) {
        return "€ " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL)).format(centen(bedrag));
    }

    public static String datum(LocalDate datum) {
        return VOLUIT.format(datum);
    }

    public static BigDecimal centen(BigDecimal bedrag) {
        return bedrag.setScale(2, RoundingMode.HALF_UP);
    }
}
