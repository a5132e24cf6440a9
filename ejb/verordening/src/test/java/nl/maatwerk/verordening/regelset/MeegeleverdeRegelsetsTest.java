package nl.maatwerk.verordening.regelset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** De meegeleverde regelsets van Doetinchem (0222) en Lochem (0262). */
class MeegeleverdeRegelsetsTest {

    private static final Regelboek BOEK = Regelboek.standaard();
    private static final Regelset DOETINCHEM = BOEK.versie("0222-2017-03-01");
    private static final Regelset LOCHEM = BOEK.versie("0262-2016-06-01");

    /** Elke parameter van beide regelsets heeft een bron met document, artikel en bestaande regel-id's. */
    @TestFactory
    Stream<DynamicTest> elkeParameterHeeftEenBronMetBestaandeRegelIds() {
        RegelCatalogus catalogus = RegelCatalogus.standaard();
        return Stream.of(DOETINCHEM, LOCHEM).flatMap(r -> r.parameters().values().stream()
                .map(p -> DynamicTest.dynamicTest(r.versie() + " " + p.sleutel() + " " + p.bron().regels(), () -> {
                    assertThat(p.bron().document()).isNotBlank();
                    assertThat(p.bron().artikel()).isNotBlank();
                    assertThat(p.bron().regels()).as("regel-id's van " + p.sleutel()).isNotEmpty();
                    assertThat(p.bron().regels()).allSatisfy(id -> assertThat(catalogus.bestaat(id)).as(id).isTrue());
                })));
    }

    @Test
    void beideRegelsetsHebbenDezelfdeSleutelsBehalveGemeentespecifieke() {
        Set<String> specifiek = ParameterCatalogus.standaard().definities().stream()
                .filter(ParameterDefinitie::gemeenteSpecifiek).map(ParameterDefinitie::sleutel).collect(Collectors.toSet());
        Set<String> d = new TreeSet<>(DOETINCHEM.parameters().keySet());
        Set<String> l = new TreeSet<>(LOCHEM.parameters().keySet());
        d.removeAll(specifiek);
        l.removeAll(specifiek);
        assertThat(d).isEqualTo(l);
        assertThat(DOETINCHEM.parameters().keySet()).contains("vervoer.cvv.straal_km", "hardheidsclausule.signaal_na_aantal")
                .doesNotContain("vervoer.cvv.zones_per_jaar");
        assertThat(LOCHEM.parameters().keySet()).contains("vervoer.cvv.zones_per_jaar", "vervoer.cvv.reisgebied_zones")
                .doesNotContain("vervoer.cvv.straal_km");
    }

    @Test
    @DisplayName("V-02: Doetinchem biedt collectief vervoer binnen 20 km en tot 2.000 km per jaar")
    void doetinchemVervoerV02TwintigKmEnTweeduizendKmPerJaar() {
        assertThat(DOETINCHEM.getal("vervoer.cvv.straal_km")).isEqualByComparingTo("20");
        assertThat(DOETINCHEM.getal("vervoer.cvv.km_per_jaar")).isEqualByComparingTo("2000");
        assertThat(DOETINCHEM.parameter("vervoer.cvv.km_per_jaar").bron().kort()).isEqualTo("004 art. 10 lid 3");
        assertThat(DOETINCHEM.parameter("vervoer.cvv.km_per_jaar").status()).isEqualTo(ParameterStatus.VASTGESTELD);
    }

    @Test
    @DisplayName("V-03: Lochem rekent met een reisgebied van 5 zones, 900 zones per jaar en 1.500-2.000 km")
    void lochemVervoerV03VijfZones900ZonesEnBandbreedteKm() {
        assertThat(LOCHEM.getal("vervoer.cvv.reisgebied_zones")).isEqualByComparingTo("5");
        assertThat(LOCHEM.getal("vervoer.cvv.zones_per_jaar")).isEqualByComparingTo("900");
        assertThat(LOCHEM.getal("vervoer.cvv.km_per_jaar_laag")).isEqualByComparingTo("1500");
        assertThat(LOCHEM.getal("vervoer.cvv.km_per_jaar")).isEqualByComparingTo("2000");
        assertThat(LOCHEM.parameter("vervoer.cvv.km_per_jaar").bron().kort()).isEqualTo("001 §5.2.5");
    }

