package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.domain.woonvoorzieningen.AdviesUitkomst;
import nl.maatwerk.domain.woonvoorzieningen.Richting;
import nl.maatwerk.domain.woonvoorzieningen.Woningtype;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Set;

import static nl.maatwerk.woonvoorzieningen.regels.Gevallen.PEILDATUM;
import static org.assertj.core.api.Assertions.assertThat;

/** Het verhuizen-versus-aanpassen advies: W-01 tot en met W-04 met W-16. */
class VerhuisadviesTest {

    private static Advies advies(String gemeente, Woonsituatie woning, Verhuisweging weging) {
        return Verhuisadviseur.adviseer(Gevallen.regelset(gemeente), woning, weging, PEILDATUM);
    }

    @ParameterizedTest(name = "gemeente {0}")
    @ValueSource(strings = {"0222", "0262"})
    @DisplayName("W-03, W-01 niet: aanpassen (€ 2.000) goedkoper dan verhuizen en duurzaam: AANPASSEN")
    void goedkoperAanpassen(String gemeente) {
        Advies a = advies(gemeente, Gevallen.huurwoning(), Gevallen.weging(new BigDecimal("2000")));
        assertThat(a.uitkomst()).isEqualTo(AdviesUitkomst.AANPASSEN);
        assertThat(a.kosten().verhuisPgbMaximum()).isEqualByComparingTo("2900.00"); // 1500 + 1400 bij 2 personen
        assertThat(a.kosten().aanpassenDuurder()).isFalse();
        assertThat(a.toepassingen()).extracting(RegelToepassing::regelId)
                .containsExactly("W-04", "W-02", "W-02", "W-02", "W-02", "W-02", "W-16", "W-03", "W-01");
        assertThat(a.factoren()).extracting(Advies.Factor::letter).containsExactly("a", "b", "c", "d", "e");
        assertThat(a.toepassing("W-01").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(a.regelsetVersie()).startsWith(gemeente);
    }

    @Test
    @DisplayName("W-03 geldt: aanpassen (€ 25.000) veel duurder dan verhuizen zonder objectief bezwaar: VERHUIZEN, met artikel in Doetinchem")
    void duurderZonderBezwaarDoetinchem() {
        Advies a = advies("0222", Gevallen.huurwoning(), Gevallen.weging(new BigDecimal("25000")));
        assertThat(a.uitkomst()).isEqualTo(AdviesUitkomst.VERHUIZEN);
        assertThat(a.toepassing("W-03").motivering())
                .contains("€ 25.000,00", "€ 2.900,00", "niet in verhouding")
                .endsWith("(artikel 9 lid 2 Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017, regel W-03).");
        assertThat(a.toepassing("W-01").motivering()).contains("adviseren wij te verhuizen");
    }

    @Test
    @DisplayName("W-03 geldt in Lochem met paragraaf 5.1.5 van de beleidsregels")
    void duurderZonderBezwaarLochem() {
        Advies a = advies("0262", Gevallen.huurwoning(), Gevallen.weging(new BigDecimal("25000")));
        assertThat(a.uitkomst()).isEqualTo(AdviesUitkomst.VERHUIZEN);
        assertThat(a.toepassing("W-03").motivering()).contains("paragraaf 5.1.5 Beleidsregels").contains("regel W-03");
    }

    @Test
    @DisplayName("W-03 niet: aanpassen duurder, maar mantelzorg in gevaar (factor b) is een objectief bezwaar: AANPASSEN")
    void duurderMetBezwaar() {
        Verhuisweging w = new Verhuisweging(true, true, "", true, "dochter woont naast", 10, "", true, "", null, "",
                new BigDecimal("25000"), BigDecimal.ZERO, 2);
        Advies a = advies("0222", Gevallen.huurwoning(), w);
        assertThat(a.uitkomst()).isEqualTo(AdviesUitkomst.AANPASSEN);
        assertThat(a.toepassing("W-03").motivering()).contains("objectief bezwaar tegen verhuizen (factor b)");
        assertThat(a.factoren().get(1).richting()).isEqualTo(Richting.AANPASSEN);
        assertThat(a.factoren().get(1).motivering()).contains("dochter woont naast");
    }

    @Test
    @DisplayName("W-02 factor c, grens: precies 5 jaar is duurzaam (AANPASSEN), 4 jaar niet (VERHUIZEN)")
    void duurzaamheidsgrens() {
        Verhuisweging vijf = new Verhuisweging(true, true, "", false, "", 5, "", false, "", null, "", new BigDecimal("3000"), BigDecimal.ZERO, 1);
        Verhuisweging vier = new Verhuisweging(true, true, "", false, "", 4, "progressieve aandoening", false, "", null, "", new BigDecimal("3000"), BigDecimal.ZERO, 1);
        Advies a5 = advies("0262", Gevallen.huurwoning(), vijf);
        Advies a4 = advies("0262", Gevallen.huurwoning(), vier);
        assertThat(a5.uitkomst()).isEqualTo(AdviesUitkomst.AANPASSEN);
        assertThat(a5.factoren().get(2).richting()).isEqualTo(Richting.AANPASSEN);
        assertThat(a4.uitkomst()).isEqualTo(AdviesUitkomst.VERHUIZEN);
        assertThat(a4.factoren().get(2).motivering()).contains("geen duurzame oplossing", "progressieve aandoening", "paragraaf 5.1.5 onder c");
        assertThat(a4.toepassing("W-03").motivering()).contains("geen duurzame oplossing");
    }

    @ParameterizedTest(name = "gemeente {0}")
    @ValueSource(strings = {"0222", "0262"})
    @DisplayName("W-04 geldt: een probleem in de ligging laat alleen verhuizen toe, ook als aanpassen goedkoop is")
    void locatieprobleem(String gemeente) {
        Woonsituatie woning = new Woonsituatie(Woningtype.APPARTEMENT, false, true, Set.of(), true, null);
        Advies a = advies(gemeente, woning, Gevallen.weging(new BigDecimal("500")));
        assertThat(a.uitkomst()).isEqualTo(AdviesUitkomst.VERHUIZEN);
        assertThat(a.toepassing("W-04").uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        assertThat(a.toepassing("W-03").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("W-04 niet: geen locatieprobleem")
    void geenLocatieprobleem() {
        Advies a = advies("0222", Gevallen.huurwoning(), Gevallen.weging(new BigDecimal("500")));
        assertThat(a.toepassing("W-04").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("W-02 factor e: bij een koopwoning met verlies bij verkoop een bezwaar; bij huur niet van toepassing")
    void factorE() {
        Verhuisweging verlies = new Verhuisweging(true, false, "", false, "", 10, "", true, "", true, "woning staat onder water",
                new BigDecimal("25000"), BigDecimal.ZERO, 2);
        Advies koop = advies("0222", Gevallen.koopwoning(), verlies);
        assertThat(koop.uitkomst()).isEqualTo(AdviesUitkomst.AANPASSEN);
        assertThat(koop.factoren().get(4).richting()).isEqualTo(Richting.AANPASSEN);
        assertThat(koop.factoren().get(4).motivering()).contains("woning staat onder water");

        Advies huur = advies("0222", Gevallen.huurwoning(), verlies);
        assertThat(huur.factoren().get(4).richting()).isEqualTo(Richting.NIET_VAN_TOEPASSING);
        assertThat(huur.uitkomst()).isEqualTo(AdviesUitkomst.VERHUIZEN);
    }

    @Test
    @DisplayName("W-02 factoren a en d: verhuizen niet redelijk of geen andere woning zijn bezwaren; elke factor noemt zijn bron")
    void factorenAenD() {
        Verhuisweging w = new Verhuisweging(false, true, "90 jaar, hele leven in de wijk", false, "", 10, "", false, "wachtlijst 4 jaar", null, "",
                new BigDecimal("25000"), new BigDecimal("5000"), 1);
        Advies a = advies("0222", Gevallen.huurwoning(), w);
        assertThat(a.uitkomst()).isEqualTo(AdviesUitkomst.AANPASSEN);
        assertThat(a.toepassing("W-03").motivering()).contains("factor a, d");
        assertThat(a.kosten().verhuiskostenTotaal()).isEqualByComparingTo("7500.00"); // 1500 + 1000 + 5000
        assertThat(a.factoren()).allSatisfy(f -> assertThat(f.motivering()).contains("Doetinchem 2017, regel W-02"));
    }
}
