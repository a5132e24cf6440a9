package nl.maatwerk.pgb.export;

import nl.maatwerk.pgb.regels.Kostenverdeling;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** De kosten per gemeente (O-06, O-07) als Excel-werkmap met twee bladen (Apache POI). */
public final class KostenExcel {

    private KostenExcel() {
    }

    /** Eén maandregel voor O-07. */
    public record Maandregel(String gemeente, String gemeentenaam, int jaar, int maand, BigDecimal kosten, long clienten,
                             BigDecimal perClient, BigDecimal perInwoner, BigDecimal pgbKosten, BigDecimal pgbAandeelProcent)
            implements java.io.Serializable {
        public static Maandregel van(String gemeentenaam, int jaar, int maand, Kostenverdeling.Kengetallen k) {
            return new Maandregel(k.gemeente(), gemeentenaam, jaar, maand, k.kosten(), k.clienten(), k.perClient(), k.perInwoner(),
                    k.pgbKosten(), k.pgbAandeelProcent());
        }
    }

    public static byte[] maak(List<Kostenverdeling.Aandeel> verdeling, List<Maandregel> maanden) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            CellStyle euro = wb.createCellStyle();
            euro.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet v = wb.createSheet("Verdeling ISD (O-06)");
            kop(v, "Gemeente", "Inwoners", "Uitvoeringskosten", "Maatwerkkosten", "Totaal");
            int r = 1;
            for (Kostenverdeling.Aandeel a : verdeling) {
                Row rij = v.createRow(r++);
                rij.createCell(0).setCellValue(a.gemeente());
                rij.createCell(1).setCellValue(a.inwoners());
                bedrag(rij, 2, a.uitvoeringskosten(), euro);
                bedrag(rij, 3, a.maatwerkkosten(), euro);
                bedrag(rij, 4, a.totaal(), euro);
            }
            Sheet m = wb.createSheet("Per maand (O-07)");
            kop(m, "Gemeente", "Jaar", "Maand", "Kosten", "Cliënten", "Per cliënt", "Per inwoner", "Pgb", "Aandeel Pgb %");
            r = 1;
            for (Maandregel mr : maanden) {
                Row rij = m.createRow(r++);
                rij.createCell(0).setCellValue(mr.gemeentenaam());
                rij.createCell(1).setCellValue(mr.jaar());
                rij.createCell(2).setCellValue(mr.maand());
                bedrag(rij, 3, mr.kosten(), euro);
                rij.createCell(4).setCellValue(mr.clienten());
                bedrag(rij, 5, mr.perClient(), euro);
                bedrag(rij, 6, mr.perInwoner(), euro);
                bedrag(rij, 7, mr.pgbKosten(), euro);
                rij.createCell(8).setCellValue(mr.pgbAandeelProcent().doubleValue());
            }
            for (int i = 0; i < 9; i++) {
                v.setColumnWidth(i, 5000);
                m.setColumnWidth(i, 5000);
            }
            wb.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void kop(Sheet s, String... namen) {
        Row rij = s.createRow(0);
        for (int i = 0; i < namen.length; i++) {
            rij.createCell(i).setCellValue(namen[i]);
        }
    }

    private static void bedrag(Row rij, int kolom, BigDecimal b, CellStyle stijl) {
        Cell c = rij.createCell(kolom);
        c.setCellValue(b.doubleValue());
        c.setCellStyle(stijl);
    }
}
