package nl.maatwerk.kern.beveiliging;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Lock-out after repeated failures: the fifth failed attempt in a row blocks the account for
 * 15 minutes (BIO 9.4.2: limit unsuccessful log-on attempts). A success resets the count.
 */
public final class AanmeldBeleid {

    public static final int MAXIMAAL_MISLUKT = 5;
    public static final Duration BLOKKADE = Duration.ofMinutes(15);

    private AanmeldBeleid() {
    }

    public static boolean isGeblokkeerd(LocalDateTime geblokkeerdTot, LocalDateTime nu) {
        return geblokkeerdTot != null && nu.isBefore(geblokkeerdTot);
    }

    /** The new failure count after one more failed attempt (a block that has expired starts over). */
    public static int naMislukking(int misluktePogingen, LocalDateTime geblokkeerdTot, LocalDateTime nu) {
        boolean blokkadeVerlopen = geblokkeerdTot != null && !nu.isBefore(geblokkeerdTot);
        return (blokkadeVerlopen ? 0 : misluktePogingen) + 1;
    }

    /** When this count blocks the account, until when; otherwise null. */
    public static LocalDateTime blokkeerTot(int misluktePogingen, LocalDateTime nu) {
        return misluktePogingen >= MAXIMAAL_MISLUKT ? nu.plus(BLOKKADE) : null;
    }
}
