package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Termijnkalender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * C-18: welke lopende indicaties opnieuw worden bekeken: indicaties die binnenkort aflopen (passendheid)
 * en een steekproef (handhaving). De steekproef is reproduceerbaar met het zaad, zodat een controleur
 * dezelfde selectie kan narekenen.
 */
public final class Heronderzoek {

    /** Een lopende indicatie zoals de werkstroom haar kent; {@code einde} null = zonder einddatum. */
    public record Indicatie(String id, String gemeente, LocalDate einde) {
        public Indicatie {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(gemeente, "gemeente");
        }
    }

    public enum Reden { LOOPT_AF, STEEKPROEF }

    public record Geval(Indicatie indicatie, Reden reden, RegelToepassing toepassing) {
    }

    private final Regelboek regelboek;
    private final Termijnkalender kalender;

    public Heronderzoek(Regelboek regelboek, Termijnkalender kalender) {
        this.regelboek = Objects.requireNonNull(regelboek);
        this.kalender = Objects.requireNonNull(kalender);
    }

    /**
     * Indicaties die binnen {@code heronderzoek.vooraankondiging} na de peildatum aflopen, plus per gemeente een
     * steekproef van {@code heronderzoek.steekproef_percentage} procent (naar boven afgerond) van de rest.
     */
    public List<Geval> selecteer(Collection<Indicatie> indicaties, LocalDate peildatum, long zaad) {
        List<Geval> gevallen = new ArrayList<>();
        Map<String, List<Indicatie>> overigPerGemeente = new LinkedHashMap<>();
        for (Indicatie indicatie : indicaties.stream().sorted(Comparator.comparing(Indicatie::id)).toList()) {
            Regelset regelset = regelboek.regelset(indicatie.gemeente(), peildatum);
            LocalDate grens = kalender.plus(peildatum, regelset.duur("heronderzoek.vooraankondiging"));
            if (indicatie.einde() != null && !indicatie.einde().isBefore(peildatum) && !indicatie.einde().isAfter(grens)) {
                gevallen.add(new Geval(indicatie, Reden.LOOPT_AF, Toetsing.voor(regelset).toepassingMetParameter("C-18",
                        Uitkomst.VAN_TOEPASSING, "heronderzoek.vooraankondiging", "Indicatie " + indicatie.id() + " loopt af op "
                                + Datums.voluit(indicatie.einde()) + ", binnen " + regelset.duur("heronderzoek.vooraankondiging")
                                + "; wij bekijken of de ondersteuning nog passend is")));
            } else {
                overigPerGemeente.computeIfAbsent(indicatie.gemeente(), g -> new ArrayList<>()).add(indicatie);
            }
        }
        Random toeval = new Random(zaad);
        overigPerGemeente.forEach((gemeente, overig) -> {
            Regelset regelset = regelboek.regelset(gemeente, peildatum);
            BigDecimal procent = regelset.getal("heronderzoek.steekproef_percentage");
            int aantal = procent.multiply(BigDecimal.valueOf(overig.size()))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValueExact();
            List<Indicatie> geschud = new ArrayList<>(overig);
            Collections.shuffle(geschud, toeval);
            geschud.stream().limit(aantal).sorted(Comparator.comparing(Indicatie::id)).forEach(i ->
                    gevallen.add(new Geval(i, Reden.STEEKPROEF, Toetsing.voor(regelset).toepassingMetParameter("C-18",
                            Uitkomst.VAN_TOEPASSING, "heronderzoek.steekproef_percentage", "Indicatie " + i.id()
                                    + " is in de steekproef van " + procent.stripTrailingZeros().toPlainString()
                                    + " procent voor handhaving getrokken"))));
        });
        return gevallen;
    }

    /** Ids per reden, handig voor overzichten. */
    public static Map<Reden, List<String>> perReden(List<Geval> gevallen) {
        return gevallen.stream().collect(Collectors.groupingBy(Geval::reden, LinkedHashMap::new,
                Collectors.mapping(g -> g.indicatie().id(), Collectors.toList())));
    }
}
