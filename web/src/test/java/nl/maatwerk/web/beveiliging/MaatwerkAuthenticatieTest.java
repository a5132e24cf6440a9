package nl.maatwerk.web.beveiliging;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class MaatwerkAuthenticatieTest {

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicHeaderMetDubbelepuntInHetWachtwoord() {
        assertThat(MaatwerkAuthenticatie.decodeer(b64("piet:ge:heim"))).containsExactly("piet", "ge:heim");
        assertThat(MaatwerkAuthenticatie.decodeer(b64("zoë:wachtwoord"))).containsExactly("zoë", "wachtwoord");
    }

    @Test
    void onleesbareOfOnvolledigeHeaderIsGeenAanmelding() {
        assertThat(MaatwerkAuthenticatie.decodeer("%%%")).isNull();
        assertThat(MaatwerkAuthenticatie.decodeer(b64("zonderdubbelepunt"))).isNull();
        assertThat(MaatwerkAuthenticatie.decodeer(b64(":leeg"))).isNull();
    }
}
