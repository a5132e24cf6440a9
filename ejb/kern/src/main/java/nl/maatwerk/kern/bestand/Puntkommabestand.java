package nl.maatwerk.kern.bestand;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.ObjLongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An import file separated by semicolons with a fixed header line, as the vervoerder's trips and the Pgb
 * declaraties come. One reading loop for every such import: the header checked against the expected
 * columns (a BOM and case ignored), an empty file, a file with only its header, a broken CSV, each reported
 * in Dutch with the line. The importer checks the data lines itself.
 * <p>
 * FastCSV reads the lines (measured: a third of the time of Commons CSV on a 1,000,000-line trip file, where parsing
 * was half of the import's own work). FastCSV accepts a quote that is never closed and reads the rest of the file as
 * that field; no line of these formats holds a line break, so a field with one is reported as a broken file at the
 * line where it starts.
 */
public final class Puntkommabestand {

    private Puntkommabestand() {
    }

    /** A message about line {@code regel} (0: the file as a whole), optionally about one field. */
    @FunctionalInterface
    public interface Fout {
        void meld(long regel, String veld, String melding);
    }

    private static final Pattern REGEL = Pattern.compile("line (\\d+)");

    /**
     * @param inhoud what the data lines are, in the plural ("ritten"), for the messages
     * @param regel  called per data line with its fields (trimmed) and its line number in the file
     * @return the number of data lines read (the header not counted); 0 when the header is wrong or the file is broken
     */
    public static long lees(Reader invoer, List<String> kolommen, String inhoud, ObjLongConsumer<List<String>> regel, Fout fout) {
        try (CsvReader<CsvRecord> lezer = CsvReader.builder().fieldSeparator(';').skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true)
                .build(CsvRecordHandler.of(), invoer)) {
            long regels = 0;
            boolean kop = true;
            for (CsvRecord record : lezer) {
                long nr = record.getStartingLineNumber();
                List<String> velden = record.getFields();
                for (String veld : velden) {
                    // Checked before trimming: an unclosed quote on the last line ends in the file's last line break.
                    if (veld.indexOf('\n') >= 0 || veld.indexOf('\r') >= 0) {
                        fout.meld(nr, null, "het bestand is geen geldig CSV-bestand: een aanhalingsteken in deze regel wordt niet"
                                + " gesloten (of een veld loopt door over de volgende regel). Het bestand is niet gelezen.");
                        return 0;
                    }
                }
                velden = getrimd(velden);
                if (kop) {
                    kop = false;
                    List<String> namen = velden.stream().map(s -> s.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
                    if (!namen.equals(kolommen)) {
                        fout.meld(nr, null, "de kolommen zijn '" + String.join(";", namen) + "' maar moeten '"
                                + String.join(";", kolommen) + "' zijn. Het bestand is niet gelezen.");
                        return 0;
                    }
                    continue;
                }
                regels++;
                regel.accept(velden, nr);
            }
            if (kop) {
                fout.meld(1, null, "het bestand is leeg; verwacht een kopregel '" + String.join(";", kolommen) + "' en " + inhoud + ".");
            } else if (regels == 0) {
                fout.meld(2, null, "het bestand bevat geen " + inhoud + ", alleen de kopregel.");
            }
            return regels;
        } catch (CsvParseException e) {
            // Text after a closing quote ("ZV-1"x;...): FastCSV names the line the record started on.
            String oorzaak = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            Matcher m = REGEL.matcher(e.getMessage() == null ? "" : e.getMessage());
            fout.meld(m.find() ? Long.parseLong(m.group(1)) : 0, null, "het bestand is geen geldig CSV-bestand: "
                    + (oorzaak != null && oorzaak.contains("after closing quote")
                    ? "na een sluitend aanhalingsteken staat nog tekst vóór de puntkomma."
                    : "de regel kon niet worden gelezen (" + oorzaak + ").") + " Het bestand is niet gelezen.");
            return 0;
        } catch (IOException | UncheckedIOException e) {
            fout.meld(0, null, ongeldig(e));
            return 0;
        }
    }

    /** The fields without surrounding spaces; the same list when none has any (the usual case, no copy). */
    private static List<String> getrimd(List<String> velden) {
        for (int i = 0; i < velden.size(); i++) {
            String veld = velden.get(i);
            if (!veld.isEmpty() && (veld.charAt(0) <= ' ' || veld.charAt(veld.length() - 1) <= ' ')) {
                return velden.stream().map(String::trim).toList();
            }
        }
        return velden;
    }

    private static String ongeldig(Exception e) {
        return "het bestand is geen geldig CSV-bestand of kon niet worden gelezen: " + e.getMessage();
    }
}
