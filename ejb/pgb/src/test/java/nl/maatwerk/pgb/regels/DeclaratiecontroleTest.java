package nl.maatwerk.pgb.regels;

import nl.maatwerk.domain.pgb.Kostensoort;
import nl.maatwerk.domain.pgb.Zorgverlenersoort;
import nl.maatwerk.pgb.regels.Declaratiecontrole.Budget;
import nl.maatwerk.pgb.regels.Declaratiecontrole.Buitenland;
import nl.maatwerk.pgb.regels.Declaratiecontrole.Declaratie;
import nl.maatwerk.pgb.regels.Declaratiecontrole.Hulp;
import nl.maatwerk.pgb.regels.Declaratiecontrole.Oordeel;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static nl.maatwerk.pgb.regels.Regelsets.doetinchem;
import static nl.maatwerk.pgb.regels.Regelsets.lochem;
import static nl.maatwerk.pgb.regels.Regelsets.regel;
import static org.assertj.core.api.Assertions.assertThat;

/** De declaratietoetsen per regel, met de grenzen: precies 36 uur, 6 km, 150 km, 13 weken. */
class DeclaratiecontroleTest {

    static final LocalDate MA = LocalDate.of(2026, 3, 2);
    static final LocalDate ZO = LocalDate.of(2026, 3, 8);

    static Budget budget() {
        return new Budget(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("10000"), BigDecimal.ZERO, true, false, null, null);
    }

    static Hulp mantelzorger() {
        return new Hulp(Zorgverlenersoort.SOCIAAL_NETWERK, LocalDate.of(1970, 1, 1), new BigDecimal("10"), false, true);
    }

    static Hulp professional() {
        return new Hulp(Zorgverlenersoort.PROFESSIONEEL, LocalDate.of(1980, 1, 1), new BigDecimal("3"), true, true);
    }

    static Declaratie zorg(String uren, String bedrag) {
        return new Declaratie(MA, ZO, Kostensoort.ZORG, "zorg", new BigDecimal(uren), new BigDecimal(bedrag), null, null, null, false);
    }

    static Declaratie reis(String km) {
        return new Declaratie(MA, ZO, Kostensoort.REISKOSTEN, "reiskosten", null, new BigDecimal("20"), new BigDecimal(km), null, null, false);
    }

    static Declaratie soort(String tekst, String uren) {
        Kostensoort k = Kostensoort.bekend(tekst).orElse(Kostensoort.OVERIG);
        return new Declaratie(MA, ZO, k, tekst, uren == null ? null : new BigDecimal(uren), new BigDecimal("100"), null, null, null, false);
    }

