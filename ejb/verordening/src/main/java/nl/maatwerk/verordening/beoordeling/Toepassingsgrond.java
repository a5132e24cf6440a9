package nl.maatwerk.verordening.beoordeling;

import java.time.LocalDate;
import java.util.Objects;

/**
 * C-16 overgangsrecht: welke datum of versie de toe te passen regelset kiest. De kiezende datum staat
 * zo expliciet in de aanroep, niet verstopt in "vandaag".
 */
public sealed interface Toepassingsgrond {

    /** Een nieuwe aanvraag: de regelset die geldt op de beslisdatum (ook als de aanvraag eerder is ingediend). */
    record NieuweAanvraag(LocalDate beslisdatum) implements Toepassingsgrond {
        public NieuweAanvraag {
            Objects.requireNonNull(beslisdatum, "beslisdatum");
        }
    }

    /**
     * Een bestaande indicatie houdt de versie waaronder zij is verleend, tot zij afloopt of de cliënt een
     * nieuw aanbod accepteert.
     *
     * @param indicatieEinde        laatste dag van de indicatie; null = zonder einddatum
     * @param nieuwAanbodAanvaardOp datum waarop de cliënt een nieuw aanbod accepteerde; null = niet
     */
    record LopendeIndicatie(String regelsetVersie, LocalDate indicatieEinde, LocalDate nieuwAanbodAanvaardOp)
            implements Toepassingsgrond {
        public LopendeIndicatie {
            Objects.requireNonNull(regelsetVersie, "regelsetVersie");
        }
    }
}
