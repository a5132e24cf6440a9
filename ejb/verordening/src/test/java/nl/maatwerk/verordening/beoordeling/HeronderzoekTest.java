package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.termijn.Termijnkalender;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class HeronderzoekTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2018, 1, 1);
    private final Heronderzoek heronderzoek = new Heronderzoek(Regelboek.standaard(), new Termijnkalender());

    @Test
    @DisplayName("C-18 geldt: een indicatie die binnen 8 weken afloopt komt op de lijst; een die later afloopt niet")
    void c18Aflopend() {
        List<Heronderzoek.Indicatie> indicaties = List.of(
                new Heronderzoek.Indicatie("A", "0222", LocalDate.of(2018, 2, 26)),
                new Heronderzoek.Indicatie("B", "0222", LocalDate.of(2018, 2, 27)),
                new Heronderzoek.Indicatie("C", "0262", LocalDate.of(2017, 12, 31)));
        List<Heronderzoek.Geval> gevallen = heronderzoek.selecteer(indicaties, PEILDATUM, 1L);
        Map<Heronderzoek.Reden, List<String>> perReden = Heronderzoek.perReden(gevallen);
        assertThat(perReden.get(Heronderzoek.Reden.LOOPT_AF)).containsExactly("A");
        assertThat(gevallen.get(0).toepassing().motivering())
                .isEqualTo("Indicatie A loopt af op 26 februari 2018, binnen 8 weken; wij bekijken of de ondersteuning nog passend is "
                        + "(artikel 16 lid 2 Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017, regel C-18).");
    }

    @Test
    @DisplayName("C-18 steekproef: 5 procent per gemeente, naar boven afgerond, reproduceerbaar met het zaad")
    void c18Steekproef() {
        List<Heronderzoek.Indicatie> indicaties = new ArrayList<>();
        IntStream.rangeClosed(1, 40).forEach(i -> indicaties.add(new Heronderzoek.Indicatie("D" + i, "0222", null)));
        IntStream.rangeClosed(1, 10).forEach(i -> indicaties.add(new Heronderzoek.Indicatie("L" + i, "0262", LocalDate.of(2020, 1, 1))));

        List<String> eerste = Heronderzoek.perReden(heronderzoek.selecteer(indicaties, PEILDATUM, 42L)).get(Heronderzoek.Reden.STEEKPROEF);
        List<String> tweede = Heronderzoek.perReden(heronderzoek.selecteer(indicaties, PEILDATUM, 42L)).get(Heronderzoek.Reden.STEEKPROEF);
        assertThat(eerste).isEqualTo(tweede);
        assertThat(eerste.stream().filter(id -> id.startsWith("D"))).hasSize(2);
        assertThat(eerste.stream().filter(id -> id.startsWith("L"))).hasSize(1);
    }

    @Test
    @DisplayName("C-18 geldt niet: geen lopende indicaties, geen heronderzoek")
    void c18Leeg() {
        assertThat(heronderzoek.selecteer(List.of(), PEILDATUM, 1L)).isEmpty();
    }
}
