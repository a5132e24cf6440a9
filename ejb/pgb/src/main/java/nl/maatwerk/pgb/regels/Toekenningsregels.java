package nl.maatwerk.pgb.regels;

import nl.maatwerk.domain.pgb.Zorgverlenersoort;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * De toekenning van een Pgb voor diensten: de voorwaarden (P-01 drie voorwaarden, P-02 budgetplan, P-07 niet
 * algemeen gebruikelijk en besteden binnen 6 maanden, P-20 wisselen), per hulp de overeenkomst (P-03), de VOG
 * (P-15) en het tarief (P-04, P-05, P-10, P-12, P-21), met de uren begrensd (P-09), en het budget per periode,
 * hoogstens de kosten van natura (P-17). De berekening staat in woorden in de motivering.
 */
public final class Toekenningsregels {

    static final String GEMIDDELD = "pgb.tarief.gecontracteerd_gemiddeld_per_uur";
    static final String LAAGST = "pgb.tarief.gecontracteerd_laagst_per_uur";
    static final String OVERHEAD = "pgb.tarief.overhead_percentage";
    static final String WISSEL = "pgb.wissel.max_per_jaar";

    private Toekenningsregels() {
    }

    /**
     * De feiten van de aanvraag.
     *
     * @param noodzaakVastgesteld       de maatwerkvoorziening is nodig (onderzoek afgerond)
     * @param kanPgbBeheren            P-01 a: de cliënt (alleen of met hulp) kan de taken van een Pgb aan
     * @param gemotiveerd              P-01 b: de cliënt stelt zich gemotiveerd op het standpunt dat hij een Pgb wil
     * @param kwaliteitGewaarborgd     P-01 c: veilig, doeltreffend en cliëntgericht
     * @param wisselsAfgelopenJaar     eerdere wissels (aanbieder of Pgb/natura) in de 12 maanden vóór ingang
     * @param naturaPerWeek            kosten van de goedkoopst adequate natura per week; leeg als onbekend (P-17)
     */
    public record Aanvraag(LocalDate ingang, LocalDate einde, boolean noodzaakVastgesteld, boolean kanPgbBeheren, boolean gemotiveerd,
                           boolean kwaliteitGewaarborgd, boolean budgetplan, boolean algemeenGebruikelijk, boolean minderjarigen,
                           boolean isWissel, int wisselsAfgelopenJaar, BigDecimal naturaPerWeek, List<Hulpplan> hulpen) {
        public Aanvraag {
            Objects.requireNonNull(ingang, "ingang");
            Objects.requireNonNull(einde, "einde");
            hulpen = List.copyOf(hulpen);
        }
    }

    /**
     * Eén hulp in het budgetplan.
     *
     * @param urenPerWeek     uren hulp per week (bij logeeropvang: 0)
     * @param etmalenPerWeek  etmalen logeeropvang per week (anders 0)
     * @param vasteUren       formele hulp met vaste uren per maand (P-21: maandloon toegestaan)
     */
    public record Hulpplan(String naam, Zorgverlenersoort soort, int leeftijd, boolean vog, BigDecimal urenPerWeek,
                           BigDecimal etmalenPerWeek, boolean vasteUren) {
        public Hulpplan {
            Objects.requireNonNull(soort, "soort");
            urenPerWeek = urenPerWeek == null ? BigDecimal.ZERO : urenPerWeek;
            etmalenPerWeek = etmalenPerWeek == null ? BigDecimal.ZERO : etmalenPerWeek;
        }
    }

    /** Het besluit: toegekend of niet, het bedrag per week en over de hele periode, elke regel en de berekening. */
    public record Besluit(boolean toegekend, BigDecimal perWeek, BigDecimal bedrag, List<RegelToepassing> toepassingen,
                          List<String> berekening) {
        public Besluit {
            toepassingen = List.copyOf(toepassingen);
            berekening = List.copyOf(berekening);
        }

        public List<String> afwijzingsregels() {
            return toepassingen.stream().filter(RegelToepassing::isAfwijzingsgrond).map(RegelToepassing::regelId).distinct().toList();
        }
    }