    @Test
    @DisplayName("Een correcte declaratie van een mantelzorger wordt goedgekeurd; elke regel staat in de motivering met bron")
    void goedgekeurd() {
        Oordeel o = Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), zorg("10", "200"));
        assertThat(o.goedgekeurd()).isTrue();
        assertThat(o.afwijzingsregels()).isEmpty();
        assertThat(regel(o.toepassingen(), "P-09").motivering()).contains("paragraaf 3.5.1", "regel P-09");
        assertThat(o.toepassingen()).extracting(t -> t.regelId()).contains("P-03", "P-05", "P-06", "P-08", "P-09", "P-10", "P-12", "P-13", "P-14", "P-15");
    }

    @ParameterizedTest(name = "P-09: {0} uur in een week → goedgekeurd {1}")
    @CsvSource({"36, true", "36.01, false", "35.5, true", "40, false"})
    @DisplayName("P-09: een mantelzorger hoogstens 36 uur per week (precies 36 mag)")
    void p09(String uren, boolean goed) {
        Oordeel o = Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), zorg(uren, "100"));
        assertThat(regel(o.toepassingen(), "P-09").uitkomst()).isEqualTo(goed ? Uitkomst.VOLDAAN : Uitkomst.AFWIJZINGSGROND);
        assertThat(o.goedgekeurd()).isEqualTo(goed);
    }

    @Test
    @DisplayName("P-09 telt eerdere uren in dezelfde periode mee; geldt niet voor professionele hulp; naar rato bij een maand")
    void p09Cumulatief() {
        Declaratie d = new Declaratie(MA, ZO, Kostensoort.ZORG, "zorg", new BigDecimal("20"), new BigDecimal("100"), null, new BigDecimal("17"), null, false);
        assertThat(Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), d).afwijzingsregels()).containsExactly("P-09");
        Oordeel prof = Declaratiecontrole.toets(lochem(), budget(), professional(), zorg("60", "1000"));
        assertThat(regel(prof.toepassingen(), "P-09").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(Declaratiecontrole.maxUren(lochem(), 28)).isEqualByComparingTo("144");
    }

    @ParameterizedTest(name = "P-05: {0} per uur, {1} → goedgekeurd {2}")
    @CsvSource({"PROFESSIONEEL, 52.50, true", "PROFESSIONEEL, 52.51, false", "SOCIAAL_NETWERK, 20.00, true", "SOCIAAL_NETWERK, 20.01, false"})
    @DisplayName("P-05: het uurtarief hangt af van de soort hulp; sociaal netwerk lager")
    void p05(Zorgverlenersoort soort, String perUur, boolean goed) {
        Hulp h = new Hulp(soort, LocalDate.of(1970, 1, 1), BigDecimal.TEN, true, true);
        Oordeel o = Declaratiecontrole.toets(doetinchem(), budget(), h, zorg("10", new BigDecimal(perUur).multiply(BigDecimal.TEN).toPlainString()));
        assertThat(regel(o.toepassingen(), "P-05").uitkomst()).isEqualTo(goed ? Uitkomst.VOLDAAN : Uitkomst.AFWIJZINGSGROND);
        assertThat(regel(o.toepassingen(), "P-05").motivering()).contains("artikel 13");
    }

    @Test
    @DisplayName("P-12: informele hulp is begrensd per uur; logeeropvang per etmaal (precies het maximum mag)")
    void p12() {
        Oordeel duur = Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), zorg("10", "200.10"));
        assertThat(duur.afwijzingsregels()).contains("P-12", "P-05");
        Declaratie logeer = new Declaratie(MA, ZO, Kostensoort.LOGEEROPVANG, "logeeropvang", new BigDecimal("2"), new BigDecimal("250"), null, null, null, false);
        assertThat(regel(Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), logeer).toepassingen(), "P-12").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        Declaratie teDuur = new Declaratie(MA, ZO, Kostensoort.LOGEEROPVANG, "logeeropvang", new BigDecimal("2"), new BigDecimal("250.01"), null, null, null, false);
        assertThat(Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), teDuur).afwijzingsregels()).containsExactly("P-12");
    }

    @ParameterizedTest(name = "P-10: hulp van {0} jaar, {1} per uur → goedgekeurd {2}, uitkomst {3}")
    @CsvSource({"20, 6.43, true, VOLDAAN", "20, 6.44, false, AFWIJZINGSGROND", "18, 4.70, true, VOLDAAN", "22, 8.42, false, AFWIJZINGSGROND",
            "23, 20.00, true, NIET_VAN_TOEPASSING", "17, 20.00, true, NIET_VAN_TOEPASSING"})
    @DisplayName("P-10: hulpen van 18 tot 23 jaar hoogstens het minimumuurloon; 23 jaar en 17 jaar niet")
    void p10(int leeftijd, String perUur, boolean goed, Uitkomst uitkomst) {
        Hulp h = new Hulp(Zorgverlenersoort.SOCIAAL_NETWERK, MA.minusYears(leeftijd).minusDays(1), BigDecimal.TEN, true, true);
        Oordeel o = Declaratiecontrole.toets(lochem(), budget(), h, zorg("10", new BigDecimal(perUur).multiply(BigDecimal.TEN).toPlainString()));
        assertThat(regel(o.toepassingen(), "P-10").uitkomst()).isEqualTo(uitkomst);
        assertThat(o.goedgekeurd()).isEqualTo(goed);
    }

    @ParameterizedTest(name = "P-11: afstand {0} km, {1} km in de week → {2}")
    @CsvSource({"6, 10, AFWIJZINGSGROND", "6.1, 10, VOLDAAN", "20, 150, VOLDAAN", "20, 150.1, AFWIJZINGSGROND"})
    @DisplayName("P-11: reiskosten alleen boven 6 km afstand (precies 6 niet) en hoogstens 150 km per week (precies 150 wel)")
    void p11(String afstand, String km, Uitkomst uitkomst) {
        Hulp h = new Hulp(Zorgverlenersoort.SOCIAAL_NETWERK, LocalDate.of(1970, 1, 1), new BigDecimal(afstand), true, true);
        Oordeel o = Declaratiecontrole.toets(lochem(), budget(), h, reis(km));
        assertThat(regel(o.toepassingen(), "P-11").uitkomst()).isEqualTo(uitkomst);
        assertThat(regel(o.toepassingen(), "P-11").motivering()).contains("onder d");
    }

    @Test
    @DisplayName("P-11: geen reiskosten als het plan ze niet noemt")
    void p11Plan() {
        Budget zonder = new Budget(LocalDate.of(2026, 1, 1), null, new BigDecimal("10000"), BigDecimal.ZERO, false, false, null, null);
        assertThat(Declaratiecontrole.toets(lochem(), zonder, mantelzorger(), reis("10")).afwijzingsregels()).containsExactly("P-11");
    }

    @Test
    @DisplayName("P-06: uitgesloten kosten (Lochem bemiddeling, Doetinchem tussenpersoon) worden afgewezen; zorg niet")
    void p06() {
        assertThat(Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), soort("Bemiddeling", null)).afwijzingsregels()).containsExactly("P-06");
        assertThat(Declaratiecontrole.toets(doetinchem(), budget(), mantelzorger(), soort("tussenpersoon", null)).afwijzingsregels()).containsExactly("P-06");
        assertThat(regel(Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), zorg("1", "20")).toepassingen(), "P-06").uitkomst())
                .isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    @DisplayName("P-13: geen vrij besteedbaar bedrag (Lochem); Doetinchem kent P-13 niet en wijst af op P-07")
    void p13() {
        Oordeel l = Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), soort("vrij besteedbaar", null));
        assertThat(l.afwijzingsregels()).containsExactly("P-13");
        assertThat(regel(l.toepassingen(), "P-13").motivering()).contains("geen vrij besteedbaar bedrag", "onder h");
        Oordeel zonderUren = Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), soort("zorg", null));
        assertThat(zonderUren.afwijzingsregels()).containsExactly("P-13");
        Oordeel d = Declaratiecontrole.toets(doetinchem(), budget(), mantelzorger(), soort("cadeaubon", null));
        assertThat(d.afwijzingsregels()).containsExactly("P-07");
        assertThat(regel(Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), zorg("1", "20")).toepassingen(), "P-13").uitkomst())
                .isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    @DisplayName("P-14: in het buitenland is het Pgb opgeschort; precies 13 weken nog opgeschort, een dag later beëindigd")
    void p14() {
        LocalDate weg = LocalDate.of(2026, 1, 5);
        assertThat(Declaratiecontrole.buitenland(lochem(), weg, null, weg.plusWeeks(13))).isEqualTo(Buitenland.OPGESCHORT);
        assertThat(Declaratiecontrole.buitenland(lochem(), weg, null, weg.plusWeeks(13).plusDays(1))).isEqualTo(Buitenland.BEEINDIGD);
        assertThat(Declaratiecontrole.buitenland(lochem(), weg, weg.plusWeeks(2), weg.plusWeeks(3))).isEqualTo(Buitenland.NIET);
        Budget buiten = new Budget(LocalDate.of(2026, 1, 1), null, new BigDecimal("10000"), BigDecimal.ZERO, true, false, LocalDate.of(2026, 2, 20), null);
        Oordeel o = Declaratiecontrole.toets(lochem(), buiten, mantelzorger(), zorg("10", "200"));
        assertThat(o.afwijzingsregels()).containsExactly("P-14");
        assertThat(regel(o.toepassingen(), "P-14").motivering()).contains("opgeschort");
        Budget lang = new Budget(LocalDate.of(2025, 1, 1), null, new BigDecimal("10000"), BigDecimal.ZERO, true, false, LocalDate.of(2025, 11, 1), null);
        assertThat(regel(Declaratiecontrole.toets(lochem(), lang, mantelzorger(), zorg("10", "200")).toepassingen(), "P-14").motivering()).contains("beëindigd");
        assertThat(regel(Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), zorg("10", "200")).toepassingen(), "P-14").uitkomst())
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("P-08: buiten de looptijd of boven het budget (cumulatief) is er geen rechtsgrond; precies het restbudget mag")
    void p08PeriodeEnBudget() {
        Budget b = new Budget(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 12, 31), new BigDecimal("1000"), new BigDecimal("800"), true, false, null, null);
        assertThat(Declaratiecontrole.toets(lochem(), b, mantelzorger(), zorg("10", "200")).afwijzingsregels()).containsExactly("P-08");
        Budget b2 = new Budget(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("1000"), new BigDecimal("800"), true, false, null, null);
        assertThat(Declaratiecontrole.toets(lochem(), b2, mantelzorger(), zorg("10", "200")).goedgekeurd()).isTrue();
        Oordeel over = Declaratiecontrole.toets(lochem(), b2, mantelzorger(), zorg("10", "200.01"));
        assertThat(over.afwijzingsregels()).contains("P-08");
        assertThat(over.redenen()).contains("resterende budget", "€ 200,00");
        Budget afgelopen = new Budget(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 7), new BigDecimal("1000"), BigDecimal.ZERO, true, false, null, null);
        assertThat(Declaratiecontrole.toets(lochem(), afgelopen, mantelzorger(), zorg("10", "200")).afwijzingsregels()).containsExactly("P-08");
    }

    @Test
    @DisplayName("P-03: zonder goedgekeurde overeenkomst betaalt de SVB niet; met wel")
    void p03() {
        Hulp zonder = new Hulp(Zorgverlenersoort.SOCIAAL_NETWERK, LocalDate.of(1970, 1, 1), BigDecimal.TEN, true, false);
        Oordeel o = Declaratiecontrole.toets(doetinchem(), budget(), zonder, zorg("10", "200"));
        assertThat(o.afwijzingsregels()).containsExactly("P-03");
        assertThat(regel(o.toepassingen(), "P-03").motivering()).contains("artikel 13 lid 2");
        assertThat(regel(Declaratiecontrole.toets(doetinchem(), budget(), mantelzorger(), zorg("10", "200")).toepassingen(), "P-03").uitkomst())
                .isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    @DisplayName("P-15: met minderjarigen een VOG nodig (Lochem); zonder minderjarigen niet; Doetinchem kent P-15 niet")
    void p15() {
        Budget kinderen = new Budget(LocalDate.of(2026, 1, 1), null, new BigDecimal("10000"), BigDecimal.ZERO, true, true, null, null);
        assertThat(Declaratiecontrole.toets(lochem(), kinderen, mantelzorger(), zorg("10", "200")).afwijzingsregels()).containsExactly("P-15");
        assertThat(Declaratiecontrole.toets(lochem(), kinderen, professional(), zorg("10", "500")).goedgekeurd()).isTrue();
        assertThat(regel(Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), zorg("10", "200")).toepassingen(), "P-15").uitkomst())
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(regel(Declaratiecontrole.toets(doetinchem(), kinderen, mantelzorger(), zorg("10", "200")).toepassingen(), "P-15").motivering())
                .contains("kennen deze regel niet");
    }

    @Test
    @DisplayName("P-21: vakantiegeld eenmaal per jaar en alleen voor formele hulp (Lochem); Doetinchem kent P-21 niet")
    void p21() {
        Declaratie vg = new Declaratie(MA, ZO, Kostensoort.VAKANTIEGELD, "vakantiegeld", null, new BigDecimal("300"), null, null, null, false);
        Declaratie tweede = new Declaratie(MA, ZO, Kostensoort.VAKANTIEGELD, "vakantiegeld", null, new BigDecimal("300"), null, null, null, true);
        // Vakantiegeld heeft geen uren; voor P-13 telt het als verantwoord (formele loonkosten).
        assertThat(regel(Declaratiecontrole.toets(lochem(), budget(), professional(), vg).toepassingen(), "P-21").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(Declaratiecontrole.toets(lochem(), budget(), professional(), tweede).afwijzingsregels()).containsExactly("P-21");
        assertThat(Declaratiecontrole.toets(lochem(), budget(), mantelzorger(), vg).afwijzingsregels()).containsExactly("P-21");
        assertThat(regel(Declaratiecontrole.toets(doetinchem(), budget(), mantelzorger(), vg).toepassingen(), "P-21").uitkomst())
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("Meerdere regels tegelijk: elke afwijzing noemt haar regel")
    void meerdere() {
        Regelset rs = lochem();
        Hulp h = new Hulp(Zorgverlenersoort.SOCIAAL_NETWERK, LocalDate.of(1970, 1, 1), BigDecimal.TEN, false, false);
        Oordeel o = Declaratiecontrole.toets(rs, budget(), h, zorg("40", "1000"));
        assertThat(o.afwijzingsregels()).containsExactly("P-03", "P-05", "P-12", "P-09");
    }
}
