package nl.maatwerk.pgb.export;

import nl.maatwerk.verordening.koppeling.VoorzieningenBron.GeleverdeVoorziening;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Start/stop eigen bijdrage voor het CAK, naar het model van de iEb-berichten (start en stop van een
 * maatwerkvoorziening of Pgb per cliënt, met de kostprijs waar de standaard die vraagt). Alleen
 * bijdrageplichtige voorzieningen (E-01, E-03, E-04); de regels staan in de laatste kolom. Formaat: README.md.
 */
public final class CakBestand {

    public static final List<String> KOLOMMEN = List.of("bericht", "gemeente", "bsn", "referentie", "gebied", "productcode",
            "leveringsvorm", "datum", "kostprijs", "kostprijsbasis", "regels");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private CakBestand() {
    }

    public record Regel(String bericht, GeleverdeVoorziening v, LocalDate datum) {
    }

    /** START als de ingang in [van, tot] valt, STOP als het einde erin valt (beide kan); vrijgestelde voorzieningen niet. */
    public static List<Regel> regels(List<GeleverdeVoorziening> voorzieningen, LocalDate van, LocalDate tot) {
        List<Regel> uit = new ArrayList<>();
        for (GeleverdeVoorziening v : voorzieningen) {
            if (!v.bijdrageplichtig()) {
                continue;
            }
            if (!v.ingang().isBefore(van) && !v.ingang().isAfter(tot)) {
                uit.add(new Regel("START", v, v.ingang()));
            }
            if (v.einde() != null && !v.einde().isBefore(van) && !v.einde().isAfter(tot)) {
                uit.add(new Regel("STOP", v, v.einde()));
            }
        }
        return uit;
    }

    public static String schrijf(String gemeente, LocalDate van, LocalDate tot, LocalDateTime aangemaakt, List<Regel> regels,
                                 java.util.function.LongFunction<String> bsn) {
        StringWriter uit = new StringWriter();
        uit.write("# CAK start/stop eigen bijdrage (model iEb) Maatwerk versie 1; gemeente " + gemeente + "; periode " + ISO.format(van)
                + " t/m " + ISO.format(tot) + "; aangemaakt " + aangemaakt.withNano(0) + "\n");
        try (CSVPrinter p = new CSVPrinter(uit, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get())) {
            p.printRecord(KOLOMMEN);
            for (Regel r : regels) {
                GeleverdeVoorziening v = r.v();
                p.printRecord(r.bericht(), v.gemeente(), bsn.apply(v.clientId()), v.referentie(), v.gebied(), v.productcode(), v.vorm().name(),
                        ISO.format(r.datum()), v.kostprijs().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), v.basis().name(),
                        String.join(",", v.motivering().stream().map(t -> t.regelId()).distinct().toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }
}
