package nl.maatwerk.dienstverlening.regels;

import java.util.List;
import java.util.Objects;

/**
 * Eén resultaatgebied in een ondersteuningsarrangement met zijn trede en subdoelen (D-01); {@code vervoer}
 * alleen bij dagbesteding (001 §4.5.4).
 */
public record Onderdeel(Resultaatgebied gebied, int trede, List<String> subdoelen, boolean vervoer) {

    public Onderdeel {
        Objects.requireNonNull(gebied, "gebied");
        subdoelen = subdoelen == null ? List.of() : subdoelen.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    public String omschrijving() {
        return gebied.naam() + " trede " + trede + gebied.trede(trede).map(t -> " (" + t.naam() + ")").orElse("")
                + (vervoer ? " inclusief vervoer" : "");
    }
}
