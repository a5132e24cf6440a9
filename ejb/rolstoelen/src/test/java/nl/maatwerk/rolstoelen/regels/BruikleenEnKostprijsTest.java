package nl.maatwerk.rolstoelen.regels;

import nl.maatwerk.domain.rolstoelen.Staat;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL;
import static nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort.SCOOTMOBIEL;
import static nl.maatwerk.rolstoelen.regels.AfschrijvingTest.DOETINCHEM;
import static nl.maatwerk.rolstoelen.regels.AfschrijvingTest.LOCHEM;
import static org.assertj.core.api.Assertions.assertThat;

/** R-08 (bruikleen, 001 §3.5.2) and E-02 (kostprijs, 004 art. 17 lid 3) for hulpmiddelen. */
class BruikleenEnKostprijsTest {

    @Test
    @DisplayName("R-08 van toepassing in Lochem: de voorwaarden a-h komen op de beschikking (§3.5.2)")
    void voorwaardenLochem() {
        var v = Bruikleen.voorwaarden(LOCHEM);
        assertThat(v.voorwaarden()).hasSize(8);
        assertThat(v.voorwaarden().get(7)).contains("normale slijtage");
        assertThat(v.toepassing().uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        assertThat(v.toepassing().motivering()).contains("paragraaf 3.5.2", "regel R-08");
    }

    @Test
    @DisplayName("R-08 niet van toepassing in Doetinchem: 004 stelt geen bruikleenvoorwaarden")
    void voorwaardenDoetinchem() {
        var v = Bruikleen.voorwaarden(DOETINCHEM);
        assertThat(v.voorwaarden()).isEmpty();
        assertThat(v.toepassing().uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(v.toepassing().motivering()).contains("Doetinchem", "kennen deze regel niet");
    }

    @Test
    @DisplayName("R-08 onder h bij inname: normale slijtage is voldaan, schade niet voldaan")
    void inname() {
        assertThat(Bruikleen.inname(LOCHEM, Staat.NORMALE_SLIJTAGE).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(Bruikleen.inname(LOCHEM, Staat.NORMALE_SLIJTAGE).motivering()).contains("buiten beschouwing");
        assertThat(Bruikleen.inname(LOCHEM, Staat.SCHADE).uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
    }

    @Test
    @DisplayName("E-02: rolstoel € 2.100 + € 125,50 onderhoud = € 2.225,50; scootmobiel € 21.000 + € 500 gemaximeerd op € 20.000 (art. 17 lid 3)")
    void kostprijs() {
        var rolstoel = Kostprijs.natura(DOETINCHEM, HANDBEWOGEN_ROLSTOEL, new BigDecimal("2100.00"), new BigDecimal("125.50"));
        assertThat(rolstoel.kostprijs()).isEqualByComparingTo("2225.50");
        var scootmobiel = Kostprijs.natura(DOETINCHEM, SCOOTMOBIEL, new BigDecimal("21000.00"), new BigDecimal("500.00"));
        assertThat(scootmobiel.kostprijs()).isEqualByComparingTo("20000.00");
        assertThat(scootmobiel.toepassing().motivering()).contains("€ 20.000,00", "artikel 17", "regel E-02");
        assertThat(Kostprijs.pgb(LOCHEM, new BigDecimal("7490")).kostprijs()).isEqualByComparingTo("7490.00");
    }
}
