package nl.maatwerk.kern.beveiliging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WachtwoordBeleidTest {

    @Test
    void eenLangGemengdWachtwoordIsGoed() {
        assertThat(WachtwoordBeleid.fouten("Lang-genoeg-123", "piet")).isEmpty();
    }

    @Test
    void teKort() {
        assertThat(WachtwoordBeleid.fouten("Kort-12", "piet")).containsExactly("Wachtwoord moet minstens 12 tekens lang zijn.");
        assertThat(WachtwoordBeleid.fouten(null, "piet")).containsExactly("Wachtwoord moet minstens 12 tekens lang zijn.");
    }

    @Test
    void zonderCijfersOfZonderLetters() {
        assertThat(WachtwoordBeleid.fouten("alleen-letters-hier", "piet")).containsExactly("Wachtwoord moet letters en cijfers bevatten.");
        assertThat(WachtwoordBeleid.fouten("1234567890123", "piet")).containsExactly("Wachtwoord moet letters en cijfers bevatten.");
    }

    @Test
    void deGebruikersnaamMagErNietInStaan() {
        assertThat(WachtwoordBeleid.fouten("Consulent.Lochem1", "consulent.lochem"))
                .containsExactly("Wachtwoord mag de gebruikersnaam niet bevatten.");
    }
}
