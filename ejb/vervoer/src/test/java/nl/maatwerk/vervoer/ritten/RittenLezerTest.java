package nl.maatwerk.vervoer.ritten;

import nl.maatwerk.vervoer.ritten.RittenLezer.PasInfo;
import nl.maatwerk.vervoer.ritten.RittenLezer.Regelfout;
import nl.maatwerk.vervoer.ritten.RittenLezer.Ritregel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RittenLezerTest {

    static final String KOP = "pasnummer;datum;tijd;van;naar;km;zones;begeleider;prioriteit\n";
    static final PasInfo PAS = new PasInfo(7, "D-0001", "0222", 3, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "0222-2017-03-01");

    final List<Ritregel> geldig = new ArrayList<>();
    final List<Regelfout> fouten = new ArrayList<>();

    long lees(String inhoud) {
        return new RittenLezer().lees(new StringReader(inhoud), nr -> nr.equals("D-0001") ? Optional.of(PAS) : Optional.empty(), geldig::add, fouten::add);
    }

    List<String> meldingen() {
        return fouten.stream().map(Regelfout::tekst).toList();
    }

    @Test
    @DisplayName("Een goed bestand: velden omgezet, komma als decimaalteken, zones met opstapzone, ja/nee")
    void goed() {
        assertThat(lees(KOP + "D-0001;15-03-2026;09:30;Dorpsstraat 1, Doetinchem;Ziekenhuis;12,44;3;ja;nee\n"
                + "\"D-0001\";16-03-2026;10:00;\"Huis; achterdeur\";Station;2.0;1;nee;ja\n")).isEqualTo(2);
        assertThat(fouten).isEmpty();
        assertThat(geldig).hasSize(2);
        Ritregel r = geldig.get(0);
        assertThat(r.regel()).isEqualTo(2);
        assertThat(r.moment()).isEqualTo(LocalDateTime.of(2026, 3, 15, 9, 30));
        assertThat(r.km()).isEqualByComparingTo("12.4");
        assertThat(r.zones()).isEqualTo(3);
        assertThat(r.begeleider()).isTrue();
        assertThat(geldig.get(1).van()).isEqualTo("Huis; achterdeur");
        assertThat(geldig.get(1).prioriteit()).isTrue();
    }

    @Test
    @DisplayName("Verkeerde kolommen: één melding op regel 1, niets gelezen")
    void verkeerdeKolommen() {
        assertThat(lees("pas;datum;km\nD-0001;15-03-2026;3\n")).isZero();
        assertThat(meldingen()).containsExactly("Regel 1: de kolommen zijn 'pas;datum;km' maar moeten "
                + "'pasnummer;datum;tijd;van;naar;km;zones;begeleider;prioriteit' zijn. Het bestand is niet gelezen.");
        assertThat(geldig).isEmpty();
    }

    @Test
    @DisplayName("Een regel met te weinig kolommen noemt het regelnummer")
    void teWeinigKolommen() {
        lees(KOP + "D-0001;15-03-2026;09:30;A;B;1\n");
        assertThat(meldingen()).containsExactly("Regel 2: 6 kolommen in plaats van 9 (pasnummer;datum;tijd;van;naar;km;zones;begeleider;prioriteit).");
    }

    @Test
    @DisplayName("Onbekende pas (ook: een pas van een andere gemeente) noemt regel en veld")
    void onbekendePas() {
        lees(KOP + "L-0001;15-03-2026;09:30;A;B;1;1;nee;nee\n");
        assertThat(meldingen()).containsExactly("Regel 2, veld pasnummer: pas L-0001 is onbekend.");
    }

    @Test
    @DisplayName("Datum buiten de geldigheid van de pas, en een onmogelijke datum")
    void datum() {
        lees(KOP + "D-0001;31-12-2025;09:30;A;B;1;1;nee;nee\nD-0001;31-02-2026;09:30;A;B;1;1;nee;nee\n");
        assertThat(meldingen()).containsExactly(
                "Regel 2, veld datum: 31-12-2025 valt buiten de geldigheid van pas D-0001 (01-01-2026 tot en met 31-12-2026).",
                "Regel 3, veld datum: '31-02-2026' is geen geldige datum (dd-mm-jjjj).");
    }

    @Test
    @DisplayName("Negatieve km en zones, geen getal, ja/nee fout, lege velden: alle fouten van een regel tegelijk")
    void velden() {
        lees(KOP + "D-0001;15-03-2026;09:30;A;B;-3;1;nee;nee\nD-0001;15-03-2026;25:00;;B;x;-1;misschien;nee\n");
        assertThat(meldingen()).containsExactly(
                "Regel 2, veld km: mag niet negatief zijn (-3).",
                "Regel 3, veld tijd: '25:00' is geen geldige tijd (uu:mm).",
                "Regel 3, veld van: is leeg.",
                "Regel 3, veld km: 'x' is geen getal.",
                "Regel 3, veld zones: mag niet negatief zijn (-1).",
                "Regel 3, veld begeleider: 'misschien' moet ja of nee zijn.");
        assertThat(geldig).isEmpty();
    }

    @Test
    @DisplayName("Een leeg bestand en een bestand met alleen de kopregel")
    void leeg() {
        assertThat(lees("")).isZero();
        assertThat(meldingen()).containsExactly("Regel 1: het bestand is leeg; verwacht een kopregel "
                + "'pasnummer;datum;tijd;van;naar;km;zones;begeleider;prioriteit' en ritten.");
        fouten.clear();
        assertThat(lees(KOP)).isZero();
        assertThat(meldingen()).containsExactly("Regel 2: het bestand bevat geen ritten, alleen de kopregel.");
    }

    @Test
    @DisplayName("Streaming: 200.000 regels gelezen zonder ze vast te houden")
    void streaming() {
        int aantal = 200_000;
        Reader groot = new Reader() {
            private int regel = -1;
            private String huidig = "";
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) {
                if (pos >= huidig.length()) {
                    regel++;
                    if (regel > aantal) {
                        return -1;
                    }
                    huidig = regel == 0 ? KOP : "D-0001;15-03-2026;09:30;A;B" + regel + ";1,5;1;nee;nee\n";
                    pos = 0;
                }
                int n = Math.min(len, huidig.length() - pos);
                huidig.getChars(pos, pos + n, buf, off);
                pos += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        long[] geteld = new long[1];
        long regels = new RittenLezer().lees(groot, nr -> Optional.of(PAS), r -> geteld[0]++, fouten::add);
        assertThat(regels).isEqualTo(aantal);
        assertThat(geteld[0]).isEqualTo(aantal);
        assertThat(fouten).isEmpty();
    }

    @Test
    @DisplayName("Datums en tijden worden onthouden; een foute datum geeft op elke regel opnieuw zijn melding")
    void onthoudenDatumsEnTijden() {
        lees(KOP + "D-0001;15-03-2026;09:30;A;B;1;1;nee;nee\nD-0001;31-02-2026;09:30;A;B;1;1;nee;nee\n"
                + "D-0001;15-03-2026;09:31;A;B;1;1;nee;nee\nD-0001;31-02-2026;25:00;A;B;1;1;nee;nee\n");
        assertThat(geldig).extracting(Ritregel::moment).containsExactly(LocalDateTime.of(2026, 3, 15, 9, 30), LocalDateTime.of(2026, 3, 15, 9, 31));
        assertThat(meldingen()).containsExactly(
                "Regel 3, veld datum: '31-02-2026' is geen geldige datum (dd-mm-jjjj).",
                "Regel 5, veld datum: '31-02-2026' is geen geldige datum (dd-mm-jjjj).",
                "Regel 5, veld tijd: '25:00' is geen geldige tijd (uu:mm).");
    }
}
