package nl.maatwerk.kern.beveiliging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a new password must be: long, mixed, and not the user name. Messages in Dutch. */
public final class WachtwoordBeleid {

    public static final int MINIMALE_LENGTE = 12;

    private WachtwoordBeleid() {
    }

    public static List<String> fouten(String wachtwoord, String gebruikersnaam) {
        List<String> fouten = new ArrayList<>();
        if (wachtwoord == null || wachtwoord.length() < MINIMALE_LENGTE) {
            fouten.add("Wachtwoord moet minstens " + MINIMALE_LENGTE + " tekens lang zijn.");
            return fouten;
        }
        if (wachtwoord.chars().noneMatch(Character::isLetter) || wachtwoord.chars().noneMatch(Character::isDigit)) {
            fouten.add("Wachtwoord moet letters en cijfers bevatten.");
        }
        if (gebruikersnaam != null && !gebruikersnaam.isBlank()
                && wachtwoord.toLowerCase(Locale.ROOT).contains(gebruikersnaam.toLowerCase(Locale.ROOT))) {
            fouten.add("Wachtwoord mag de gebruikersnaam niet bevatten.");
        }
        return fouten;
    }
}
