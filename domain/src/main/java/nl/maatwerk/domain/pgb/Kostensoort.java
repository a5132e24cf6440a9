package nl.maatwerk.domain.pgb;

import java.util.Locale;
import java.util.Optional;

/**
 * De soort kosten op een declaratie. De bekende soorten worden elk door hun regel getoetst; een andere tekst
 * (bijvoorbeeld "bemiddeling") is {@link #OVERIG} en wordt getoetst tegen de uitgesloten kosten (P-06) en het
 * verbod op een vrij besteedbaar bedrag (P-13).
 */
public enum Kostensoort {
    /** Uren hulp (uren en bedrag verplicht). */
    ZORG("zorg"),
    /** Kilometers reiskosten van de hulp (P-11). */
    REISKOSTEN("reiskosten"),
    /** Logeeropvang per etmaal; het aantal staat in de kolom uren (P-12). */
    LOGEEROPVANG("logeeropvang"),
    /** Maandloon voor vaste uren van formele hulp (P-21). */
    MAANDLOON("maandloon"),
    /** Feestdagen- of vakantie-uitkering, eens per kalenderjaar, formele hulp (P-21). */
    VAKANTIEGELD("vakantiegeld"),
    OVERIG("overig");

    private final String code;

    Kostensoort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** De bekende soort voor deze tekst uit het bestand; leeg voor elke andere tekst (dan OVERIG met die tekst). */
    public static Optional<Kostensoort> bekend(String tekst) {
        String t = tekst == null ? "" : tekst.strip().toLowerCase(Locale.ROOT);
        for (Kostensoort k : values()) {
            if (k != OVERIG && k.code.equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
