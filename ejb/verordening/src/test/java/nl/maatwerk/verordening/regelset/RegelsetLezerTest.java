package nl.maatwerk.verordening.regelset;

import nl.maatwerk.verordening.TestBestanden;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Een aangeboden regelset met fouten: elke soort fout geeft een Nederlandse melding met regelnummer en veld.
 * De fouten worden gemaakt door het echte Doetinchemse bestand op één plek te wijzigen.
 */
class RegelsetLezerTest {

    private static final String ORIGINEEL = TestBestanden.lees(TestBestanden.DOETINCHEM_2017);
    private final RegelsetLezer lezer = RegelsetLezer.standaard();

    @Test
    void hetMeegeleverdeBestandIsGeldig() {
        LeesResultaat resultaat = lezer.lees(ORIGINEEL, List.of());
        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.regelset().versie()).isEqualTo("0222-2017-03-01");
    }

    @Test
    void onbekendeParameter() {
        String yaml = vervang("  vervoer.cvv.straal_km:\n", "  vervoer.cvv.straal:\n");
        assertEnigeFout(yaml, regelVan(yaml, "  vervoer.cvv.straal:"), "parameters.vervoer.cvv.straal",
                "onbekende parameter 'vervoer.cvv.straal'");
    }

    @Test
    void verkeerdType() {
        String yaml = vervang("waarde: {getal: 20, eenheid: km}", "waarde: twintig");
        assertEnigeFout(yaml, regelVan(yaml, "waarde: twintig"), "parameters.vervoer.cvv.straal_km.waarde",
                "verkeerd type; verwacht {getal: 2000, eenheid: km}");
    }

    @Test
    void verkeerdeEenheid() {
        String yaml = vervang("waarde: {getal: 2000, eenheid: km/jaar}", "waarde: {getal: 2000, eenheid: km}");
        assertEnigeFout(yaml, regelVan(yaml, "waarde: {getal: 2000, eenheid: km}"),
                "parameters.vervoer.cvv.km_per_jaar.waarde.eenheid", "verkeerde eenheid 'km'; deze parameter is in 'km/jaar'");
    }

    @Test
    @DisplayName("Verkeerde eenheid: 'onverwijld' (T-16) is in werkdagen, niet in dagen")
    void verkeerdeDuureenheid() {
        String yaml = vervang("waarde: {aantal: 3, eenheid: werkdagen}", "waarde: {aantal: 3, eenheid: dagen}");
        assertEnigeFout(yaml, regelVan(yaml, "waarde: {aantal: 3, eenheid: dagen}"),
                "parameters.toegang.onverwijld.waarde.eenheid", "verkeerde eenheid 'dagen'; deze termijn is in werkdagen");
    }

    @Test
    void bronOntbreekt() {
        String yaml = vervang("    bron: {document: \"004\", artikel: \"art. 10\", lid: \"lid 2\", regels: [V-02]}\n", "");
        assertEnigeFout(yaml, regelVan(yaml, "  vervoer.cvv.straal_km:"), "parameters.vervoer.cvv.straal_km.bron",
                "de bron ontbreekt");
    }

    @Test
    void regelIdsOntbreken() {
        String yaml = vervang("{document: \"004\", artikel: \"art. 10\", lid: \"lid 2\", regels: [V-02]}",
                "{document: \"004\", artikel: \"art. 10\", lid: \"lid 2\"}");
        assertEnigeFout(yaml, regelVan(yaml, "{document: \"004\", artikel: \"art. 10\", lid: \"lid 2\"}"),
                "parameters.vervoer.cvv.straal_km.bron.regels", "de regel-id's ontbreken");
    }

    @Test
    void legeLijstRegelIds() {
        String yaml = vervang("lid: \"lid 2\", regels: [V-02]}", "lid: \"lid 2\", regels: []}");
        assertEnigeFout(yaml, regelVan(yaml, "regels: []"), "parameters.vervoer.cvv.straal_km.bron.regels",
                "de lijst met regel-id's is leeg");
    }

    @Test
    void onbekendeRegelId() {
        String yaml = vervang("lid: \"lid 2\", regels: [V-02]}", "lid: \"lid 2\", regels: [V-99]}");
        assertEnigeFout(yaml, regelVan(yaml, "regels: [V-99]"), "parameters.vervoer.cvv.straal_km.bron.regels",
                "onbekende regel-id 'V-99'");
    }

    @Test
    void onbekendDocument() {
        String yaml = vervang("{document: \"004\", artikel: \"art. 10\", lid: \"lid 2\", regels: [V-02]}",
                "{document: \"009\", artikel: \"art. 10\", lid: \"lid 2\", regels: [V-02]}");
        assertEnigeFout(yaml, regelVan(yaml, "document: \"009\""), "parameters.vervoer.cvv.straal_km.bron.document",
                "onbekend document '009'");
    }

    @Test
    void ongeldigeArtikelaanduiding() {
        String yaml = vervang("{document: \"004\", artikel: \"art. 10\", lid: \"lid 2\", regels: [V-02]}",
                "{document: \"004\", artikel: \"artikel tien\", lid: \"lid 2\", regels: [V-02]}");
        assertEnigeFout(yaml, regelVan(yaml, "artikel tien"), "parameters.vervoer.cvv.straal_km.bron.artikel",
                "'artikel tien' is geen artikel of paragraaf");
    }

    @Test
    void ongeldigeDatum() {
        String yaml = vervang("geldig_vanaf: 2017-03-01", "geldig_vanaf: 2017-02-30");
        assertEnigeFout(yaml, regelVan(yaml, "geldig_vanaf:"), "geldig_vanaf", "'2017-02-30' is geen geldige datum");
    }

    @Test
    void geldigTotVoorGeldigVanaf() {
        String yaml = vervang("geldig_vanaf: 2017-03-01\n", "geldig_vanaf: 2017-03-01\ngeldig_tot: 2017-01-31\n");
        assertEnigeFout(yaml, regelVan(yaml, "geldig_tot:"), "geldig_tot",
                "geldig_tot (2017-01-31) ligt vóór geldig_vanaf (2017-03-01)");
    }

    @Test
    void overlapMetBestaandeVersieVanDezelfdeGemeente() {
        Regelset bestaand = lezer.lees(ORIGINEEL, List.of()).regelset();
        String eerder = vervang("versie: 0222-2017-03-01\ngeldig_vanaf: 2017-03-01\n",
                "versie: 0222-2016-01-01\ngeldig_vanaf: 2016-01-01\ngeldig_tot: 2017-06-30\n");
        assertEnigeFout(eerder, List.of(bestaand), regelVan(eerder, "geldig_vanaf:"), "geldig_vanaf",
                "de geldigheid overlapt met versie 0222-2017-03-01 (geldig van 2017-03-01 tot en met onbepaald)");

        String aansluitend = eerder.replace("geldig_tot: 2017-06-30", "geldig_tot: 2017-02-28");
        assertThat(lezer.lees(aansluitend, List.of(bestaand)).fouten()).isEmpty();
    }

    @Test
    void eenLatereVersieVolgtEenOpenVersieOpZonderOverlap() {
        Regelset bestaand = lezer.lees(ORIGINEEL, List.of()).regelset();
        assertThat(lezer.lees(TestBestanden.lees(TestBestanden.DOETINCHEM_2019_TEST), List.of(bestaand)).fouten()).isEmpty();
    }

    @Test
    void dezelfdeVersieTweeKeerLaden() {
        Regelset bestaand = lezer.lees(ORIGINEEL, List.of()).regelset();
        assertEnigeFout(ORIGINEEL, List.of(bestaand), regelVan(ORIGINEEL, "geldig_vanaf:"), "versie",
                "versie 0222-2017-03-01 is al geladen");
    }

    @Test
    void eenVersieVanEenAndereGemeenteOverlaptNiet() {
        Regelset lochem = lezer.lees(TestBestanden.lees(TestBestanden.LOCHEM_2016), List.of()).regelset();
        assertThat(lezer.lees(ORIGINEEL, List.of(lochem)).fouten()).isEmpty();
    }

    @Test
    void dubbeleSleutel() {
        String blok = "  vervoer.cvv.straal_km:\n    status: VASTGESTELD\n    waarde: {getal: 20, eenheid: km}\n"
                + "    bron: {document: \"004\", artikel: \"art. 10\", lid: \"lid 2\", regels: [V-02]}\n";
        String yaml = vervang(blok, blok + blok);
        int tweede = regelVan(yaml, "  vervoer.cvv.straal_km:") + 4;
        assertEnigeFout(yaml, tweede, "parameters.vervoer.cvv.straal_km",
                "dubbele sleutel; 'vervoer.cvv.straal_km' staat ook op regel " + (tweede - 4));
    }

    @Test
    void verkeerdeGemeentecode() {
        String yaml = vervang("gemeente: \"0222\"", "gemeente: \"222\"");
        assertEnigeFout(yaml, regelVan(yaml, "gemeente: \"222\""), "gemeente",
                "'222' is geen gemeentecode; verwacht de CBS-code van vier cijfers");
    }

    @Test
    void versieKloptNietMetGemeenteEnDatum() {
        String yaml = vervang("versie: 0222-2017-03-01", "versie: 0222-2017-03-02");
        assertEnigeFout(yaml, regelVan(yaml, "versie:"), "versie",
                "versie '0222-2017-03-02' moet gelijk zijn aan gemeente-geldig_vanaf, dus '0222-2017-03-01'");
    }

    @Test
    void onbekendeStatus() {
        String yaml = vervang("    status: VASTGESTELD\n    waarde: {getal: 20, eenheid: km}",
                "    status: VASTGESTELT\n    waarde: {getal: 20, eenheid: km}");
        assertEnigeFout(yaml, regelVan(yaml, "VASTGESTELT"), "parameters.vervoer.cvv.straal_km.status",
                "onbekende status 'VASTGESTELT'");
    }

    @Test
    void vastgesteldeParameterMetDemowaarde() {
        String yaml = vervang("    waarde: {getal: 20, eenheid: km}", "    demowaarde: {getal: 20, eenheid: km}");
        List<RegelsetFout> fouten = lezer.lees(yaml, List.of()).fouten();
        assertThat(fouten).extracting(RegelsetFout::melding).containsExactlyInAnyOrder(
                "een vastgestelde parameter heeft een 'waarde', geen 'demowaarde'.", "de waarde ontbreekt.");
        assertThat(fouten).extracting(RegelsetFout::regel).contains(regelVan(yaml, "demowaarde: {getal: 20"));
    }

    @Test
    void ontbrekendeParameter() {
        String yaml = vervang("  toegang.beslistermijn:\n    status: VASTGESTELD\n    waarde: {aantal: 2, eenheid: weken}\n"
                + "    bron: {document: \"004\", artikel: \"toelichting art. 6\", regels: [T-11]}\n", "");
        assertEnigeFout(yaml, regelVan(yaml, "parameters:"), "parameters.toegang.beslistermijn",
                "deze parameter ontbreekt; elke regelset bevat hem");
    }

    @Test
    void ontbrekendeVerplichteRegelplaats() {
        String yaml = vervang("  C-01: {document: \"004\", artikel: \"art. 7\", lid: \"lid 1\"}\n", "");
        assertEnigeFout(yaml, regelVan(yaml, "regels:"), "regels", "de plaats van regel C-01 ontbreekt");
    }

    @Test
    void onbekendVeld() {
        String yaml = vervang("gemeentenaam: Doetinchem\n", "gemeentenaam: Doetinchem\nauteur: Jansen\n");
        assertEnigeFout(yaml, regelVan(yaml, "auteur:"), "auteur", "onbekend veld");
    }

    @Test
    @DisplayName("P-05 geldt: sociaal-netwerktarief niet lager dan professioneel wordt geweigerd")
    void p05SociaalNetwerkTariefHogerDanProfessioneel() {
        String yaml = vervang("    demowaarde: {euro: 20.00}\n    bron: {document: \"004\", artikel: \"art. 13\", lid: \"lid 6\"",
                "    demowaarde: {euro: 60.00}\n    bron: {document: \"004\", artikel: \"art. 13\", lid: \"lid 6\"");
        assertEnigeFout(yaml, regelVan(yaml, "  pgb.tarief.sociaal_netwerk_per_uur:"), "parameters.pgb.tarief.sociaal_netwerk_per_uur",
                "het tarief voor het sociaal netwerk (€ 60,00) moet lager zijn dan het professionele tarief (€ 52,50) (regel P-05).");
    }

    @Test
    @DisplayName("P-05 geldt niet: een lager sociaal-netwerktarief is in orde")
    void p05SociaalNetwerkTariefLager() {
        Regelset regelset = lezer.lees(ORIGINEEL, List.of()).regelset();
        assertThat(regelset.bedrag("pgb.tarief.sociaal_netwerk_per_uur"))
                .isLessThan(regelset.bedrag("pgb.tarief.professioneel_per_uur"));
    }

    @Test
    void geenGeldigeYaml() {
        String yaml = vervang("gemeentenaam: Doetinchem\n", "gemeentenaam: Doetinchem\n  titel: [onaf\n");
        List<RegelsetFout> fouten = lezer.lees(yaml, List.of()).fouten();
        assertThat(fouten).hasSize(1);
        assertThat(fouten.get(0).melding()).startsWith("het bestand is geen geldige YAML");
        assertThat(fouten.get(0).regel()).isBetween(regelVan(yaml, "gemeentenaam:"), regelVan(yaml, "  titel: [onaf") + 1);
    }

    @Test
    void leegBestand() {
        assertThat(lezer.lees("", List.of()).fouten()).extracting(RegelsetFout::tekst)
                .containsExactly("Regel 1, veld '(bestand)': het bestand is leeg of geen lijst van velden (verwacht 'gemeente:', 'parameters:' enzovoort).");
    }

    @Test
    void alleFoutenTegelijkEnNooitEenHalveRegelset() {
        String yaml = ORIGINEEL
                .replace("gemeente: \"0222\"", "gemeente: \"22\"")
                .replace("waarde: {getal: 2000, eenheid: km/jaar}", "waarde: {getal: 2000, eenheid: km}")
                .replace("lid: \"lid 2\", regels: [V-02]}", "lid: \"lid 2\", regels: [X-01]}");
        LeesResultaat resultaat = lezer.lees(yaml, List.of());
        assertThat(resultaat.isGelukt()).isFalse();
        assertThat(resultaat.fouten()).extracting(RegelsetFout::veld).containsExactly("gemeente",
                "parameters.vervoer.cvv.straal_km.bron.regels", "parameters.vervoer.cvv.km_per_jaar.waarde.eenheid");
        assertThatThrownBy(resultaat::regelset).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Regel " + regelVan(yaml, "gemeente: \"22\"") + ", veld 'gemeente'");
    }

    // --- hulpjes ---

    private static String vervang(String oud, String nieuw) {
        assertThat(ORIGINEEL).as("testfragment moet in het bestand staan").contains(oud);
        return ORIGINEEL.replace(oud, nieuw);
    }

    /** Regelnummer (vanaf 1) van de eerste regel waarin het fragment voorkomt. */
    private static int regelVan(String tekst, String fragment) {
        int index = tekst.indexOf(fragment);
        assertThat(index).as("fragment " + fragment).isNotNegative();
        return (int) tekst.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private void assertEnigeFout(String yaml, int regel, String veld, String meldingBegin) {
        assertEnigeFout(yaml, List.of(), regel, veld, meldingBegin);
    }

    private void assertEnigeFout(String yaml, List<Regelset> bestaand, int regel, String veld, String meldingBegin) {
        LeesResultaat resultaat = lezer.lees(yaml, bestaand);
        assertThat(resultaat.isGelukt()).isFalse();
        assertThat(resultaat.fouten()).hasSize(1);
        RegelsetFout fout = resultaat.fouten().get(0);
        assertThat(fout.melding()).startsWith(meldingBegin);
        assertThat(fout.veld()).isEqualTo(veld);
        assertThat(fout.regel()).isEqualTo(regel);
        assertThat(fout.tekst()).startsWith("Regel " + regel + ", veld '" + veld + "': ");
    }
}
