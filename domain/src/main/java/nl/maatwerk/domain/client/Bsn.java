package nl.maatwerk.domain.client;

import java.util.Optional;

/**
 * Burgerservicenummer with the elfproef: 9 digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11 and not zero. Eight-digit numbers are
 * written with a leading zero, as the BRP does.
 */
public final class Bsn {

    private Bsn() {
    }

    /** Strips spaces and dots people type, and pads an eight-digit number. */
    public static String normaliseer(String invoer) {
        if (invoer == null) {
            return null;
        }
        String cijfers = invoer.replaceAll("[\\s.]", "");
        return cijfers.length() == 8 && cijfers.chars().allMatch(Character::isDigit) ? "0" + cijfers : cijfers;
    }

    public static boolean isGeldig(String invoer) {
        return fout(invoer).isEmpty();
    }

    /** The Dutch reason why this is not a valid BSN, or empty when it is. */
    public static Optional<String> fout(String invoer) {
        String bsn = normaliseer(invoer);
        if (bsn == null || bsn.isEmpty()) {
            return Optional.of("BSN is verplicht.");
        }
        if (bsn.length() != 9 || !bsn.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("BSN moet uit 9 cijfers bestaan.");
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        if (som == 0 || som % 11 != 0) {
            return Optional.of("BSN " + bsn + " voldoet niet aan de elfproef.");
        }
        return Optional.empty();
    }
}
