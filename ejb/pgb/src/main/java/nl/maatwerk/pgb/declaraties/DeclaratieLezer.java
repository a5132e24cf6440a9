package nl.maatwerk.pgb.declaraties;

import nl.maatwerk.domain.pgb.Kostensoort;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.maatwerk.kern.bestand.Puntkommabestand;

/**
 * Leest een declaratiebestand regel voor regel (streaming) en controleert de vorm van elke regel. Geldige
 * regels gaan naar {@code geldig}, fouten met regelnummer en veld naar {@code fout}. Of budgethouder en
 * zorgverlener bestaan en wat de regels van de gemeente ervan vinden, beslist {@code Declaratieimport}.
 *
 * <h2>Formaat</h2>
 * UTF-8, puntkomma, eerste regel de kolomnamen in deze volgorde:
 * <pre>
 * budgethouder;zorgverlener;periode_van;periode_tot;uren;bedrag;kostensoort;km
 * 999990011;ZV-D-01;02-03-2026;08-03-2026;10;200,00;zorg;
 * 999990011;ZV-D-01;02-03-2026;08-03-2026;;24,00;reiskosten;80
 * </pre>
 * <ul>
 *   <li>budgethouder: BSN van de cliënt (9 cijfers); zorgverlener: de code van de zorgverlener in de gemeente</li>
 *   <li>periode_van, periode_tot: dd-mm-jjjj, tot niet vóór van, hoogstens 31 dagen</li>
 *   <li>uren: uren hulp, of etmalen bij logeeropvang; leeg bij andere kosten; komma of punt, twee decimalen</li>
 *   <li>bedrag: euro's, niet negatief, twee decimalen (verplicht)</li>
 *   <li>kostensoort: zorg, reiskosten, logeeropvang, maandloon, vakantiegeld, of een andere omschrijving (die wordt
 *   getoetst aan P-06 en P-13)</li>
 *   <li>km: kilometers reiskosten (bij reiskosten), anders leeg</li>
 * </ul>
 */
public final class DeclaratieLezer {

    public static final List<String> KOLOMMEN = List.of("budgethouder", "zorgverlener", "periode_van", "periode_tot", "uren", "bedrag",
            "kostensoort", "km");

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final BigDecimal MAX_UREN = new BigDecimal("744");
    private static final BigDecimal MAX_BEDRAG = new BigDecimal("9999999999.99");
    private static final BigDecimal MAX_KM = new BigDecimal("99999.9");

    public record Regel(long regel, String bsn, String zorgverlener, LocalDate van, LocalDate tot, BigDecimal uren, BigDecimal bedrag,
                        Kostensoort kostensoort, String kostensoortTekst, BigDecimal km) {
    }

    public record Regelfout(long regel, String veld, String melding) {
        /** "Regel 3, veld bedrag: mag niet negatief zijn (-2)." */
        public String tekst() {
            return "Regel " + regel + (veld == null ? "" : ", veld " + veld) + ": " + melding;
        }
    }

    private final List<Regelfout> laatsteFouten = new ArrayList<>();

    /** @return het aantal gelezen declaratieregels (zonder de kopregel) */
    public long lees(Reader invoer, Consumer<Regel> geldig, Consumer<Regelfout> fout) {
        // No catch-all here: a broken file is reported by Puntkommabestand, and an error of the database behind {@code geldig}
        // must not be shown as a broken CSV (it rolls the import back as what it is).
        return Puntkommabestand.lees(invoer, KOLOMMEN, "declaraties", (record, nr) -> {
            Regel r = controleer(record, nr);
            if (laatsteFouten.isEmpty()) {
                geldig.accept(r);
            } else {
                laatsteFouten.forEach(fout);
                laatsteFouten.clear();
            }
        }, (regel, veld, melding) -> fout.accept(new Regelfout(regel, veld, melding)));
    }

