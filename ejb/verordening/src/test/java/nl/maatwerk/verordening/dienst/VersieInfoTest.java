package nl.maatwerk.verordening.dienst;

import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VersieInfoTest {

    private final Regelset doetinchem = Regelboek.standaard().versie("0222-2017-03-01");

    @Test
    void statusVolgtDeDatum() {
        var info = new VersieInfo(doetinchem.beeindigdOp(LocalDate.of(2018, 12, 31)), "x.yaml", null, null, "abc", Map.of());
        assertThat(info.status(LocalDate.of(2017, 2, 28))).isEqualTo(VersieInfo.Status.TOEKOMSTIG);
        assertThat(info.status(LocalDate.of(2017, 3, 1))).isEqualTo(VersieInfo.Status.GELDEND);
        assertThat(info.status(LocalDate.of(2018, 12, 31))).isEqualTo(VersieInfo.Status.GELDEND);
        assertThat(info.status(LocalDate.of(2019, 1, 1))).isEqualTo(VersieInfo.Status.VERVALLEN);
        assertThat(info.herkomst()).isEqualTo("meegeleverd (x.yaml)");
    }

    @Test
    void gebruikTeltAlleSoortenBeslissingenOpEnIsNulZonderGebiedsmodules() {
        assertThat(new VersieInfo(doetinchem, null, "beheerder", null, "abc", Map.of()).aantalBeslissingen()).isZero();
        var info = new VersieInfo(doetinchem, null, "beheerder", null, "abc", Map.of("beschikkingen", 3L, "herzieningen", 2L));
        assertThat(info.aantalBeslissingen()).isEqualTo(5);
        assertThat(info.herkomst()).isEqualTo("geüpload door beheerder");
    }

    @Test
    void sha256IsDeStandaardHexWeergave() {
        assertThat(RegelboekDienst.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
