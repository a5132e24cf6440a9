package nl.maatwerk.verordening.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Rekent termijnen uit. Een werkdag is een dag die geen zaterdag, zondag of algemeen erkende
 * feestdag (Atw art. 3) is.
 *
 * <p>De Atw geldt alleen voor termijnen die in een wet zijn gesteld (Wmo 2015, Awb); voor een
 * termijn uit beleidsregels geeft de aanroeper {@code atw = false} mee. Atw art. 1 lid 2 (terugrekenen)
 * komt hier niet voor: alle termijnen lopen vooruit vanaf een gebeurtenis.
 */
public final class Termijnkalender {

    private final AtwFeestdagen feestdagen;

    public Termijnkalender() {
        this(new AtwFeestdagen());
    }

    public Termijnkalender(AtwFeestdagen feestdagen) {
        this.feestdagen = Objects.requireNonNull(feestdagen);
    }

    public AtwFeestdagen feestdagen() {
        return feestdagen;
    }

    public boolean isWerkdag(LocalDate datum) {
        DayOfWeek dag = datum.getDayOfWeek();
        return dag != DayOfWeek.SATURDAY && dag != DayOfWeek.SUNDAY && !feestdagen.isFeestdag(datum);
    }

    /** De n-de werkdag na {@code van}; {@code van} zelf telt niet mee. */
    public LocalDate plusWerkdagen(LocalDate van, int aantal) {
        if (aantal < 0) {
            throw new IllegalArgumentException("Aantal werkdagen kan niet negatief zijn: " + aantal);
        }
        LocalDate datum = van;
        int geteld = 0;
        while (geteld < aantal) {
            datum = datum.plusDays(1);
            if (isWerkdag(datum)) {
                geteld++;
            }
        }
        return datum;
    }

    /** Eerste werkdag op of na {@code datum}. */
    public LocalDate eersteWerkdagVanaf(LocalDate datum) {
        LocalDate d = datum;
        while (!isWerkdag(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Het einde van de termijn zonder Atw-verlenging. */
    public LocalDate plus(LocalDate van, Duur duur) {
        return duur.inWerkdagen() ? plusWerkdagen(van, duur.aantal()) : duur.naKalender(van);
    }

    /**
     * De laatste dag van een termijn die op {@code van} begint te lopen (de dag na de gebeurtenis is
     * de eerste dag). Met {@code atw}: een einde op zaterdag, zondag of feestdag schuift naar de
     * eerstvolgende werkdag (Atw art. 1 lid 1), en een termijn van ten minste drie dagen bevat ten
     * minste twee werkdagen (Atw art. 2).
     */
    public LocalDate einde(LocalDate van, Duur duur, boolean atw) {
        LocalDate kalendereinde = plus(van, duur);
        if (!atw || duur.inWerkdagen()) {
            return kalendereinde;
        }
        LocalDate einde = eersteWerkdagVanaf(kalendereinde);
        if (!kalendereinde.isBefore(van.plusDays(3))) {
            while (werkdagenTussen(van, einde) < 2) {
                einde = eersteWerkdagVanaf(einde.plusDays(1));
            }
        }
        return einde;
    }

    /** Aantal werkdagen in (van, tot]. */
    private int werkdagenTussen(LocalDate van, LocalDate tot) {
        int aantal = 0;
        for (LocalDate d = van.plusDays(1); !d.isAfter(tot); d = d.plusDays(1)) {
            if (isWerkdag(d)) {
                aantal++;
            }
        }
        return aantal;
    }
}
