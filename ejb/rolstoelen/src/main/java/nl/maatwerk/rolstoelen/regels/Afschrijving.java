package nl.maatwerk.rolstoelen.regels;

import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.regelset.Waarde;
import nl.maatwerk.verordening.termijn.Duur;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * De afschrijving van een hulpmiddel (R-05 tot en met R-07, C-04 onder c, P-18, R-09), zuiver gerekend uit de
 * regelset van de gemeente:
 * <ul>
 *   <li>de technische afschrijvingsduur per soort en leeftijdsgroep: de tabel {@code hulpmiddel.afschrijvingsduur.per_soort.*},
 *       nooit korter dan de afschrijvingstermijn {@code hulpmiddel.afschrijvingstermijn.*} (volwassene minimaal 7, kind 5 jaar);</li>
 *   <li>de restwaarde op elke datum: lineair per dag, zodat schrikkeljaren meetellen (de laatste dag vóór het einde
 *       is nog één dag waard, op de einddag is de waarde nul);</li>
 *   <li>de naturakosten over de afschrijvingsduur (prijs, onderhoud, verzekering) als Pgb-plafond;</li>
 *   <li>vervanging binnen de afschrijvingsduur: geweigerd tenzij het verlies niet aan de cliënt is toe te rekenen;</li>
 *   <li>terugvordering van een Pgb naar rato van de resterende hele maanden (een aangebroken maand blijft bij de cliënt).</li>
 * </ul>
 */
public final class Afschrijving {

