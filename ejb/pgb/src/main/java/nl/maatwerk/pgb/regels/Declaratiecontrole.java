package nl.maatwerk.pgb.regels;

import nl.maatwerk.domain.pgb.Kostensoort;
import nl.maatwerk.domain.pgb.Zorgverlenersoort;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.regelset.Waarde;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Toetst één declaratie aan de beschikking en de regels van de gemeente: periode en budget (cumulatief, P-08:
 * zonder rechtsgrond wordt niet betaald), overeenkomst (P-03), VOG (P-15), buitenland (P-14), soort kosten
 * (P-06, P-13, P-21), tarief naar soort hulp en leeftijd (P-05, P-10, P-12), uren (P-09) en reiskosten (P-11).
 * Elke toets levert een {@link RegelToepassing}; de declaratie is goedgekeurd als geen daarvan een
 * afwijzingsgrond is. Puur: alle feiten komen binnen, niets wordt opgezocht.
 */
public final class Declaratiecontrole {

    static final String UREN = "pgb.mantelzorger.max_uren_per_week";
    static final String VANAF_KM = "pgb.reiskosten.vanaf_afstand";
    static final String MAX_KM = "pgb.reiskosten.max_km_per_week";
    static final String BUITENLAND = "pgb.buitenland.max_duur";
    static final String UITGESLOTEN = "pgb.uitgesloten_kostensoorten";
    static final String PROF = "pgb.tarief.professioneel_per_uur";
    static final String SOCIAAL = "pgb.tarief.sociaal_netwerk_per_uur";
    static final String INFORMEEL = "pgb.informele_hulp.max_per_uur";
    static final String LOGEER = "pgb.logeeropvang.max_per_etmaal";
    static final String JEUGD_VANAF = "pgb.jeugdloon.vanaf_leeftijd";
    static final String JEUGD_TOT = "pgb.jeugdloon.tot_leeftijd";
    static final String JEUGDLOON = "pgb.jeugdloon.minimumuurloon";
    static final String BESTEDING = "pgb.besteding.termijn";

    private static final BigDecimal ZEVEN = BigDecimal.valueOf(7);

    private Declaratiecontrole() {
    }

    /**
     * Het budget zoals de beschikking het toekent.
     *
     * @param besteed              het bedrag dat al is goedgekeurd op dit budget (zonder deze declaratie)
     * @param buitenlandVanaf      leeg als de cliënt niet in het buitenland verblijft
     * @param buitenlandTot        leeg zolang het verblijf duurt
     */
    public record Budget(LocalDate ingang, LocalDate einde, BigDecimal bedrag, BigDecimal besteed, boolean reiskostenInPlan,
                         boolean minderjarigenInHuishouden, LocalDate buitenlandVanaf, LocalDate buitenlandTot) {
        public Budget {
            Objects.requireNonNull(ingang, "ingang");
            Objects.requireNonNull(bedrag, "bedrag");
            besteed = besteed == null ? BigDecimal.ZERO : besteed;
        }
    }

    /** De hulp op de declaratie. */
    public record Hulp(Zorgverlenersoort soort, LocalDate geboortedatum, BigDecimal afstandKm, boolean vog,
                       boolean overeenkomstGoedgekeurd) {
        public Hulp {
            Objects.requireNonNull(soort, "soort");
            afstandKm = afstandKm == null ? BigDecimal.ZERO : afstandKm;
        }
    }

    /**
     * Eén declaratieregel.
     *
     * @param kostensoortTekst zoals in het bestand (voor OVERIG de tekst die tegen P-06 wordt gehouden)
     * @param uren             uren hulp, of etmalen bij logeeropvang; leeg bij andere soorten
     * @param eerdereUren      uren van dezelfde hulp op dit budget in dezelfde periode, al goedgekeurd
     * @param eerdereKm        kilometers van dezelfde hulp op dit budget in dezelfde periode, al goedgekeurd
     * @param vakantiegeldDitJaar of deze hulp dit kalenderjaar al vakantiegeld kreeg uit dit budget
     */
    public record Declaratie(LocalDate van, LocalDate tot, Kostensoort kostensoort, String kostensoortTekst, BigDecimal uren,
                             BigDecimal bedrag, BigDecimal km, BigDecimal eerdereUren, BigDecimal eerdereKm,
                             boolean vakantiegeldDitJaar) {
        public Declaratie {
            Objects.requireNonNull(van, "van");
            Objects.requireNonNull(tot, "tot");
            Objects.requireNonNull(kostensoort, "kostensoort");
            Objects.requireNonNull(bedrag, "bedrag");
            kostensoortTekst = kostensoortTekst == null ? kostensoort.code() : kostensoortTekst;
            eerdereUren = eerdereUren == null ? BigDecimal.ZERO : eerdereUren;
            eerdereKm = eerdereKm == null ? BigDecimal.ZERO : eerdereKm;
        }

        long dagen() {
            return ChronoUnit.DAYS.between(van, tot) + 1;
        }
    }

