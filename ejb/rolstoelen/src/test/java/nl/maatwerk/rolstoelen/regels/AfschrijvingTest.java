package nl.maatwerk.rolstoelen.regels;

import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.rolstoelen.regels.Afschrijving.Afschrijvingsduur;
import nl.maatwerk.rolstoelen.regels.Afschrijving.Verliesoorzaak;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort.ELEKTRISCHE_ROLSTOEL;
import static nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL;
import static nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort.TRAPLIFT;
import static org.assertj.core.api.Assertions.assertThat;

/** R-05, R-06 (C-04 onder c), R-07, R-09 and P-18 on the shipped regelsets of Doetinchem (0222) and Lochem (0262). */
class AfschrijvingTest {

    static final Regelboek BOEK = Regelboek.standaard();
    static final Regelset DOETINCHEM = BOEK.versie("0222-2017-03-01");
    static final Regelset LOCHEM = BOEK.versie("0262-2016-06-01");

    static RegelToepassing regel(List<RegelToepassing> lijst, String id) {
        return lijst.stream().filter(t -> t.regelId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " ontbreekt in " + lijst));
    }

    @Nested
    class Duur {
        @Test
        @DisplayName("R-05 van toepassing: een volwassene krijgt een rolstoel voor minimaal 7 jaar (Lochem §5.3.6)")
        void volwassene() {
            Afschrijvingsduur d = Afschrijving.duur(LOCHEM, HANDBEWOGEN_ROLSTOEL, 45);
            assertThat(d.kind()).isFalse();
            assertThat(d.maanden()).isEqualTo(84);
            assertThat(d.toepassing().regelId()).isEqualTo("R-05");
            assertThat(d.toepassing().motivering()).contains("7 jaar", "paragraaf 5.3.6", "regel R-05");
        }

        @Test
        @DisplayName("R-05 kind: tot 18 jaar 5 jaar met de groei meegenomen; op de 18e verjaardag geldt de volwassenentermijn")
        void kindGrens() {
            Afschrijvingsduur kind = Afschrijving.duur(LOCHEM, HANDBEWOGEN_ROLSTOEL, 17);
            assertThat(kind.kind()).isTrue();
            assertThat(kind.maanden()).isEqualTo(60);
            assertThat(kind.toepassing().motivering()).contains("5 jaar", "groei van het kind");
            assertThat(Afschrijving.duur(LOCHEM, HANDBEWOGEN_ROLSTOEL, 18).maanden()).isEqualTo(84);
        }

        @Test
        @DisplayName("R-05 per soort: een traplift 10 jaar (tabel), nooit korter dan het minimum; Doetinchem citeert art. 15 lid 4")
        void perSoortEnDoetinchem() {
            Afschrijvingsduur d = Afschrijving.duur(DOETINCHEM, TRAPLIFT, 70);
            assertThat(d.maanden()).isEqualTo(120);
            assertThat(d.toepassing().motivering()).contains("10 jaar", "artikel 15 lid 4", "regel R-05");
        }
    }

    @Nested
    class Restwaarde {
        // 1 March 2021 + 7 years = 1 March 2028. Days: 7 × 365 + 2 leap days (29-02-2024, 29-02-2028) = 2557.
        final LocalDate verstrekt = LocalDate.of(2021, 3, 1);
        final Afschrijvingsduur zeven = Afschrijving.duur(LOCHEM, HANDBEWOGEN_ROLSTOEL, 60);
        final BigDecimal prijs = new BigDecimal("2557.00");

        @Test
        @DisplayName("R-05 restwaarde: volle prijs op de dag van verstrekking, € 1,00 de dag voor het einde, € 0 op de einddag")
        void grenzen() {
            assertThat(Afschrijving.restwaarde(prijs, verstrekt, zeven, verstrekt)).isEqualByComparingTo("2557.00");
            assertThat(Afschrijving.restwaarde(prijs, verstrekt, zeven, LocalDate.of(2028, 2, 29))).isEqualByComparingTo("1.00");
            assertThat(Afschrijving.restwaarde(prijs, verstrekt, zeven, LocalDate.of(2028, 3, 1))).isEqualByComparingTo("0.00");
            assertThat(Afschrijving.restwaarde(prijs, verstrekt, zeven, LocalDate.of(2030, 1, 1))).isEqualByComparingTo("0.00");
            // 1 March 2024 → 1 March 2028 = 4 × 365 + 1 (29-02-2028) = 1461 days: 2557 × 1461 / 2557 = 1461.00
            assertThat(Afschrijving.restwaarde(prijs, verstrekt, zeven, LocalDate.of(2024, 3, 1))).isEqualByComparingTo("1461.00");
        }

        @Test
        @DisplayName("R-05 schrikkeljaar: verstrekt op 29-02-2020, einde 28-02-2027 (2556 dagen); de dag ervoor € 2,00 van € 5.112")
        void schrikkeldag() {
            LocalDate schrikkel = LocalDate.of(2020, 2, 29);
            assertThat(zeven.einde(schrikkel)).isEqualTo(LocalDate.of(2027, 2, 28));
            // 6 × 365 + 366 (the year containing 29-02-2024) = 2556 days; 5112 / 2556 = 2.00 a day.
            BigDecimal p = new BigDecimal("5112.00");
            assertThat(Afschrijving.restwaarde(p, schrikkel, zeven, LocalDate.of(2027, 2, 27))).isEqualByComparingTo("2.00");
            assertThat(Afschrijving.restwaarde(p, schrikkel, zeven, LocalDate.of(2027, 2, 28))).isEqualByComparingTo("0.00");
        }

        @Test
        @DisplayName("R-05 curve: een punt per jaar tot en met het einde, plus vandaag")
        void curve() {
            var punten = Afschrijving.curve(prijs, verstrekt, zeven, LocalDate.of(2024, 9, 1));
            assertThat(punten).hasSize(9);
            assertThat(punten.get(0).restwaarde()).isEqualByComparingTo("2557.00");
            assertThat(punten.get(punten.size() - 1).datum()).isEqualTo(LocalDate.of(2028, 3, 1));
            assertThat(punten.get(punten.size() - 1).restwaarde()).isEqualByComparingTo("0");
            assertThat(punten).extracting(Afschrijving.Punt::datum).contains(LocalDate.of(2024, 9, 1)).isSorted();
        }
    }

    @Nested
    class Naturakosten {
        @Test
        @DisplayName("R-05/P-18/R-09 volwassene: € 4.200 + 10 % onderhoud × 7 (€ 2.940) + € 50 verzekering × 7 (€ 350) = € 7.490 (Lochem)")
        void volwasseneLochem() {
            var b = Afschrijving.naturakosten(LOCHEM, Afschrijving.duur(LOCHEM, HANDBEWOGEN_ROLSTOEL, 40), new BigDecimal("4200"));
            assertThat(b.bedrag()).isEqualByComparingTo("7490.00");
            assertThat(regel(b.toepassingen(), "R-09").uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
            assertThat(regel(b.toepassingen(), "R-09").motivering()).contains("paragraaf 3.5.1 onder i", "€ 2.940,00", "€ 350,00");
            assertThat(regel(b.toepassingen(), "P-18").motivering()).contains("€ 7.490,00");
        }

        @Test
        @DisplayName("R-05 kind: € 4.200 + € 420 × 5 + € 50 × 5 = € 6.550; R-09 niet van toepassing in Doetinchem (004 kent het niet), P-18 art. 14")
        void kindDoetinchem() {
            var b = Afschrijving.naturakosten(DOETINCHEM, Afschrijving.duur(DOETINCHEM, HANDBEWOGEN_ROLSTOEL, 8), new BigDecimal("4200"));
            assertThat(b.bedrag()).isEqualByComparingTo("6550.00");
            assertThat(regel(b.toepassingen(), "R-09").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(regel(b.toepassingen(), "R-09").motivering()).contains("kennen deze regel niet");
            assertThat(regel(b.toepassingen(), "P-18").motivering()).contains("artikel 14 lid 1", "regel P-18");
        }
    }

    @Nested
    class Vervanging {
        final LocalDate verstrekt = LocalDate.of(2021, 3, 1);

        @Test
        @DisplayName("R-06/C-04 onder c van toepassing: de dag voor het einde van 7 jaar wordt een nieuwe geweigerd met art. 8 lid 3 onder c (Doetinchem)")
        void dagErvoorGeweigerd() {
            var v = Afschrijving.vervanging(DOETINCHEM, Afschrijving.duur(DOETINCHEM, HANDBEWOGEN_ROLSTOEL, 50), verstrekt,
                    LocalDate.of(2028, 2, 29), Verliesoorzaak.GEEN_VERLIES);
            assertThat(v.toegestaan()).isFalse();
            assertThat(regel(v.toepassingen(), "R-06").uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(regel(v.toepassingen(), "R-06").motivering()).contains("artikel 8 lid 3 onder c", "1 maart 2028", "regel R-06");
            assertThat(regel(v.toepassingen(), "C-04").uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
        }

        @Test
        @DisplayName("R-06 niet van toepassing als grond: op de einddag zelf is de afschrijvingsduur verstreken (Lochem §5.3.6)")
        void opDeEinddag() {
            var v = Afschrijving.vervanging(LOCHEM, Afschrijving.duur(LOCHEM, HANDBEWOGEN_ROLSTOEL, 50), verstrekt,
                    LocalDate.of(2028, 3, 1), Verliesoorzaak.GEEN_VERLIES);
            assertThat(v.toegestaan()).isTrue();
            assertThat(regel(v.toepassingen(), "R-06").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(regel(v.toepassingen(), "R-06").motivering()).contains("verstreken", "paragraaf 5.3.6");
        }

        @Test
        @DisplayName("R-06/C-04 c uitzondering: verloren buiten schuld van de cliënt mag binnen de duur; door eigen toedoen niet")
        void verliesBuitenSchuld() {
            var duur = Afschrijving.duur(DOETINCHEM, ELEKTRISCHE_ROLSTOEL, 50);
            var buiten = Afschrijving.vervanging(DOETINCHEM, duur, verstrekt, LocalDate.of(2023, 6, 1), Verliesoorzaak.VERLOREN_BUITEN_SCHULD);
            assertThat(buiten.toegestaan()).isTrue();
            assertThat(regel(buiten.toepassingen(), "C-04").motivering()).contains("niet aan u zijn toe te rekenen");
            var eigen = Afschrijving.vervanging(DOETINCHEM, duur, verstrekt, LocalDate.of(2023, 6, 1), Verliesoorzaak.VERLOREN_DOOR_CLIENT);
            assertThat(eigen.toegestaan()).isFalse();
        }

        @Test
        @DisplayName("R-06 kind 5 jaar: 8-jarige op 15-06-2022; 14-06-2027 geweigerd, 15-06-2027 toegestaan, ontgroeid eerder wel")
        void kindVijfJaar() {
            var duur = Afschrijving.duur(LOCHEM, HANDBEWOGEN_ROLSTOEL, 8);
            LocalDate op = LocalDate.of(2022, 6, 15);
            assertThat(Afschrijving.vervanging(LOCHEM, duur, op, LocalDate.of(2027, 6, 14), null).toegestaan()).isFalse();
            assertThat(Afschrijving.vervanging(LOCHEM, duur, op, LocalDate.of(2027, 6, 15), null).toegestaan()).isTrue();
            assertThat(Afschrijving.vervanging(LOCHEM, duur, op, LocalDate.of(2024, 1, 1), Verliesoorzaak.ONTGROEID).toegestaan()).isTrue();
            // An adult cannot outgrow a wheelchair: treated as no loss.
            var volwassen = Afschrijving.duur(LOCHEM, HANDBEWOGEN_ROLSTOEL, 40);
            assertThat(Afschrijving.vervanging(LOCHEM, volwassen, op, LocalDate.of(2024, 1, 1), Verliesoorzaak.ONTGROEID).toegestaan()).isFalse();
        }
    }

    @Nested
    class Terugvordering {
        final Afschrijvingsduur zeven = Afschrijving.duur(DOETINCHEM, HANDBEWOGEN_ROLSTOEL, 60);

        @Test
        @DisplayName("R-07 van toepassing (Doetinchem art. 15 lid 4): € 8.400 Pgb, indicatie eindigt na 3 jaar: 48/84 terug = € 4.800")
        void naDrieJaar() {
            var b = Afschrijving.terugvordering(DOETINCHEM, zeven, new BigDecimal("8400"), LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1));
            assertThat(b.bedrag()).isEqualByComparingTo("4800.00");
            assertThat(regel(b.toepassingen(), "R-07").motivering()).contains("artikel 15 lid 4", "48 resterende hele maanden", "€ 4.800,00");
        }

        @Test
        @DisplayName("R-07: een aangebroken maand blijft bij de cliënt: einde 15-01-2023 geeft 47/84 = € 4.700")
        void aangebrokenMaand() {
            var b = Afschrijving.terugvordering(DOETINCHEM, zeven, new BigDecimal("8400"), LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 15));
            assertThat(b.bedrag()).isEqualByComparingTo("4700.00");
        }

        @Test
        @DisplayName("R-07 niet van toepassing: indicatie eindigt op of na het einde van de afschrijvingsduur")
        void naHetEinde() {
            var b = Afschrijving.terugvordering(DOETINCHEM, zeven, new BigDecimal("8400"), LocalDate.of(2020, 1, 1), LocalDate.of(2027, 1, 1));
            assertThat(b.bedrag()).isEqualByComparingTo("0");
            assertThat(regel(b.toepassingen(), "R-07").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            // The last day before the end still reclaims nothing for a partial month.
            assertThat(Afschrijving.terugvordering(DOETINCHEM, zeven, new BigDecimal("8400"), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)).bedrag())
                    .isEqualByComparingTo("0");
            assertThat(Afschrijving.terugvordering(DOETINCHEM, zeven, new BigDecimal("8400"), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 1)).bedrag())
                    .isEqualByComparingTo("100.00");
        }

        @Test
        @DisplayName("R-07 niet van toepassing in Lochem: 001 kent geen terugvordering van een Pgb naar rato (alleen 004 art. 15 lid 4)")
        void lochemKentHetNiet() {
            var b = Afschrijving.terugvordering(LOCHEM, Afschrijving.duur(LOCHEM, HANDBEWOGEN_ROLSTOEL, 60), new BigDecimal("8400"),
                    LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1));
            assertThat(b.bedrag()).isEqualByComparingTo("0");
            assertThat(regel(b.toepassingen(), "R-07").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(regel(b.toepassingen(), "R-07").motivering()).contains("Lochem", "kennen deze regel niet");
        }
    }

    @Test
    void soortSleutelsStaanInBeideTabellen() {
        for (Regelset r : List.of(DOETINCHEM, LOCHEM)) {
            for (Hulpmiddelsoort s : Hulpmiddelsoort.values()) {
                assertThat(r.tabel("hulpmiddel.afschrijvingsduur.per_soort.volwassene")).containsKey(s.sleutel());
                assertThat(r.tabel("hulpmiddel.afschrijvingsduur.per_soort.kind")).containsKey(s.sleutel());
            }
        }
    }
}
