package nl.maatwerk.kern.beveiliging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** PBKDF2 with HMAC-SHA512 and 210,000 iterations (OWASP's 2023 advice), through Jakarta Security. */
@ApplicationScoped
public class Wachtwoorden {

    @Inject
    Pbkdf2PasswordHash hash;

    private String dummy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        dummy = hash.generate("geen-gebruiker".toCharArray());
    }

    public String maakHash(String wachtwoord) {
        return hash.generate(wachtwoord.toCharArray());
    }

    public boolean klopt(String wachtwoord, String opgeslagenHash) {
        return hash.verify(wachtwoord.toCharArray(), opgeslagenHash);
    }

    /** Spends the same time as a real check, so response times do not tell which user names exist. */
    public void verspilTijd(String wachtwoord) {
        hash.verify(wachtwoord.toCharArray(), dummy);
    }
}
