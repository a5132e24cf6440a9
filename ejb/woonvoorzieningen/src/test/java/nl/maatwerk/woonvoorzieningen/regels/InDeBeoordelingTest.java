package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.verordening.beoordeling.Afweging;
import nl.maatwerk.verordening.beoordeling.Afwegingsfactor;
import nl.maatwerk.verordening.beoordeling.Beoordelaar;
import nl.maatwerk.verordening.beoordeling.Beoordeling;
import nl.maatwerk.verordening.beoordeling.Conclusie;
import nl.maatwerk.verordening.beoordeling.Feiten;
import nl.maatwerk.verordening.beoordeling.Oplossing;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Situatie;
import nl.maatwerk.verordening.beoordeling.Toepassingsgrond;
import nl.maatwerk.verordening.beoordeling.Trede;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static nl.maatwerk.woonvoorzieningen.regels.Gevallen.PEILDATUM;
import static org.assertj.core.api.Assertions.assertThat;

/** De woonregels via het uitbreidingspunt Regel&lt;C&gt; in de Beoordelaar van de verordening (voor de beschikking). */
class InDeBeoordelingTest {

    private static Situatie situatie(String gemeente) {
        Situatie.Bouwer b = Situatie.voor(gemeente, PEILDATUM, new Toepassingsgrond.NieuweAanvraag(PEILDATUM)).leeftijd(70);
        for (Trede trede : Trede.values()) {
            b.ladder(trede, Oplossing.NIET, "");
        }
        return b.voorliggend(Feiten.Voorliggend.geen())
                .weigeringsfeiten(new Feiten.Weigeringsfeiten(true, false))
                .noodzaak(new Feiten.Noodzaak(true, true, true))
                .huishouden(new Feiten.Huishouden(false, false, null))
                .afwegingen(Arrays.stream(Afwegingsfactor.values()).map(f -> new Afweging(f, "besproken")).toList())
                .bouw();
    }

    @Test
    @DisplayName("W-01, W-05 … W-18 na de algemene criteria: een traplift na een aanpasadvies wordt aangewezen")
    void aangewezen() {
        Beoordeling b = new Beoordelaar(Gevallen.REGELBOEK).beoordeel(situatie("0262"), Gevallen.traplift(), Woonregels.voorBeoordelaar());
        assertThat(b.isAangewezen()).as(b.conclusie().toString()).isTrue();
        assertThat(b.toepassing("W-01")).isPresent();
        assertThat(b.toepassing("W-12")).get().extracting(RegelToepassing::motivering).asString().contains("bruikleen");
        assertThat(b.regelsetVersie()).isEqualTo("0262-2016-06-01");
    }

    @Test
    @DisplayName("W-05 als afwijzingsgrond in de beoordeling: de beschikking noemt de grond met artikel")
    void afgewezen() {
        Beoordeling b = new Beoordelaar(Gevallen.REGELBOEK).beoordeel(situatie("0222"),
                Gevallen.traplift().vorigeWoonvoorziening(PEILDATUM.minusYears(2), false), Woonregels.voorBeoordelaar());
        assertThat(b.conclusie().soort()).isEqualTo(Conclusie.Soort.AFGEWEZEN);
        assertThat(b.conclusie().gronden()).extracting(RegelToepassing::regelId).containsExactly("W-05");
        assertThat(b.conclusie().gronden().get(0).motivering()).contains("artikel 8 lid 3 onder c", "regel W-05");
    }
}
