package nl.maatwerk.pgb.regels;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;

import java.time.LocalDate;
import java.util.List;

/** De meegeleverde regelsets van Doetinchem (004) en Lochem (001), zoals de server ze leest. */
final class Regelsets {

    static final LocalDate PEILDATUM = LocalDate.of(2026, 3, 2);
    private static final Regelboek REGELBOEK = Regelboek.standaard();

    private Regelsets() {
    }

    static Regelset doetinchem() {
        return REGELBOEK.regelset("0222", PEILDATUM);
    }

    static Regelset lochem() {
        return REGELBOEK.regelset("0262", PEILDATUM);
    }

    /** De laatste toepassing van deze regel. */
    static RegelToepassing regel(List<RegelToepassing> lijst, String id) {
        return lijst.stream().filter(t -> t.regelId().equals(id)).reduce((x, y) -> y)
                .orElseThrow(() -> new AssertionError("Regel " + id + " niet toegepast: " + lijst));
    }
}
