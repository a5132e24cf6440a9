package nl.maatwerk.kern.bestand;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared reading loop of the semicolon import files (ritten, declaraties): lines, line numbers and the messages. */
class PuntkommabestandTest {

    private static final List<String> KOLOMMEN = List.of("pas", "km");

    private record Uitkomst(long regels, List<String> gelezen, List<String> fouten) {
    }

    private static Uitkomst lees(String inhoud) {
        List<String> gelezen = new ArrayList<>();
        List<String> fouten = new ArrayList<>();
        long n = Puntkommabestand.lees(new StringReader(inhoud), KOLOMMEN, "ritten",
                (velden, nr) -> gelezen.add(nr + ":" + velden), (regel, veld, melding) -> fouten.add("Regel " + regel + ": " + melding));
        return new Uitkomst(n, gelezen, fouten);
    }

    @Test
    void regelsMetHunRegelnummerInHetBestandGetrimdEnMetPuntkommaTussenAanhalingstekens() {
        var u = lees("\uFEFFPas ; KM\r\nD-1; 12,4 \n\n\"D-2;x\";3\n");
        assertThat(u.fouten()).isEmpty();
        assertThat(u.regels()).isEqualTo(2);
        // The empty line is skipped but counted: the messages name the line as an editor shows it.
        assertThat(u.gelezen()).containsExactly("2:[D-1, 12,4]", "4:[D-2;x, 3]");
    }

    @Test
    void leegAlleenKopOfVerkeerdeKop() {
        assertThat(lees("").fouten()).containsExactly("Regel 1: het bestand is leeg; verwacht een kopregel 'pas;km' en ritten.");
        assertThat(lees("pas;km\n").fouten()).containsExactly("Regel 2: het bestand bevat geen ritten, alleen de kopregel.");
        var verkeerd = lees("pas;afstand\nD-1;2\n");
        assertThat(verkeerd.fouten()).containsExactly("Regel 1: de kolommen zijn 'pas;afstand' maar moeten 'pas;km' zijn. Het bestand is niet gelezen.");
        assertThat(verkeerd.regels()).isZero();
        assertThat(verkeerd.gelezen()).isEmpty();
    }

    @Test
    void eenAanhalingstekenDatNietWordtGeslotenIsEenKapotBestandOpDieRegel() {
        var u = lees("pas;km\nD-1;2\nD-2;\"3\nD-3;4\n");
        assertThat(u.fouten()).containsExactly("Regel 3: het bestand is geen geldig CSV-bestand: een aanhalingsteken in deze regel wordt niet"
                + " gesloten (of een veld loopt door over de volgende regel). Het bestand is niet gelezen.");
        assertThat(u.regels()).as("the caller rolls back what it already took").isZero();
    }

    @Test
    void tekstNaEenSluitendAanhalingstekenIsEenKapotBestandOpDieRegel() {
        var u = lees("pas;km\nD-1;2\n\"D-2\"x;3\n");
        assertThat(u.fouten()).containsExactly("Regel 3: het bestand is geen geldig CSV-bestand: na een sluitend aanhalingsteken staat nog"
                + " tekst vóór de puntkomma. Het bestand is niet gelezen.");
        assertThat(u.regels()).isZero();
    }

    @Test
    void eenKorteOfLangeRegelIsAanDeLezerVanHetFormaat() {
        var u = lees("pas;km\nD-1\nD-2;3;4\n");
        assertThat(u.fouten()).isEmpty();
        assertThat(u.gelezen()).containsExactly("2:[D-1]", "3:[D-2, 3, 4]");
    }
}
