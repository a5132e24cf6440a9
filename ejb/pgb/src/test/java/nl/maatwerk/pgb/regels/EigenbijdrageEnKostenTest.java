package nl.maatwerk.pgb.regels;

import nl.maatwerk.pgb.regels.Eigenbijdrage.Bijdrageplichtige;
import nl.maatwerk.pgb.regels.Eigenbijdrage.Soort;
import nl.maatwerk.pgb.regels.Kostenverdeling.Aandeel;
import nl.maatwerk.pgb.regels.Kostenverdeling.Kengetallen;
import nl.maatwerk.pgb.regels.Kostenverdeling.Verdeling;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static nl.maatwerk.pgb.regels.Regelsets.doetinchem;
import static nl.maatwerk.pgb.regels.Regelsets.lochem;
import static org.assertj.core.api.Assertions.assertThat;

/** Eigen bijdrage E-01 … E-04 en kosten per gemeente O-06, O-07. */
class EigenbijdrageEnKostenTest {

    static final LocalDate INGANG = LocalDate.of(2026, 1, 1);

    @Test
    @DisplayName("E-01: de bijdrage loopt zolang het Pgb loopt (Doetinchem art. 17 lid 1, Lochem §3.6 onder a)")
    void e01() {
        assertThat(Eigenbijdrage.looptijd(doetinchem(), INGANG, LocalDate.of(2026, 12, 31), true).motivering())
                .contains("periode waarvoor het Pgb", "1 januari 2026", "31 december 2026", "artikel 17 lid 1", "regel E-01");
        assertThat(Eigenbijdrage.looptijd(lochem(), INGANG, null, false).motivering()).contains("zolang u de voorziening gebruikt", "paragraaf 3.6 onder a");
    }

    @Test
    @DisplayName("E-02: Pgb het budget; woningaanpassing boven € 20.000 begrensd, eronder niet; dienst het laagste tarief plus opslag")
    void e02() {
        assertThat(Eigenbijdrage.kostprijs(doetinchem(), Soort.PGB, new BigDecimal("4321.5"), null).bedrag()).isEqualByComparingTo("4321.50");
        Eigenbijdrage.Kostprijs boven = Eigenbijdrage.kostprijs(doetinchem(), Soort.WONINGAANPASSING, new BigDecimal("24000"), new BigDecimal("1500"));
        assertThat(boven.bedrag()).isEqualByComparingTo("20000.00");
        assertThat(boven.toepassing().motivering()).contains("hoogstens € 20.000,00", "artikel 17 lid 3 onder b");
        assertThat(Eigenbijdrage.kostprijs(doetinchem(), Soort.VERVOERSHULPMIDDEL, new BigDecimal("20000"), null).bedrag()).isEqualByComparingTo("20000.00");
        assertThat(Eigenbijdrage.kostprijs(doetinchem(), Soort.WONINGAANPASSING, new BigDecimal("15000"), null).toepassing().motivering())
                .doesNotContain("hoogstens");
        assertThat(Eigenbijdrage.kostprijs(lochem(), Soort.DIENST, new BigDecimal("48"), new BigDecimal("3")).bedrag()).isEqualByComparingTo("51.00");
        assertThat(Eigenbijdrage.kostprijs(lochem(), Soort.OVERIGE_VOORZIENING, new BigDecimal("30000"), null).bedrag()).isEqualByComparingTo("30000.00");
    }

