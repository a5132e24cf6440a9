package nl.maatwerk.vervoer.koppeling;

import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.vervoer.Regiotaxipas;
import nl.maatwerk.domain.vervoer.Vervoersignaal;
import nl.maatwerk.verordening.koppeling.SignaalBron.Signaal;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron.GeleverdeVoorziening;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Wat vervoer aan financiën (E-04) en aan de werkvoorraad (signalen, V-02/V-03) geeft. */
class VervoerKoppelingTest {

    static final Regelboek BOEK = Regelboek.standaard();
    static final Regelset DOETINCHEM = BOEK.versie("0222-2017-03-01");
    static final Regelset LOCHEM = BOEK.versie("0262-2016-06-01");

    static Regiotaxipas pas(String gemeente, Regelset rs) {
        Organisatie org = new Organisatie("Achterhoek", OrganisatieSoort.GEMEENTE);
        Gemeente g = new Gemeente(gemeente, rs.gemeentenaam(), 1, org);
        Client c = new Client("111222333", "Jan", null, "Rijder", LocalDate.of(1950, 1, 1), g);
        return new Regiotaxipas(gemeente.equals("0222") ? "D-1" : "L-1", c, g, LocalDate.of(2026, 1, 1), null,
                2000, gemeente.equals("0222") ? null : 900, rs.versie());
    }

    @Test
    @DisplayName("E-04 van toepassing (Doetinchem art. 17 lid 8): geen eigen bijdrage voor de regiotaxipas; V-07 genoemd")
    void e04Doetinchem() {
        GeleverdeVoorziening g = VervoerVoorzieningenBron.geleverd(pas("0222", DOETINCHEM), 7L, DOETINCHEM);
        assertThat(g.bijdrageplichtig()).isFalse();
        assertThat(g.gebied()).isEqualTo("vervoer");
        assertThat(g.ingang()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(g.kostprijs()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(g.motivering()).extracting(t -> t.regelId()).contains("E-04", "V-07");
        assertThat(g.motivering().get(0).motivering()).contains("geen eigen bijdrage", "regel E-04");
    }

    @Test
    @DisplayName("E-04 niet van toepassing (Lochem): de regiotaxipas is bijdrageplichtig")
    void e04Lochem() {
        GeleverdeVoorziening g = VervoerVoorzieningenBron.geleverd(pas("0262", LOCHEM), 7L, LOCHEM);
        assertThat(g.bijdrageplichtig()).isTrue();
        assertThat(g.omschrijving()).contains("2000 km en 900 zones");
    }

    @Test
    @DisplayName("Signalen: buiten de straal in Doetinchem noemt V-02 met artikel, buiten het reisgebied in Lochem V-03; 80 %/100 % zijn werkafspraken zonder regel")
    void signalen() {
        Regiotaxipas d = pas("0222", DOETINCHEM);
        Signaal buiten = VervoerSignalen.signaal(new Vervoersignaal(d, 2026, Vervoersignaal.Soort.BUITEN_GEBIED, 0, new BigDecimal("2"), null,
                LocalDateTime.of(2026, 3, 1, 9, 0)), 7L, DOETINCHEM);
        assertThat(buiten.regelId()).isEqualTo("V-02");
        assertThat(buiten.tekst()).contains("D-1", "buiten", "regel V-02", "artikel 10");
        assertThat(buiten.link()).isEqualTo("/vervoer/pas.xhtml?nummer=D-1&jaar=2026");
        assertThat(buiten.datum()).isEqualTo(LocalDate.of(2026, 3, 1));
        Signaal lochem = VervoerSignalen.signaal(new Vervoersignaal(pas("0262", LOCHEM), 2026, Vervoersignaal.Soort.BUITEN_GEBIED, 0,
                BigDecimal.ONE, null, LocalDateTime.of(2026, 3, 1, 9, 0)), 7L, LOCHEM);
        assertThat(lochem.regelId()).isEqualTo("V-03");
        Signaal vol = VervoerSignalen.signaal(new Vervoersignaal(d, 2026, Vervoersignaal.Soort.KM, 100, new BigDecimal("2000"), 2000,
                LocalDateTime.of(2026, 11, 1, 9, 0)), 7L, DOETINCHEM);
        assertThat(vol.regelId()).isNull();
        assertThat(vol.tekst()).contains("100 % van het kilometerbudget");
    }
}