    public static Besluit beslis(Regelset rs, Aanvraag a) {
        Toetsing t = Toetsing.voor(rs);
        List<RegelToepassing> uit = new ArrayList<>();
        List<String> berekening = new ArrayList<>();
        uit.add(voorwaarden(t, a));
        uit.add(budgetplan(t, a));
        uit.add(besteding(t, rs, a));
        uit.add(wissel(t, rs, a));
        BigDecimal perWeek = BigDecimal.ZERO;
        for (Hulpplan h : a.hulpen()) {
            uit.add(t.bron("P-03").isEmpty() ? t.onbekendInGemeente("P-03") : t.toepassing("P-03", Uitkomst.VAN_TOEPASSING,
                    "U sluit met " + h.naam() + " een schriftelijke overeenkomst (bij voorkeur het model van de SVB) die de gemeente en de SVB goedkeuren; "
                            + "de SVB betaalt namens de gemeente pas daarna"));
            RegelToepassing vog = vog(t, a, h);
            uit.add(vog);
            if (vog.isAfwijzingsgrond()) {
                berekening.add(h.naam() + ": geen budget, want een VOG ontbreekt (P-15)");
                continue;
            }
            Tarief tarief = uurtarief(t, rs, h);
            uit.addAll(tarief.toepassingen());
            BigDecimal uren = h.urenPerWeek();
            if (h.soort() == Zorgverlenersoort.SOCIAAL_NETWERK) {
                BigDecimal max = rs.getal(Declaratiecontrole.UREN);
                if (uren.compareTo(max) > 0) {
                    uit.add(t.toepassingMetParameter("P-09", Uitkomst.VAN_TOEPASSING, Declaratiecontrole.UREN, h.naam() + " is mantelzorger: "
                            + "het budget rekent met hoogstens " + Declaratiecontrole.uur(max) + " per week in plaats van " + Declaratiecontrole.uur(uren)));
                    uren = max;
                } else {
                    uit.add(t.toepassingMetParameter("P-09", Uitkomst.VOLDAAN, Declaratiecontrole.UREN, h.naam() + " is mantelzorger met "
                            + Declaratiecontrole.uur(uren) + " per week, niet meer dan " + Declaratiecontrole.uur(max)));
                }
            }
            BigDecimal hulpPerWeek = Bedragen.centen(uren.multiply(tarief.perUur()));
            if (uren.signum() > 0) {
                berekening.add(h.naam() + ": " + Declaratiecontrole.uur(uren) + " per week × " + Bedragen.euro(tarief.perUur()) + " = " + Bedragen.euro(hulpPerWeek));
            }
            if (h.etmalenPerWeek().signum() > 0) {
                BigDecimal per = rs.bedrag(Declaratiecontrole.LOGEER);
                BigDecimal logeer = Bedragen.centen(h.etmalenPerWeek().multiply(per));
                uit.add(t.toepassingMetParameter("P-12", Uitkomst.VAN_TOEPASSING, Declaratiecontrole.LOGEER, "Logeeropvang bij " + h.naam()
                        + ": " + h.etmalenPerWeek().stripTrailingZeros().toPlainString() + " etmaal per week × " + Bedragen.euro(per) + " = " + Bedragen.euro(logeer)));
                berekening.add(h.naam() + ": logeeropvang " + h.etmalenPerWeek().stripTrailingZeros().toPlainString() + " etmaal × " + Bedragen.euro(per)
                        + " = " + Bedragen.euro(logeer));
                hulpPerWeek = hulpPerWeek.add(logeer);
            }
            uit.add(formeleHulp(t, h));
            perWeek = perWeek.add(hulpPerWeek);
        }
        RegelToepassing natura = natura(t, a, perWeek);
        uit.add(natura);
        if (a.naturaPerWeek() != null && natura.uitkomst() == Uitkomst.VAN_TOEPASSING) {
            berekening.add("Hoogstens de kosten van natura: " + Bedragen.euro(a.naturaPerWeek()) + " per week in plaats van " + Bedragen.euro(perWeek));
            perWeek = a.naturaPerWeek();
        }
        long dagen = ChronoUnit.DAYS.between(a.ingang(), a.einde()) + 1;
        BigDecimal bedrag = Bedragen.centen(perWeek.multiply(BigDecimal.valueOf(dagen)).divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP));
        berekening.add("Per week " + Bedragen.euro(perWeek) + " × " + dagen + " dagen / 7 = " + Bedragen.euro(bedrag) + " voor "
                + Bedragen.datum(a.ingang()) + " tot en met " + Bedragen.datum(a.einde()));
        boolean toegekend = uit.stream().noneMatch(r -> r.isAfwijzingsgrond() && !r.regelId().equals("P-15")) && perWeek.signum() > 0;
        return new Besluit(toegekend, toegekend ? perWeek : BigDecimal.ZERO, toegekend ? bedrag : BigDecimal.ZERO, uit, berekening);
    }

    /** P-01: noodzaak vastgesteld en de drie voorwaarden van de wet (a kan het aan, b gemotiveerd, c kwaliteit). */
    static RegelToepassing voorwaarden(Toetsing t, Aanvraag a) {
        List<String> mist = new ArrayList<>();
        if (!a.noodzaakVastgesteld()) {
            mist.add("de noodzaak van een maatwerkvoorziening is niet vastgesteld");
        }
        if (!a.kanPgbBeheren()) {
            mist.add("u bent (ook met hulp uit uw netwerk of van uw vertegenwoordiger) niet in staat de taken van een Pgb uit te voeren");
        }
        if (!a.gemotiveerd()) {
            mist.add("u heeft niet gemotiveerd waarom u een Pgb wilt");
        }
        if (!a.kwaliteitGewaarborgd()) {
            mist.add("niet is gewaarborgd dat de ondersteuning veilig, doeltreffend en cliëntgericht is");
        }
        return mist.isEmpty()
                ? t.toepassing("P-01", Uitkomst.VOLDAAN, "De noodzaak is vastgesteld en aan de drie voorwaarden voor een Pgb is voldaan: u kunt het Pgb "
                + "(met hulp) beheren, u heeft gemotiveerd gekozen en de kwaliteit is gewaarborgd")
                : t.toepassing("P-01", Uitkomst.AFWIJZINGSGROND, "Een Pgb is niet mogelijk: " + String.join("; ", mist));
    }

    /** P-02: het ondersteunings- en budgetplan. */
    static RegelToepassing budgetplan(Toetsing t, Aanvraag a) {
        return a.budgetplan()
                ? t.toepassing("P-02", Uitkomst.VOLDAAN, "U heeft een ondersteunings- en budgetplan opgesteld")
                : t.toepassing("P-02", Uitkomst.AFWIJZINGSGROND, "U heeft (nog) geen ondersteunings- en budgetplan opgesteld; dat is verplicht voor een Pgb");
    }

    /** P-07: niet voor algemeen gebruikelijke voorzieningen; besteden binnen 6 maanden na toekenning. */
    static RegelToepassing besteding(Toetsing t, Regelset rs, Aanvraag a) {
        if (a.algemeenGebruikelijk()) {
            return t.toepassingMetParameter("P-07", Uitkomst.AFWIJZINGSGROND, Declaratiecontrole.BESTEDING,
                    "Het Pgb mag niet worden besteed aan een voorziening die voor u algemeen gebruikelijk is");
        }
        LocalDate uiterlijk = rs.duur(Declaratiecontrole.BESTEDING).naKalender(a.ingang());
        return t.toepassingMetParameter("P-07", Uitkomst.VAN_TOEPASSING, Declaratiecontrole.BESTEDING, "U besteedt het Pgb binnen "
                + rs.duur(Declaratiecontrole.BESTEDING) + " na toekenning, uiterlijk " + Bedragen.datum(uiterlijk)
                + ", aan het resultaat waarvoor het is verleend; neemt u een ermee gekochte voorziening mee naar het buitenland, dan verzekert u die");
    }

    /** P-20: hoe vaak een cliënt mag wisselen (alleen waar de regelset een grens stelt). Precies het maximum eerder: geweigerd. */
    static RegelToepassing wissel(Toetsing t, Regelset rs, Aanvraag a) {
        if (rs.zoekParameter(WISSEL).isEmpty()) {
            return t.onbekendInGemeente("P-20");
        }
        if (!a.isWissel()) {
            return t.toepassingMetParameter("P-20", Uitkomst.NIET_VAN_TOEPASSING, WISSEL, "Dit is geen wissel van aanbieder of tussen Pgb en natura");
        }
        int max = rs.geheelGetal(WISSEL);
        return a.wisselsAfgelopenJaar() < max
                ? t.toepassingMetParameter("P-20", Uitkomst.VOLDAAN, WISSEL, "U wisselde het afgelopen jaar " + a.wisselsAfgelopenJaar()
                + " keer; " + max + " keer per jaar is toegestaan")
                : t.toepassingMetParameter("P-20", Uitkomst.AFWIJZINGSGROND, WISSEL, "U wisselde het afgelopen jaar al " + a.wisselsAfgelopenJaar()
                + " keer; hoogstens " + max + " keer per jaar is toegestaan");
    }

    static RegelToepassing vog(Toetsing t, Aanvraag a, Hulpplan h) {
        if (t.bron("P-15").isEmpty()) {
            return t.onbekendInGemeente("P-15");
        }
        if (!a.minderjarigen()) {
            return t.toepassing("P-15", Uitkomst.NIET_VAN_TOEPASSING, "Er zijn geen personen jonger dan 18 jaar in de situatie; " + h.naam() + " heeft geen VOG nodig");
        }
        return h.vog() ? t.toepassing("P-15", Uitkomst.VOLDAAN, "Er zijn minderjarigen in de situatie en " + h.naam() + " heeft een VOG")
                : t.toepassing("P-15", Uitkomst.AFWIJZINGSGROND, "Er zijn minderjarigen in de situatie en " + h.naam()
                + " heeft geen verklaring omtrent het gedrag; voor deze hulp kan geen budget worden toegekend");
    }

    static RegelToepassing formeleHulp(Toetsing t, Hulpplan h) {
        if (t.bron("P-21").isEmpty()) {
            return t.onbekendInGemeente("P-21");
        }
        if (h.soort() != Zorgverlenersoort.PROFESSIONEEL) {
            return t.toepassing("P-21", Uitkomst.NIET_VAN_TOEPASSING, h.naam() + " is geen formele hulp; maandloon en feestdagenuitkering gelden niet");
        }
        return t.toepassing("P-21", Uitkomst.VAN_TOEPASSING, h.vasteUren()
                ? "Met " + h.naam() + " (vaste uren per maand) mag een maandloon worden afgesproken; een feestdagenuitkering eenmaal per kalenderjaar waar de wet die verplicht"
                : "Een feestdagenuitkering voor " + h.naam() + " eenmaal per kalenderjaar waar de wet die verplicht; geen maandloon zonder vaste uren");
    }

    /** Het uurtarief van een hulp met de regels die het bepaalden. */
    public record Tarief(BigDecimal perUur, List<RegelToepassing> toepassingen) {
    }

    /**
     * P-04 (alleen waar de regelset de overhead kent): het professionele tarief ligt tussen het laagste
     * gecontracteerde tarief en het gemiddelde minus overhead. P-05: tarief naar soort hulp; P-12: informele hulp
     * begrensd; P-10: 18 tot 23 jaar hoogstens het minimumuurloon.
     */
    public static Tarief uurtarief(Toetsing t, Regelset rs, Hulpplan h) {
        List<RegelToepassing> uit = new ArrayList<>();
        BigDecimal tarief;
        if (h.soort() == Zorgverlenersoort.PROFESSIONEEL) {
            tarief = rs.bedrag(Declaratiecontrole.PROF);
            if (rs.zoekParameter(OVERHEAD).isPresent()) {
                BigDecimal gemiddeld = rs.bedrag(GEMIDDELD);
                BigDecimal overhead = rs.getal(OVERHEAD);
                BigDecimal laagst = rs.bedrag(LAAGST);
                BigDecimal max = Bedragen.centen(gemiddeld.multiply(BigDecimal.valueOf(100).subtract(overhead)).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP));
                BigDecimal begrensd = tarief.min(max).max(laagst);
                uit.add(t.toepassingMetParameter("P-04", Uitkomst.VAN_TOEPASSING, OVERHEAD, "Het tarief voor professionele hulp is hoogstens het gemiddelde "
                        + "gecontracteerde tarief (" + Bedragen.euro(gemiddeld) + ") min " + overhead.stripTrailingZeros().toPlainString() + " % overhead ("
                        + Bedragen.euro(max) + ") en niet lager dan het laagste gecontracteerde tarief (" + Bedragen.euro(laagst) + "): " + Bedragen.euro(begrensd)));
                tarief = begrensd;
            } else {
                uit.add(t.onbekendInGemeente("P-04"));
            }
            uit.add(t.toepassingMetParameter("P-05", Uitkomst.VAN_TOEPASSING, Declaratiecontrole.PROF, h.naam()
                    + " is professionele hulp: tarief " + Bedragen.euro(tarief) + " per uur"));
        } else {
            tarief = rs.bedrag(Declaratiecontrole.SOCIAAL);
            uit.add(t.toepassingMetParameter("P-05", Uitkomst.VAN_TOEPASSING, Declaratiecontrole.SOCIAAL, h.naam()
                    + " hoort tot het sociaal netwerk: tarief " + Bedragen.euro(tarief) + " per uur, lager dan voor professionele hulp"));
            BigDecimal inf = rs.bedrag(Declaratiecontrole.INFORMEEL);
            if (tarief.compareTo(inf) > 0) {
                uit.add(t.toepassingMetParameter("P-12", Uitkomst.VAN_TOEPASSING, Declaratiecontrole.INFORMEEL, "Informele hulp is begrensd op "
                        + Bedragen.euro(inf) + " per uur"));
                tarief = inf;
            } else {
                uit.add(t.toepassingMetParameter("P-12", Uitkomst.VOLDAAN, Declaratiecontrole.INFORMEEL, "Het tarief blijft binnen het maximum voor informele hulp ("
                        + Bedragen.euro(inf) + " per uur)"));
            }
        }
        int vanaf = rs.geheelGetal(Declaratiecontrole.JEUGD_VANAF);
        int tot = rs.geheelGetal(Declaratiecontrole.JEUGD_TOT);
        if (h.leeftijd() >= vanaf && h.leeftijd() < tot) {
            BigDecimal loon = Declaratiecontrole.minimumuurloon(rs, h.leeftijd());
            if (tarief.compareTo(loon) > 0) {
                tarief = loon;
            }
            uit.add(t.toepassingMetParameter("P-10", Uitkomst.VAN_TOEPASSING, Declaratiecontrole.JEUGDLOON, h.naam() + " is " + h.leeftijd()
                    + " jaar: hoogstens het minimumuurloon voor die leeftijd (" + Bedragen.euro(loon) + "); tarief " + Bedragen.euro(tarief)));
        } else {
            uit.add(t.toepassingMetParameter("P-10", Uitkomst.NIET_VAN_TOEPASSING, Declaratiecontrole.JEUGD_TOT, h.naam() + " is " + h.leeftijd()
                    + " jaar; het minimumjeugdloon geldt alleen van " + vanaf + " tot " + tot + " jaar"));
        }
        return new Tarief(tarief, uit);
    }

    /** Een Pgb voor een hulpmiddel of woningaanpassing (P-18, met P-17). */
    public record Eenmalig(BigDecimal bedrag, List<RegelToepassing> toepassingen) {
    }

    /**
     * P-18: een Pgb voor een hulpmiddel of woningaanpassing is hoogstens de kostprijs van de goedkoopst adequate
     * natura inclusief instandhouding, en mag op een offerte worden gebaseerd; P-17: het deel daarboven wordt
     * geweigerd en mag de cliënt zelf betalen. Precies de naturakosten: volledig vergoed.
     */
    public static Eenmalig hulpmiddel(Regelset rs, BigDecimal offerte, BigDecimal goedkoopsteNatura, BigDecimal instandhouding) {
        Toetsing t = Toetsing.voor(rs);
        BigDecimal max = Bedragen.centen(goedkoopsteNatura.add(instandhouding == null ? BigDecimal.ZERO : instandhouding));
        BigDecimal bedrag = Bedragen.centen(offerte.min(max));
        List<RegelToepassing> uit = new ArrayList<>();
        uit.add(t.bron("P-18").isEmpty() ? t.onbekendInGemeente("P-18") : t.toepassing("P-18", Uitkomst.VAN_TOEPASSING,
                "Het Pgb is hoogstens de kostprijs van de goedkoopst adequate voorziening in natura, inclusief instandhouding ("
                        + Bedragen.euro(max) + "), op basis van uw offerte van " + Bedragen.euro(offerte) + ": " + Bedragen.euro(bedrag)));
        if (t.bron("P-17").isEmpty()) {
            uit.add(t.onbekendInGemeente("P-17"));
        } else {
            uit.add(offerte.compareTo(max) > 0
                    ? t.toepassing("P-17", Uitkomst.VAN_TOEPASSING, "Het deel van de offerte boven natura (" + Bedragen.euro(offerte.subtract(max))
                    + ") wordt geweigerd; dat verschil mag u zelf betalen")
                    : t.toepassing("P-17", Uitkomst.NIET_VAN_TOEPASSING, "De offerte is niet hoger dan natura; er wordt niets geweigerd"));
        }
        return new Eenmalig(bedrag, uit);
    }

    /** P-17: het deel boven de kosten van natura wordt geweigerd; de cliënt mag het verschil zelf betalen. */
    static RegelToepassing natura(Toetsing t, Aanvraag a, BigDecimal perWeek) {
        if (t.bron("P-17").isEmpty()) {
            return t.onbekendInGemeente("P-17");
        }
        if (a.naturaPerWeek() == null) {
            return t.toepassing("P-17", Uitkomst.NIET_VAN_TOEPASSING, "Er is geen naturakostprijs om het budget mee te vergelijken");
        }
        return perWeek.compareTo(a.naturaPerWeek()) > 0
                ? t.toepassing("P-17", Uitkomst.VAN_TOEPASSING, "Het budget volgens uw plan (" + Bedragen.euro(perWeek) + " per week) is hoger dan natura ("
                + Bedragen.euro(a.naturaPerWeek()) + "); het deel daarboven (" + Bedragen.euro(perWeek.subtract(a.naturaPerWeek()))
                + " per week) wordt geweigerd, dat verschil mag u zelf betalen")
                : t.toepassing("P-17", Uitkomst.NIET_VAN_TOEPASSING, "Het budget volgens uw plan (" + Bedragen.euro(perWeek)
                + " per week) is niet hoger dan natura; er wordt niets geweigerd");
    }
}