    @Test
    @DisplayName("E-03: ouders betalen voor een woningaanpassing van een minderjarige, niet als zij uit het gezag zijn ontheven; een volwassene zelf")
    void e03() {
        assertThat(Eigenbijdrage.bijdrageplicht(doetinchem(), 12, true, false).wie()).isEqualTo(Bijdrageplichtige.OUDERS);
        assertThat(Eigenbijdrage.bijdrageplicht(doetinchem(), 12, true, true).wie()).isEqualTo(Bijdrageplichtige.NIEMAND);
        assertThat(Eigenbijdrage.bijdrageplicht(doetinchem(), 18, true, false).toepassing().uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(Eigenbijdrage.bijdrageplicht(lochem(), 12, true, false).toepassing().motivering()).contains("kennen deze regel niet");
    }

    @Test
    @DisplayName("E-04: geen bijdrage voor cliëntondersteuning (beide), collectief vervangend vervoer (alleen Doetinchem), algemene voorziening < 6 maanden (alleen Lochem; precies 6 wel bijdrage)")
    void e04() {
        assertThat(Eigenbijdrage.vrijstelling(doetinchem(), "Collectief vervangend vervoer (regiotaxi)", false, INGANG, null).uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        assertThat(Eigenbijdrage.vrijstelling(lochem(), "Collectief vervangend vervoer (regiotaxi)", false, INGANG, null).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(Eigenbijdrage.vrijstelling(lochem(), "Cliëntondersteuning", false, INGANG, null).motivering()).contains("paragraaf 3.6 onder c en d");
        assertThat(Eigenbijdrage.vrijstelling(lochem(), "Was- en strijkservice", true, INGANG, LocalDate.of(2026, 6, 29)).uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        assertThat(Eigenbijdrage.vrijstelling(lochem(), "Was- en strijkservice", true, INGANG, LocalDate.of(2026, 6, 30)).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(Eigenbijdrage.vrijstelling(doetinchem(), "Was- en strijkservice", true, INGANG, LocalDate.of(2026, 2, 1)).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(Eigenbijdrage.vrijstelling(doetinchem(), "Pgb begeleiding", false, INGANG, null).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("O-06: uitvoeringskosten naar inwoners, tot op de cent precies verdeeld; maatwerk naar werkelijk gebruik")
    void o06() {
        Verdeling v = Kostenverdeling.verdeel(new BigDecimal("100000.00"), Map.of("0534", 20_987L, "0553", 22_312L, "1525", 25_698L),
                Map.of("0534", new BigDecimal("5000"), "0553", new BigDecimal("7000.5")));
        assertThat(v.aandelen()).extracting(Aandeel::uitvoeringskosten).map(BigDecimal::toPlainString).containsExactly("30417.26", "32337.64", "37245.10");
        assertThat(v.aandelen().stream().map(Aandeel::uitvoeringskosten).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100000.00");
        assertThat(v.aandelen().get(1).maatwerkkosten()).isEqualByComparingTo("7000.50");
        assertThat(v.aandelen().get(2).maatwerkkosten()).isEqualByComparingTo("0");
        assertThat(v.toepassingen().get(0).motivering()).contains("20987 / 68997 inwoners", "Afrekensystematiek ISD Bollenstreek", "regel O-06");
    }

    @Test
    @DisplayName("O-06 niet: een gemeente zonder ISD-partners krijgt alle uitvoeringskosten; zonder inwoners geen verdeling")
    void o06Alleen() {
        Verdeling v = Kostenverdeling.verdeel(new BigDecimal("1000"), Map.of("0222", 58_000L), Map.of());
        assertThat(v.aandelen()).singleElement().extracting(Aandeel::uitvoeringskosten).isEqualTo(new BigDecimal("1000.00"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Kostenverdeling.verdeel(BigDecimal.ONE, Map.of("0222", 0L), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("O-07: kosten per cliënt, per inwoner en het aandeel Pgb; zonder cliënten of kosten nul in plaats van deling door nul")
    void o07() {
        Kengetallen k = Kostenverdeling.kengetallen("0534", new BigDecimal("1000"), 4, 20_000, new BigDecimal("250"));
        assertThat(k.perClient()).isEqualByComparingTo("250.00");
        assertThat(k.perInwoner()).isEqualByComparingTo("0.05");
        assertThat(k.pgbAandeelProcent()).isEqualByComparingTo("25.0");
        assertThat(k.toepassing().motivering()).contains("25,0 %", "regel O-07");
        Kengetallen leeg = Kostenverdeling.kengetallen("0553", BigDecimal.ZERO, 0, 0, BigDecimal.ZERO);
        assertThat(leeg.perClient()).isZero();
        assertThat(leeg.pgbAandeelProcent()).isZero();
    }
}
