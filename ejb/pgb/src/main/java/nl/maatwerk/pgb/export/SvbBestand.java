package nl.maatwerk.pgb.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Het toekenningsbestand voor de SVB (nieuw, wijziging, einde per budget) en het lezen van de
 * budgetafsluiting van de SVB (besteed per budget en maand). Formaat: zie README.md van de module.
 */
public final class SvbBestand {

    public static final List<String> KOLOMMEN = List.of("mutatie", "budgetnummer", "bsn", "gemeente", "ingang", "einde", "bedrag",
            "per_week", "omschrijving");
    public static final List<String> STAND_KOLOMMEN = List.of("budgetnummer", "jaar", "maand", "besteed");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private SvbBestand() {
    }

    public record Toekenning(String mutatie, String budgetnummer, String bsn, String gemeente, LocalDate ingang, LocalDate einde,
                             BigDecimal bedrag, BigDecimal perWeek, String omschrijving) {
    }

    public static String schrijf(String gemeente, LocalDateTime aangemaakt, List<Toekenning> toekenningen) {
        StringWriter uit = new StringWriter();
        uit.write("# SVB-toekenningsbestand Maatwerk versie 1; gemeente " + gemeente + "; aangemaakt " + aangemaakt.withNano(0) + "\n");
        try (CSVPrinter p = new CSVPrinter(uit, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get())) {
            p.printRecord(KOLOMMEN);
            for (Toekenning t : toekenningen) {
                p.printRecord(t.mutatie(), t.budgetnummer(), t.bsn(), t.gemeente(), ISO.format(t.ingang()), ISO.format(t.einde()),
                        t.bedrag().toPlainString(), t.perWeek().toPlainString(), t.omschrijving());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }

    public record Stand(long regel, String budgetnummer, int jaar, int maand, BigDecimal besteed) {
    }

    /** Leest de budgetafsluiting: {@code budgetnummer;jaar;maand;besteed}. Fouten met regelnummer naar {@code fout}. */
    public static long leesStand(Reader invoer, Consumer<Stand> geldig, Consumer<String> fout) {
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(invoer).setFormat(formaat).get()) {
            long n = 0;
            boolean kop = true;
            List<String> regelFouten = new ArrayList<>();
            for (CSVRecord r : parser) {
                long nr = r.getRecordNumber();
                if (kop) {
                    kop = false;
                    List<String> namen = r.stream().map(s -> s.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
                    if (!namen.equals(STAND_KOLOMMEN)) {
                        fout.accept("Regel " + nr + ": de kolommen moeten '" + String.join(";", STAND_KOLOMMEN) + "' zijn.");
                        return 0;
                    }
                    continue;
                }
                n++;
                regelFouten.clear();
                if (r.size() != STAND_KOLOMMEN.size()) {
                    fout.accept("Regel " + nr + ": " + r.size() + " kolommen in plaats van 4.");
                    continue;
                }
                Integer jaar = geheel(r.get(1), nr, "jaar", 2000, 2100, regelFouten);
                Integer maand = geheel(r.get(2), nr, "maand", 1, 12, regelFouten);
                BigDecimal besteed = null;
                try {
                    besteed = new BigDecimal(r.get(3).replace(',', '.'));
                    if (besteed.signum() < 0 || besteed.scale() > 2) {
                        regelFouten.add("Regel " + nr + ", veld besteed: moet een niet-negatief bedrag met hoogstens 2 decimalen zijn (" + r.get(3) + ").");
                    }
                } catch (NumberFormatException e) {
                    regelFouten.add("Regel " + nr + ", veld besteed: '" + r.get(3) + "' is geen bedrag.");
                }
                if (r.get(0).isEmpty()) {
                    regelFouten.add("Regel " + nr + ", veld budgetnummer: is leeg.");
                }
                if (regelFouten.isEmpty()) {
                    geldig.accept(new Stand(nr, r.get(0), jaar, maand, besteed));
                } else {
                    regelFouten.forEach(fout);
                }
            }
            if (n == 0) {
                fout.accept("Het bestand bevat geen standen.");
            }
            return n;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            fout.accept("Het bestand is geen geldig CSV-bestand: " + e.getMessage());
            return 0;
        }
    }

    private static Integer geheel(String w, long nr, String veld, int min, int max, List<String> fouten) {
        try {
            int i = Integer.parseInt(w);
            if (i < min || i > max) {
                fouten.add("Regel " + nr + ", veld " + veld + ": " + w + " ligt niet tussen " + min + " en " + max + ".");
            }
            return i;
        } catch (NumberFormatException e) {
            fouten.add("Regel " + nr + ", veld " + veld + ": '" + w + "' is geen geheel getal.");
            return null;
        }
    }
}