    private Regel controleer(List<String> r, long nr) {
        if (r.size() != KOLOMMEN.size()) {
            laatsteFouten.add(new Regelfout(nr, null, r.size() + " kolommen in plaats van " + KOLOMMEN.size() + " (" + String.join(";", KOLOMMEN) + ")."));
            return null;
        }
        String bsn = r.get(0);
        if (!bsn.matches("\\d{9}")) {
            laatsteFouten.add(new Regelfout(nr, "budgethouder", "'" + bsn + "' is geen BSN van 9 cijfers."));
        }
        String zv = r.get(1);
        if (zv.isEmpty()) {
            laatsteFouten.add(new Regelfout(nr, "zorgverlener", "is leeg."));
        } else if (zv.length() > 20) {
            laatsteFouten.add(new Regelfout(nr, "zorgverlener", "is langer dan 20 tekens."));
        }
        LocalDate van = datum(r.get(2), nr, "periode_van");
        LocalDate tot = datum(r.get(3), nr, "periode_tot");
        if (van != null && tot != null) {
            if (tot.isBefore(van)) {
                laatsteFouten.add(new Regelfout(nr, "periode_tot", r.get(3) + " ligt vóór periode_van " + r.get(2) + "."));
            } else if (ChronoUnit.DAYS.between(van, tot) >= 31) {
                laatsteFouten.add(new Regelfout(nr, "periode_tot", "een declaratie gaat over hoogstens 31 dagen (" + r.get(2) + " tot en met " + r.get(3) + ")."));
            }
        }
        BigDecimal uren = getal(r.get(4), nr, "uren", false, MAX_UREN, 2);
        BigDecimal bedrag = getal(r.get(5), nr, "bedrag", true, MAX_BEDRAG, 2);
        String soortTekst = r.get(6);
        if (soortTekst.isEmpty()) {
            laatsteFouten.add(new Regelfout(nr, "kostensoort", "is leeg."));
        } else if (soortTekst.length() > 60) {
            laatsteFouten.add(new Regelfout(nr, "kostensoort", "is langer dan 60 tekens."));
        }
        BigDecimal km = getal(r.get(7), nr, "km", false, MAX_KM, 1);
        Kostensoort soort = Kostensoort.bekend(soortTekst).orElse(Kostensoort.OVERIG);
        if (soort == Kostensoort.REISKOSTEN && km == null && laatsteFouten.stream().noneMatch(f -> "km".equals(f.veld()))) {
            laatsteFouten.add(new Regelfout(nr, "km", "is verplicht bij reiskosten."));
        }
        if (!laatsteFouten.isEmpty()) {
            return null;
        }
        return new Regel(nr, bsn, zv, van, tot, uren, bedrag, soort, soortTekst.toLowerCase(Locale.ROOT), km);
    }

    private LocalDate datum(String waarde, long nr, String veld) {
        try {
            return LocalDate.parse(waarde, DATUM);
        } catch (DateTimeParseException e) {
            laatsteFouten.add(new Regelfout(nr, veld, "'" + waarde + "' is geen geldige datum (dd-mm-jjjj)."));
            return null;
        }
    }

    private BigDecimal getal(String waarde, long nr, String veld, boolean verplicht, BigDecimal max, int schaal) {
        if (waarde.isEmpty()) {
            if (verplicht) {
                laatsteFouten.add(new Regelfout(nr, veld, "is leeg."));
            }
            return null;
        }
        try {
            BigDecimal g = new BigDecimal(waarde.replace(',', '.'));
            if (g.signum() < 0) {
                laatsteFouten.add(new Regelfout(nr, veld, "mag niet negatief zijn (" + waarde + ")."));
                return null;
            }
            if (g.compareTo(max) > 0) {
                laatsteFouten.add(new Regelfout(nr, veld, "is groter dan " + max.toPlainString() + " (" + waarde + ")."));
                return null;
            }
            if (g.scale() > schaal) {
                laatsteFouten.add(new Regelfout(nr, veld, "heeft meer dan " + schaal + " decimalen (" + waarde + ")."));
                return null;
            }
            return g.setScale(schaal, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            laatsteFouten.add(new Regelfout(nr, veld, "'" + waarde + "' is geen getal."));
            return null;
        }
    }
}
