package nl.maatwerk.pgb.regels;

import nl.maatwerk.domain.pgb.Zorgverlenersoort;
import nl.maatwerk.pgb.regels.Toekenningsregels.Aanvraag;
import nl.maatwerk.pgb.regels.Toekenningsregels.Besluit;
import nl.maatwerk.pgb.regels.Toekenningsregels.Hulpplan;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static nl.maatwerk.pgb.regels.Regelsets.doetinchem;
import static nl.maatwerk.pgb.regels.Regelsets.lochem;
import static nl.maatwerk.pgb.regels.Regelsets.regel;
import static org.assertj.core.api.Assertions.assertThat;

/** De toekenning van een Pgb: voorwaarden P-01, P-02, P-07, P-20; per hulp P-03, P-15, P-21; het bedrag P-04, P-05, P-09, P-10, P-12, P-17. */
class ToekenningsregelsTest {

    static final LocalDate INGANG = LocalDate.of(2026, 3, 2);
    static final LocalDate EINDE = INGANG.plusDays(27); // 28 dagen: precies 4 weken

    static Hulpplan mantelzorger(String uren) {
        return new Hulpplan("Jan", Zorgverlenersoort.SOCIAAL_NETWERK, 50, false, new BigDecimal(uren), null, false);
    }

    static Hulpplan professional(String uren) {
        return new Hulpplan("Thuiszorg BV", Zorgverlenersoort.PROFESSIONEEL, 40, true, new BigDecimal(uren), null, true);
    }

    static Aanvraag aanvraag(List<Hulpplan> hulpen) {
        return new Aanvraag(INGANG, EINDE, true, true, true, true, true, false, false, false, 0, null, hulpen);
    }

