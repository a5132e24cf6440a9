package nl.maatwerk.verordening.beoordeling;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Het resultaat van de {@link Beoordelaar}: welke regelset, op welke peildatum, elke toegepaste regel in
 * volgorde met motivering, en de conclusie.
 *
 * @param afwijkend waar als de hardheidsclausule (C-10) is toegepast
 * @param indicatieduur alleen bij een aangewezen maatwerkvoorziening met vastgestelde prognose (C-13)
 */
public record Beoordeling(String gemeente, String regelsetVersie, RegelsetKeuze.Selectie selectie, LocalDate selectiedatum,
                          LocalDate peildatum, List<RegelToepassing> toepassingen, Conclusie conclusie,
                          boolean afwijkend, Indicatieduur indicatieduur) {

    public Beoordeling {
        Objects.requireNonNull(regelsetVersie, "regelsetVersie");
        toepassingen = List.copyOf(toepassingen);
        Objects.requireNonNull(conclusie, "conclusie");
    }

    public boolean isAangewezen() {
        return conclusie.soort() == Conclusie.Soort.MAATWERKVOORZIENING_AANGEWEZEN;
    }

    /** De laatste toepassing van een regel (de ladder C-01 kan meerdere keren voorkomen). */
    public Optional<RegelToepassing> toepassing(String regelId) {
        return toepassingen.stream().filter(t -> t.regelId().equals(regelId)).reduce((eerste, tweede) -> tweede);
    }

    public List<RegelToepassing> toepassingen(String regelId) {
        return toepassingen.stream().filter(t -> t.regelId().equals(regelId)).toList();
    }

    public Optional<Indicatieduur> indicatieduurOptioneel() {
        return Optional.ofNullable(indicatieduur);
    }
}