    /**
     * Eén toets waarvan de zin (met bron) pas wordt gemaakt als iemand hem leest: de uitkomst en de regel-id zijn
     * meteen bekend; de motivering kost tekstopbouw en bronopzoeking die een goedgekeurde regel niet nodig heeft.
     */
    static final class Lui {
        final String regelId;
        final Uitkomst uitkomst;
        private Supplier<RegelToepassing> maker;
        private RegelToepassing klaar;

        Lui(String regelId, Uitkomst uitkomst, Supplier<RegelToepassing> maker) {
            this.regelId = regelId;
            this.uitkomst = uitkomst;
            this.maker = maker;
        }

        RegelToepassing toepassing() {
            if (klaar == null) {
                klaar = maker.get();
                maker = null;
            }
            return klaar;
        }

        boolean afwijzing() {
            return uitkomst == Uitkomst.AFWIJZINGSGROND;
        }
    }

    /** Het oordeel: goedgekeurd als geen toepassing een afwijzingsgrond is. De motiveringen worden pas bij lezen gemaakt. */
    public static final class Oordeel {
        private final boolean goedgekeurd;
        private final List<Lui> toetsen;
        private List<RegelToepassing> toepassingen;

        Oordeel(List<Lui> toetsen) {
            this.toetsen = List.copyOf(toetsen);
            this.goedgekeurd = this.toetsen.stream().noneMatch(Lui::afwijzing);
        }

        public boolean goedgekeurd() {
            return goedgekeurd;
        }

        /** Alle toegepaste regels met motivering (bij de eerste vraag opgebouwd). */
        public List<RegelToepassing> toepassingen() {
            if (toepassingen == null) {
                toepassingen = toetsen.stream().map(Lui::toepassing).toList();
            }
            return toepassingen;
        }

        /** De regels die afwijzen, in volgorde: "P-09, P-11". */
        public List<String> afwijzingsregels() {
            return toetsen.stream().filter(Lui::afwijzing).map(l -> l.regelId).distinct().toList();
        }

        /** De motivering van de afwijzingen (leeg bij goedkeuring); alleen die zinnen worden gemaakt. */
        public String redenen() {
            return String.join(" ", toetsen.stream().filter(Lui::afwijzing).map(l -> l.toepassing().motivering()).toList());
        }
    }

    /**
     * Wat per regelset vaststaat (welke regels de gemeente kent): eenmaal bepaald in plaats van per declaratie,
     * want {@link Toetsing#bron(String)} doorzoekt alle parameters.
     */
    public static final class Voorbereid {
        final Regelset regelset;
        final Toetsing t;
        final boolean p03;
        final boolean p13;
        final boolean p15;
        final boolean p21;

        public Voorbereid(Regelset regelset) {
            this(Toetsing.voor(regelset));
        }

        Voorbereid(Toetsing t) {
            this.t = t;
            this.regelset = t.regelset();
            this.p03 = t.bron("P-03").isPresent();
            this.p13 = t.bron("P-13").isPresent();
            this.p15 = t.bron("P-15").isPresent();
            this.p21 = t.bron("P-21").isPresent();
        }

        public Regelset regelset() {
            return regelset;
        }

        Lui met(String regelId, Uitkomst u, Supplier<String> zin) {
            return new Lui(regelId, u, () -> t.toepassing(regelId, u, zin.get()));
        }

        Lui metParameter(String regelId, Uitkomst u, String parameter, Supplier<String> zin) {
            return new Lui(regelId, u, () -> t.toepassingMetParameter(regelId, u, parameter, zin.get()));
        }

        Lui onbekend(String regelId) {
            return new Lui(regelId, Uitkomst.NIET_VAN_TOEPASSING, () -> t.onbekendInGemeente(regelId));
        }
    }

