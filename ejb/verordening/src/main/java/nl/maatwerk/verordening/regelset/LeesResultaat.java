package nl.maatwerk.verordening.regelset;

import java.util.List;
import java.util.stream.Collectors;

/** Uitkomst van het lezen van een regelset: de regelset, of alle fouten (nooit een half resultaat). */
public sealed interface LeesResultaat {

    boolean isGelukt();

    /** @throws IllegalStateException met alle fouten als het lezen mislukte */
    Regelset regelset();

    List<RegelsetFout> fouten();

    record Gelukt(Regelset regelset) implements LeesResultaat {
        @Override
        public boolean isGelukt() {
            return true;
        }

        @Override
        public List<RegelsetFout> fouten() {
            return List.of();
        }
    }

    record Mislukt(List<RegelsetFout> fouten) implements LeesResultaat {
        public Mislukt {
            if (fouten.isEmpty()) {
                throw new IllegalArgumentException("Een mislukte lezing heeft minstens één fout");
            }
            fouten = List.copyOf(fouten);
        }

        @Override
        public boolean isGelukt() {
            return false;
        }

        @Override
        public Regelset regelset() {
            throw new IllegalStateException("De regelset is ongeldig:\n" + fouten.stream()
                    .map(RegelsetFout::tekst).collect(Collectors.joining("\n")));
        }
    }
}
