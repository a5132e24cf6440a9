package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Termijnkalender;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatieWijzigingenTest {

    private static final Regelset LOCHEM = Regelboek.standaard().versie("0262-2016-06-01");
    private static final Regelset DOETINCHEM = Regelboek.standaard().versie("0222-2017-03-01");
    private final IndicatieWijzigingen wijzigingen = new IndicatieWijzigingen(new Termijnkalender());

    @Test
    @DisplayName("C-14 geldt: verhuizing naar buiten de gemeente beëindigt de indicatie op de verhuisdag")
    void c14VerhuizingNaarBuiten() {
        IndicatieWijzigingen.Verhuisgevolg gevolg = wijzigingen.verhuizing(LOCHEM, LocalDate.of(2017, 9, 15), false, false);
        assertThat(gevolg.eindeIndicatie()).contains(LocalDate.of(2017, 9, 15));
        assertThat(gevolg.toepassing().uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        assertThat(gevolg.toepassing().motivering()).isEqualTo("U verhuist op 15 september 2017 naar buiten de gemeente Lochem; "
                + "uw indicatie vervalt op de dag van de verhuizing (paragraaf 4.1.10 Beleidsregels maatschappelijke ondersteuning 2016 gemeente Lochem, regel C-14).");
    }

    @Test
    @DisplayName("C-14 geldt niet: verhuizing binnen de gemeente, de indicatie blijft")
    void c14VerhuizingBinnen() {
        IndicatieWijzigingen.Verhuisgevolg gevolg = wijzigingen.verhuizing(DOETINCHEM, LocalDate.of(2017, 9, 15), true, false);
        assertThat(gevolg.eindeIndicatie()).isEmpty();
        assertThat(gevolg.herindicatieNodig()).isFalse();
        assertThat(gevolg.toepassing().uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(gevolg.toepassing().motivering()).contains("artikel 7 lid 1 Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017");
    }

    @Test
    @DisplayName("C-14: binnen de gemeente, maar de nieuwe wijk vraagt een nieuwe indicatie")
    void c14VerhuizingBinnenMetHerindicatie() {
        IndicatieWijzigingen.Verhuisgevolg gevolg = wijzigingen.verhuizing(LOCHEM, LocalDate.of(2017, 9, 15), true, true);
        assertThat(gevolg.herindicatieNodig()).isTrue();
        assertThat(gevolg.eindeIndicatie()).isEmpty();
    }

    @Test
    @DisplayName("C-15 geldt: 29 dagen weg is langer dan 4 weken, dus melden")
    void c15LangerDanVierWeken() {
        RegelToepassing t = wijzigingen.afwezigheid(LOCHEM, LocalDate.of(2017, 7, 1), LocalDate.of(2017, 7, 30));
        assertThat(t.uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        assertThat(t.motivering()).startsWith("U bent 29 dagen niet op uw woonadres, langer dan 4 weken")
                .endsWith("(paragraaf 4.1.10 Beleidsregels maatschappelijke ondersteuning 2016 gemeente Lochem, regel C-15).");
    }

    @Test
    @DisplayName("C-15 geldt niet: precies 4 weken weg hoeft niet gemeld")
    void c15PreciesVierWeken() {
        RegelToepassing t = wijzigingen.afwezigheid(DOETINCHEM, LocalDate.of(2017, 7, 1), LocalDate.of(2017, 7, 29));
        assertThat(t.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(t.motivering()).contains("niet langer dan 4 weken");
    }
}
