package nl.maatwerk.vervoer.dienst;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.vervoer.regels.Vervoerregels.ExtraService;
import nl.maatwerk.vervoer.regels.Vervoerregels.Reisbehoefte;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Het besluit voor een regiotaxipas: elke regel met id en bron in de motivering. */
class PasbesluitTest {

    static final Regelboek BOEK = Regelboek.standaard();
    static final LocalDate VAN = LocalDate.of(2026, 1, 1);

    @Test
    @DisplayName("Doetinchem: V-01, V-02 (straal en 2.000 km), V-03 n.v.t., V-04 onbekend, V-06, E-04 en V-07 in de motivering")
    void doetinchem() {
        var a = new PasAanvraag(1, "D-1", VAN, null, new Reisbehoefte(18, 0, 2500, 0), false, false, ExtraService.GEEN, false);
        var b = Vervoer.besluit(BOEK.regelset("0222", VAN), a);
        assertThat(b.budget().km()).isEqualTo(2000);
        assertThat(b.budget().zones()).isNull();
        assertThat(b.motivering()).extracting(RegelToepassing::regelId).containsExactly("V-01", "V-02", "V-03", "V-04", "V-02", "V-06", "E-04", "V-07");
        assertThat(b.motivering()).noneMatch(RegelToepassing::isAfwijzingsgrond);
        assertThat(b.motivering()).allSatisfy(m -> assertThat(m.motivering()).contains("regel " + m.regelId()));
    }

    @Test
    @DisplayName("Lochem: zones 900 en km 1.800; buiten het reisgebied (6 zones) en tillen zijn afwijzingsgronden")
    void lochem() {
        var a = new PasAanvraag(1, "L-1", VAN, null, new Reisbehoefte(0, 4, 1800, 1000), true, false, ExtraService.VANAF_DE_HAL, false);
        var b = Vervoer.besluit(BOEK.regelset("0262", VAN), a);
        assertThat(b.budget().km()).isEqualTo(1800);
        assertThat(b.budget().zones()).isEqualTo(900);
        assertThat(b.motivering()).noneMatch(RegelToepassing::isAfwijzingsgrond);
        var buiten = Vervoer.besluit(BOEK.regelset("0262", VAN),
                new PasAanvraag(1, "L-1", VAN, null, new Reisbehoefte(0, 6, 1800, 900), false, false, ExtraService.TILLEN, false));
        assertThat(buiten.motivering()).filteredOn(RegelToepassing::isAfwijzingsgrond).extracting(RegelToepassing::regelId)
                .containsExactly("V-03", "V-04");
    }
}
