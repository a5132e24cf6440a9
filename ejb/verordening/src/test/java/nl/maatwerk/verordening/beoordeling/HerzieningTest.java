package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Termijnkalender;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HerzieningTest {

    private static final Regelset DOETINCHEM = Regelboek.standaard().versie("0222-2017-03-01");
    private static final LocalDate PEILDATUM = LocalDate.of(2018, 3, 1);
    private final Herziening herziening = new Herziening(new Termijnkalender());

    @Test
    @DisplayName("C-17 geldt: opzettelijk onjuiste gegevens, intrekken en de geldswaarde terugvorderen")
    void c17OpzettelijkOnjuist() {
        Herziening.Resultaat r = herziening.toets(DOETINCHEM, new Herziening.Omstandigheden(Herziening.Verstrekking.DIENST,
                true, true, false, false, false, false, null, false), PEILDATUM);
        assertThat(r.herzienOfIntrekken()).isTrue();
        assertThat(r.gronden()).containsExactly(Herziening.Grond.ONJUISTE_GEGEVENS);
        assertThat(r.geldswaardeTerugvorderbaar()).isTrue();
        assertThat(r.voorzieningTerugvorderbaar()).isFalse();
        assertThat(r.toepassing().motivering()).contains("kan de geldswaarde worden teruggevorderd")
                .endsWith("(artikel 15 Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017, regel C-17).");
    }

    @Test
    @DisplayName("C-17 geldt: voorziening in bruikleen niet meer nodig, de voorziening kan terug; niet opzettelijk dus geen geldswaarde")
    void c17BruikleenNietLangerAangewezen() {
        Herziening.Resultaat r = herziening.toets(DOETINCHEM, new Herziening.Omstandigheden(Herziening.Verstrekking.NATURA_BRUIKLEEN,
                true, false, true, false, false, false, null, false), PEILDATUM);
        assertThat(r.gronden()).containsExactly(Herziening.Grond.ONJUISTE_GEGEVENS, Herziening.Grond.NIET_LANGER_AANGEWEZEN);
        assertThat(r.geldswaardeTerugvorderbaar()).isFalse();
        assertThat(r.voorzieningTerugvorderbaar()).isTrue();
    }

    @Test
    @DisplayName("C-17 geldt: Pgb niet binnen 6 maanden besteed (P-08)")
    void c17PgbNietBesteed() {
        Herziening.Resultaat r = herziening.toets(DOETINCHEM, new Herziening.Omstandigheden(Herziening.Verstrekking.PGB,
                false, false, false, false, false, false, LocalDate.of(2017, 8, 31), false), PEILDATUM);
        assertThat(r.gronden()).containsExactly(Herziening.Grond.PGB_NIET_BINNEN_TERMIJN_BESTEED);
    }

    @Test
    @DisplayName("C-17 geldt niet: Pgb nog binnen de bestedingstermijn, verder niets aan de hand")
    void c17GeenGrond() {
        Herziening.Resultaat r = herziening.toets(DOETINCHEM, new Herziening.Omstandigheden(Herziening.Verstrekking.PGB,
                false, false, false, false, false, false, LocalDate.of(2017, 9, 1), false), PEILDATUM);
        assertThat(r.herzienOfIntrekken()).isFalse();
        assertThat(r.gronden()).isEmpty();
        assertThat(r.toepassing().uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }
}
