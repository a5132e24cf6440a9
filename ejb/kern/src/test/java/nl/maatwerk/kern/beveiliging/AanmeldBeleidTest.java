package nl.maatwerk.kern.beveiliging;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class AanmeldBeleidTest {

    private static final LocalDateTime NU = LocalDateTime.of(2026, 11, 22, 9, 0);

    @Test
    void vierMislukkingenBlokkerenNogNiet() {
        int pogingen = 0;
        for (int i = 0; i < 4; i++) {
            pogingen = AanmeldBeleid.naMislukking(pogingen, null, NU);
        }
        assertThat(pogingen).isEqualTo(4);
        assertThat(AanmeldBeleid.blokkeerTot(pogingen, NU)).isNull();
    }

    @Test
    void deVijfdeMislukkingBlokkeertVijftienMinuten() {
        assertThat(AanmeldBeleid.blokkeerTot(5, NU)).isEqualTo(NU.plusMinutes(15));
        assertThat(AanmeldBeleid.isGeblokkeerd(NU.plusMinutes(15), NU.plusMinutes(14).plusSeconds(59))).isTrue();
        assertThat(AanmeldBeleid.isGeblokkeerd(NU.plusMinutes(15), NU.plusMinutes(15))).isFalse();
        assertThat(AanmeldBeleid.isGeblokkeerd(null, NU)).isFalse();
    }

    @Test
    void naEenVerlopenBlokkadeBegintDeTellingOpnieuw() {
        assertThat(AanmeldBeleid.naMislukking(5, NU.minusMinutes(1), NU)).isEqualTo(1);
        assertThat(AanmeldBeleid.naMislukking(5, NU.plusMinutes(1), NU)).isEqualTo(6);
    }
}
