package nl.maatwerk.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Lists over several gemeenten asked one gemeente at a time. H2 reads an index for an IN list on its
 * first column without the columns after it (for two gemeenten of the 100,000-client population:
 * 150,000 index entries), so counts and candidate ids are asked per gemeente, each an index range.
 */
public final class PerGemeente {

    /** Above this many rows before the page's end the per-gemeente candidate lists stop paying off. */
    public static final int KANDIDATEN_MAX = 1_000;

    private PerGemeente() {
    }

    /** The sum of one count per gemeente; {@code telling} gets the gemeente to restrict to. */
    public static long tel(Collection<String> gemeenten, ToLongFunction<String> telling) {
        long totaal = 0;
        for (String g : gemeenten) {
            totaal += telling.applyAsLong(g);
        }
        return totaal;
    }

    /** The union of each gemeente's first ids, in a fixed gemeente order; the caller lets the database order it. */
    public static List<Long> kandidaten(Collection<String> gemeenten, Function<String, List<Long>> ids) {
        List<Long> alle = new ArrayList<>();
        for (String g : new TreeSet<>(gemeenten)) {
            alle.addAll(ids.apply(g));
        }
        return alle;
    }
}
