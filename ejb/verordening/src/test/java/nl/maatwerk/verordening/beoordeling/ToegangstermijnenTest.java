package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Termijnkalender;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** De termijnen van de toegang, met voor elke regel een geval waarin hij doorwerkt en een waarin niet. */
class ToegangstermijnenTest {

    private static final Regelboek BOEK = Regelboek.standaard();
    private static final Regelset DOETINCHEM = BOEK.versie("0222-2017-03-01");
    private static final Regelset LOCHEM = BOEK.versie("0262-2016-06-01");
    private final Toegangstermijnen doetinchem = new Toegangstermijnen(DOETINCHEM, new Termijnkalender());
    private final Toegangstermijnen lochem = new Toegangstermijnen(LOCHEM, new Termijnkalender());

    @Test
    @DisplayName("T-04: onderzoek binnen 6 weken; op de laatste dag tijdig, de dag erna te laat")
    void t04Onderzoekstermijn() {
        LocalDate melding = LocalDate.of(2017, 3, 8);
        LocalDate uiterlijk = doetinchem.onderzoekUiterlijk(melding);
        assertThat(uiterlijk).isEqualTo(LocalDate.of(2017, 4, 19));
        assertThat(Toegangstermijnen.tijdig(uiterlijk, uiterlijk)).isTrue();
        assertThat(Toegangstermijnen.tijdig(uiterlijk.plusDays(1), uiterlijk)).isFalse();
    }

    @Test
    @DisplayName("T-04 met Atw: 6 weken na 4 maart 2017 eindigt op zaterdag 15 april en schuift via tweede Paasdag naar 18 april")
    void t04OnderzoekstermijnVerlengdDoorAtw() {
        assertThat(lochem.onderzoekUiterlijk(LocalDate.of(2017, 3, 4))).isEqualTo(LocalDate.of(2017, 4, 18));
    }

    @Test
    @DisplayName("T-05: persoonlijk plan binnen 7 dagen, binnen de onderzoekstermijn; een beleidstermijn wordt niet verlengd")
    void t05PersoonlijkPlan() {
        LocalDate melding = LocalDate.of(2017, 3, 4);
        LocalDate plan = lochem.persoonlijkPlanUiterlijk(melding);
        assertThat(plan).isEqualTo(LocalDate.of(2017, 3, 11)).isBefore(lochem.onderzoekUiterlijk(melding));
        assertThat(Toegangstermijnen.tijdig(LocalDate.of(2017, 3, 12), plan)).isFalse();
    }

    @Test
    @DisplayName("T-09: verslag binnen 2 weken na het gesprek; ondertekend terug binnen 5 dagen")
    void t09Verslag() {
        assertThat(doetinchem.verslagUiterlijk(LocalDate.of(2017, 5, 1))).isEqualTo(LocalDate.of(2017, 5, 15));
        LocalDate retour = lochem.verslagRetourUiterlijk(LocalDate.of(2017, 5, 15));
        assertThat(retour).isEqualTo(LocalDate.of(2017, 5, 20));
        assertThat(Toegangstermijnen.tijdig(LocalDate.of(2017, 5, 19), retour)).isTrue();
        assertThat(Toegangstermijnen.tijdig(LocalDate.of(2017, 5, 22), retour)).isFalse();
    }

    @Test
    @DisplayName("T-11: beslissen binnen 2 weken (Atw-verlenging over 5 mei), melding tot beschikking hoogstens 8 weken")
    void t11Beslistermijn() {
        assertThat(doetinchem.beslissingUiterlijk(LocalDate.of(2026, 4, 21))).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(doetinchem.beslissingUiterlijk(LocalDate.of(2026, 4, 22))).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(doetinchem.beschikkingUiterlijk(LocalDate.of(2017, 3, 6))).isEqualTo(LocalDate.of(2017, 5, 1));
    }

    @Test
    @DisplayName("T-16: onverwijld is binnen 3 werkdagen; over Pasen later, in een gewone week niet")
    void t16Onverwijld() {
        assertThat(doetinchem.onverwijld(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(doetinchem.onverwijld(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    @DisplayName("T-17: bezwaar binnen 6 weken (Awb art. 6:7); eindigt die op eerste Kerstdag, dan op de eerstvolgende werkdag")
    void t17Bezwaartermijn() {
        assertThat(lochem.bezwaarUiterlijk(LocalDate.of(2026, 11, 13))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(lochem.bezwaarUiterlijk(LocalDate.of(2026, 11, 10))).isEqualTo(LocalDate.of(2026, 12, 22));
    }

    @Test
    @DisplayName("T-18: na gegrond bezwaar start de aanbieder binnen 5 werkdagen; over Koningsdag later")
    void t18StartAanbieder() {
        assertThat(lochem.startAanbiederUiterlijk(LocalDate.of(2026, 4, 23))).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(lochem.startAanbiederUiterlijk(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 9));
    }
}
