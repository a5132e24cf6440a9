package nl.maatwerk.verordening.regelset;

import nl.maatwerk.verordening.termijn.Duur;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** De waarde van een parameter; de variant volgt het {@link ParameterType}. */
public sealed interface Waarde {

    ParameterType type();

    /** Een aantal met eenheid ("km/jaar", "uur/week", "jaar" als leeftijd). */
    record Getal(BigDecimal getal, String eenheid) implements Waarde {
        public Getal {
            Objects.requireNonNull(getal, "getal");
            Objects.requireNonNull(eenheid, "eenheid");
        }

        @Override
        public ParameterType type() {
            return ParameterType.GETAL;
        }

        public int alsInt() {
            return getal.intValueExact();
        }

        @Override
        public String toString() {
            return getal.stripTrailingZeros().toPlainString() + " " + eenheid;
        }
    }

    record Bedrag(BigDecimal euro) implements Waarde {
        public Bedrag {
            Objects.requireNonNull(euro, "euro");
        }

        @Override
        public ParameterType type() {
            return ParameterType.BEDRAG;
        }

        @Override
        public String toString() {
            DecimalFormat formaat = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
            return "€ " + formaat.format(euro);
        }
    }

    record Termijn(Duur duur) implements Waarde {
        public Termijn {
            Objects.requireNonNull(duur, "duur");
        }

        @Override
        public ParameterType type() {
            return ParameterType.DUUR;
        }

        @Override
        public String toString() {
            return duur.toString();
        }
    }

    record Waarheid(boolean waar) implements Waarde {
        @Override
        public ParameterType type() {
            return ParameterType.BOOLEAN;
        }

        @Override
        public String toString() {
            return waar ? "ja" : "nee";
        }
    }

    record Lijst(List<String> items) implements Waarde {
        public Lijst {
            items = List.copyOf(items);
        }

        @Override
        public ParameterType type() {
            return ParameterType.LIJST;
        }

        /** Hoofdletterongevoelig, zodat "Verhoogd toilet" en "verhoogd toilet" hetzelfde zijn. */
        public boolean bevat(String item) {
            return items.stream().anyMatch(i -> i.equalsIgnoreCase(item.trim()));
        }

        @Override
        public String toString() {
            return String.join(", ", items);
        }
    }

    /** Rijen in de volgorde van het bestand; elke cel is zelf een Getal, Bedrag of Lijst. */
    record Tabel(Map<String, Waarde> rijen) implements Waarde {
        public Tabel {
            rijen = Collections.unmodifiableMap(new LinkedHashMap<>(rijen));
        }

        @Override
        public ParameterType type() {
            return ParameterType.TABEL;
        }

        @Override
        public String toString() {
            return rijen.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; "));
        }
    }
}
