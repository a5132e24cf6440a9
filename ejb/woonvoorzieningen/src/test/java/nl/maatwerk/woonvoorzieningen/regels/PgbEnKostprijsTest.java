package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Pgb-bedragen W-14 tot en met W-16 met P-17 en P-18; kostprijs voor het CAK E-02; bijdrageplicht E-03. */
class PgbEnKostprijsTest {

    private static RegelToepassing regel(WoonPgb.Berekening b, String id) {
        return b.toepassingen().stream().filter(t -> t.regelId().equals(id)).reduce((x, y) -> y).orElseThrow();
    }

    @Test
    @DisplayName("W-14, P-18, P-17 gelden: begroting boven natura wordt begrensd op natura; het verschil mag de cliënt betalen (Doetinchem)")
    void boveNatura() {
        WoonPgb.Berekening b = WoonPgb.aanpassing(Gevallen.doetinchem(), new BigDecimal("12000"), new BigDecimal("10000"), false, null);
        assertThat(b.bedrag()).isEqualByComparingTo("10000.00");
        assertThat(regel(b, "P-17").uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        assertThat(regel(b, "P-17").motivering()).contains("€ 2.000,00", "zelf betalen", "toelichting op artikel 12");
        assertThat(regel(b, "P-18").motivering()).contains("goedkoopst adequate", "artikel 14 lid 1");
        assertThat(regel(b, "W-14").motivering()).contains("100 %", "uw Pgb is € 10.000,00");
    }

    @Test
    @DisplayName("W-14, P-17 niet: begroting onder natura wordt helemaal vergoed; Lochem kent P-17 niet")
    void onderNatura() {
        WoonPgb.Berekening b = WoonPgb.aanpassing(Gevallen.lochem(), new BigDecimal("8000"), new BigDecimal("10000"), false, null);
        assertThat(b.bedrag()).isEqualByComparingTo("8000.00");
        assertThat(regel(b, "P-17").motivering()).contains("kennen deze regel niet");
        assertThat(regel(b, "W-14").motivering()).contains("paragraaf 5.1.8 onder a");
        WoonPgb.Berekening d = WoonPgb.aanpassing(Gevallen.doetinchem(), new BigDecimal("8000"), new BigDecimal("10000"), false, null);
        assertThat(regel(d, "P-17").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("W-14 geldt bij informele bouw: het aandeel van de aannemer gaat eraf; zonder informele bouw niet")
    void informeel() {
        WoonPgb.Berekening informeel = WoonPgb.aanpassing(Gevallen.lochem(), new BigDecimal("9000"), new BigDecimal("10000"), true, new BigDecimal("3500"));
        assertThat(informeel.bedrag()).isEqualByComparingTo("5500.00");
        assertThat(regel(informeel, "W-14").motivering()).contains("informele circuit", "€ 3.500,00");
        WoonPgb.Berekening formeel = WoonPgb.aanpassing(Gevallen.lochem(), new BigDecimal("9000"), new BigDecimal("10000"), false, new BigDecimal("3500"));
        assertThat(formeel.bedrag()).isEqualByComparingTo("9000.00");
    }

    @Test
    @DisplayName("W-15: dubbele woonlasten tot de sociale huurgrens per maand; lagere huur helemaal")
    void dubbeleWoonlasten() {
        assertThat(WoonPgb.dubbeleWoonlasten(Gevallen.lochem(), new BigDecimal("900"), 3).bedrag()).isEqualByComparingTo("2132.04");
        WoonPgb.Berekening laag = WoonPgb.dubbeleWoonlasten(Gevallen.doetinchem(), new BigDecimal("600"), 2);
        assertThat(laag.bedrag()).isEqualByComparingTo("1200.00");
        assertThat(regel(laag, "W-15").motivering()).contains("sociale huurgrens van € 710,68", "artikel 14 lid 3");
    }

    @ParameterizedTest(name = "{0} personen: maximum {1}")
    @CsvSource({"1, 2500.00", "2, 2900.00", "3, 3300.00", "4, 3700.00", "6, 3700.00"})
    @DisplayName("W-16: maximum verhuis-Pgb naar huishoudgrootte (vast bedrag plus stoffering)")
    void verhuisMaximum(int personen, String maximum) {
        assertThat(WoonPgb.verhuisMaximum(Gevallen.doetinchem(), personen).bedrag()).isEqualByComparingTo(maximum);
    }

    @Test
    @DisplayName("W-16: een begroting onder het maximum wordt vergoed, erboven begrensd")
    void verhuizing() {
        assertThat(WoonPgb.verhuizing(Gevallen.lochem(), new BigDecimal("2000"), 2).bedrag()).isEqualByComparingTo("2000.00");
        WoonPgb.Berekening hoog = WoonPgb.verhuizing(Gevallen.lochem(), new BigDecimal("5000"), 2);
        assertThat(hoog.bedrag()).isEqualByComparingTo("2900.00");
        assertThat(regel(hoog, "W-16").motivering()).contains("paragraaf 5.1.8 onder c");
    }

    @Test
    @DisplayName("E-02 geldt: kostprijs woningaanpassing met onderhoud boven € 20.000 wordt € 20.000 voor het CAK; eronder de werkelijke prijs")
    void kostprijs() {
        WoonPgb.Berekening duur = Kostprijs.voorCak(Gevallen.doetinchem(), false, new BigDecimal("23000"), new BigDecimal("1500"));
        assertThat(duur.bedrag()).isEqualByComparingTo("20000.00");
        assertThat(duur.toepassingen().get(0).motivering()).contains("€ 24.500,00", "hoogstens € 20.000,00", "artikel 17 lid 3 onder b", "regel E-02");
        assertThat(Kostprijs.voorCak(Gevallen.lochem(), false, new BigDecimal("9000"), new BigDecimal("500")).bedrag()).isEqualByComparingTo("9500.00");
        assertThat(Kostprijs.voorCak(Gevallen.lochem(), true, new BigDecimal("25000"), null).bedrag()).isEqualByComparingTo("25000.00");
    }

    @Test
    @DisplayName("E-03 geldt: voor een minderjarige betalen de ouders, niet als zij uit het gezag zijn ontheven; volwassene zelf")
    void bijdrageplicht() {
        assertThat(Kostprijs.bijdrageplicht(Gevallen.doetinchem(), 12, true, false).wie()).isEqualTo(Kostprijs.Bijdrageplichtige.OUDERS);
        Kostprijs.Bijdrageplicht ontheven = Kostprijs.bijdrageplicht(Gevallen.doetinchem(), 12, true, true);
        assertThat(ontheven.wie()).isEqualTo(Kostprijs.Bijdrageplichtige.NIEMAND);
        assertThat(ontheven.toepassing().motivering()).contains("ontheven of ontzet", "artikel 17 lid 6 en 7");
        assertThat(Kostprijs.bijdrageplicht(Gevallen.doetinchem(), 18, true, false).wie()).isEqualTo(Kostprijs.Bijdrageplichtige.CLIENT);
        assertThat(Kostprijs.bijdrageplicht(Gevallen.doetinchem(), 12, false, false).toepassing().uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(Kostprijs.bijdrageplicht(Gevallen.lochem(), 12, true, false).toepassing().motivering()).contains("kennen deze regel niet");
    }
}
