package nl.maatwerk.pgb.regels;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Bron;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Kosten per gemeente. O-06: een ISD verdeelt haar uitvoeringskosten met een sleutel van inwoners en rekent
 * de kosten van maatwerkvoorzieningen toe naar wat elke gemeente werkelijk kreeg. O-07: per gemeente de
 * kosten per cliënt, per inwoner en het aandeel Pgb tegenover natura. De bron is het ISD-document (003); de
 * gemeentelijke regelsets kennen deze regels niet, daarom staat de bron hier vast.
 */
public final class Kostenverdeling {

    static final String TITEL = "Kadernota uitbreiding Wmo Bollenstreek";
    public static final Bron BRON_O06 = new Bron("003", TITEL, "Afrekensystematiek ISD Bollenstreek", "", List.of("O-06"));
    public static final Bron BRON_O07 = new Bron("003", TITEL, "§6", "", List.of("O-07"));

    private Kostenverdeling() {
    }

    /** Het aandeel van één gemeente. */
    public record Aandeel(String gemeente, long inwoners, BigDecimal uitvoeringskosten, BigDecimal maatwerkkosten, BigDecimal totaal)
            implements java.io.Serializable {
    }

    public record Verdeling(List<Aandeel> aandelen, List<RegelToepassing> toepassingen) {
    }

    /**
     * O-06. De uitvoeringskosten gaan naar rato van inwoners, in centen, met de grootste-restmethode zodat de
     * delen precies optellen tot het totaal; de maatwerkkosten zijn per gemeente wat zij werkelijk kreeg.
     *
     * @param inwoners       per gemeentecode het aantal inwoners (samen meer dan 0)
     * @param maatwerkkosten per gemeentecode de kosten van de geleverde voorzieningen (ontbrekend: 0)
     */
    public static Verdeling verdeel(BigDecimal uitvoeringskosten, Map<String, Long> inwoners, Map<String, BigDecimal> maatwerkkosten) {
        Objects.requireNonNull(uitvoeringskosten, "uitvoeringskosten");
        long som = inwoners.values().stream().mapToLong(Long::longValue).sum();
        if (som <= 0) {
            throw new IllegalArgumentException("De verdeelsleutel heeft geen inwoners");
        }
        long centen = uitvoeringskosten.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        Map<String, Long> deel = new TreeMap<>();
        Map<String, Long> rest = new TreeMap<>();
        long verdeeld = 0;
        for (Map.Entry<String, Long> e : new TreeMap<>(inwoners).entrySet()) {
            long teller = Math.multiplyExact(centen, e.getValue());
            deel.put(e.getKey(), teller / som);
            rest.put(e.getKey(), teller % som);
            verdeeld += teller / som;
        }
        List<String> opRest = new ArrayList<>(rest.keySet());
        opRest.sort(Comparator.comparing((String g) -> rest.get(g)).reversed().thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < centen - verdeeld; i++) {
            deel.merge(opRest.get(i), 1L, Long::sum);
        }
        List<Aandeel> aandelen = new ArrayList<>();
        List<RegelToepassing> uit = new ArrayList<>();
        for (Map.Entry<String, Long> e : deel.entrySet()) {
            BigDecimal uitv = BigDecimal.valueOf(e.getValue(), 2);
            BigDecimal mw = Bedragen.centen(maatwerkkosten.getOrDefault(e.getKey(), BigDecimal.ZERO));
            long inw = inwoners.get(e.getKey());
            aandelen.add(new Aandeel(e.getKey(), inw, uitv, mw, uitv.add(mw)));
            uit.add(RegelToepassing.van("O-06", Uitkomst.VAN_TOEPASSING, BRON_O06, "Gemeente " + e.getKey() + ": uitvoeringskosten "
                    + Bedragen.euro(uitvoeringskosten) + " × " + inw + " / " + som + " inwoners = " + Bedragen.euro(uitv)
                    + "; maatwerkvoorzieningen naar werkelijk gebruik " + Bedragen.euro(mw)));
        }
        return new Verdeling(List.copyOf(aandelen), List.copyOf(uit));
    }

    /** O-07: kengetallen van één gemeente in één maand (of periode). */
    public record Kengetallen(String gemeente, BigDecimal kosten, long clienten, long inwoners, BigDecimal pgbKosten,
                              BigDecimal perClient, BigDecimal perInwoner, BigDecimal pgbAandeelProcent, RegelToepassing toepassing) {
    }

    public static Kengetallen kengetallen(String gemeente, BigDecimal kosten, long clienten, long inwoners, BigDecimal pgbKosten) {
        BigDecimal perClient = clienten == 0 ? BigDecimal.ZERO : kosten.divide(BigDecimal.valueOf(clienten), 2, RoundingMode.HALF_UP);
        BigDecimal perInwoner = inwoners == 0 ? BigDecimal.ZERO : kosten.divide(BigDecimal.valueOf(inwoners), 2, RoundingMode.HALF_UP);
        BigDecimal aandeel = kosten.signum() == 0 ? BigDecimal.ZERO
                : pgbKosten.multiply(BigDecimal.valueOf(100)).divide(kosten, 1, RoundingMode.HALF_UP);
        RegelToepassing t = RegelToepassing.van("O-07", Uitkomst.VAN_TOEPASSING, BRON_O07, "Gemeente " + gemeente + ": kosten "
                + Bedragen.euro(kosten) + ", " + clienten + " cliënten (" + Bedragen.euro(perClient) + " per cliënt), " + inwoners
                + " inwoners (" + Bedragen.euro(perInwoner) + " per inwoner), Pgb " + aandeel.toPlainString().replace('.', ',') + " % van de kosten");
        return new Kengetallen(gemeente, Bedragen.centen(kosten), clienten, inwoners, Bedragen.centen(pgbKosten), perClient, perInwoner, aandeel, t);
    }

    /** Hulp bij het optellen per gemeente. */
    public static Map<String, BigDecimal> somPerGemeente(List<Map.Entry<String, BigDecimal>> regels) {
        Map<String, BigDecimal> uit = new LinkedHashMap<>();
        regels.forEach(e -> uit.merge(e.getKey(), e.getValue(), BigDecimal::add));
        return uit;
    }
}
