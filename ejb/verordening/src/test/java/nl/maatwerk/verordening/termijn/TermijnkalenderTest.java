package nl.maatwerk.verordening.termijn;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermijnkalenderTest {

    private final Termijnkalender kalender = new Termijnkalender();

    @Test
    @DisplayName("Atw art. 3: de feestdagen van 2026, met Goede Vrijdag (lid 2) en zonder eerste Paas- en Pinksterdag")
    void feestdagen2026() {
        assertThat(new AtwFeestdagen().feestdagen(2026)).containsExactlyEntriesOf(new java.util.LinkedHashMap<>() {{
            put(LocalDate.of(2026, 1, 1), "Nieuwjaarsdag");
            put(LocalDate.of(2026, 4, 3), "Goede Vrijdag");
            put(LocalDate.of(2026, 4, 6), "tweede Paasdag");
            put(LocalDate.of(2026, 4, 27), "Koningsdag");
            put(LocalDate.of(2026, 5, 5), "5 mei");
            put(LocalDate.of(2026, 5, 14), "Hemelvaartsdag");
            put(LocalDate.of(2026, 5, 25), "tweede Pinksterdag");
            put(LocalDate.of(2026, 12, 25), "eerste Kerstdag");
            put(LocalDate.of(2026, 12, 26), "tweede Kerstdag");
        }});
    }

    @Test
    @DisplayName("Koningsdag 2025: 27 april is een zondag, dus 26 april")
    void koningsdagOpZondagWordtZaterdag() {
        AtwFeestdagen feestdagen = new AtwFeestdagen();
        assertThat(feestdagen.isFeestdag(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(feestdagen.isFeestdag(LocalDate.of(2025, 4, 27))).isFalse();
        assertThat(feestdagen.isFeestdag(LocalDate.of(2026, 4, 27))).isTrue();
    }

    @Test
    @DisplayName("5 mei is elk jaar een feestdag in de zin van de Atw, niet alleen in lustrumjaren")
    void vijfMeiElkJaar() {
        assertThat(kalender.isWerkdag(LocalDate.of(2026, 5, 5))).isFalse();
        assertThat(kalender.isWerkdag(LocalDate.of(2027, 5, 5))).isFalse();
        assertThat(kalender.plusWerkdagen(LocalDate.of(2026, 5, 4), 1)).isEqualTo(LocalDate.of(2026, 5, 6));
    }

    @Test
    @DisplayName("Atw art. 3 lid 3: een bij besluit gelijkgestelde dag telt als feestdag")
    void gelijkgesteldeDag() {
        LocalDate vrijdagNaHemelvaart = LocalDate.of(2026, 5, 15);
        assertThat(kalender.isWerkdag(vrijdagNaHemelvaart)).isTrue();
        Termijnkalender metBrugdag = new Termijnkalender(new AtwFeestdagen(Set.of(vrijdagNaHemelvaart)));
        assertThat(metBrugdag.isWerkdag(vrijdagNaHemelvaart)).isFalse();
        assertThat(metBrugdag.feestdagen().feestdagen(2026)).containsEntry(vrijdagNaHemelvaart, "gelijkgestelde dag (Atw art. 3 lid 3)");
    }

    @ParameterizedTest(name = "{0} plus {1} werkdagen is {2}: {3}")
    @CsvSource({
            "2026-03-02, 3, 2026-03-05, gewone week",
            "2026-03-05, 3, 2026-03-10, over het weekend",
            "2026-04-02, 3, 2026-04-09, Pasen 2026: Goede Vrijdag en tweede Paasdag tellen niet",
            "2025-12-24, 3, 2025-12-31, Kerst 2025",
            "2025-12-30, 3, 2026-01-05, jaarwisseling met Nieuwjaarsdag",
            "2026-05-13, 1, 2026-05-15, Hemelvaartsdag",
            "2026-03-06, 0, 2026-03-06, nul werkdagen"
    })
    void werkdagen(LocalDate van, int aantal, LocalDate verwacht, String geval) {
        assertThat(kalender.plusWerkdagen(van, aantal)).isEqualTo(verwacht);
        assertThat(kalender.plus(van, Duur.werkdagen(aantal))).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "{0} plus {1}, Atw={2}: {3} ({4})")
    @CsvSource({
            "2026-03-20, 6 weken, true, 2026-05-01, eindigt op een werkdag: geen verlenging",
            "2026-01-03, 6 weken, true, 2026-02-16, eindigt op zaterdag: naar maandag (Atw art. 1)",
            "2026-01-03, 6 weken, false, 2026-02-14, beleidstermijn zonder Atw: zaterdag blijft",
            "2026-04-21, 2 weken, true, 2026-05-06, eindigt op 5 mei: naar 6 mei",
            "2026-03-16, 6 weken, true, 2026-04-28, eindigt op Koningsdag: naar 28 april",
            "2026-11-13, 6 weken, true, 2026-12-28, eindigt op eerste Kerstdag: over Kerst en weekend",
            "2026-04-02, 3 dagen, true, 2026-04-08, Atw art. 2: drie dagen rond Pasen bevatten twee werkdagen",
            "2026-04-02, 3 dagen, false, 2026-04-05, zonder Atw",
            "2025-11-26, 3 maanden, true, 2026-02-26, maanden over de jaarwisseling"
    })
    void termijnEinde(LocalDate van, String duur, boolean atw, LocalDate verwacht, String geval) {
        String[] delen = duur.split(" ");
        Duur d = new Duur(Integer.parseInt(delen[0]), DuurEenheid.vanNaam(delen[1]).orElseThrow());
        assertThat(kalender.einde(van, d, atw)).isEqualTo(verwacht);
    }

    @Test
    void maandenVolgenHetEindeVanDeMaand() {
        assertThat(Duur.maanden(1).naKalender(LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Duur.jaren(5).naKalender(LocalDate.of(2016, 2, 29))).isEqualTo(LocalDate.of(2021, 2, 28));
    }

    @Test
    void werkdagenVragenEenKalender() {
        assertThatThrownBy(() -> Duur.werkdagen(3).naKalender(LocalDate.of(2026, 1, 5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Termijnkalender");
        assertThatThrownBy(() -> Duur.dagen(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Duur.weken(1)).hasToString("1 week");
        assertThat(Duur.werkdagen(3)).hasToString("3 werkdagen");
    }
}
