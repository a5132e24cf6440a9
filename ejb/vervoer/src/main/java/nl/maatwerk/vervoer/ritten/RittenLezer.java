package nl.maatwerk.vervoer.ritten;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import nl.maatwerk.kern.bestand.Puntkommabestand;

/**
 * Leest het rittenbestand van de vervoerder, regel voor regel (streaming: het geheugen groeit niet met het
 * bestand), en controleert elke regel. Geldige regels gaan naar {@code geldig}, fouten met regelnummer en veld
 * naar {@code fout}. Of een rit al bestaat, beslist de opslag (zie {@code Rittenimport}).
 *
 * <h2>Formaat</h2>
 * UTF-8, scheidingsteken puntkomma, eerste regel de kolomnamen, precies in deze volgorde:
 * <pre>
 * pasnummer;datum;tijd;van;naar;km;zones;begeleider;prioriteit
 * D-0001;15-03-2026;09:30;Dorpsstraat 1, Doetinchem;Ziekenhuis Slingeland;12,4;0;nee;nee
 * </pre>
 * <ul>
 *   <li>pasnummer: het nummer van de regiotaxipas (een pas van een andere gemeente is "onbekend")</li>
 *   <li>datum: dd-mm-jjjj, binnen de geldigheid van de pas; tijd: uu:mm (vertrek)</li>
 *   <li>van, naar: adres of zone, hoogstens 200 tekens</li>
 *   <li>km: afstand, niet negatief, komma of punt, één decimaal</li>
 *   <li>zones: aantal zones inclusief de opstapzone (V-03), geheel getal, niet negatief</li>
 *   <li>begeleider, prioriteit: ja of nee</li>
 * </ul>
 */
public final class RittenLezer {

    public static final List<String> KOLOMMEN = List.of("pasnummer", "datum", "tijd", "van", "naar", "km", "zones", "begeleider", "prioriteit");

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final BigDecimal MAX_KM = new BigDecimal("999999.9");

    /** Wat de lezer over een pas moet weten. */
    public record PasInfo(long id, String pasnummer, String gemeente, long clientId, LocalDate geldigVan, LocalDate geldigTot,
                          String regelsetVersie) {
        boolean geldigOp(LocalDate d) {
            return !d.isBefore(geldigVan) && (geldigTot == null || !d.isAfter(geldigTot));
        }
    }

    /** Zoekt een pas binnen de gemeenten van de gebruiker; leeg als die er niet is of van een andere gemeente. */
    @FunctionalInterface
    public interface Passen {
        Optional<PasInfo> zoek(String pasnummer);
    }

    public record Ritregel(long regel, PasInfo pas, LocalDateTime moment, String van, String naar, BigDecimal km, int zones,
                           boolean begeleider, boolean prioriteit) {
    }

    public record Regelfout(long regel, String veld, String melding) {
        /** "Regel 3, veld km: mag niet negatief zijn (-2)." */
        public String tekst() {
            return "Regel " + regel + (veld == null ? "" : ", veld " + veld) + ": " + melding;
        }
    }

    /** @return het aantal gelezen rittenregels (de kopregel niet meegeteld) */
    public long lees(Reader invoer, Passen passen, Consumer<Ritregel> geldig, Consumer<Regelfout> fout) {
        return Puntkommabestand.lees(invoer, KOLOMMEN, "ritten", (record, nr) -> {
            controleer(record, nr, passen).ifPresent(geldig);
            laatsteFouten.forEach(fout);
            laatsteFouten.clear();
        }, (regel, veld, melding) -> fout.accept(new Regelfout(regel, veld, melding)));
    }

    private final List<Regelfout> laatsteFouten = new ArrayList<>();

    /**
     * Een bestand heeft weinig verschillende datums en tijden (hoogstens 366 en 1.440 per jaar), en het strikt ontleden
     * is een flink deel van het lezen: de uitkomst van een geldige tekst wordt onthouden. Begrensd, zodat het geheugen
     * niet met het bestand groeit; ongeldige teksten worden niet onthouden (die geven elke keer hun melding).
     */
    private static final int MAX_ONTHOUDEN = 4096;
    private final java.util.Map<String, LocalDate> datums = new java.util.HashMap<>();
    private final java.util.Map<String, LocalTime> tijden = new java.util.HashMap<>();

    private static <T> void onthoud(java.util.Map<String, T> map, String tekst, T waarde) {
        if (map.size() >= MAX_ONTHOUDEN) {
            map.clear();
        }
        map.put(tekst, waarde);
    }

