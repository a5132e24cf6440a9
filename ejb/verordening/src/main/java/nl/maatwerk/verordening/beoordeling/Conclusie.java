package nl.maatwerk.verordening.beoordeling;

import java.util.List;
import java.util.Objects;

/**
 * De uitkomst van de algemene criteria.
 *
 * @param gronden bij AFGEWEZEN de afwijzingsgronden; bij een afwijkende toekenning (C-10) de gronden waarvan
 *                is afgeweken; bij NADER_ONDERZOEK_NODIG de regels waarvoor gegevens ontbreken
 */
public record Conclusie(Soort soort, List<RegelToepassing> gronden, String samenvatting) {

    public enum Soort {
        MAATWERKVOORZIENING_AANGEWEZEN,
        AFGEWEZEN,
        NADER_ONDERZOEK_NODIG
    }

    public Conclusie {
        Objects.requireNonNull(soort, "soort");
        gronden = List.copyOf(gronden);
        Objects.requireNonNull(samenvatting, "samenvatting");
    }
}
