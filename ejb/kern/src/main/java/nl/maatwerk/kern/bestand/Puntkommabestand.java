package nl.maatwerk.kern.bestand;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.ObjLongConsumer;

/**
 * An import file separated by semicolons with a fixed header line, as the vervoerder's trips and the Pgb
 * declaraties come. One reading loop for every such import: the header checked against the expected
 * columns (a BOM and case ignored), an empty file, a file with only its header, a broken CSV, each reported
 * in Dutch with the line. The importer checks the data lines itself.
 */
public final class Puntkommabestand {

    private Puntkommabestand() {
    }

    /** A message about line {@code regel} (0: the file as a whole), optionally about one field. */
    @FunctionalInterface
    public interface Fout {
        void meld(long regel, String veld, String melding);
    }

    /**
     * @param inhoud what the data lines are, in the plural ("ritten"), for the messages
     * @param regel  called per data line with the record and its line number
     * @return the number of data lines read (the header not counted); 0 when the header is wrong
     */
    public static long lees(Reader invoer, List<String> kolommen, String inhoud, ObjLongConsumer<CSVRecord> regel, Fout fout) {
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(invoer).setFormat(formaat).get()) {
            long regels = 0;
            boolean kop = true;
            for (CSVRecord record : parser) {
                long nr = record.getRecordNumber();
                if (kop) {
                    kop = false;
                    List<String> namen = record.stream().map(s -> s.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
                    if (!namen.equals(kolommen)) {
                        fout.meld(nr, null, "de kolommen zijn '" + String.join(";", namen) + "' maar moeten '"
                                + String.join(";", kolommen) + "' zijn. Het bestand is niet gelezen.");
                        return 0;
                    }
                    continue;
                }
                regels++;
                regel.accept(record, nr);
            }
            if (kop) {
                fout.meld(1, null, "het bestand is leeg; verwacht een kopregel '" + String.join(";", kolommen) + "' en " + inhoud + ".");
            } else if (regels == 0) {
                fout.meld(2, null, "het bestand bevat geen " + inhoud + ", alleen de kopregel.");
            }
            return regels;
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV reports a broken line (an unclosed quote, for instance) this way.
            fout.meld(0, null, ongeldig(e));
            return 0;
        }
    }

    public static String ongeldig(Exception e) {
        return "het bestand is geen geldig CSV-bestand of kon niet worden gelezen: " + e.getMessage();
    }
}
