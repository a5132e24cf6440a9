package nl.maatwerk.rolstoelen.regels;

import nl.maatwerk.rolstoelen.regels.Keuze.Conclusie;
import nl.maatwerk.rolstoelen.regels.Keuze.Selectie;
import nl.maatwerk.rolstoelen.regels.Keuze.Vraag;
import nl.maatwerk.rolstoelen.regels.Pgb.Sport;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.StallingBron.Stallingsoordeel;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort.ELEKTRISCHE_ROLSTOEL;
import static nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL;
import static nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort.SPORTROLSTOEL;
import static nl.maatwerk.rolstoelen.regels.AfschrijvingTest.DOETINCHEM;
import static nl.maatwerk.rolstoelen.regels.AfschrijvingTest.LOCHEM;
import static nl.maatwerk.rolstoelen.regels.AfschrijvingTest.regel;
import static org.assertj.core.api.Assertions.assertThat;

/** R-01…R-04 (choosing), R-05/P-18 (Pgb ceiling) and R-10 (sport) for Doetinchem and Lochem. */
class PgbEnKeuzeTest {

    static final Selectie ZELF_RIJDEN = new Selectie("dagelijks in en om huis", true, true, false, true);

    @Nested
    class PgbPlafond {
        @Test
        @DisplayName("R-05/P-18 van toepassing: offerte € 8.000 boven natura over 7 jaar (€ 7.490): Pgb € 7.490, verschil € 510 voor de cliënt")
        void offerteBovenNatura() {
            var p = Pgb.bereken(LOCHEM, Afschrijving.duur(LOCHEM, HANDBEWOGEN_ROLSTOEL, 40), new BigDecimal("8000"), new BigDecimal("4200"), Sport.GEEN);
            assertThat(p.bedrag()).isEqualByComparingTo("7490.00");
            RegelToepassing pgb = p.toepassingen().get(p.toepassingen().size() - 1);
            assertThat(pgb.regelId()).isEqualTo("R-05");
            assertThat(pgb.motivering()).contains("€ 510,00", "paragraaf 5.3.6", "technische afschrijvingsduur");
            assertThat(regel(p.toepassingen(), "R-10").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        }

        @Test
        @DisplayName("R-05/P-18 niet beperkend: offerte € 6.000 onder het plafond geeft € 6.000 (Doetinchem, art. 14 lid 1)")
        void offerteOnderNatura() {
            var p = Pgb.bereken(DOETINCHEM, Afschrijving.duur(DOETINCHEM, HANDBEWOGEN_ROLSTOEL, 40), new BigDecimal("6000"), new BigDecimal("4200"), Sport.GEEN);
            assertThat(p.bedrag()).isEqualByComparingTo("6000.00");
            assertThat(p.plafond()).isEqualByComparingTo("7490.00");
            assertThat(regel(p.toepassingen(), "P-18").motivering()).contains("artikel 14 lid 1");
        }
    }

    @Nested
    class Sportvoorziening {
        @Test
        @DisplayName("R-10 van toepassing (Lochem §5.4.3): regelmatige sport, Pgb voor de meerkosten van een sportrolstoel")
        void regelmatig() {
            var p = Pgb.bereken(LOCHEM, Afschrijving.duur(LOCHEM, SPORTROLSTOEL, 30), new BigDecimal("3000"), new BigDecimal("3500"), Sport.REGELMATIG);
            assertThat(p.toegekend()).isTrue();
            assertThat(p.bedrag()).isEqualByComparingTo("3000.00");
            assertThat(regel(p.toepassingen(), "R-10").motivering()).contains("regelmatig", "paragraaf 5.4.3", "regel R-10");
        }

        @Test
        @DisplayName("R-10 afwijzingsgrond: incidentele sport (skiën op vakantie) geeft geen Pgb (Lochem)")
        void incidenteel() {
            var p = Pgb.bereken(LOCHEM, Afschrijving.duur(LOCHEM, SPORTROLSTOEL, 30), new BigDecimal("3000"), new BigDecimal("3500"), Sport.INCIDENTEEL);
            assertThat(p.toegekend()).isFalse();
            assertThat(p.bedrag()).isEqualByComparingTo("0");
            assertThat(regel(p.toepassingen(), "R-10").isAfwijzingsgrond()).isTrue();
        }

        @Test
        @DisplayName("R-10 niet van toepassing in Doetinchem: 004 kent geen sportvoorziening; het Pgb volgt dan P-18")
        void doetinchem() {
            var p = Pgb.bereken(DOETINCHEM, Afschrijving.duur(DOETINCHEM, SPORTROLSTOEL, 30), new BigDecimal("3000"), new BigDecimal("3500"), Sport.INCIDENTEEL);
            assertThat(p.toegekend()).isTrue();
            RegelToepassing r10 = regel(p.toepassingen(), "R-10");
            assertThat(r10.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(r10.motivering()).contains("Doetinchem", "kennen deze regel niet");
        }
    }

    @Nested
    class Kiezen {
        @Test
        @DisplayName("R-01 van toepassing: een rollator is algemeen gebruikelijk, geweigerd (beide gemeenten)")
        void rollator() {
            for (var r : new nl.maatwerk.verordening.regelset.Regelset[]{DOETINCHEM, LOCHEM}) {
                var a = Keuze.kies(r, new Vraag("rollator", null, false, false, null, Optional.empty()));
                assertThat(a.conclusie()).isEqualTo(Conclusie.GEWEIGERD);
                assertThat(regel(a.toepassingen(), "R-01").motivering()).contains("algemeen gebruikelijk", "regel R-01");
            }
        }

