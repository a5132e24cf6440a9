package nl.maatwerk.pgb.declaraties;

import nl.maatwerk.domain.pgb.Kostensoort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** De vorm van het declaratiebestand: elke soort kapot bestand geeft een Nederlandse melding met regel en veld. */
class DeclaratieLezerTest {

    static final String KOP = "budgethouder;zorgverlener;periode_van;periode_tot;uren;bedrag;kostensoort;km\n";

    record Uitkomst(long regels, List<DeclaratieLezer.Regel> geldig, List<String> fouten) {
    }

    static Uitkomst lees(String inhoud) {
        List<DeclaratieLezer.Regel> geldig = new ArrayList<>();
        List<String> fouten = new ArrayList<>();
        long n = new DeclaratieLezer().lees(new StringReader(inhoud), geldig::add, f -> fouten.add(f.tekst()));
        return new Uitkomst(n, geldig, fouten);
    }

    @Test
    @DisplayName("Geldige regels: zorg met uren, reiskosten met km, een andere kostensoort als OVERIG met de tekst")
    void geldig() {
        Uitkomst u = lees("\uFEFF" + KOP + "999990011;ZV-D-01;02-03-2026;08-03-2026;10;200,00;zorg;\n"
                + "999990011;ZV-D-01;02-03-2026;08-03-2026;;24.5;Reiskosten;80,5\n"
                + "\n"
                + "999990011;ZV-D-01;02-03-2026;08-03-2026;;50;Bemiddeling;\n");
        assertThat(u.fouten()).isEmpty();
        assertThat(u.regels()).isEqualTo(3);
        assertThat(u.geldig()).extracting(DeclaratieLezer.Regel::kostensoort).containsExactly(Kostensoort.ZORG, Kostensoort.REISKOSTEN, Kostensoort.OVERIG);
        assertThat(u.geldig().get(0).bedrag()).isEqualByComparingTo("200");
        assertThat(u.geldig().get(1).km()).isEqualByComparingTo("80.5");
        assertThat(u.geldig().get(2).kostensoortTekst()).isEqualTo("bemiddeling");
        assertThat(u.geldig().get(1).regel()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "BSN te kort|12345;ZV-1;02-03-2026;08-03-2026;1;20;zorg;|Regel 2, veld budgethouder: '12345' is geen BSN van 9 cijfers.",
            "zorgverlener leeg|999990011;;02-03-2026;08-03-2026;1;20;zorg;|Regel 2, veld zorgverlener: is leeg.",
            "ongeldige datum|999990011;ZV-1;31-02-2026;08-03-2026;1;20;zorg;|Regel 2, veld periode_van: '31-02-2026' is geen geldige datum (dd-mm-jjjj).",
            "tot voor van|999990011;ZV-1;08-03-2026;02-03-2026;1;20;zorg;|Regel 2, veld periode_tot: 02-03-2026 ligt vóór periode_van 08-03-2026.",
            "te lange periode|999990011;ZV-1;01-03-2026;01-04-2026;1;20;zorg;|Regel 2, veld periode_tot: een declaratie gaat over hoogstens 31 dagen",
            "bedrag leeg|999990011;ZV-1;02-03-2026;08-03-2026;1;;zorg;|Regel 2, veld bedrag: is leeg.",
            "bedrag negatief|999990011;ZV-1;02-03-2026;08-03-2026;1;-5;zorg;|Regel 2, veld bedrag: mag niet negatief zijn (-5).",
            "bedrag geen getal|999990011;ZV-1;02-03-2026;08-03-2026;1;twintig;zorg;|Regel 2, veld bedrag: 'twintig' is geen getal.",
            "bedrag drie decimalen|999990011;ZV-1;02-03-2026;08-03-2026;1;20,005;zorg;|Regel 2, veld bedrag: heeft meer dan 2 decimalen",
            "uren te groot|999990011;ZV-1;02-03-2026;08-03-2026;745;20;zorg;|Regel 2, veld uren: is groter dan 744",
            "kostensoort leeg|999990011;ZV-1;02-03-2026;08-03-2026;1;20;;|Regel 2, veld kostensoort: is leeg.",
            "reiskosten zonder km|999990011;ZV-1;02-03-2026;08-03-2026;;20;reiskosten;|Regel 2, veld km: is verplicht bij reiskosten.",
            "te weinig kolommen|999990011;ZV-1;02-03-2026|Regel 2: 3 kolommen in plaats van 8",
    })
    @DisplayName("Elke kapotte regel geeft een melding met regelnummer en veld")
    void kapotteRegel(String geval, String regel, String melding) {
        Uitkomst u = lees(KOP + regel + "\n");
        assertThat(u.geldig()).as(geval).isEmpty();
        assertThat(u.fouten()).as(geval).anyMatch(f -> f.startsWith(melding));
    }

    @Test
    @DisplayName("Kapotte bestanden: leeg, alleen kop, verkeerde kop, niet afgesloten aanhalingsteken")
    void kapotBestand() {
        assertThat(lees("").fouten()).containsExactly("Regel 1: het bestand is leeg; verwacht een kopregel '"
                + KOP.strip() + "' en declaraties.");
        assertThat(lees(KOP).fouten()).containsExactly("Regel 2: het bestand bevat geen declaraties, alleen de kopregel.");
        assertThat(lees("bsn;zv\n1;2\n").fouten()).singleElement().asString().contains("de kolommen zijn 'bsn;zv'");
        assertThat(lees(KOP + "999990011;\"ZV-1;02-03-2026;08-03-2026;1;20;zorg;\n").fouten()).containsExactly("Regel 2: het bestand is"
                + " geen geldig CSV-bestand: een aanhalingsteken in deze regel wordt niet gesloten (of een veld loopt door over de volgende"
                + " regel). Het bestand is niet gelezen.");
    }

    @Test
    @DisplayName("Meerdere fouten op één regel komen allemaal terug; goede regels ernaast blijven geldig")
    void meerdereFouten() {
        Uitkomst u = lees(KOP + "1;;xx;08-03-2026;1;-1;zorg;\n999990011;ZV-1;02-03-2026;08-03-2026;1;20;zorg;\n");
        assertThat(u.fouten()).hasSize(4);
        assertThat(u.geldig()).hasSize(1);
        assertThat(u.regels()).isEqualTo(2);
    }
}
