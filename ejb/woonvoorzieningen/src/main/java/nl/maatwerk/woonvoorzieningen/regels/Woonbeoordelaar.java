package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.verordening.beoordeling.Regel;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Toetst een {@link Woonaanvraag} aan alle woonregels ({@link Woonregels#alle()}) los van de algemene
 * criteria: voor het scherm en de API, die alleen de woonkant vragen. De volledige beoordeling voor een
 * beschikking geeft {@link Woonregels#voorBeoordelaar()} aan de Beoordelaar van de verordening.
 */
public final class Woonbeoordelaar {

    private Woonbeoordelaar() {
    }

    public enum Conclusie {
        TOEGESTAAN, GEWEIGERD, NADER_ONDERZOEK
    }

    public record Woonbeoordeling(String regelsetVersie, Conclusie conclusie, List<RegelToepassing> toepassingen) {
        public Woonbeoordeling {
            toepassingen = List.copyOf(toepassingen);
        }

        public List<RegelToepassing> gronden() {
            return toepassingen.stream().filter(RegelToepassing::isAfwijzingsgrond).toList();
        }

        public String motivering() {
            return toepassingen.stream().map(RegelToepassing::motivering).collect(Collectors.joining("\n"));
        }
    }

    public static Woonbeoordeling beoordeel(Regelset regelset, Woonaanvraag aanvraag) {
        Toetsing toetsing = Toetsing.voor(regelset);
        List<RegelToepassing> toepassingen = new ArrayList<>();
        for (Regel<Woonaanvraag> regel : Woonregels.alle()) {
            toepassingen.add(regel.toets(aanvraag, toetsing));
        }
        Conclusie conclusie = toepassingen.stream().anyMatch(RegelToepassing::isAfwijzingsgrond) ? Conclusie.GEWEIGERD
                : toepassingen.stream().anyMatch(t -> t.uitkomst() == Uitkomst.ONVOLDOENDE_GEGEVENS) ? Conclusie.NADER_ONDERZOEK
                : Conclusie.TOEGESTAAN;
        return new Woonbeoordeling(regelset.versie(), conclusie, toepassingen);
    }
}
