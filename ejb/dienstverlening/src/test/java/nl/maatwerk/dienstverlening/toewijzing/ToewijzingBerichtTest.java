package nl.maatwerk.dienstverlening.toewijzing;

import nl.maatwerk.dienstverlening.toewijzing.Leveringsberichten.OngeldigBericht;
import nl.maatwerk.dienstverlening.toewijzing.Leveringsberichten.Soort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToewijzingBerichtTest {

    static final Toewijzing T = new Toewijzing("00001201", "0262", "12345678", "123456782", LocalDate.of(1950, 1, 1), "Boer",
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), LocalDate.of(2027, 3, 8), List.of(
            new Toewijzing.Product("03", "DB002", "Dagbesteding trede 2", new BigDecimal("660.00")),
            new Toewijzing.Product("02", "SPF03", "Sociaal en persoonlijk functioneren trede 3", new BigDecimal("420.50"))));

    @Test
    @DisplayName("WMO301: de toewijzing heeft de elementen ToewijzingNummer, Product/Categorie/Code, Toewijzingsdatum, Ingangsdatum, Einddatum, Omvang/Volume/Eenheid/Frequentie, Budget")
    void wmo301() throws Exception {
        String xml = ToewijzingBericht.alsXml(T, "B-1", LocalDate.of(2026, 3, 2));
        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(false);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var x = XPathFactory.newInstance().newXPath();
        assertThat(doc.getDocumentElement().getAttribute("xmlns")).isEqualTo(ToewijzingBericht.NAAMRUIMTE);
        assertThat(x.evaluate("/Bericht/Header/BerichtCode", doc)).isEqualTo("414");
        assertThat(x.evaluate("/Bericht/Header/Ontvanger", doc)).isEqualTo("12345678");
        assertThat(x.evaluate("count(/Bericht/ToegewezenProducten/ToegewezenProduct)", doc)).isEqualTo("2");
        String p = "/Bericht/ToegewezenProducten/ToegewezenProduct[2]/";
        assertThat(x.evaluate(p + "ToewijzingNummer", doc)).isEqualTo("00001201");
        assertThat(x.evaluate(p + "Product/Categorie", doc)).isEqualTo("02");
        assertThat(x.evaluate(p + "Product/Code", doc)).isEqualTo("SPF03");
        assertThat(x.evaluate(p + "Toewijzingsdatum", doc)).isEqualTo("2026-03-02");
        assertThat(x.evaluate(p + "Ingangsdatum", doc)).isEqualTo("2026-03-09");
        assertThat(x.evaluate(p + "Einddatum", doc)).isEqualTo("2027-03-08");
        assertThat(x.evaluate(p + "Omvang/Volume", doc)).isEqualTo("1");
        assertThat(x.evaluate(p + "Omvang/Eenheid", doc)).isEqualTo("82");
        assertThat(x.evaluate(p + "Omvang/Frequentie", doc)).isEqualTo("4");
        assertThat(x.evaluate(p + "Budget", doc)).isEqualTo("42050");
    }

    @Test
    @DisplayName("WMO305 en WMO307 worden gelezen: toewijzingnummer, begin- of einddatum en reden")
    void startEnStop() throws Exception {
        var start = Leveringsberichten.lees(Leveringsberichten.voorbeeld(Soort.WMO305, "12345678", "123456782", "00001201", "DB002", "03", LocalDate.of(2026, 3, 10), null));
        assertThat(start.soort()).isEqualTo(Soort.WMO305);
        assertThat(start.afzenderAgb()).isEqualTo("12345678");
        assertThat(start.meldingen()).singleElement().satisfies(m -> {
            assertThat(m.toewijzingNummer()).isEqualTo("00001201");
            assertThat(m.datum()).isEqualTo(LocalDate.of(2026, 3, 10));
        });
        var stop = Leveringsberichten.lees(Leveringsberichten.voorbeeld(Soort.WMO307, "12345678", "123456782", "00001201", "DB002", "03", LocalDate.of(2026, 9, 30), "02"));
        assertThat(stop.meldingen()).singleElement().satisfies(m -> assertThat(m.reden()).isEqualTo("02"));
    }

    @Test
    @DisplayName("Een fout bericht geeft Nederlandse meldingen die het element noemen, en geen enkele melding")
    void fouten() {
        String xml = Leveringsberichten.voorbeeld(Soort.WMO307, "1234", "123456782", "00001201", "DB002", "03", LocalDate.of(2026, 9, 30), "X")
                .replace("2026-09-30", "30-09-2026");
        assertThatThrownBy(() -> Leveringsberichten.lees(xml)).isInstanceOfSatisfying(OngeldigBericht.class, e -> assertThat(e.fouten())
                .anySatisfy(f -> assertThat(f).contains("Header/Afzender", "8 cijfers"))
                .anySatisfy(f -> assertThat(f).contains("StopProduct 1/Einddatum", "geen datum"))
                .anySatisfy(f -> assertThat(f).contains("RedenBeeindiging")));
        assertThatThrownBy(() -> Leveringsberichten.lees("<Bericht><Header><BerichtCode>999</BerichtCode></Header></Bericht>"))
                .isInstanceOfSatisfying(OngeldigBericht.class, e -> assertThat(e.fouten()).anySatisfy(f -> assertThat(f).contains("BerichtCode", "999")));
        assertThatThrownBy(() -> Leveringsberichten.lees("geen xml")).isInstanceOfSatisfying(OngeldigBericht.class,
                e -> assertThat(e.getMessage()).contains("geen geldige XML"));
        assertThatThrownBy(() -> Leveringsberichten.lees("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Bericht>&e;</Bericht>"))
                .isInstanceOf(OngeldigBericht.class);
    }
}