        @Test
        @DisplayName("R-01 van toepassing: tijdelijk nodig, dan huren of lenen (rolstoelpool) eerst")
        void tijdelijk() {
            var a = Keuze.kies(LOCHEM, new Vraag("rolstoel", HANDBEWOGEN_ROLSTOEL, true, false, ZELF_RIJDEN, Optional.empty()));
            assertThat(a.conclusie()).isEqualTo(Conclusie.GEWEIGERD);
            assertThat(regel(a.toepassingen(), "R-01").motivering()).contains("rolstoelpool");
        }

        @Test
        @DisplayName("R-01/R-02/R-03 voldaan in Lochem: blijvend nodig, niets algemeens lost het op, handbewogen past bij de aspecten")
        void maatwerkLochem() {
            var a = Keuze.kies(LOCHEM, new Vraag("rolstoel", HANDBEWOGEN_ROLSTOEL, false, false, ZELF_RIJDEN, Optional.empty()));
            assertThat(a.conclusie()).isEqualTo(Conclusie.MAATWERK);
            assertThat(regel(a.toepassingen(), "R-01").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(regel(a.toepassingen(), "R-02").motivering()).contains("paragraaf 5.3.3");
            assertThat(regel(a.toepassingen(), "R-03").motivering()).contains("dagelijks in en om huis", "paragraaf 5.3.4");
            assertThat(regel(a.toepassingen(), "R-04").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        }

        @Test
        @DisplayName("R-02 afwijzingsgrond (Lochem): een algemene voorziening lost het op; niet van toepassing in Doetinchem")
        void algemeenToereikend() {
            var l = Keuze.kies(LOCHEM, new Vraag("rolstoel", HANDBEWOGEN_ROLSTOEL, false, true, ZELF_RIJDEN, Optional.empty()));
            assertThat(regel(l.toepassingen(), "R-02").isAfwijzingsgrond()).isTrue();
            var d = Keuze.kies(DOETINCHEM, new Vraag("rolstoel", HANDBEWOGEN_ROLSTOEL, false, true, ZELF_RIJDEN, Optional.empty()));
            assertThat(regel(d.toepassingen(), "R-02").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(regel(d.toepassingen(), "R-03").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        }

        @Test
        @DisplayName("R-03 niet voldaan: eigen spierkracht gaat voor een elektrische rolstoel; kan niet besturen ook niet")
        void spierkracht() {
            var stalling = Optional.of(new Stallingsoordeel(true, RegelToepassing.van("W-17", Uitkomst.VOLDAAN, null, "Stalling adequaat")));
            var a = Keuze.kies(LOCHEM, new Vraag("rolstoel", ELEKTRISCHE_ROLSTOEL, false, false, ZELF_RIJDEN, stalling));
            assertThat(a.conclusie()).isEqualTo(Conclusie.NADER_ONDERZOEK);
            assertThat(regel(a.toepassingen(), "R-03").motivering()).contains("eigen spierkracht");
            var zwak = new Selectie("dagelijks", true, false, true, false);
            assertThat(Keuze.kies(LOCHEM, new Vraag("rolstoel", ELEKTRISCHE_ROLSTOEL, false, false, zwak, stalling)).conclusie()).isEqualTo(Conclusie.MAATWERK);
        }

        @Test
        @DisplayName("R-04: elektrische rolstoel zonder vastgelegde stalling is nader onderzoek; inadequaat niet voldaan; adequaat voldaan (Lochem §5.3.5)")
        void stalling() {
            var zwak = new Selectie("dagelijks", true, false, true, false);
            var geen = Keuze.kies(LOCHEM, new Vraag("rolstoel", ELEKTRISCHE_ROLSTOEL, false, false, zwak, Optional.empty()));
            assertThat(regel(geen.toepassingen(), "R-04").uitkomst()).isEqualTo(Uitkomst.ONVOLDOENDE_GEGEVENS);
            assertThat(geen.conclusie()).isEqualTo(Conclusie.NADER_ONDERZOEK);
            var slecht = Keuze.kies(LOCHEM, new Vraag("rolstoel", ELEKTRISCHE_ROLSTOEL, false, false, zwak,
                    Optional.of(new Stallingsoordeel(false, RegelToepassing.van("W-17", Uitkomst.NIET_VOLDAAN, null, "Niet afgesloten")))));
            assertThat(regel(slecht.toepassingen(), "R-04").uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
            assertThat(regel(slecht.toepassingen(), "R-04").motivering()).contains("paragraaf 5.3.5");
            assertThat(regel(slecht.toepassingen(), "W-17").uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        }

        @Test
        @DisplayName("R-04 niet van toepassing in Doetinchem (004 kent het niet); het W-17-oordeel van woonvoorzieningen telt wel")
        void stallingDoetinchem() {
            var zwak = new Selectie("dagelijks", true, false, true, false);
            var d = Keuze.kies(DOETINCHEM, new Vraag("rolstoel", ELEKTRISCHE_ROLSTOEL, false, false, zwak,
                    Optional.of(new Stallingsoordeel(false, RegelToepassing.van("W-17", Uitkomst.NIET_VOLDAAN, null, "Niet afgesloten")))));
            assertThat(regel(d.toepassingen(), "R-04").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(d.conclusie()).isEqualTo(Conclusie.NADER_ONDERZOEK);
        }
    }
}