    @Test
    @DisplayName("P-01, P-02, P-05, P-09: een mantelzorger 10 uur per week × € 20 over 4 weken = € 800; de berekening staat erbij")
    void toegekend() {
        Besluit b = Toekenningsregels.beslis(lochem(), aanvraag(List.of(mantelzorger("10"))));
        assertThat(b.toegekend()).isTrue();
        assertThat(b.perWeek()).isEqualByComparingTo("200.00");
        assertThat(b.bedrag()).isEqualByComparingTo("800.00");
        assertThat(b.berekening()).anyMatch(r -> r.contains("10 uur per week × € 20,00 = € 200,00"));
        assertThat(regel(b.toepassingen(), "P-01").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(regel(b.toepassingen(), "P-01").motivering()).contains("paragraaf 3.5.1 onder a tot en met c");
        assertThat(regel(b.toepassingen(), "P-02").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(regel(b.toepassingen(), "P-05").motivering()).contains("sociaal netwerk");
    }

    @Test
    @DisplayName("P-01: elk van de drie voorwaarden (en de noodzaak) ontbreekt → afwijzing die de voorwaarde noemt")
    void p01() {
        Aanvraag kanNiet = new Aanvraag(INGANG, EINDE, true, false, true, true, true, false, false, false, 0, null, List.of(mantelzorger("5")));
        Besluit b = Toekenningsregels.beslis(doetinchem(), kanNiet);
        assertThat(b.toegekend()).isFalse();
        assertThat(b.afwijzingsregels()).containsExactly("P-01");
        assertThat(regel(b.toepassingen(), "P-01").motivering()).contains("niet in staat", "artikel 12 lid 1");
        assertThat(Toekenningsregels.beslis(doetinchem(), new Aanvraag(INGANG, EINDE, true, true, false, true, true, false, false, false, 0, null,
                List.of(mantelzorger("5")))).afwijzingsregels()).containsExactly("P-01");
        assertThat(Toekenningsregels.beslis(doetinchem(), new Aanvraag(INGANG, EINDE, true, true, true, false, true, false, false, false, 0, null,
                List.of(mantelzorger("5")))).afwijzingsregels()).containsExactly("P-01");
        assertThat(Toekenningsregels.beslis(doetinchem(), new Aanvraag(INGANG, EINDE, false, true, true, true, true, false, false, false, 0, null,
                List.of(mantelzorger("5")))).afwijzingsregels()).containsExactly("P-01");
    }

    @Test
    @DisplayName("P-02: zonder budgetplan geen Pgb; met wel")
    void p02() {
        Aanvraag zonder = new Aanvraag(INGANG, EINDE, true, true, true, true, false, false, false, false, 0, null, List.of(mantelzorger("5")));
        assertThat(Toekenningsregels.beslis(doetinchem(), zonder).afwijzingsregels()).containsExactly("P-02");
        assertThat(regel(Toekenningsregels.beslis(doetinchem(), zonder).toepassingen(), "P-02").motivering()).contains("artikel 13 lid 1");
    }

    @Test
    @DisplayName("P-07: niet voor algemeen gebruikelijke voorzieningen; anders besteden binnen 6 maanden (datum in de motivering)")
    void p07() {
        Aanvraag ag = new Aanvraag(INGANG, EINDE, true, true, true, true, true, true, false, false, 0, null, List.of(mantelzorger("5")));
        assertThat(Toekenningsregels.beslis(lochem(), ag).afwijzingsregels()).containsExactly("P-07");
        Besluit b = Toekenningsregels.beslis(lochem(), aanvraag(List.of(mantelzorger("5"))));
        assertThat(regel(b.toepassingen(), "P-07").uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        assertThat(regel(b.toepassingen(), "P-07").motivering()).contains("uiterlijk 2 september 2026");
    }

    @Test
    @DisplayName("P-20: Lochem staat 2 wissels per jaar toe (2 eerder: geweigerd, 1: toegestaan); Doetinchem kent P-20 niet")
    void p20() {
        Aanvraag tweeEerder = new Aanvraag(INGANG, EINDE, true, true, true, true, true, false, false, true, 2, null, List.of(mantelzorger("5")));
        assertThat(Toekenningsregels.beslis(lochem(), tweeEerder).afwijzingsregels()).containsExactly("P-20");
        Aanvraag eenEerder = new Aanvraag(INGANG, EINDE, true, true, true, true, true, false, false, true, 1, null, List.of(mantelzorger("5")));
        assertThat(regel(Toekenningsregels.beslis(lochem(), eenEerder).toepassingen(), "P-20").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(regel(Toekenningsregels.beslis(doetinchem(), tweeEerder).toepassingen(), "P-20").motivering()).contains("kennen deze regel niet");
    }

    @Test
    @DisplayName("P-04 en P-05: Doetinchem houdt het professionele tarief tussen laagste en gemiddeld-min-overhead; Lochem kent P-04 niet")
    void p04() {
        Besluit d = Toekenningsregels.beslis(doetinchem(), aanvraag(List.of(professional("4"))));
        assertThat(regel(d.toepassingen(), "P-04").uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        assertThat(regel(d.toepassingen(), "P-04").motivering()).contains("€ 54,00", "€ 48,00", "€ 52,50", "artikel 13 lid 4");
        assertThat(d.perWeek()).isEqualByComparingTo("210.00");
        Besluit l = Toekenningsregels.beslis(lochem(), aanvraag(List.of(professional("4"))));
        assertThat(regel(l.toepassingen(), "P-04").motivering()).contains("kennen deze regel niet");
    }

    @Test
    @DisplayName("P-09: een mantelzorger met 40 uur in het plan krijgt budget voor 36; met precies 36 voor 36")
    void p09() {
        Besluit b = Toekenningsregels.beslis(lochem(), aanvraag(List.of(mantelzorger("40"))));
        assertThat(regel(b.toepassingen(), "P-09").uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        assertThat(b.perWeek()).isEqualByComparingTo("720.00");
        Besluit precies = Toekenningsregels.beslis(lochem(), aanvraag(List.of(mantelzorger("36"))));
        assertThat(regel(precies.toepassingen(), "P-09").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(precies.perWeek()).isEqualByComparingTo("720.00");
    }

    @Test
    @DisplayName("P-10: een hulp van 20 jaar krijgt hoogstens het minimumuurloon (€ 6,43); een van 23 het gewone tarief")
    void p10() {
        Hulpplan jong = new Hulpplan("Sanne", Zorgverlenersoort.SOCIAAL_NETWERK, 20, false, BigDecimal.TEN, null, false);
        Besluit b = Toekenningsregels.beslis(lochem(), aanvraag(List.of(jong)));
        assertThat(b.perWeek()).isEqualByComparingTo("64.30");
        assertThat(regel(b.toepassingen(), "P-10").uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        Hulpplan ouder = new Hulpplan("Sanne", Zorgverlenersoort.SOCIAAL_NETWERK, 23, false, BigDecimal.TEN, null, false);
        Besluit c = Toekenningsregels.beslis(lochem(), aanvraag(List.of(ouder)));
        assertThat(c.perWeek()).isEqualByComparingTo("200.00");
        assertThat(regel(c.toepassingen(), "P-10").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("P-12: logeeropvang per etmaal (2 × € 125); informele hulp binnen het maximum per uur")
    void p12() {
        Hulpplan logeer = new Hulpplan("Logeerhuis", Zorgverlenersoort.SOCIAAL_NETWERK, 50, false, BigDecimal.ZERO, new BigDecimal("2"), false);
        Besluit b = Toekenningsregels.beslis(lochem(), aanvraag(List.of(logeer)));
        assertThat(b.perWeek()).isEqualByComparingTo("250.00");
        assertThat(b.toepassingen()).anyMatch(t -> t.regelId().equals("P-12") && t.motivering().contains("etmaal"));
        assertThat(regel(Toekenningsregels.beslis(lochem(), aanvraag(List.of(mantelzorger("5")))).toepassingen(), "P-12").uitkomst())
                .isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    @DisplayName("P-17: Doetinchem weigert het deel boven natura (het verschil mag de cliënt betalen); eronder niets; Lochem kent P-17 niet")
    void p17() {
        Aanvraag duur = new Aanvraag(INGANG, EINDE, true, true, true, true, true, false, false, false, 0, new BigDecimal("150"), List.of(mantelzorger("10")));
        Besluit b = Toekenningsregels.beslis(doetinchem(), duur);
        assertThat(b.perWeek()).isEqualByComparingTo("150");
        assertThat(b.bedrag()).isEqualByComparingTo("600.00");
        assertThat(regel(b.toepassingen(), "P-17").motivering()).contains("zelf betalen", "toelichting op artikel 12");
        Aanvraag goedkoop = new Aanvraag(INGANG, EINDE, true, true, true, true, true, false, false, false, 0, new BigDecimal("250"), List.of(mantelzorger("10")));
        assertThat(regel(Toekenningsregels.beslis(doetinchem(), goedkoop).toepassingen(), "P-17").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(regel(Toekenningsregels.beslis(lochem(), duur).toepassingen(), "P-17").motivering()).contains("kennen deze regel niet");
    }

    @Test
    @DisplayName("P-15: met minderjarigen krijgt een hulp zonder VOG geen budget (Lochem); met VOG wel")
    void p15() {
        Aanvraag kinderen = new Aanvraag(INGANG, EINDE, true, true, true, true, true, false, true, false, 0, null,
                List.of(mantelzorger("10"), professional("2")));
        Besluit b = Toekenningsregels.beslis(lochem(), kinderen);
        assertThat(b.toegekend()).isTrue();
        assertThat(b.perWeek()).isEqualByComparingTo("105.00");
        assertThat(b.toepassingen()).anyMatch(t -> t.regelId().equals("P-15") && t.isAfwijzingsgrond() && t.motivering().contains("Jan"));
        assertThat(b.toepassingen()).anyMatch(t -> t.regelId().equals("P-15") && t.uitkomst() == Uitkomst.VOLDAAN);
    }

    @Test
    @DisplayName("P-03 en P-21: de overeenkomst wordt een voorwaarde; formele hulp met vaste uren mag een maandloon (Lochem)")
    void p03p21() {
        Besluit b = Toekenningsregels.beslis(lochem(), aanvraag(List.of(professional("4"), mantelzorger("2"))));
        assertThat(regel(b.toepassingen(), "P-03").motivering()).contains("SVB", "artikel 2.3.6 lid 4");
        assertThat(b.toepassingen()).anyMatch(t -> t.regelId().equals("P-21") && t.uitkomst() == Uitkomst.VAN_TOEPASSING && t.motivering().contains("maandloon"));
        assertThat(b.toepassingen()).anyMatch(t -> t.regelId().equals("P-21") && t.uitkomst() == Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(regel(Toekenningsregels.beslis(doetinchem(), aanvraag(List.of(professional("4")))).toepassingen(), "P-21").motivering())
                .contains("kennen deze regel niet");
    }

    @Test
    @DisplayName("P-18 en P-17: hulpmiddel hoogstens natura plus instandhouding (precies gelijk: volledig); Lochem kent P-17 niet")
    void p18() {
        Toekenningsregels.Eenmalig boven = Toekenningsregels.hulpmiddel(doetinchem(), new BigDecimal("3200"), new BigDecimal("2500"), new BigDecimal("300"));
        assertThat(boven.bedrag()).isEqualByComparingTo("2800.00");
        assertThat(regel(boven.toepassingen(), "P-18").motivering()).contains("goedkoopst adequate", "artikel 14 lid 1");
        assertThat(regel(boven.toepassingen(), "P-17").uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        Toekenningsregels.Eenmalig precies = Toekenningsregels.hulpmiddel(doetinchem(), new BigDecimal("2800"), new BigDecimal("2500"), new BigDecimal("300"));
        assertThat(precies.bedrag()).isEqualByComparingTo("2800.00");
        assertThat(regel(precies.toepassingen(), "P-17").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        Toekenningsregels.Eenmalig lochem = Toekenningsregels.hulpmiddel(lochem(), new BigDecimal("1000"), new BigDecimal("2500"), null);
        assertThat(lochem.bedrag()).isEqualByComparingTo("1000.00");
        assertThat(regel(lochem.toepassingen(), "P-18").motivering()).contains("paragraaf 5.1.8 onder a");
        assertThat(regel(lochem.toepassingen(), "P-17").motivering()).contains("kennen deze regel niet");
    }
}
