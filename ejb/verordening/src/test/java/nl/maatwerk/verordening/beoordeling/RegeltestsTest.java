package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.TestBestanden;
import nl.maatwerk.verordening.regelset.RegelsetException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Voert de tabeltests in src/test/resources/regeltests/ uit; zie {@link Regeltest} voor het formaat. */
class RegeltestsTest {

    private static final List<String> BESTANDEN = List.of(
            "regeltests/doetinchem-ladder.yaml",
            "regeltests/doetinchem-criteria.yaml",
            "regeltests/doetinchem-indicatieduur-en-hardheidsclausule.yaml",
            "regeltests/lochem.yaml",
            "regeltests/versiewissel.yaml");

    private static final Beoordelaar BEOORDELAAR = new Beoordelaar(TestBestanden.regelboekMetTestversie());

    static Stream<Regeltest> gevallen() {
        return BESTANDEN.stream().flatMap(b -> Regeltest.lees(b.substring(b.indexOf('/') + 1), TestBestanden.lees(b)).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gevallen")
    @SuppressWarnings("unchecked")
    void regeltest(Regeltest geval) {
        Map<String, Object> verwacht = geval.verwacht();
        if (verwacht.containsKey("fout_bevat")) {
            assertThatThrownBy(() -> BEOORDELAAR.beoordeel(geval.alsSituatie()))
                    .isInstanceOf(RegelsetException.class)
                    .hasMessageContaining((String) verwacht.get("fout_bevat"));
            return;
        }
        Beoordeling beoordeling = BEOORDELAAR.beoordeel(geval.alsSituatie());
        String overzicht = beoordeling.conclusie().samenvatting() + "\n" + Regeltest.lijst(beoordeling.toepassingen());

        assertThat(beoordeling.conclusie().soort().name()).as(overzicht).isEqualTo(verwacht.get("conclusie"));
        if (verwacht.containsKey("versie")) {
            assertThat(beoordeling.regelsetVersie()).as(overzicht).isEqualTo(verwacht.get("versie"));
        }
        ((Map<String, String>) verwacht.getOrDefault("regels", Map.of())).forEach((id, uitkomst) ->
                assertThat(beoordeling.toepassing(id)).as(id + "\n" + overzicht)
                        .hasValueSatisfying(t -> assertThat(t.uitkomst().name()).as(id + "\n" + overzicht).isEqualTo(uitkomst)));
        if (verwacht.containsKey("gronden")) {
            assertThat(beoordeling.conclusie().gronden()).as(overzicht).extracting(RegelToepassing::regelId)
                    .containsExactlyElementsOf((List<String>) verwacht.get("gronden"));
        }
        for (String tekst : (List<String>) verwacht.getOrDefault("motivering_bevat", List.of())) {
            assertThat(beoordeling.toepassingen()).as(overzicht).anySatisfy(t -> assertThat(t.motivering()).contains(tekst));
        }
        if (verwacht.containsKey("indicatie_einde")) {
            Object einde = verwacht.get("indicatie_einde");
            assertThat(beoordeling.indicatieduurOptioneel()).as(overzicht).isPresent();
            assertThat(beoordeling.indicatieduur().einde()).as(overzicht)
                    .isEqualTo("geen".equals(einde) ? null : Regeltest.datum(einde));
        }
        if (verwacht.containsKey("afwijkend")) {
            assertThat(beoordeling.afwijkend()).as(overzicht).isEqualTo(verwacht.get("afwijkend"));
        }
        if (verwacht.containsKey("selectie")) {
            assertThat(beoordeling.selectie().name()).as(overzicht).isEqualTo(verwacht.get("selectie"));
        }
        // Elke motivering noemt haar regel; met een bron ook het document.
        assertThat(beoordeling.toepassingen()).allSatisfy(t -> {
            assertThat(t.motivering()).contains("regel " + t.regelId() + ").");
            if (t.bron() != null) {
                assertThat(t.motivering()).contains(t.bron().documentTitel());
            }
        });
    }
}
