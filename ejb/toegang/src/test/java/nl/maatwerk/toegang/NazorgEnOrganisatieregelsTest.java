package nl.maatwerk.toegang;

import nl.maatwerk.domain.client.BetrokkeneSoort;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Voornemen;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.verordening.beoordeling.Hardheidsclausule;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Rol;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.koppeling.BeschikkingsonderdeelBron.Beschikkingsonderdeel;
import nl.maatwerk.verordening.koppeling.Leveringsvorm;
import nl.maatwerk.verordening.regelset.Bron;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static nl.maatwerk.toegang.Dossier.REGELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-02, O-04, the C-13 heronderzoek signal, the C-10 path to four eyes and the onderdelen in the letter. */
class NazorgEnOrganisatieregelsTest {

    static final LocalDate MA_5_JAN = LocalDate.of(2026, 1, 5);

    @Nested
    class Mantelzorgwaardering {
        @Test
        @DisplayName("O-02 van toepassing: mantelzorger van een cliënt met een melding zonder voorziening, waar hij ook woont")
        void o02MeldingZonderVoorziening() {
            RegelToepassing t = REGELS.mantelzorgwaardering("0222", 2026, BetrokkeneSoort.MANTELZORGER, LocalDate.of(2026, 3, 4), false);
            assertThat(t.regelId()).isEqualTo("O-02");
            assertThat(t.uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
            assertThat(t.motivering()).contains("4 maart 2026").contains("ook zonder voorziening").contains("waar de mantelzorger ook woont")
                    .contains("artikel 21").contains("Doetinchem").contains("regel O-02");
        }

        @Test
        @DisplayName("O-02 van toepassing: een voorziening in het jaar is genoeg; Lochem citeert de wet (art. 2.1.6 Wmo 2015)")
        void o02VoorzieningLochem() {
            RegelToepassing t = REGELS.mantelzorgwaardering("0262", 2026, BetrokkeneSoort.MANTELZORGER, null, true);
            assertThat(t.uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
            assertThat(t.motivering()).contains("artikel 2.1.6 Wet maatschappelijke ondersteuning 2015").contains("regel O-02");
        }

        @Test
        @DisplayName("O-02 van toepassing ook in een gemeente zonder regelset hier (Hillegom, ISD): de wet geldt")
        void o02ZonderRegelset() {
            RegelToepassing t = REGELS.mantelzorgwaardering("0534", 2026, BetrokkeneSoort.MANTELZORGER, LocalDate.of(2026, 5, 1), false);
            assertThat(t.uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
            assertThat(t.motivering()).contains("artikel 2.1.6 Wet maatschappelijke ondersteuning 2015").contains("regel O-02");
        }

        @Test
        @DisplayName("O-02 niet van toepassing: geen melding en geen voorziening in het jaar, of een contactpersoon")
        void o02NietVanToepassing() {
            assertThat(REGELS.mantelzorgwaardering("0222", 2026, BetrokkeneSoort.MANTELZORGER, LocalDate.of(2025, 12, 31), false))
                    .satisfies(t -> {
                        assertThat(t.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
                        assertThat(t.motivering()).contains("geen cliënt").contains("regel O-02");
                    });
            assertThat(REGELS.mantelzorgwaardering("0222", 2026, BetrokkeneSoort.CONTACTPERSOON, LocalDate.of(2026, 2, 1), false).uitkomst())
                    .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        }
    }

    @Nested
    class BeschermdWonen {
        static BeschermdWonenFeiten bw(boolean nl, boolean hier, Boolean a, Boolean b, Boolean c, Boolean d) {
            return new BeschermdWonenFeiten(BeschermdWonenFeiten.Soort.BESCHERMD_WONEN, nl, hier, a, b, c, d, null, null);
        }

        @Test
        @DisplayName("O-04 voldaan: criteria a-d van art. 11, ook voor wie niet in de gemeente woont")
        void o04OokVanBuiten() {
            RegelToepassing t = REGELS.beschermdWonen("0222", MA_5_JAN, bw(true, false, true, false, false, true));
            assertThat(t.regelId()).isEqualTo("O-04");
            assertThat(t.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(t.motivering()).contains("niet in Doetinchem woont, staat daaraan niet in de weg")
                    .contains("iedere ingezetene van Nederland").contains("artikel 11").contains("regel O-04");
        }

        @Test
        @DisplayName("O-04 niet voldaan: geen ingezetene van Nederland, een acute crisis, of ambulante hulp volstaat")
        void o04Afgewezen() {
            assertThat(REGELS.beschermdWonen("0222", MA_5_JAN, bw(false, false, true, false, false, true)))
                    .satisfies(t -> assertThat(t.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND))
                    .satisfies(t -> assertThat(t.motivering()).contains("ingezetene van Nederland").contains("regel O-04"));
            assertThat(REGELS.beschermdWonen("0222", MA_5_JAN, bw(true, true, true, true, true, true)))
                    .satisfies(t -> assertThat(t.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND))
                    .satisfies(t -> assertThat(t.motivering()).contains("b. de problemen komen niet voort uit een acute crisis")
                            .contains("c. begeleiding of dagbesteding"));
        }

        @Test
        @DisplayName("O-04: ontbrekende feiten vragen om onderzoek, geen weigering")
        void o04OnvoldoendeGegevens() {
            assertThat(REGELS.beschermdWonen("0222", MA_5_JAN, bw(true, true, true, null, false, true)).uitkomst())
                    .isEqualTo(Uitkomst.ONVOLDOENDE_GEGEVENS);
            assertThatThrownBy(() -> REGELS.beschermdWonen("0222", MA_5_JAN, null)).isInstanceOf(ValidatieException.class)
                    .hasMessageContaining("O-04");
        }

        @Test
        @DisplayName("O-04 opvang (art. 11 lid 4): huiselijk geweld of dakloos; anders geen opvang; Lochem citeert de wet")
        void o04Opvang() {
            var geweld = new BeschermdWonenFeiten(BeschermdWonenFeiten.Soort.OPVANG, true, false, null, null, null, null, false, true);
            assertThat(REGELS.beschermdWonen("0222", MA_5_JAN, geweld).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            var thuis = new BeschermdWonenFeiten(BeschermdWonenFeiten.Soort.OPVANG, true, true, null, null, null, null, false, false);
            assertThat(REGELS.beschermdWonen("0222", MA_5_JAN, thuis).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(REGELS.beschermdWonen("0262", MA_5_JAN, geweld).motivering()).contains("artikel 1.2.1 Wet maatschappelijke ondersteuning 2015");
        }
    }

    @Nested
    class Heronderzoeksignaal {
        Beschikking verzonden(LocalDate einde) {
            var d = ToegangsregelsTest.klaarVoorBesluit();
            var g = new Besluitgegevens(Beschikking.Soort.TOEKENNING_NATURA, "traplift", "Veilig naar boven", "In bruikleen", null, null,
                    null, null, null, new BigDecimal("100"), null, LocalDate.of(2026, 1, 27), einde);
            Beschikking b = d.besluit(g, "consulent.doetinchem", LocalDate.of(2026, 1, 27));
            REGELS.verzend(d.melding, b, LocalDate.of(2026, 1, 27));
            return b;
        }

        @Test
        @DisplayName("C-13 signaal: een indicatie die binnen de vooraankondiging (8 weken, C-18) afloopt, meldt zich op de werkvoorraad")
        void c13Signaal() {
            Beschikking b = verzonden(LocalDate.of(2026, 6, 30));
            var s = REGELS.heronderzoek(b, LocalDate.of(2026, 5, 15));
            assertThat(s).isPresent();
            assertThat(s.get().toepassing().regelId()).isEqualTo("C-13");
            assertThat(s.get().toepassing().motivering()).contains("30 juni 2026").contains("regel C-13").contains("regel C-18");
            assertThat(s.get().sinds()).isEqualTo(LocalDate.of(2026, 5, 5));
        }

        @Test
        @DisplayName("C-13 geen signaal: het einde ligt verder weg dan de vooraankondiging, of de indicatie is beëindigd")
        void c13GeenSignaal() {
            Beschikking b = verzonden(LocalDate.of(2026, 6, 30));
            assertThat(REGELS.heronderzoek(b, LocalDate.of(2026, 4, 1))).isEmpty();
            b.beeindig(LocalDate.of(2026, 5, 1), "Verhuisd");
            assertThat(REGELS.heronderzoek(b, LocalDate.of(2026, 5, 15))).isEmpty();
        }
    }

    @Nested
    class Hardheidsclausulepad {
        Dossier afgewezenDossier() {
            var d = ToegangsregelsTest.klaarVoorBesluit();
            d.onderzoek.setZelfTeRegelen(true); // C-04: redelijkerwijs zelf te regelen, so the rules refuse
            var v = new Voornemen(d.melding, LocalDate.of(2026, 1, 21), LocalDate.of(2026, 2, 4), "Wij zijn van plan af te wijken");
            v.reactie(LocalDate.of(2026, 1, 23), "Graag");
            d.voornemens.add(v);
            return d;
        }

        @Test
        @DisplayName("C-10 van toepassing: een goedgekeurd verzoek uit het register maakt de toekenning afwijkend en vier ogen verplicht")
        void c10AfwijkendNaarVierOgen() {
            var d = afgewezenDossier();
            var h = new Hardheidsclausule("traplift", "Onbillijk: trap is enige toegang",
                    new Hardheidsclausule.Goedkeuring("teamleider.doetinchem", Rol.TEAMLEIDER, LocalDate.of(2026, 1, 22)));
            Beschikking b = REGELS.besluit(d.melding, d.onderzoek, d.aanvraag, d.voornemens, Dossier.natura(new BigDecimal("100")),
                    "consulent.doetinchem", LocalDate.of(2026, 1, 27), h);
            assertThat(b.isAfwijkend()).isTrue();
            assertThat(b.getStatus()).isEqualTo(Beschikking.Status.TER_GOEDKEURING);
            assertThat(b.getVierOgenReden()).contains("hardheidsclausule");
            assertThat(b.getMotivering()).contains("C-10").contains("artikel 26");
        }

        @Test
        @DisplayName("C-10 niet van toepassing: zonder verzoek weigeren de regels de toekenning")
        void c10ZonderVerzoek() {
            var d = afgewezenDossier();
            assertThatThrownBy(() -> REGELS.besluit(d.melding, d.onderzoek, d.aanvraag, d.voornemens, Dossier.natura(new BigDecimal("100")),
                    "consulent.doetinchem", LocalDate.of(2026, 1, 27), null)).isInstanceOf(ValidatieException.class)
                    .hasMessageContaining("Toekennen kan niet");
        }
    }

    @Test
    @DisplayName("T-12: de beschikking drukt elk onderdeel van elk gebied af, met regel-id en artikel per toegepaste regel")
    void beschikkingMetOnderdelen() throws IOException {
        var d = ToegangsregelsTest.klaarVoorBesluit();
        Beschikking b = d.besluit(Dossier.natura(new BigDecimal("100")), "consulent.doetinchem", LocalDate.of(2026, 1, 27));
        REGELS.verzend(d.melding, b, LocalDate.of(2026, 1, 27));
        var bron = new Bron("004", "Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017", "art. 9", "lid 2", List.of("W-01"));
        var toegekend = new Beschikkingsonderdeel("woonvoorzieningen", "Traplift", true, Leveringsvorm.PGB, LocalDate.of(2026, 2, 1),
                LocalDate.of(2031, 1, 31), List.of("U laat de traplift jaarlijks keuren"),
                List.of(RegelToepassing.van("W-01", Uitkomst.VOLDAAN, bron, "Aanpassen is goedkoper dan verhuizen")));
        var geweigerd = new Beschikkingsonderdeel("vervoer", "Regiotaxipas", false, null, null, null, List.of(),
                List.of(RegelToepassing.van("V-01", Uitkomst.AFWIJZINGSGROND, bron.voorRegel("V-01"), "Collectief vervoer gaat voor")));
        String t = BrievenTest.tekst(Brieven.beschikking(b, d.aanvraag, "Doetinchem", List.of(toegekend, geweigerd)));
        assertThat(t).contains("Onderdelen van dit besluit").contains("Traplift (woonvoorzieningen): toegekend")
                .contains("persoonsgebonden budget").contains("vanaf 1 februari 2026 tot en met 31 januari 2031")
                .contains("U laat de traplift jaarlijks keuren").contains("W-01 (004 art. 9 lid 2)").contains("artikel 9 lid 2")
                .contains("Regiotaxipas (vervoer): geweigerd").contains("V-01").contains("Collectief vervoer gaat voor");
        assertThat(BrievenTest.tekst(Brieven.beschikking(b, d.aanvraag, "Doetinchem", List.of()))).doesNotContain("Onderdelen van dit besluit")
                .contains("Besluit op uw aanvraag");
    }
}
