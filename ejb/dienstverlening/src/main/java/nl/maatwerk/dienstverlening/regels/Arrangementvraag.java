package nl.maatwerk.dienstverlening.regels;

import java.util.List;
import java.util.Set;

/**
 * Wat de consulent voor een arrangement vastlegt, en de feiten die de D-regels toetsen.
 *
 * @param kortdurend                  de situatie duurt korter dan {@code gebruikelijke_hulp.kortdurend_tot} (C-03)
 * @param permanentToezicht           de cliënt is aangewezen op permanent toezicht (D-03)
 * @param mantelzorgerOntlastingNodig ontlasting van de mantelzorger is noodzakelijk (D-03)
 * @param vervoerBeperking            medische of cognitieve beperkingen bij een algemene vervoersvoorziening (001 §4.5.4)
 */
public record Arrangementvraag(List<Onderdeel> onderdelen, Set<Grondslag> grondslagen, List<Huisgenoot> huisgenoten,
                               boolean kortdurend, boolean permanentToezicht, boolean mantelzorgerOntlastingNodig,
                               boolean vervoerBeperking) {

    public Arrangementvraag {
        onderdelen = onderdelen == null ? List.of() : List.copyOf(onderdelen);
        grondslagen = grondslagen == null ? Set.of() : Set.copyOf(grondslagen);
        huisgenoten = huisgenoten == null ? List.of() : List.copyOf(huisgenoten);
    }

    public boolean bevat(Resultaatgebied r) {
        return onderdelen.stream().anyMatch(o -> o.gebied() == r);
    }
}