    public static Oordeel toets(Regelset regelset, Budget budget, Hulp hulp, Declaratie d) {
        return toets(new Voorbereid(regelset), budget, hulp, d);
    }

    /** Zoals {@link #toets(Regelset, Budget, Hulp, Declaratie)}, met de per regelset voorbereide feiten (voor een import). */
    public static Oordeel toets(Voorbereid v, Budget budget, Hulp hulp, Declaratie d) {
        Regelset regelset = v.regelset;
        List<Lui> uit = new ArrayList<>();
        uit.add(periode(v, budget, d));
        uit.add(overeenkomst(v, hulp));
        uit.add(vog(v, budget, hulp));
        uit.add(buitenland(v, budget, d));
        uit.addAll(kostensoort(v, regelset, hulp, d));
        switch (d.kostensoort()) {
            case ZORG -> {
                if (d.uren() != null && d.uren().signum() > 0) {
                    uit.addAll(tarief(v, regelset, hulp, d));
                    uit.add(uren(v, regelset, hulp, d));
                }
            }
            case REISKOSTEN -> uit.add(reiskosten(v, regelset, budget, hulp, d));
            case LOGEEROPVANG -> uit.add(logeeropvang(v, regelset, d));
            default -> {
            }
        }
        uit.add(budgetruimte(v, budget, d));
        return new Oordeel(uit);
    }

    // ---- periode en budget: betalen zonder rechtsgrond gebeurt niet (P-08, 004 art. 15 lid 2 / 001 §6.2) ----

    static Lui periode(Voorbereid v, Budget b, Declaratie d) {
        boolean binnen = !d.van().isBefore(b.ingang()) && (b.einde() == null || !d.tot().isAfter(b.einde())) && !d.tot().isBefore(d.van());
        Supplier<String> looptijd = () -> Bedragen.datum(b.ingang()) + " tot en met " + (b.einde() == null ? "onbepaalde tijd" : Bedragen.datum(b.einde()));
        return binnen
                ? v.metParameter("P-08", Uitkomst.VOLDAAN, BESTEDING, () -> "De periode " + periodeTekst(d)
                + " valt binnen de looptijd van het budget (" + looptijd.get() + ")")
                : v.metParameter("P-08", Uitkomst.AFWIJZINGSGROND, BESTEDING, () -> "De periode " + periodeTekst(d)
                + " valt buiten de looptijd van het budget (" + looptijd.get() + "); een betaling daarvoor heeft geen rechtsgrond");
    }

    static Lui budgetruimte(Voorbereid v, Budget b, Declaratie d) {
        BigDecimal na = b.besteed().add(d.bedrag());
        BigDecimal rest = b.bedrag().subtract(b.besteed());
        return na.compareTo(b.bedrag()) <= 0
                ? v.metParameter("P-08", Uitkomst.VOLDAAN, BESTEDING, () -> "Het gedeclareerde bedrag (" + Bedragen.euro(d.bedrag())
                + ") past in het resterende budget (" + Bedragen.euro(rest) + " van " + Bedragen.euro(b.bedrag()) + ")")
                : v.metParameter("P-08", Uitkomst.AFWIJZINGSGROND, BESTEDING, () -> "Het gedeclareerde bedrag (" + Bedragen.euro(d.bedrag())
                + ") is hoger dan het resterende budget (" + Bedragen.euro(rest.max(BigDecimal.ZERO)) + " van " + Bedragen.euro(b.bedrag())
                + "); boven het toegekende budget is er geen rechtsgrond voor betaling");
    }

    // ---- P-03: overeenkomst goedgekeurd door college en SVB ----

    static Lui overeenkomst(Voorbereid v, Hulp h) {
        if (!v.p03) {
            return v.onbekend("P-03");
        }
        return h.overeenkomstGoedgekeurd()
                ? v.met("P-03", Uitkomst.VOLDAAN, () -> "De overeenkomst met de hulp is goedgekeurd door de gemeente en de SVB")
                : v.met("P-03", Uitkomst.AFWIJZINGSGROND, () -> "De overeenkomst met deze hulp is (nog) niet goedgekeurd door de gemeente en de SVB; "
                + "de SVB betaalt alleen op een goedgekeurde overeenkomst");
    }

    // ---- P-15: VOG als er minderjarigen zijn ----

