package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.domain.woonvoorzieningen.AdviesUitkomst;
import nl.maatwerk.domain.woonvoorzieningen.Woningtype;
import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.woonvoorzieningen.regels.Woonbeoordelaar.Conclusie;
import nl.maatwerk.woonvoorzieningen.regels.Woonbeoordelaar.Woonbeoordeling;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Set;

import static nl.maatwerk.woonvoorzieningen.regels.Gevallen.PEILDATUM;
import static org.assertj.core.api.Assertions.assertThat;

/** De weigeringsgronden en bijzondere regels: W-01, W-05 tot en met W-13, W-17, W-18 en C-11. */
class WoonregelsTest {

    private static Woonbeoordeling beoordeel(String gemeente, Woonaanvraag aanvraag) {
        return Woonbeoordelaar.beoordeel(Gevallen.regelset(gemeente), aanvraag);
    }

    private static RegelToepassing toepassing(Woonbeoordeling b, String regelId) {
        return b.toepassingen().stream().filter(t -> t.regelId().equals(regelId)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "gemeente {0}")
    @ValueSource(strings = {"0222", "0262"})
    @DisplayName("Een traplift in de huurwoning na een aanpasadvies, eigenaar gehoord: toegestaan, elke regel genoemd")
    void toegestaan(String gemeente) {
        Woonbeoordeling b = beoordeel(gemeente, Gevallen.traplift());
        assertThat(b.conclusie()).as(b.motivering()).isEqualTo(Conclusie.TOEGESTAAN);
        assertThat(b.toepassingen()).extracting(RegelToepassing::regelId).containsExactly(
                "W-01", "W-05", "W-06", "W-07", "W-08", "W-09", "W-10", "W-11", "W-12", "W-13", "W-17", "W-18", "C-11");
        assertThat(b.motivering().lines()).allSatisfy(regel -> assertThat(regel).contains("regel "));
    }

    @Test
    @DisplayName("W-01 geldt: na een verhuisadvies geen aanpassing; zonder advies eerst onderzoeken")
    void w01() {
        Woonbeoordeling verhuizen = beoordeel("0222", Gevallen.traplift().advies(AdviesUitkomst.VERHUIZEN));
        assertThat(verhuizen.conclusie()).isEqualTo(Conclusie.GEWEIGERD);
        assertThat(verhuizen.gronden()).extracting(RegelToepassing::regelId).containsExactly("W-01");
        assertThat(toepassing(verhuizen, "W-01").motivering()).contains("artikel 9 lid 2");

        Woonbeoordeling zonder = beoordeel("0222", Gevallen.traplift().advies(null));
        assertThat(zonder.conclusie()).isEqualTo(Conclusie.NADER_ONDERZOEK);
        assertThat(toepassing(zonder, "W-01").uitkomst()).isEqualTo(Uitkomst.ONVOLDOENDE_GEGEVENS);
    }

    @ParameterizedTest(name = "gemeente {0}")
    @ValueSource(strings = {"0222", "0262"})
    @DisplayName("W-05 grens: 4 jaar en 364 dagen na de vorige woonvoorziening geweigerd, precies 5 jaar toegestaan")
    void w05Grens(String gemeente) {
        LocalDate vorige = PEILDATUM.minusYears(5);
        Woonbeoordeling precies = beoordeel(gemeente, Gevallen.traplift().vorigeWoonvoorziening(vorige, false));
        assertThat(toepassing(precies, "W-05").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);

        Woonbeoordeling eenDagTeVroeg = beoordeel(gemeente, Gevallen.traplift().vorigeWoonvoorziening(vorige.plusDays(1), false));
        assertThat(eenDagTeVroeg.conclusie()).isEqualTo(Conclusie.GEWEIGERD);
        assertThat(eenDagTeVroeg.gronden()).extracting(RegelToepassing::regelId).containsExactly("W-05");
        assertThat(toepassing(eenDagTeVroeg, "W-05").motivering()).contains("5 jaren", "geen onvoorziene wijziging");
        assertThat(Woonregels.vrijVanaf(Gevallen.regelset(gemeente), vorige.plusDays(1))).isEqualTo(PEILDATUM.plusDays(1));
    }

    @Test
    @DisplayName("W-05 geldt niet bij een vastgelegde onvoorziene wijziging in de beperkingen, of zonder vorige woonvoorziening")
    void w05Uitzondering() {
        Woonbeoordeling onvoorzien = beoordeel("0262", Gevallen.traplift().vorigeWoonvoorziening(PEILDATUM.minusYears(1), true));
        assertThat(toepassing(onvoorzien, "W-05").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toepassing(onvoorzien, "W-05").motivering()).contains("onvoorzien gewijzigd", "paragraaf 5.1.5");
        assertThat(toepassing(beoordeel("0262", Gevallen.traplift()), "W-05").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("W-06 geldt: geen woonvoorziening voor een zolder of buiten het hoofdverblijf; wel voor de badkamer")
    void w06() {
        Woonbeoordeling zolder = beoordeel("0222", Woonaanvraag.voor(PEILDATUM, Gevallen.huurwoning(), Voorzieningsoort.BOUWKUNDIG,
                "dakkapel", Gebruiksruimte.OVERIG).advies(AdviesUitkomst.AANPASSEN).eigenaarGehoord(true));
        assertThat(zolder.gronden()).extracting(RegelToepassing::regelId).containsExactly("W-06");
        assertThat(toepassing(zolder, "W-06").motivering()).contains("geen noodzakelijke gebruiksruimte", "artikel 9 lid 3 tot en met 5");

        Woonsituatie vakantiewoning = new Woonsituatie(Woningtype.EENGEZINSWONING, true, false, Set.of(Gebruiksruimte.BADKAMER), false, null);
        Woonbeoordeling geenHoofdverblijf = beoordeel("0262", Woonaanvraag.voor(PEILDATUM, vakantiewoning, Voorzieningsoort.HOOGTEVERSCHIL,
                "traplift", Gebruiksruimte.BADKAMER).advies(AdviesUitkomst.AANPASSEN));
        assertThat(toepassing(geenHoofdverblijf, "W-06").motivering()).contains("niet uw hoofdverblijf", "paragraaf 5.1.3 onder a");

        assertThat(toepassing(beoordeel("0222", Gevallen.traplift()), "W-06").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    @DisplayName("W-07 geldt in Doetinchem: elke grond a-f wordt genoemd; in Lochem kent de regelset W-07 niet")
    void w07() {
        Woonaanvraag aanvraag = Gevallen.traplift().weigeringsfeiten(new Woonaanvraag.Weigeringsfeiten(true, true, true, true, true));
        Woonbeoordeling doetinchem = beoordeel("0222", aanvraag);
        assertThat(doetinchem.gronden()).extracting(RegelToepassing::regelId).containsExactly("W-07");
        assertThat(toepassing(doetinchem, "W-07").motivering()).contains("(b)", "(c)", "(d)", "(e)", "(f)", "artikel 9 lid 6");

        Woonbeoordeling lochem = beoordeel("0262", aanvraag);
        assertThat(toepassing(lochem, "W-07").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(toepassing(lochem, "W-07").motivering()).contains("kennen deze regel niet");

        assertThat(toepassing(beoordeel("0222", Gevallen.traplift()), "W-07").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    @DisplayName("W-07 (a) en W-08: een automatische deuropener in de gemeenschappelijke ruimte mag in Doetinchem, niet in Lochem")
    void w08VerschilTussenGemeenten() {
        Woonsituatie appartement = new Woonsituatie(Woningtype.APPARTEMENT, false, true, Set.of(Gebruiksruimte.TOEGANG), false, null);
        Woonaanvraag deuropener = Woonaanvraag.voor(PEILDATUM, appartement, Voorzieningsoort.BOUWKUNDIG, "automatische deuropener",
                Gebruiksruimte.TOEGANG).gemeenschappelijkeRuimte(true).advies(AdviesUitkomst.AANPASSEN).eigenaarGehoord(true);
        Woonbeoordeling doetinchem = beoordeel("0222", deuropener);
        assertThat(doetinchem.conclusie()).as(doetinchem.motivering()).isEqualTo(Conclusie.TOEGESTAAN);
        assertThat(toepassing(doetinchem, "W-08").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);

        Woonbeoordeling lochem = beoordeel("0262", deuropener);
        assertThat(lochem.gronden()).extracting(RegelToepassing::regelId).containsExactly("W-08");
        assertThat(toepassing(lochem, "W-08").motivering()).contains("elektrische toegangsdeur", "paragraaf 5.1.6");

        Woonaanvraag lift = Woonaanvraag.voor(PEILDATUM, appartement, Voorzieningsoort.HOOGTEVERSCHIL, "traplift", Gebruiksruimte.TOEGANG)
                .gemeenschappelijkeRuimte(true).advies(AdviesUitkomst.AANPASSEN).eigenaarGehoord(true);
        assertThat(beoordeel("0222", lift).gronden()).extracting(RegelToepassing::regelId).containsExactly("W-07", "W-08");
    }

    @Test
    @DisplayName("W-08 geldt: in een wooncomplex voor ouderen geen voorziening in de gemeenschappelijke ruimte, ook niet van de lijst")
    void w08Ouderencomplex() {
        Woonsituatie complex = new Woonsituatie(Woningtype.WOONCOMPLEX_OUDEREN_GEHANDICAPTEN, false, true, Set.of(Gebruiksruimte.TOEGANG), false, null);
        Woonaanvraag hellingbaan = Woonaanvraag.voor(PEILDATUM, complex, Voorzieningsoort.BOUWKUNDIG, "hellingbaan", Gebruiksruimte.TOEGANG)
                .gemeenschappelijkeRuimte(true).advies(AdviesUitkomst.AANPASSEN).eigenaarGehoord(true);
        Woonbeoordeling b = beoordeel("0262", hellingbaan);
        assertThat(toepassing(b, "W-08").uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
        assertThat(toepassing(b, "W-08").motivering()).contains("verantwoordelijkheid van de eigenaar");
        assertThat(toepassing(beoordeel("0262", Gevallen.traplift()), "W-08").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @ParameterizedTest(name = "gemeente {0}")
    @ValueSource(strings = {"0222", "0262"})
    @DisplayName("W-09: woonwagen met 5 jaar levensduur en standplaats toegestaan; 4 jaar levensduur of standplaats geweigerd")
    void w09(String gemeente) {
        Woonsituatie wagen = new Woonsituatie(Woningtype.WOONWAGEN, true, true, Set.of(Gebruiksruimte.BADKAMER), false, null);
        Woonaanvraag basis = Woonaanvraag.voor(PEILDATUM, wagen, Voorzieningsoort.BOUWKUNDIG, "aangepaste douche", Gebruiksruimte.BADKAMER)
                .advies(AdviesUitkomst.AANPASSEN);
        assertThat(toepassing(beoordeel(gemeente, basis.woonwagenOfWoonschip(5, 5)), "W-09").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        Woonbeoordeling kort = beoordeel(gemeente, Woonaanvraag.voor(PEILDATUM, wagen, Voorzieningsoort.BOUWKUNDIG, "aangepaste douche",
                Gebruiksruimte.BADKAMER).advies(AdviesUitkomst.AANPASSEN).woonwagenOfWoonschip(4, 10));
        assertThat(kort.gronden()).extracting(RegelToepassing::regelId).containsExactly("W-09");
        assertThat(toepassing(kort, "W-09").motivering()).contains("levensduur", "4 jaar");
        Woonsituatie schip = new Woonsituatie(Woningtype.WOONSCHIP, true, true, Set.of(), false, null);
        Woonbeoordeling ligplaats = beoordeel(gemeente, Woonaanvraag.voor(PEILDATUM, schip, Voorzieningsoort.BOUWKUNDIG, "aangepaste douche",
                Gebruiksruimte.BADKAMER).advies(AdviesUitkomst.AANPASSEN).woonwagenOfWoonschip(20, 4));
        assertThat(toepassing(ligplaats, "W-09").motivering()).contains("ligplaats", "minder dan 5 jaren");
        assertThat(toepassing(beoordeel(gemeente, Gevallen.traplift()), "W-09").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("W-10: verhuiskosten algemeen gebruikelijk, behalve bij een plotselinge noodzaak (beroerte)")
    void w10() {
        Woonaanvraag verhuizing = Woonaanvraag.voor(PEILDATUM, Gevallen.huurwoning(), Voorzieningsoort.VERHUIZING, "verhuiskosten", null)
                .advies(AdviesUitkomst.VERHUIZEN);
        Woonbeoordeling gewoon = beoordeel("0262", verhuizing);
        assertThat(gewoon.gronden()).extracting(RegelToepassing::regelId).containsExactly("W-10");
        assertThat(toepassing(gewoon, "W-10").motivering()).contains("paragraaf 5.1.1");
        Woonbeoordeling plotseling = beoordeel("0262", Woonaanvraag.voor(PEILDATUM, Gevallen.huurwoning(), Voorzieningsoort.VERHUIZING,
                "verhuiskosten", null).advies(AdviesUitkomst.VERHUIZEN).plotselingeNoodzaak(true));
        assertThat(plotseling.conclusie()).as(plotseling.motivering()).isEqualTo(Conclusie.TOEGESTAAN);
        assertThat(toepassing(plotseling, "W-01").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    @DisplayName("W-11: een verhoogd toilet of wat de bouwmarkt verkoopt is algemeen gebruikelijk; een traplift niet")
    void w11() {
        Woonbeoordeling toilet = beoordeel("0222", Woonaanvraag.voor(PEILDATUM, Gevallen.huurwoning(), Voorzieningsoort.LOSSE_WOONVOORZIENING,
                "verhoogd toilet", Gebruiksruimte.TOILET).advies(AdviesUitkomst.AANPASSEN).eigenaarGehoord(true));
        assertThat(toilet.gronden()).extracting(RegelToepassing::regelId).containsExactly("W-11");
        Woonbeoordeling beugel = beoordeel("0262", Woonaanvraag.voor(PEILDATUM, Gevallen.huurwoning(), Voorzieningsoort.LOSSE_WOONVOORZIENING,
                "douchestoel", Gebruiksruimte.BADKAMER).advies(AdviesUitkomst.AANPASSEN).eigenaarGehoord(true).inGewoneWinkel(true));
        assertThat(toepassing(beugel, "W-11").motivering()).contains("bouwmarkt");
        assertThat(toepassing(beoordeel("0262", Gevallen.traplift()), "W-11").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    @DisplayName("W-12: in Lochem een traplift in bruikleen, een aangepaste douche niet; Doetinchem kent W-12 niet")
    void w12() {
        assertThat(toepassing(beoordeel("0262", Gevallen.traplift()), "W-12").uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
        assertThat(toepassing(beoordeel("0262", Gevallen.traplift()), "W-12").motivering()).contains("bruikleen", "paragraaf 5.1.4");
        Woonaanvraag douche = Woonaanvraag.voor(PEILDATUM, Gevallen.huurwoning(), Voorzieningsoort.BOUWKUNDIG, "aangepaste douche",
                Gebruiksruimte.BADKAMER).advies(AdviesUitkomst.AANPASSEN).eigenaarGehoord(true);
        assertThat(toepassing(beoordeel("0262", douche), "W-12").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(toepassing(beoordeel("0222", Gevallen.traplift()), "W-12").motivering()).contains("kennen deze regel niet");
    }

    @Test
    @DisplayName("W-13: bij huur eerst de eigenaar horen (Lochem); bij eigendom niet van toepassing")
    void w13() {
        Woonbeoordeling nietGehoord = beoordeel("0262", Gevallen.traplift().eigenaarGehoord(false));
        assertThat(nietGehoord.conclusie()).isEqualTo(Conclusie.NADER_ONDERZOEK);
        assertThat(toepassing(nietGehoord, "W-13").motivering()).contains("gehoord", "paragraaf 5.1.4");
        assertThat(toepassing(beoordeel("0262", Gevallen.traplift()), "W-13").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        Woonaanvraag koop = Woonaanvraag.voor(PEILDATUM, Gevallen.koopwoning(), Voorzieningsoort.HOOGTEVERSCHIL, "traplift", Gebruiksruimte.SLAAPKAMER)
                .advies(AdviesUitkomst.AANPASSEN);
        assertThat(toepassing(beoordeel("0262", koop), "W-13").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("W-17: een stalling alleen als de huidige niet adequaat is; zonder vaststelling eerst onderzoeken")
    void w17() {
        Woonsituatie open = new Woonsituatie(Woningtype.APPARTEMENT, false, true, Set.of(Gebruiksruimte.BERGING), false,
                new Woonsituatie.Stalling(false, true, false, true));
        Woonbeoordeling nodig = beoordeel("0262", Woonaanvraag.voor(PEILDATUM, open, Voorzieningsoort.STALLING, "scootmobielstalling",
                Gebruiksruimte.BERGING).eigenaarGehoord(true));
        assertThat(nodig.conclusie()).as(nodig.motivering()).isEqualTo(Conclusie.TOEGESTAAN);
        assertThat(toepassing(nodig, "W-17").motivering()).contains("niet afgesloten", "paragraaf 5.1.3 onder b");

        Woonsituatie garage = new Woonsituatie(Woningtype.EENGEZINSWONING, true, true, Set.of(), false, new Woonsituatie.Stalling(true, true, true, true));
        Woonbeoordeling overbodig = beoordeel("0222", Woonaanvraag.voor(PEILDATUM, garage, Voorzieningsoort.STALLING, "scootmobielstalling",
                Gebruiksruimte.BERGING));
        assertThat(overbodig.gronden()).extracting(RegelToepassing::regelId).containsExactly("W-17");
        assertThat(Woonregels.stalling(Gevallen.doetinchem(), null).uitkomst()).isEqualTo(Uitkomst.ONVOLDOENDE_GEGEVENS);
        assertThat(toepassing(beoordeel("0222", Gevallen.traplift()), "W-17").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("W-18: een uitraaskamer bij ernstig ontremd gedrag; anders geweigerd")
    void w18() {
        Woonaanvraag kamer = Woonaanvraag.voor(PEILDATUM, Gevallen.koopwoning(), Voorzieningsoort.UITRAASKAMER, "uitraaskamer", Gebruiksruimte.SLAAPKAMER);
        Woonbeoordeling ontremd = beoordeel("0262", kamer.ernstigOntremd(true));
        assertThat(ontremd.conclusie()).as(ontremd.motivering()).isEqualTo(Conclusie.TOEGESTAAN);
        assertThat(toepassing(ontremd, "W-18").motivering()).contains("paragraaf 5.1.3 onder d");
        Woonbeoordeling niet = beoordeel("0222", Woonaanvraag.voor(PEILDATUM, Gevallen.koopwoning(), Voorzieningsoort.UITRAASKAMER, "uitraaskamer",
                Gebruiksruimte.SLAAPKAMER).ernstigOntremd(false));
        assertThat(niet.gronden()).extracting(RegelToepassing::regelId).containsExactly("W-18");
        assertThat(toepassing(niet, "W-18").motivering()).contains("artikel 9 lid 1");
    }

    @Test
    @DisplayName("C-11: een voorzienbare aanpassing (douche voor het bad bij ouder worden) is voor eigen rekening; onvoorzienbaar niet")
    void c11() {
        Woonbeoordeling voorzienbaar = beoordeel("0262", Gevallen.traplift().voorzienbaar(true, "al jaren bekend met artrose"));
        assertThat(voorzienbaar.gronden()).extracting(RegelToepassing::regelId).containsExactly("C-11");
        assertThat(toepassing(voorzienbaar, "C-11").motivering()).contains("artrose", "paragraaf 1.9");
        Woonbeoordeling doetinchem = beoordeel("0222", Gevallen.traplift().voorzienbaar(false, "na een ongeluk"));
        assertThat(toepassing(doetinchem, "C-11").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toepassing(doetinchem, "C-11").motivering()).contains("artikel 8 lid 3 onder d");
    }
}
