package nl.maatwerk.toegang;

import nl.maatwerk.domain.toegang.Beschikking;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static nl.maatwerk.toegang.Dossier.REGELS;
import static org.assertj.core.api.Assertions.assertThat;

/** The letters are real PDFs whose text states what the rules require. */
class BrievenTest {

    static String tekst(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("T-12: de beschikking noemt voorziening, resultaat, wijze, ingang, duur, bijdrage, gronden met artikelen en bezwaar")
    void beschikking() throws IOException {
        var d = Dossier.doetinchem(LocalDate.of(2026, 1, 5)).onderzocht(LocalDate.of(2026, 1, 12)).aangevraagd(LocalDate.of(2026, 1, 20));
        Beschikking b = d.besluit(Dossier.natura(new BigDecimal("6000")), "consulent.doetinchem", LocalDate.of(2026, 1, 27));
        REGELS.keurGoed(d.melding, b, "teamleider.doetinchem", true, LocalDateTime.of(2026, 1, 27, 12, 0));
        REGELS.verzend(d.melding, b, LocalDate.of(2026, 1, 27));
        String t = tekst(Brieven.beschikking(b, d.aanvraag, "Doetinchem"));
        assertThat(t).contains("Besluit op uw aanvraag").contains("Anna Jansen").contains("traplift")
                .contains("U kunt weer veilig naar boven").contains("In bruikleen").contains("Ingangsdatum: 27 januari 2026")
                .contains("Einddatum: 26 januari 2031").contains("eigen bijdrage volgens het CAK")
                .contains("C-01").contains("artikel 7 lid 1").contains("C-02").contains("artikel 8 lid 1").contains("C-13")
                .contains("T-13").contains("binnen 6 weken").contains("10 maart 2026").contains("0222-2017-03-01")
                .contains("tweede medewerker");
    }

    @Test
    @DisplayName("T-01/T-09/T-17: ontvangstbevestiging, verslag en voornemen zijn leesbare PDF's")
    void andereBrieven() throws IOException {
        var d = Dossier.doetinchem(LocalDate.of(2026, 1, 5)).onderzocht(LocalDate.of(2026, 1, 12));
        assertThat(tekst(Brieven.ontvangstbevestiging(d.melding, "Doetinchem", LocalDate.of(2026, 1, 6))))
                .contains("5 januari 2026").contains("16 februari 2026").contains("cliëntondersteuner").contains("T-01");
        assertThat(tekst(Brieven.verslag(d.melding, d.onderzoek, "Doetinchem", LocalDate.of(2026, 1, 14))))
                .contains("12 januari 2026").contains("Cliënt, mantelzorger").contains("J. Mogelijkheid van een Pgb")
                .contains("binnen 5 dagen").contains("T-09");
        var v = REGELS.voornemen(d.melding, "Wij zijn van plan uw aanvraag af te wijzen.", LocalDate.of(2026, 1, 21));
        assertThat(tekst(Brieven.voornemen(d.melding, v, "Doetinchem"))).contains("af te wijzen").contains("4 februari 2026")
                .contains("T-17");
    }
}