    static Lui vog(Voorbereid v, Budget b, Hulp h) {
        if (!v.p15) {
            return v.onbekend("P-15");
        }
        if (!b.minderjarigenInHuishouden()) {
            return v.met("P-15", Uitkomst.NIET_VAN_TOEPASSING, () -> "Er zijn geen personen jonger dan 18 jaar in de situatie; een VOG is niet nodig");
        }
        return h.vog()
                ? v.met("P-15", Uitkomst.VOLDAAN, () -> "Er zijn minderjarigen in de situatie en de hulp heeft een verklaring omtrent het gedrag")
                : v.met("P-15", Uitkomst.AFWIJZINGSGROND, () -> "Er zijn minderjarigen in de situatie en de hulp heeft geen verklaring omtrent het gedrag (VOG)");
    }

    // ---- P-14: buitenland ----

    /** Gevolg van een verblijf in het buitenland op een dag. */
    public enum Buitenland { NIET, OPGESCHORT, BEEINDIGD }

    /**
     * P-14: vanaf de eerste dag in het buitenland is het Pgb opgeschort; wie op {@code peildatum} langer dan de
     * maximale duur (13 weken) weg is, verliest het. Precies 13 weken (de dag {@code vanaf + 13 weken}) is nog opgeschort.
     */
    public static Buitenland buitenland(Regelset regelset, LocalDate vanaf, LocalDate terug, LocalDate peildatum) {
        if (vanaf == null || peildatum.isBefore(vanaf) || (terug != null && !peildatum.isBefore(terug))) {
            return Buitenland.NIET;
        }
        LocalDate grens = regelset.duur(BUITENLAND).naKalender(vanaf);
        return peildatum.isAfter(grens) ? Buitenland.BEEINDIGD : Buitenland.OPGESCHORT;
    }

    static Lui buitenland(Voorbereid v, Budget b, Declaratie d) {
        if (b.buitenlandVanaf() == null) {
            return v.metParameter("P-14", Uitkomst.NIET_VAN_TOEPASSING, BUITENLAND, () -> "De cliënt verblijft niet in het buitenland");
        }
        boolean overlapt = !d.tot().isBefore(b.buitenlandVanaf()) && (b.buitenlandTot() == null || d.van().isBefore(b.buitenlandTot()));
        Supplier<String> duur = () -> v.regelset.duur(BUITENLAND).toString();
        if (!overlapt) {
            return v.metParameter("P-14", Uitkomst.NIET_VAN_TOEPASSING, BUITENLAND, () -> "De periode " + periodeTekst(d)
                    + " valt buiten het verblijf in het buitenland");
        }
        LocalDate laatste = b.buitenlandTot() == null || d.tot().isBefore(b.buitenlandTot()) ? d.tot() : b.buitenlandTot().minusDays(1);
        Buitenland gevolg = buitenland(v.regelset, b.buitenlandVanaf(), b.buitenlandTot(), laatste);
        return gevolg == Buitenland.BEEINDIGD
                ? v.metParameter("P-14", Uitkomst.AFWIJZINGSGROND, BUITENLAND, () -> "De cliënt verblijft sinds "
                + Bedragen.datum(b.buitenlandVanaf()) + " langer dan " + duur.get() + " in het buitenland; het Pgb is daarmee beëindigd")
                : v.metParameter("P-14", Uitkomst.AFWIJZINGSGROND, BUITENLAND, () -> "De cliënt verblijft sinds "
                + Bedragen.datum(b.buitenlandVanaf()) + " in het buitenland; het Pgb is zolang opgeschort (na " + duur.get() + " eindigt het)");
    }

    // ---- Soort kosten: P-06 uitgesloten, P-13 geen vrij besteedbaar bedrag, P-21 formele hulp ----

