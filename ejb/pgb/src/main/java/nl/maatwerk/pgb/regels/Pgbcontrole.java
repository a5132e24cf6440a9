package nl.maatwerk.pgb.regels;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Controle op lopende budgetten: niet gebruikt (P-08), intrekkingsgronden (P-16), steekproef (P-19). */
public final class Pgbcontrole {

    static final String STEEKPROEF = "heronderzoek.steekproef_percentage";

    private Pgbcontrole() {
    }

    /**
     * P-08: een Pgb dat binnen de bestedingstermijn (6 maanden) na toekenning niet is gebruikt, kan worden
     * ingetrokken. De termijn loopt tot en met {@code ingang + 6 maanden}; pas de dag daarna is het signaal er.
     *
     * @param eersteBesteding de periode-start van de eerste goedgekeurde declaratie; leeg als er geen is
     * @return de toepassing als signaal, leeg als (nog) niets te signaleren is
     */
    public static Optional<RegelToepassing> ongebruikt(Regelset rs, LocalDate ingang, LocalDate eersteBesteding, LocalDate peildatum) {
        LocalDate grens = rs.duur(Declaratiecontrole.BESTEDING).naKalender(ingang);
        if (!peildatum.isAfter(grens)) {
            return Optional.empty();
        }
        if (eersteBesteding != null && !eersteBesteding.isAfter(grens)) {
            return Optional.empty();
        }
        return Optional.of(Toetsing.voor(rs).toepassingMetParameter("P-08", Uitkomst.VAN_TOEPASSING, Declaratiecontrole.BESTEDING,
                "Het Pgb dat op " + Bedragen.datum(ingang) + " inging, is binnen " + rs.duur(Declaratiecontrole.BESTEDING)
                        + " (tot en met " + Bedragen.datum(grens) + ") niet gebruikt; het kan worden ingetrokken"));
    }

    /** De intrekkingsgronden a tot en met f (001 §3.5.1). */
    public enum Intrekkingsgrond {
        ONJUISTE_GEGEVENS("a", "u heeft onjuiste of onvolledige gegevens verstrekt die tot een andere beslissing hadden geleid"),
        VOORWAARDEN_NIET_NAGELEEFD("b", "u voldoet niet aan de voorwaarden die aan het Pgb verbonden zijn"),
        NIET_OF_ANDERS_GEBRUIKT("c", "u gebruikt het Pgb niet of voor een ander doel"),
        KWALITEIT("d", "de hulp of de voorziening voldoet niet aan de vereiste kwaliteit of duurzaamheid"),
        HANDELINGSONBEKWAAM("e", "u bent handelingsonbekwaam verklaard en er is geen adequate (wettelijke) vertegenwoordiging"),
        GEEN_VASTE_WOONPLAATS("f", "u heeft geen vaste woon- of verblijfplaats");

        private final String letter;
        private final String zin;

        Intrekkingsgrond(String letter, String zin) {
            this.letter = letter;
            this.zin = zin;
        }

        public String letter() {
            return letter;
        }

        public String zin() {
            return zin;
        }
    }

    /**
     * P-16: elke aanwezige grond als toepassing. Kent de gemeente P-16 niet (Doetinchem), dan is alleen "niet
     * gebruikt" een grond, via P-08 (004 art. 15 lid 1); de andere gronden zijn daar niet van toepassing.
     */
    public static List<RegelToepassing> intrekkingsgronden(Regelset rs, Set<Intrekkingsgrond> gronden) {
        Toetsing t = Toetsing.voor(rs);
        List<RegelToepassing> uit = new ArrayList<>();
        if (gronden.isEmpty()) {
            uit.add(t.bron("P-16").isPresent()
                    ? t.toepassing("P-16", Uitkomst.NIET_VAN_TOEPASSING, "Er is geen grond om het Pgb in te trekken")
                    : t.onbekendInGemeente("P-16"));
            return uit;
        }
        for (Intrekkingsgrond g : EnumSet.copyOf(gronden)) {
            if (t.bron("P-16").isPresent()) {
                uit.add(t.toepassing("P-16", Uitkomst.VAN_TOEPASSING, "Grond " + g.letter() + ": " + g.zin() + "; het Pgb kan worden ingetrokken"));
            } else if (g == Intrekkingsgrond.NIET_OF_ANDERS_GEBRUIKT) {
                uit.add(t.toepassingMetParameter("P-08", Uitkomst.VAN_TOEPASSING, Declaratiecontrole.BESTEDING, g.zin() + "; het Pgb kan worden ingetrokken"));
            } else {
                uit.add(t.onbekendInGemeente("P-16"));
            }
        }
        return uit;
    }

    /**
     * Het zaad van de steekproef: gemeentecode × 100.000 + jaar × 10 + kwartaal. Zo trekt dezelfde gemeente in
     * hetzelfde kwartaal altijd dezelfde steekproef (controleerbaar), en elk kwartaal een andere.
     */
    public static long zaad(String gemeente, int jaar, int kwartaal) {
        return Long.parseLong(gemeente) * 100_000L + jaar * 10L + kwartaal;
    }

    /** De getrokken budgetten (gesorteerd) en de motivering. */
    public record Steekproef(long zaad, int aantal, List<Long> budgetten, RegelToepassing toepassing) {
    }

    /**
     * P-19: een reproduceerbare steekproef van het percentage uit de regelset (afgerond naar boven, minstens één
     * als er budgetten zijn). De ids worden eerst gesorteerd en dan met {@code java.util.Random(zaad)} geschud
     * ({@link Collections#shuffle(List, Random)}: beide algoritmen liggen vast in de Java-specificatie).
     */
    public static Steekproef steekproef(Regelset rs, List<Long> budgetIds, long zaad) {
        List<Long> ids = new ArrayList<>(budgetIds.stream().distinct().sorted().toList());
        BigDecimal pct = rs.getal(STEEKPROEF);
        int aantal = ids.isEmpty() ? 0 : Math.max(1, BigDecimal.valueOf(ids.size()).multiply(pct)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValueExact());
        Collections.shuffle(ids, new Random(zaad));
        List<Long> getrokken = ids.subList(0, aantal).stream().sorted().toList();
        RegelToepassing t = Toetsing.voor(rs).toepassingMetParameter("P-19", Uitkomst.VAN_TOEPASSING, STEEKPROEF, "Steekproef van "
                + pct.stripTrailingZeros().toPlainString() + " % van " + ids.size() + " budgetten: " + aantal + " getrokken met zaad " + zaad
                + "; de cliënt laat zien waaraan het budget is besteed en wat het resultaat is");
        return new Steekproef(zaad, aantal, getrokken, t);
    }
}
