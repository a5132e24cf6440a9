package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.domain.woonvoorzieningen.AdviesUitkomst;
import nl.maatwerk.domain.woonvoorzieningen.Richting;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Het verhuizen-versus-aanpassen advies (W-01 tot en met W-04, W-16): elke factor met zijn oordeel, de
 * kostenvergelijking, de uitkomst, en elke toegepaste regel met bron; de regelsetversie voor de beschikking.
 */
public record Advies(String regelsetVersie, AdviesUitkomst uitkomst, List<Factor> factoren, Kostenvergelijking kosten,
                     List<RegelToepassing> toepassingen) {

    /** Eén factor van W-02 (a tot en met e). */
    public record Factor(String letter, String vraag, Richting richting, String motivering) {
    }

    /** W-03 met W-16: de kosten van aanpassen naast die van verhuizen. */
    public record Kostenvergelijking(BigDecimal aanpassingskosten, BigDecimal verhuisPgbMaximum, BigDecimal overigeVerhuiskosten,
                                     BigDecimal verhuiskostenTotaal, int huishoudgrootte) {

        public boolean aanpassenDuurder() {
            return aanpassingskosten.compareTo(verhuiskostenTotaal) > 0;
        }
    }

    public Advies {
        factoren = List.copyOf(factoren);
        toepassingen = List.copyOf(toepassingen);
    }

    /** De motivering voor de cliënt: elke toegepaste regel met zijn bron, in volgorde. */
    public String motivering() {
        return toepassingen.stream().map(RegelToepassing::motivering).collect(Collectors.joining("\n"));
    }

    /** De laatste toepassing van een regel. */
    public RegelToepassing toepassing(String regelId) {
        return toepassingen.stream().filter(t -> t.regelId().equals(regelId)).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("Regel " + regelId + " is niet toegepast"));
    }

    public List<String> regelIds() {
        return toepassingen.stream().map(RegelToepassing::regelId).distinct().toList();
    }
}