    static List<Lui> kostensoort(Voorbereid v, Regelset rs, Hulp h, Declaratie d) {
        List<Lui> uit = new ArrayList<>();
        // Alleen een andere soort dan de bekende kan uitgesloten zijn: logeeropvang (P-12) is geen "opvang" uit P-06.
        boolean uitgesloten = false;
        if (d.kostensoort() == Kostensoort.OVERIG) {
            String tekst = d.kostensoortTekst().strip().toLowerCase(Locale.ROOT);
            uitgesloten = rs.lijst(UITGESLOTEN).stream()
                    .anyMatch(u -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(u.toLowerCase(Locale.ROOT)) + "\\b",
                            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS).matcher(tekst).find());
        }
        uit.add(uitgesloten
                ? v.metParameter("P-06", Uitkomst.AFWIJZINGSGROND, UITGESLOTEN, () -> "'" + d.kostensoortTekst()
                + "' mag niet uit het Pgb worden betaald")
                : v.metParameter("P-06", Uitkomst.VOLDAAN, UITGESLOTEN, () -> "'" + d.kostensoortTekst()
                + "' staat niet bij de kosten die niet uit het Pgb betaald mogen worden"));
        boolean onverantwoord = (d.kostensoort() == Kostensoort.OVERIG && !uitgesloten)
                || (d.kostensoort() == Kostensoort.ZORG && (d.uren() == null || d.uren().signum() <= 0))
                || (d.kostensoort() == Kostensoort.REISKOSTEN && (d.km() == null || d.km().signum() <= 0))
                || (d.kostensoort() == Kostensoort.LOGEEROPVANG && (d.uren() == null || d.uren().signum() <= 0));
        // Doetinchem kent P-13 niet; een niet te verantwoorden bedrag is daar niet besteed aan het resultaat (P-07, art. 12 lid 2 onder b).
        String regel = v.p13 ? "P-13" : "P-07";
        if (onverantwoord) {
            Supplier<String> zin = () -> "Het bedrag van " + Bedragen.euro(d.bedrag()) + " ('" + d.kostensoortTekst() + "') is niet verantwoord met uren, "
                    + "etmalen of kilometers van de hulp; er is geen vrij besteedbaar bedrag";
            uit.add(regel.equals("P-13") ? v.met(regel, Uitkomst.AFWIJZINGSGROND, zin)
                    : v.metParameter(regel, Uitkomst.AFWIJZINGSGROND, BESTEDING, () -> zin.get() + "; het Pgb wordt besteed aan het resultaat waarvoor het is verleend"));
        } else if (!uitgesloten) {
            Supplier<String> zin = () -> "De kosten zijn verantwoord (" + d.kostensoort().code() + ")";
            uit.add(regel.equals("P-13") ? v.met(regel, Uitkomst.VOLDAAN, zin) : v.metParameter(regel, Uitkomst.VOLDAAN, BESTEDING, zin));
        }
        if (d.kostensoort() == Kostensoort.MAANDLOON || d.kostensoort() == Kostensoort.VAKANTIEGELD) {
            uit.add(formeleHulp(v, h, d));
        }
        return uit;
    }

    static Lui formeleHulp(Voorbereid v, Hulp h, Declaratie d) {
        if (!v.p21) {
            return v.onbekend("P-21");
        }
        if (h.soort() != Zorgverlenersoort.PROFESSIONEEL) {
            return v.met("P-21", Uitkomst.AFWIJZINGSGROND, () -> "Een " + d.kostensoort().code()
                    + " is alleen mogelijk voor formele (professionele) hulp, niet voor " + h.soort().omschrijving());
        }
        if (d.kostensoort() == Kostensoort.VAKANTIEGELD && d.vakantiegeldDitJaar()) {
            return v.met("P-21", Uitkomst.AFWIJZINGSGROND, () -> "Deze hulp kreeg in " + d.van().getYear()
                    + " al een feestdagen- of vakantie-uitkering; die mag eenmaal per kalenderjaar");
        }
        return v.met("P-21", Uitkomst.VOLDAAN, () -> d.kostensoort() == Kostensoort.MAANDLOON
                ? "Voor formele hulp met vaste uren mag een maandloon worden afgesproken"
                : "De formele hulp krijgt dit kalenderjaar eenmaal een feestdagen- of vakantie-uitkering");
    }

    // ---- Tarief: P-05 naar soort hulp, P-12 informele hulp, P-10 minimumjeugdloon 18-23 ----

    static List<Lui> tarief(Voorbereid v, Regelset rs, Hulp h, Declaratie d) {
        List<Lui> uit = new ArrayList<>();
        BigDecimal perUur = d.bedrag().divide(d.uren(), 2, RoundingMode.HALF_UP);
        boolean prof = h.soort() == Zorgverlenersoort.PROFESSIONEEL;
        String sleutel = prof ? PROF : SOCIAAL;
        BigDecimal max = rs.bedrag(sleutel);
        uit.add(perUur.compareTo(max) <= 0
                ? v.metParameter("P-05", Uitkomst.VOLDAAN, sleutel, () -> "Het uurtarief (" + Bedragen.euro(perUur) + ") is niet hoger dan het tarief voor "
                + h.soort().omschrijving() + " (" + Bedragen.euro(max) + ")")
                : v.metParameter("P-05", Uitkomst.AFWIJZINGSGROND, sleutel, () -> "Het uurtarief (" + Bedragen.euro(perUur) + ") is hoger dan het tarief voor "
                + h.soort().omschrijving() + " (" + Bedragen.euro(max) + ")"));
        if (!prof) {
            BigDecimal inf = rs.bedrag(INFORMEEL);
            uit.add(perUur.compareTo(inf) <= 0
                    ? v.metParameter("P-12", Uitkomst.VOLDAAN, INFORMEEL, () -> "Het uurtarief blijft binnen het maximum voor informele hulp (" + Bedragen.euro(inf) + ")")
                    : v.metParameter("P-12", Uitkomst.AFWIJZINGSGROND, INFORMEEL, () -> "Het uurtarief (" + Bedragen.euro(perUur)
                    + ") is hoger dan het maximum voor informele hulp (" + Bedragen.euro(inf) + ")"));
        }
        uit.add(jeugdloon(v, rs, h.geboortedatum(), d.van(), perUur));
        return uit;
    }

    /** P-10: een hulp van 18 tot 23 jaar krijgt hoogstens het voor die leeftijd geldende minimumuurloon. */
    public static RegelToepassing jeugdloon(Toetsing t, Regelset rs, LocalDate geboortedatum, LocalDate peildatum, BigDecimal perUur) {
        return jeugdloon(new Voorbereid(t), rs, geboortedatum, peildatum, perUur).toepassing();
    }

    static Lui jeugdloon(Voorbereid v, Regelset rs, LocalDate geboortedatum, LocalDate peildatum, BigDecimal perUur) {
        if (geboortedatum == null) {
            return v.metParameter("P-10", Uitkomst.NIET_VAN_TOEPASSING, JEUGDLOON, () -> "De leeftijd van de hulp is niet bekend");
        }
        int leeftijd = Period.between(geboortedatum, peildatum).getYears();
        int vanaf = rs.geheelGetal(JEUGD_VANAF);
        int tot = rs.geheelGetal(JEUGD_TOT);
        if (leeftijd < vanaf || leeftijd >= tot) {
            return v.metParameter("P-10", Uitkomst.NIET_VAN_TOEPASSING, JEUGD_TOT, () -> "De hulp is " + leeftijd
                    + " jaar; het minimumjeugdloon geldt alleen van " + vanaf + " tot " + tot + " jaar");
        }
        BigDecimal loon = minimumuurloon(rs, leeftijd);
        return perUur.compareTo(loon) <= 0
                ? v.metParameter("P-10", Uitkomst.VOLDAAN, JEUGDLOON, () -> "De hulp is " + leeftijd + " jaar; het uurtarief ("
                + Bedragen.euro(perUur) + ") is niet hoger dan het minimumuurloon voor die leeftijd (" + Bedragen.euro(loon) + ")")
                : v.metParameter("P-10", Uitkomst.AFWIJZINGSGROND, JEUGDLOON, () -> "De hulp is " + leeftijd + " jaar; het uurtarief ("
                + Bedragen.euro(perUur) + ") is hoger dan het minimumuurloon voor die leeftijd (" + Bedragen.euro(loon) + ")");
    }

    static BigDecimal minimumuurloon(Regelset rs, int leeftijd) {
        Map<String, Waarde> tabel = rs.tabel(JEUGDLOON);
        Waarde w = tabel.get(String.valueOf(leeftijd));
        if (w == null) {
            throw new IllegalStateException("Geen minimumuurloon voor " + leeftijd + " jaar in regelset " + rs.versie());
        }
        return ((Waarde.Bedrag) w).euro();
    }

    // ---- P-09: een mantelzorger hoogstens 36 uur per week ----

    /** Het maximum aantal uren voor een periode van {@code dagen} dagen: 36 per 7 dagen, naar rato. */
    public static BigDecimal maxUren(Regelset rs, long dagen) {
        return rs.getal(UREN).multiply(BigDecimal.valueOf(dagen)).divide(ZEVEN, 2, RoundingMode.HALF_UP);
    }

    static Lui uren(Voorbereid v, Regelset rs, Hulp h, Declaratie d) {
        if (h.soort() != Zorgverlenersoort.SOCIAAL_NETWERK) {
            return v.metParameter("P-09", Uitkomst.NIET_VAN_TOEPASSING, UREN, () -> "De hulp is professioneel; het urenmaximum voor een mantelzorger geldt niet");
        }
        BigDecimal totaal = d.uren().add(d.eerdereUren());
        BigDecimal max = maxUren(rs, d.dagen());
        Supplier<String> per = () -> rs.getal(UREN).stripTrailingZeros().toPlainString() + " uur per week";
        return totaal.compareTo(max) <= 0
                ? v.metParameter("P-09", Uitkomst.VOLDAAN, UREN, () -> "De mantelzorger declareert " + uur(totaal) + " in " + d.dagen()
                + " dagen; dat is niet meer dan " + per.get() + " (" + uur(max) + ")")
                : v.metParameter("P-09", Uitkomst.AFWIJZINGSGROND, UREN, () -> "De mantelzorger declareert " + uur(totaal) + " in " + d.dagen()
                + " dagen; dat is meer dan " + per.get() + " (" + uur(max) + ")");
    }

    // ---- P-11: reiskosten boven 6 km, hoogstens 150 km per week, alleen als het plan het zegt ----

    static Lui reiskosten(Voorbereid v, Regelset rs, Budget b, Hulp h, Declaratie d) {
        if (!b.reiskostenInPlan()) {
            return v.metParameter("P-11", Uitkomst.AFWIJZINGSGROND, MAX_KM, () -> "Het budgetplan voorziet niet in reiskosten");
        }
        BigDecimal vanaf = rs.getal(VANAF_KM);
        if (h.afstandKm().compareTo(vanaf) <= 0) {
            return v.metParameter("P-11", Uitkomst.AFWIJZINGSGROND, VANAF_KM, () -> "De hulp komt van " + km(h.afstandKm())
                    + " afstand; reiskosten alleen als dat meer is dan " + km(vanaf));
        }
        BigDecimal totaal = d.km().add(d.eerdereKm());
        BigDecimal max = rs.getal(MAX_KM).multiply(BigDecimal.valueOf(d.dagen())).divide(ZEVEN, 1, RoundingMode.HALF_UP);
        Supplier<String> per = () -> km(rs.getal(MAX_KM)) + " per week";
        return totaal.compareTo(max) <= 0
                ? v.metParameter("P-11", Uitkomst.VOLDAAN, MAX_KM, () -> "De hulp komt van " + km(h.afstandKm()) + " afstand en declareert "
                + km(totaal) + " in " + d.dagen() + " dagen, niet meer dan " + per.get() + " (" + km(max) + ")")
                : v.metParameter("P-11", Uitkomst.AFWIJZINGSGROND, MAX_KM, () -> "De hulp declareert " + km(totaal) + " in "
                + d.dagen() + " dagen; dat is meer dan " + per.get() + " (" + km(max) + ")");
    }

    // ---- P-12: logeeropvang per etmaal ----

    static Lui logeeropvang(Voorbereid v, Regelset rs, Declaratie d) {
        BigDecimal per = rs.bedrag(LOGEER);
        BigDecimal max = Bedragen.centen(per.multiply(d.uren()));
        return d.bedrag().compareTo(max) <= 0
                ? v.metParameter("P-12", Uitkomst.VOLDAAN, LOGEER, () -> "Logeeropvang: " + d.uren().stripTrailingZeros().toPlainString()
                + " etmaal, hoogstens " + Bedragen.euro(per) + " per etmaal (" + Bedragen.euro(max) + ")")
                : v.metParameter("P-12", Uitkomst.AFWIJZINGSGROND, LOGEER, () -> "Logeeropvang: " + Bedragen.euro(d.bedrag()) + " is meer dan "
                + Bedragen.euro(per) + " per etmaal voor " + d.uren().stripTrailingZeros().toPlainString() + " etmaal (" + Bedragen.euro(max) + ")");
    }

    static String periodeTekst(Declaratie d) {
        return Bedragen.datum(d.van()) + " tot en met " + Bedragen.datum(d.tot());
    }

    static String uur(BigDecimal u) {
        return u.stripTrailingZeros().toPlainString().replace('.', ',') + " uur";
    }

    static String km(BigDecimal k) {
        return k.stripTrailingZeros().toPlainString().replace('.', ',') + " km";
    }
}