    private Optional<Ritregel> controleer(List<String> r, long nr, Passen passen) {
        if (r.size() != KOLOMMEN.size()) {
            laatsteFouten.add(new Regelfout(nr, null, r.size() + " kolommen in plaats van " + KOLOMMEN.size() + " ("
                    + String.join(";", KOLOMMEN) + ")."));
            return Optional.empty();
        }
        String pasnummer = r.get(0);
        PasInfo pas = null;
        if (pasnummer.isEmpty()) {
            laatsteFouten.add(new Regelfout(nr, "pasnummer", "is leeg."));
        } else {
            pas = passen.zoek(pasnummer).orElse(null);
            if (pas == null) {
                laatsteFouten.add(new Regelfout(nr, "pasnummer", "pas " + pasnummer + " is onbekend."));
            }
        }
        LocalDate datum = datums.get(r.get(1));
        if (datum == null) {
            try {
                datum = LocalDate.parse(r.get(1), DATUM);
                onthoud(datums, r.get(1), datum);
            } catch (DateTimeParseException e) {
                laatsteFouten.add(new Regelfout(nr, "datum", "'" + r.get(1) + "' is geen geldige datum (dd-mm-jjjj)."));
            }
        }
        if (pas != null && datum != null && !pas.geldigOp(datum)) {
            laatsteFouten.add(new Regelfout(nr, "datum", r.get(1) + " valt buiten de geldigheid van pas " + pas.pasnummer() + " ("
                    + DATUM.format(pas.geldigVan()) + " tot en met " + (pas.geldigTot() == null ? "onbepaald" : DATUM.format(pas.geldigTot())) + ")."));
        }
        LocalTime tijd = tijden.get(r.get(2));
        if (tijd == null) {
            try {
                tijd = LocalTime.parse(r.get(2), TIJD);
                onthoud(tijden, r.get(2), tijd);
            } catch (DateTimeParseException e) {
                laatsteFouten.add(new Regelfout(nr, "tijd", "'" + r.get(2) + "' is geen geldige tijd (uu:mm)."));
            }
        }
        String van = tekst(r.get(3), nr, "van");
        String naar = tekst(r.get(4), nr, "naar");
        BigDecimal km = null;
        try {
            km = new BigDecimal(r.get(5).replace(',', '.'));
            if (km.signum() < 0) {
                laatsteFouten.add(new Regelfout(nr, "km", "mag niet negatief zijn (" + r.get(5) + ")."));
                km = null;
            } else if (km.compareTo(MAX_KM) > 0) {
                laatsteFouten.add(new Regelfout(nr, "km", "is groter dan " + MAX_KM.toPlainString() + " (" + r.get(5) + ")."));
                km = null;
            } else {
                km = km.setScale(1, RoundingMode.HALF_UP);
            }
        } catch (NumberFormatException e) {
            laatsteFouten.add(new Regelfout(nr, "km", "'" + r.get(5) + "' is geen getal."));
        }
        Integer zones = null;
        try {
            zones = Integer.valueOf(r.get(6));
            if (zones < 0) {
                laatsteFouten.add(new Regelfout(nr, "zones", "mag niet negatief zijn (" + r.get(6) + ")."));
                zones = null;
            }
        } catch (NumberFormatException e) {
            laatsteFouten.add(new Regelfout(nr, "zones", "'" + r.get(6) + "' is geen geheel getal."));
        }
        Boolean begeleider = jaNee(r.get(7), nr, "begeleider");
        Boolean prioriteit = jaNee(r.get(8), nr, "prioriteit");
        if (!laatsteFouten.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Ritregel(nr, pas, LocalDateTime.of(datum, tijd), van, naar, km, zones, begeleider, prioriteit));
    }

    private String tekst(String waarde, long nr, String veld) {
        if (waarde.isEmpty()) {
            laatsteFouten.add(new Regelfout(nr, veld, "is leeg."));
        } else if (waarde.length() > 200) {
            laatsteFouten.add(new Regelfout(nr, veld, "is langer dan 200 tekens."));
        }
        return waarde;
    }

    private Boolean jaNee(String waarde, long nr, String veld) {
        return switch (waarde.toLowerCase(Locale.ROOT)) {
            case "ja", "j" -> true;
            case "nee", "n" -> false;
            default -> {
                laatsteFouten.add(new Regelfout(nr, veld, "'" + waarde + "' moet ja of nee zijn."));
                yield null;
            }
        };
    }
}
