package nl.maatwerk.verordening.termijn;

import java.time.LocalDate;
import java.util.Objects;

/** Een termijn of periode zoals een regel die stelt: "6 weken", "3 werkdagen", "5 jaren". */
public record Duur(int aantal, DuurEenheid eenheid) {

    public Duur {
        Objects.requireNonNull(eenheid, "eenheid");
        if (aantal < 0) {
            throw new IllegalArgumentException("Een duur kan niet negatief zijn: " + aantal);
        }
    }

    public static Duur dagen(int aantal) {
        return new Duur(aantal, DuurEenheid.DAGEN);
    }

    public static Duur weken(int aantal) {
        return new Duur(aantal, DuurEenheid.WEKEN);
    }

    public static Duur maanden(int aantal) {
        return new Duur(aantal, DuurEenheid.MAANDEN);
    }

    public static Duur jaren(int aantal) {
        return new Duur(aantal, DuurEenheid.JAREN);
    }

    public static Duur werkdagen(int aantal) {
        return new Duur(aantal, DuurEenheid.WERKDAGEN);
    }

    public boolean inWerkdagen() {
        return eenheid == DuurEenheid.WERKDAGEN;
    }

    /**
     * De kalenderdatum {@code aantal} eenheden na {@code van}. Maanden en jaren volgen
     * {@link LocalDate#plusMonths}: 31 januari plus een maand is de laatste dag van februari.
     * Werkdagen vragen een kalender: gebruik {@link Termijnkalender#plus}.
     */
    public LocalDate naKalender(LocalDate van) {
        return switch (eenheid) {
            case DAGEN -> van.plusDays(aantal);
            case WEKEN -> van.plusWeeks(aantal);
            case MAANDEN -> van.plusMonths(aantal);
            case JAREN -> van.plusYears(aantal);
            case WERKDAGEN -> throw new IllegalStateException(
                    "Een termijn in werkdagen vraagt een Termijnkalender: " + this);
        };
    }

    @Override
    public String toString() {
        return aantal + " " + eenheid.label(aantal);
    }
}
