package nl.maatwerk.pgb.export;

import nl.maatwerk.pgb.regels.Kostenverdeling;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.koppeling.Leveringsvorm;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron.GeleverdeVoorziening;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron.Kostprijsbasis;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** SVB-toekenningsbestand, SVB-budgetafsluiting, CAK start/stop (E-01, E-04) en de Excel-werkmap (O-06, O-07). */
class BestandenTest {

    static GeleverdeVoorziening voorziening(String ref, LocalDate ingang, LocalDate einde, boolean plichtig) {
        return new GeleverdeVoorziening("pgb", ref, 7, "0222", "PGB", "Begeleiding", Leveringsvorm.PGB, ingang, einde, new BigDecimal("100.5"),
                Kostprijsbasis.PER_MAAND, plichtig, List.of(RegelToepassing.van("E-01", Uitkomst.VAN_TOEPASSING, null, "x"),
                RegelToepassing.van("E-02", Uitkomst.VAN_TOEPASSING, null, "y")));
    }

    @Test
    @DisplayName("SVB: kopregel en één regel per mutatie, datums ISO, bedragen met punt")
    void svb() {
        String s = SvbBestand.schrijf("0222", LocalDateTime.of(2026, 3, 2, 10, 0), List.of(new SvbBestand.Toekenning("NIEUW", "PGB-1", "111222333",
                "0222", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("1234.50"), new BigDecimal("23.74"), "Begeleiding; thuis")));
        assertThat(s.lines().toList()).containsExactly("# SVB-toekenningsbestand Maatwerk versie 1; gemeente 0222; aangemaakt 2026-03-02T10:00",
                "mutatie;budgetnummer;bsn;gemeente;ingang;einde;bedrag;per_week;omschrijving",
                "NIEUW;PGB-1;111222333;0222;2026-01-01;2026-12-31;1234.50;23.74;\"Begeleiding; thuis\"");
    }

    @Test
    @DisplayName("SVB-budgetafsluiting: geldige standen en meldingen per regel en veld")
    void stand() {
        List<SvbBestand.Stand> goed = new ArrayList<>();
        List<String> fouten = new ArrayList<>();
        SvbBestand.leesStand(new StringReader("budgetnummer;jaar;maand;besteed\nPGB-1;2026;3;12,50\nPGB-1;2026;13;1\n;2026;1;x\n"), goed::add, fouten::add);
        assertThat(goed).singleElement().satisfies(s -> assertThat(s.besteed()).isEqualByComparingTo("12.50"));
        assertThat(fouten).containsExactly("Regel 3, veld maand: 13 ligt niet tussen 1 en 12.", "Regel 4, veld besteed: 'x' is geen bedrag.",
                "Regel 4, veld budgetnummer: is leeg.");
        List<String> kop = new ArrayList<>();
        SvbBestand.leesStand(new StringReader("a;b\n"), s -> { }, kop::add);
        assertThat(kop).singleElement().asString().contains("de kolommen moeten");
    }

    @Test
    @DisplayName("CAK (E-01): START bij ingang, STOP bij einde in de periode; vrijgesteld (E-04) niet in het bestand")
    void cak() {
        LocalDate van = LocalDate.of(2026, 1, 1);
        LocalDate tot = LocalDate.of(2026, 1, 31);
        List<CakBestand.Regel> regels = CakBestand.regels(List.of(
                voorziening("a", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20), true),
                voorziening("b", LocalDate.of(2025, 6, 1), null, true),
                voorziening("c", LocalDate.of(2026, 1, 10), null, false)), van, tot);
        assertThat(regels).extracting(r -> r.bericht() + " " + r.v().referentie()).containsExactly("START a", "STOP a");
        String s = CakBestand.schrijf("0222", van, tot, LocalDateTime.of(2026, 2, 1, 8, 0), regels, id -> "111222333");
        assertThat(s).contains("START;0222;111222333;a;pgb;PGB;PGB;2026-01-05;100.50;PER_MAAND;E-01,E-02",
                "STOP;0222;111222333;a;pgb;PGB;PGB;2026-01-20;100.50;PER_MAAND;E-01,E-02");
    }

    @Test
    @DisplayName("Excel (O-06, O-07): twee bladen met de verdeling en de maanden")
    void excel() throws Exception {
        var v = Kostenverdeling.verdeel(new BigDecimal("1000"), Map.of("0534", 20_987L, "0553", 22_312L), Map.of());
        var m = KostenExcel.Maandregel.van("Hillegom", 2026, 1, Kostenverdeling.kengetallen("0534", new BigDecimal("500"), 2, 20_987, new BigDecimal("100")));
        byte[] b = KostenExcel.maak(v.aandelen(), List.of(m));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(b))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Verdeling ISD (O-06)");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue() + wb.getSheetAt(0).getRow(2).getCell(2).getNumericCellValue())
                    .isEqualTo(1000.0);
            assertThat(wb.getSheetAt(1).getRow(1).getCell(5).getNumericCellValue()).isEqualTo(250.0);
            assertThat(wb.getSheetAt(1).getRow(1).getCell(8).getNumericCellValue()).isEqualTo(20.0);
        }
    }
}