    static final String MIN_VOLWASSENE = "hulpmiddel.afschrijvingstermijn.volwassene";
    static final String MIN_KIND = "hulpmiddel.afschrijvingstermijn.kind";
    static final String PER_SOORT_VOLWASSENE = "hulpmiddel.afschrijvingsduur.per_soort.volwassene";
    static final String PER_SOORT_KIND = "hulpmiddel.afschrijvingsduur.per_soort.kind";
    static final String KIND_TOT = "hulpmiddel.kind.tot_leeftijd";
    static final String ONDERHOUD = "hulpmiddel.onderhoud.percentage_per_jaar";
    static final String VERZEKERING = "hulpmiddel.verzekering.per_jaar";

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);
    private static final BigDecimal TWAALF = BigDecimal.valueOf(12);

    private Afschrijving() {
    }

    /** De afschrijvingsduur van één hulpmiddel, in maanden, met de regel die hem gaf. */
    public record Afschrijvingsduur(Hulpmiddelsoort soort, boolean kind, int maanden, RegelToepassing toepassing) {
        public Afschrijvingsduur {
            Objects.requireNonNull(soort);
            Objects.requireNonNull(toepassing);
        }

        /** De eerste dag waarop het hulpmiddel is afgeschreven. */
        public LocalDate einde(LocalDate verstrekt) {
            return verstrekt.plusMonths(maanden);
        }

        public BigDecimal jaren() {
            return BigDecimal.valueOf(maanden).divide(TWAALF, 4, RoundingMode.HALF_UP).stripTrailingZeros();
        }

        public String omschrijving() {
            return maanden % 12 == 0 ? (maanden / 12) + " jaar" : maanden + " maanden";
        }
    }

    /** Een bedrag met de regels die het bepaalden. */
    public record Berekening(BigDecimal bedrag, String uitleg, List<RegelToepassing> toepassingen) {
        public Berekening {
            Objects.requireNonNull(bedrag);
            toepassingen = List.copyOf(toepassingen);
        }
    }

    /** de technische afschrijvingsduur voor deze soort en de leeftijd van de cliënt bij verstrekking. */
    public static Afschrijvingsduur duur(Regelset regelset, Hulpmiddelsoort soort, int leeftijdBijVerstrekking) {
        Toetsing t = Toetsing.voor(regelset);
        boolean kind = leeftijdBijVerstrekking < regelset.geheelGetal(KIND_TOT);
        int minimum = maanden(regelset.duur(kind ? MIN_KIND : MIN_VOLWASSENE));
        Waarde rij = regelset.tabel(kind ? PER_SOORT_KIND : PER_SOORT_VOLWASSENE).get(soort.sleutel());
        int perSoort = rij instanceof Waarde.Getal g ? g.getal().multiply(TWAALF).intValue() : 0;
        int maanden = Math.max(minimum, perSoort);
        String groep = kind ? "een kind (jonger dan " + regelset.geheelGetal(KIND_TOT) + " jaar bij verstrekking)" : "een volwassene";
        String zin = "De technische afschrijvingsduur van een " + soort.omschrijving() + " voor " + groep + " is "
                + (maanden % 12 == 0 ? (maanden / 12) + " jaar" : maanden + " maanden")
                + " (minimaal " + (minimum % 12 == 0 ? (minimum / 12) + " jaar" : minimum + " maanden") + ")"
                + (kind ? "; bij een kind is daarbij de groei van het kind meegenomen" : "");
        RegelToepassing toepassing = t.toepassingMetParameter("R-05", Uitkomst.VAN_TOEPASSING, kind ? PER_SOORT_KIND : PER_SOORT_VOLWASSENE, zin);
        return new Afschrijvingsduur(soort, kind, maanden, toepassing);
    }

    /** De waarde van een hulpmiddel op {@code datum}: lineair per dag van verstrekking tot het einde van de duur. */
    public static BigDecimal restwaarde(BigDecimal prijs, LocalDate verstrekt, Afschrijvingsduur duur, LocalDate datum) {
        LocalDate einde = duur.einde(verstrekt);
        if (datum.isBefore(verstrekt)) {
            return Bedragen.centen(prijs);
        }
        if (!datum.isBefore(einde)) {
            return Bedragen.centen(BigDecimal.ZERO);
        }
        long totaal = ChronoUnit.DAYS.between(verstrekt, einde);
        long rest = ChronoUnit.DAYS.between(datum, einde);
        return prijs.multiply(BigDecimal.valueOf(rest)).divide(BigDecimal.valueOf(totaal), 2, RoundingMode.HALF_UP);
    }

    /** Een punt van de afschrijvingscurve. */
    public record Punt(LocalDate datum, BigDecimal restwaarde) {
    }

    /** De restwaarde op elke verjaardag van de verstrekking tot en met het einde, en op {@code vandaag} als die ertussen valt. */
    public static List<Punt> curve(BigDecimal prijs, LocalDate verstrekt, Afschrijvingsduur duur, LocalDate vandaag) {
        LocalDate einde = duur.einde(verstrekt);
        java.util.TreeSet<LocalDate> datums = new java.util.TreeSet<>();
        for (LocalDate d = verstrekt; d.isBefore(einde); d = d.plusYears(1)) {
            datums.add(d);
        }
        datums.add(einde);
        if (vandaag != null && vandaag.isAfter(verstrekt) && vandaag.isBefore(einde)) {
            datums.add(vandaag);
        }
        return datums.stream().map(d -> new Punt(d, restwaarde(prijs, verstrekt, duur, d))).toList();
    }

    /**
     * R-05, P-18, R-09: wat het hulpmiddel in natura de gemeente kost over de afschrijvingsduur: de prijs plus onderhoud
     * en verzekering per jaar. Dat is het plafond van een Pgb.
     */
    public static Berekening naturakosten(Regelset regelset, Afschrijvingsduur duur, BigDecimal prijs) {
        Toetsing t = Toetsing.voor(regelset);
        BigDecimal jaren = duur.jaren();
        BigDecimal percentage = regelset.getal(ONDERHOUD);
        BigDecimal onderhoud = Bedragen.centen(prijs.multiply(percentage).divide(HONDERD, 10, RoundingMode.HALF_UP).multiply(jaren));
        BigDecimal verzekering = Bedragen.centen(regelset.bedrag(VERZEKERING).multiply(jaren));
        BigDecimal totaal = Bedragen.centen(prijs.add(onderhoud).add(verzekering));
        String uitleg = Bedragen.euro(prijs) + " aanschaf + " + percentage.stripTrailingZeros().toPlainString() + " % onderhoud per jaar ("
                + Bedragen.euro(onderhoud) + ") + verzekering " + Bedragen.euro(regelset.bedrag(VERZEKERING)) + " per jaar ("
                + Bedragen.euro(verzekering) + ") over " + duur.omschrijving() + " = " + Bedragen.euro(totaal);
        List<RegelToepassing> toepassingen = new ArrayList<>();
        toepassingen.add(duur.toepassing());
        toepassingen.add(t.toepassing("P-18", Uitkomst.VAN_TOEPASSING,
                "De kostprijs van de goedkoopst adequate voorziening in natura, inclusief instandhouding, is " + uitleg));
        toepassingen.add(t.bron("R-09").isPresent()
                ? t.toepassingMetParameter("R-09", Uitkomst.VAN_TOEPASSING, ONDERHOUD,
                "Een hulpmiddel dat u met een Pgb koopt, houdt u zelf in stand; daarvoor is onderhoud (" + Bedragen.euro(onderhoud)
                        + ") en verzekering (" + Bedragen.euro(verzekering) + ") meegeteld. Kosten daarboven zijn voor uzelf")
                : t.onbekendInGemeente("R-09"));
        return new Berekening(totaal, uitleg, toepassingen);
    }

    /** Waarom een eerder verstrekt hulpmiddel vervangen moet worden (C-04 onder c, R-06). */
    public enum Verliesoorzaak {
        /** Niet verloren of kapot: de cliënt wil een nieuwe. */
        GEEN_VERLIES("het hulpmiddel is niet verloren gegaan", false),
        VERLOREN_DOOR_CLIENT("het hulpmiddel is verloren gegaan door omstandigheden die aan u zijn toe te rekenen", false),
        VERLOREN_BUITEN_SCHULD("het hulpmiddel is verloren gegaan door omstandigheden die niet aan u zijn toe te rekenen", true),
        /** Alleen voor een kind: groei is niet aan de cliënt toe te rekenen (R-05 "de groei van het kind"). */
        ONTGROEID("het kind is uit het hulpmiddel gegroeid", true);

        private final String omschrijving;
        private final boolean nietToeTeRekenen;

        Verliesoorzaak(String omschrijving, boolean nietToeTeRekenen) {
            this.omschrijving = omschrijving;
            this.nietToeTeRekenen = nietToeTeRekenen;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** Het oordeel over een vervanging. */
    public record Vervanging(boolean toegestaan, LocalDate einde, List<RegelToepassing> toepassingen) {
        public Vervanging {
            toepassingen = List.copyOf(toepassingen);
        }
    }

    /**
     * R-06 en C-04 onder c: een nieuw hulpmiddel van dezelfde soort terwijl de afschrijvingsduur van het vorige loopt,
     * wordt geweigerd, tenzij het verlies niet aan de cliënt is toe te rekenen. Op de einddag zelf mag het weer.
     */
    public static Vervanging vervanging(Regelset regelset, Afschrijvingsduur duur, LocalDate vorigeVerstrekt,
                                        LocalDate aanvraag, Verliesoorzaak oorzaak) {
        Toetsing t = Toetsing.voor(regelset);
        LocalDate einde = duur.einde(vorigeVerstrekt);
        String vorige = "U kreeg op " + Bedragen.datum(vorigeVerstrekt) + " een " + duur.soort().omschrijving()
                + " met een afschrijvingsduur van " + duur.omschrijving() + " (tot " + Bedragen.datum(einde) + ")";
        List<RegelToepassing> toepassingen = new ArrayList<>();
        toepassingen.add(duur.toepassing());
        if (!aanvraag.isBefore(einde)) {
            toepassingen.add(t.toepassing("R-06", Uitkomst.VOLDAAN, vorige + "; die duur is op " + Bedragen.datum(aanvraag)
                    + " verstreken, dus een nieuwe " + duur.soort().omschrijving() + " is mogelijk"));
            toepassingen.add(t.toepassing("C-04", Uitkomst.VOLDAAN, "Weigeringsgrond onder c (eerder verstrekt, afschrijvingstermijn niet verstreken) geldt niet"));
            return new Vervanging(true, einde, toepassingen);
        }
        Verliesoorzaak o = oorzaak == null ? Verliesoorzaak.GEEN_VERLIES : oorzaak;
        if (o == Verliesoorzaak.ONTGROEID && !duur.kind()) {
            o = Verliesoorzaak.GEEN_VERLIES;
        }
        if (o.nietToeTeRekenen) {
            toepassingen.add(t.toepassing("R-06", Uitkomst.VOLDAAN, vorige + "; " + o.omschrijving()
                    + ", dus een vervanging binnen de afschrijvingsduur is toch mogelijk"));
            toepassingen.add(t.toepassing("C-04", Uitkomst.VOLDAAN, "Weigeringsgrond onder c geldt niet: " + o.omschrijving()));
            return new Vervanging(true, einde, toepassingen);
        }
        toepassingen.add(t.toepassing("R-06", Uitkomst.AFWIJZINGSGROND, vorige + "; die duur loopt nog en " + o.omschrijving()
                + ". Daarom krijgt u geen nieuwe " + duur.soort().omschrijving() + " vóór " + Bedragen.datum(einde)));
        toepassingen.add(t.toepassing("C-04", Uitkomst.AFWIJZINGSGROND, "Geen maatwerkvoorziening onder c: dezelfde voorziening is eerder verstrekt "
                + "en de normale afschrijvingstermijn is nog niet verstreken"));
        return new Vervanging(false, einde, toepassingen);
    }

    /**
     * als de indicatie van een met een Pgb gekocht hulpmiddel vroegtijdig eindigt, wordt het Pgb teruggevorderd
     * naar rato van de resterende hele maanden van de afschrijvingsduur. Een gemeente wier regels R-07 niet kennen,
     * vordert niets terug ("niet van toepassing").
     */
    public static Berekening terugvordering(Regelset regelset, Afschrijvingsduur duur, BigDecimal pgb, LocalDate verstrekt, LocalDate indicatieEinde) {
        Toetsing t = Toetsing.voor(regelset);
        BigDecimal nul = Bedragen.centen(BigDecimal.ZERO);
        if (t.bron("R-07").isEmpty()) {
            return new Berekening(nul, "Geen terugvordering: de regels van " + regelset.gemeentenaam() + " kennen R-07 niet",
                    List.of(t.onbekendInGemeente("R-07")));
        }
        LocalDate einde = duur.einde(verstrekt);
        if (!indicatieEinde.isBefore(einde)) {
            return new Berekening(nul, "Geen terugvordering: de afschrijvingsduur was op " + Bedragen.datum(einde) + " verstreken",
                    List.of(duur.toepassing(), t.toepassing("R-07", Uitkomst.NIET_VAN_TOEPASSING, "Uw indicatie eindigt op "
                            + Bedragen.datum(indicatieEinde) + ", niet vóór het einde van de afschrijvingsduur ("
                            + Bedragen.datum(einde) + "); er wordt niets teruggevorderd")));
        }
        long rest = ChronoUnit.MONTHS.between(indicatieEinde.isBefore(verstrekt) ? verstrekt : indicatieEinde, einde);
        BigDecimal bedrag = pgb.multiply(BigDecimal.valueOf(rest)).divide(BigDecimal.valueOf(duur.maanden()), 2, RoundingMode.HALF_UP);
        String uitleg = Bedragen.euro(pgb) + " × " + rest + " resterende hele maanden / " + duur.maanden() + " maanden afschrijvingsduur = " + Bedragen.euro(bedrag);
        return new Berekening(bedrag, uitleg, List.of(duur.toepassing(), t.toepassing("R-07", Uitkomst.VAN_TOEPASSING,
                "Uw indicatie eindigt op " + Bedragen.datum(indicatieEinde) + ", vóór het einde van de afschrijvingsduur ("
                        + Bedragen.datum(einde) + "); het Pgb wordt naar rato teruggevorderd: " + uitleg)));
    }

    private static int maanden(Duur duur) {
        return switch (duur.eenheid()) {
            case JAREN -> duur.aantal() * 12;
            case MAANDEN -> duur.aantal();
            default -> throw new IllegalStateException("Een afschrijvingstermijn staat in jaren of maanden, niet in " + duur);
        };
    }
}