    @Test
    void termijnenEnKostprijsVolgenDeDocumenten() {
        assertThat(DOETINCHEM.duur("toegang.onverwijld").toString()).isEqualTo("3 werkdagen");
        assertThat(DOETINCHEM.duur("toegang.onderzoek.termijn").toString()).isEqualTo("6 weken");
        assertThat(LOCHEM.duur("toegang.persoonlijk_plan.termijn").toString()).isEqualTo("7 dagen");
        assertThat(LOCHEM.duur("toegang.verslag.retourtermijn").toString()).isEqualTo("5 dagen");
        assertThat(LOCHEM.duur("pgb.buitenland.max_duur").toString()).isEqualTo("13 weken");
        assertThat(DOETINCHEM.bedrag("bijdrage.kostprijs.max_woningaanpassing_vervoer")).isEqualByComparingTo(new BigDecimal("20000"));
        assertThat(DOETINCHEM.parameter("bijdrage.kostprijs.max_woningaanpassing_vervoer").waarde()).hasToString("€ 20.000,00");
        assertThat(DOETINCHEM.lijst("bijdrage.vrijstellingen")).contains("collectief vervangend vervoer");
        assertThat(LOCHEM.tabel("dienstverlening.resultaatgebieden.treden")).hasSize(7)
                .extractingByKey("regie_op_het_huishouden").hasToString("7 treden");
    }

    @Test
    @DisplayName("P-06 en V-14: Lochem sluit collectief vraagafhankelijk vervoer uit van het Pgb, Doetinchem alleen tussenpersonen")
    void uitgeslotenKostensoorten() {
        assertThat(LOCHEM.lijst("pgb.uitgesloten_kostensoorten")).contains("collectief vraagafhankelijk vervoer", "diagnostiek");
        assertThat(LOCHEM.parameter("pgb.uitgesloten_kostensoorten").bron().regels()).containsExactly("P-06", "V-14");
        assertThat(DOETINCHEM.lijst("pgb.uitgesloten_kostensoorten")).containsExactly("tussenpersoon", "belangenbehartiger");
    }

    @Test
    void wettelijkNietGesteldeWaardenZijnDemowaarden() {
        assertThat(DOETINCHEM.parameter("pgb.tarief.professioneel_per_uur").isDemo()).isTrue();
        assertThat(LOCHEM.parameter("woon.pgb.sociale_huurgrens").isDemo()).isTrue();
        assertThat(LOCHEM.parameter("pgb.jeugdloon.minimumuurloon").isDemo()).isTrue();
        assertThat(LOCHEM.parameter("pgb.mantelzorger.max_uren_per_week").isDemo()).isFalse();
        assertThat(BOEK.teVerstellen()).extracting(v -> v.versie() + " " + v.parameter().sleutel())
                .contains("0222-2017-03-01 pgb.tarief.professioneel_per_uur", "0262-2016-06-01 woon.pgb.verhuizing.vast_bedrag")
                .doesNotContain("0222-2017-03-01 vervoer.cvv.km_per_jaar");
    }

    @Test
    void bronVoluitVoorDeClient() {
        Bron c01 = DOETINCHEM.regelBron("C-01");
        assertThat(c01.tekst()).isEqualTo("artikel 7 lid 1 Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017");
        assertThat(LOCHEM.regelBron("C-12").tekst()).isEqualTo("paragraaf 1.6 Beleidsregels maatschappelijke ondersteuning 2016 gemeente Lochem");
        assertThat(DOETINCHEM.regelBron("C-07").tekst()).startsWith("de toelichting op artikel 8 ");
    }

    @Test
    void geldigheid() {
        assertThat(BOEK.regelset("0222", LocalDate.of(2017, 3, 1)).versie()).isEqualTo("0222-2017-03-01");
        assertThat(BOEK.regelset("0262", LocalDate.of(2030, 1, 1)).versie()).isEqualTo("0262-2016-06-01");
        assertThat(BOEK.zoekRegelset("0222", LocalDate.of(2017, 2, 28))).isEmpty();
    }
}
