package nl.maatwerk.domain.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999990019", "111 222 333", "1112.22.333"})
    void geldigeBsnVoldoetAanDeElfproef(String bsn) {
        assertThat(Bsn.fout(bsn)).isEmpty();
        assertThat(Bsn.isGeldig(bsn)).isTrue();
    }

    @Test
    void achtCijfersKrijgenEenVoorloopnul() {
        assertThat(Bsn.normaliseer("12345678")).isEqualTo("012345678");
        assertThat(Bsn.normaliseer(" 111 222 333 ")).isEqualTo("111222333");
    }

    @Test
    void eenCijferVerkeerdFaaltDeElfproef() {
        assertThat(Bsn.fout("123456781")).contains("BSN 123456781 voldoet niet aan de elfproef.");
    }

    @Test
    void nullenZijnGeenBsn() {
        assertThat(Bsn.fout("000000000")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567890", "12345678a", "abcdefghi"})
    void verkeerdeLengteOfTekensGeeftEenDuidelijkeMelding(String bsn) {
        assertThat(Bsn.fout(bsn)).contains("BSN moet uit 9 cijfers bestaan.");
    }

    @Test
    void leegIsVerplicht() {
        assertThat(Bsn.fout("")).contains("BSN is verplicht.");
        assertThat(Bsn.fout(null)).contains("BSN is verplicht.");
    }
}
