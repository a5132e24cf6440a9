package nl.maatwerk.rolstoelen.dienst;

import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.rolstoelen.Hulpmiddel;
import nl.maatwerk.domain.rolstoelen.HulpmiddelVerstrekking;
import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.rolstoelen.regels.Afschrijving;
import nl.maatwerk.rolstoelen.regels.Bruikleen;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored motivering keeps each rule's id and outcome next to the sentence (for the beschikking, BeschikkingsonderdeelBron). */
class MotiveringTest {

    @Test
    @DisplayName("R-06 and R-08 stored with their outcome; the client reads only the sentences")
    void opgeslagenMetRegelEnUitkomst() {
        Regelset doetinchem = Regelboek.standaard().versie("0222-2017-03-01");
        var gemeente = new Gemeente("0222", "Doetinchem", 58000, null);
        var client = new Client("111222333", "Anna", null, "Visser", LocalDate.of(1940, 1, 1), gemeente);
        var item = new Hulpmiddel(gemeente, Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, "M", "T", "S-1", BigDecimal.TEN, LocalDate.of(2024, 1, 1), "L", false);
        var v = HulpmiddelVerstrekking.bruikleen(client, item, LocalDate.of(2025, 1, 1), 85, doetinchem.versie(), "test");
        var toepassingen = new ArrayList<>(Afschrijving.vervanging(doetinchem, Afschrijving.duur(doetinchem, Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL, 80),
                LocalDate.of(2017, 1, 1), LocalDate.of(2025, 1, 1), null).toepassingen());
        toepassingen.add(Bruikleen.voorwaarden(doetinchem).toepassing());
        v.legMotivering(Hulpmiddelen.tekst(toepassingen), null, null, null, 7L);

        var regels = v.motiveringsregels();
        assertThat(regels).extracting(HulpmiddelVerstrekking.Motiveringsregel::regelId).containsExactly("R-05", "R-06", "C-04", "R-08");
        assertThat(regels.get(1).uitkomst()).isEqualTo(Uitkomst.VOLDAAN.name());
        assertThat(regels.get(3).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING.name());
        assertThat(v.getMotiveringZinnen().get(1)).contains("verstreken", "artikel 8 lid 3 onder c", "regel R-06").doesNotContain("\t");
    }
}
