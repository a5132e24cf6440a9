package nl.maatwerk.verordening.termijn;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * De algemeen erkende feestdagen van de Algemene termijnenwet (Atw) art. 3.
 *
 * <p>Lid 1: Nieuwjaarsdag, tweede Paasdag, tweede Pinksterdag, beide Kerstdagen, Hemelvaartsdag,
 * de dag waarop de verjaardag van de Koning wordt gevierd (27 april, 26 april als 27 april een
 * zondag is) en 5 mei (elk jaar, niet alleen in lustrumjaren). Lid 2: Goede Vrijdag wordt
 * gelijkgesteld. Lid 3: bij besluit gelijkgestelde dagen (brugdagen) worden per jaar gepubliceerd;
 * die geeft de beheerder mee via {@link #AtwFeestdagen(Set)}.
 *
 * <p>De data komen uit jollyday (Pasen, Hemelvaart, Pinksteren, de verschuiving van Koningsdag).
 * Welke dagen meetellen bepaalt de wet, niet de bibliotheek: jollyday kent ook eerste Paas- en
 * Pinksterdag (zondagen, dus zonder gevolg) en voert Goede Vrijdag als "observance"; daarom filteren
 * we op de sleutels hieronder in plaats van op het type feestdag.
 */
public final class AtwFeestdagen {

    /** jollyday-sleutel naar de naam in Atw art. 3. */
    private static final Map<String, String> ATW_ARTIKEL_3 = Map.of(
            "NEW_YEAR", "Nieuwjaarsdag",
            "christian.GOOD_FRIDAY", "Goede Vrijdag",
            "christian.EASTER_MONDAY", "tweede Paasdag",
            "KINGS_DAY", "Koningsdag",
            "LIBERATION", "5 mei",
            "christian.ASCENSION_DAY", "Hemelvaartsdag",
            "christian.PENTECOST_MONDAY", "tweede Pinksterdag",
            "FIRST_CHRISTMAS_DAY", "eerste Kerstdag",
            "SECOND_CHRISTMAS_DAY", "tweede Kerstdag");

    private static final HolidayManager NEDERLAND =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));

    private final Set<LocalDate> gelijkgesteld;
    private final Map<Integer, Map<LocalDate, String>> perJaar = new ConcurrentHashMap<>();

    /** Alleen de dagen van art. 3 lid 1 en 2. */
    public AtwFeestdagen() {
        this(Set.of());
    }

    /** @param gelijkgesteld dagen die bij besluit op grond van Atw art. 3 lid 3 zijn gelijkgesteld */
    public AtwFeestdagen(Set<LocalDate> gelijkgesteld) {
        this.gelijkgesteld = Set.copyOf(gelijkgesteld);
    }

    public boolean isFeestdag(LocalDate datum) {
        return feestdagen(datum.getYear()).containsKey(datum);
    }

    /** Feestdagen van een jaar op datum, met hun naam. */
    public Map<LocalDate, String> feestdagen(int jaar) {
        return perJaar.computeIfAbsent(jaar, this::bereken);
    }

    private Map<LocalDate, String> bereken(int jaar) {
        Map<LocalDate, String> dagen = new TreeMap<>();
        for (Holiday feestdag : NEDERLAND.getHolidays(Year.of(jaar))) {
            String naam = ATW_ARTIKEL_3.get(feestdag.getPropertiesKey());
            if (naam != null) {
                dagen.put(feestdag.getDate(), naam);
            }
        }
        gelijkgesteld.stream()
                .filter(d -> d.getYear() == jaar)
                .forEach(d -> dagen.putIfAbsent(d, "gelijkgestelde dag (Atw art. 3 lid 3)"));
        return Collections.unmodifiableMap(dagen);
    }
}
