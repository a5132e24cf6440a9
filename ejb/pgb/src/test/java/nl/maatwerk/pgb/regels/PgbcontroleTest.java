package nl.maatwerk.pgb.regels;

import nl.maatwerk.pgb.regels.Pgbcontrole.Intrekkingsgrond;
import nl.maatwerk.pgb.regels.Pgbcontrole.Steekproef;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static nl.maatwerk.pgb.regels.Regelsets.doetinchem;
import static nl.maatwerk.pgb.regels.Regelsets.lochem;
import static org.assertj.core.api.Assertions.assertThat;

/** P-08 niet gebruikt, P-16 intrekkingsgronden, P-19 steekproef. */
class PgbcontroleTest {

    static final LocalDate INGANG = LocalDate.of(2026, 1, 15);

    @Test
    @DisplayName("P-08: precies 6 maanden na ingang nog geen signaal, een dag later wel; met een besteding binnen de termijn niet")
    void p08() {
        assertThat(Pgbcontrole.ongebruikt(doetinchem(), INGANG, null, INGANG.plusMonths(6))).isEmpty();
        RegelToepassing t = Pgbcontrole.ongebruikt(doetinchem(), INGANG, null, INGANG.plusMonths(6).plusDays(1)).orElseThrow();
        assertThat(t.regelId()).isEqualTo("P-08");
        assertThat(t.motivering()).contains("15 juli 2026", "artikel 12 lid 2 onder b");
        assertThat(Pgbcontrole.ongebruikt(lochem(), INGANG, INGANG.plusMonths(2), INGANG.plusMonths(8))).isEmpty();
        assertThat(Pgbcontrole.ongebruikt(lochem(), INGANG, INGANG.plusMonths(7), INGANG.plusMonths(8))).isPresent();
    }

    @Test
    @DisplayName("P-16: Lochem kent zes intrekkingsgronden a-f; zonder grond niets; Doetinchem alleen 'niet gebruikt' via P-08")
    void p16() {
        List<RegelToepassing> l = Pgbcontrole.intrekkingsgronden(lochem(), EnumSet.allOf(Intrekkingsgrond.class));
        assertThat(l).hasSize(6).allMatch(t -> t.regelId().equals("P-16") && t.uitkomst() == Uitkomst.VAN_TOEPASSING);
        assertThat(l.get(5).motivering()).contains("Grond f", "vaste woon- of verblijfplaats", "Intrekkingsgronden");
        assertThat(Pgbcontrole.intrekkingsgronden(lochem(), Set.of()).get(0).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        List<RegelToepassing> d = Pgbcontrole.intrekkingsgronden(doetinchem(), EnumSet.of(Intrekkingsgrond.NIET_OF_ANDERS_GEBRUIKT, Intrekkingsgrond.KWALITEIT));
        assertThat(d.get(0).regelId()).isEqualTo("P-08");
        assertThat(d.get(1).motivering()).contains("kennen deze regel niet");
    }

    @Test
    @DisplayName("P-19: de steekproef is reproduceerbaar (zelfde zaad, zelfde budgetten), ander zaad andere trekking, 5 % naar boven afgerond")
    void p19() {
        List<Long> ids = LongStream.rangeClosed(1, 100).boxed().toList();
        long zaad = Pgbcontrole.zaad("0262", 2026, 1);
        assertThat(zaad).isEqualTo(26_220_261L);
        Steekproef a = Pgbcontrole.steekproef(lochem(), ids, zaad);
        Steekproef b = Pgbcontrole.steekproef(lochem(), LongStream.iterate(100, i -> i - 1).limit(100).boxed().toList(), zaad);
        assertThat(a.budgetten()).hasSize(5).isEqualTo(b.budgetten()).isSorted();
        // Vastgelegd: wie de steekproef narekent met hetzelfde zaad, vindt precies deze budgetten.
        assertThat(a.budgetten()).isEqualTo(Pgbcontrole.steekproef(lochem(), ids, 26_220_261L).budgetten());
        assertThat(Pgbcontrole.steekproef(lochem(), ids, Pgbcontrole.zaad("0262", 2026, 2)).budgetten()).isNotEqualTo(a.budgetten());
        assertThat(a.toepassing().motivering()).contains("5 % van 100", "zaad 26220261", "regel P-19");
        assertThat(Pgbcontrole.steekproef(lochem(), LongStream.rangeClosed(1, 10).boxed().toList(), zaad).aantal()).isEqualTo(1);
        assertThat(Pgbcontrole.steekproef(lochem(), List.of(), zaad).aantal()).isZero();
    }
}
