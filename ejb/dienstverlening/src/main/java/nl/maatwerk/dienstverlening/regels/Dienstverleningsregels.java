package nl.maatwerk.dienstverlening.regels;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.regelset.Waarde;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * De D-regels met C-03, C-13 en E-02, zuiver: elke methode krijgt de regelset van de gemeente en geeft de
 * toegepaste regels met id en bron terug. Een {@link Uitkomst#AFWIJZINGSGROND} betekent dat het arrangement,
 * de keuze of de datum zo niet kan; de EJB maakt daar een weigering met die zin van. Een regel die de
 * gemeente niet kent (Doetinchem legt de dienstverlening in nadere regels vast, 004 art. 13 lid 10) is
 * "niet van toepassing" met die reden.
 */
public final class Dienstverleningsregels {

    public static final String TREDEN = "dienstverlening.resultaatgebieden.treden";
    public static final String VEREIST = "dienstverlening.combinatie.vereist";
    public static final String UITGESLOTEN = "dienstverlening.combinatie.uitgesloten";
    public static final String GRONDSLAG_UITGESLOTEN = "dienstverlening.grondslag.uitgesloten";
    public static final String GRONDSLAG_VEREIST = "dienstverlening.grondslag.vereist";
    public static final String MAX_ETMALEN = "dienstverlening.mantelzorgondersteuning.max_etmalen_per_week";
    public static final String SPOED_MAX = "dienstverlening.spoed.max_duur";
    public static final String REDELIJKE_TERMIJN = "dienstverlening.nadelige_wijziging.redelijke_termijn";
    public static final String KORTDUREND = "gebruikelijke_hulp.kortdurend_tot";
    public static final String INDICATIE_MAX = "indicatie.max_duur";
    public static final String AFWEZIGHEID = "melding.afwezigheid.meldplicht_na";

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private Dienstverleningsregels() {
    }

    /** Alle regels voor de samenstelling van een arrangement: D-01, D-02, D-03, C-03, D-04 en het vervoer bij dagbesteding (V-13). */
    public static List<RegelToepassing> arrangement(Regelset rs, Arrangementvraag v) {
        Toetsing t = Toetsing.voor(rs);
        List<RegelToepassing> uit = new ArrayList<>();
        uit.addAll(resultaatgebiedenEnTreden(t, v));
        uit.addAll(combinaties(t, v));
        uit.add(mantelzorgondersteuning(t, v));
        uit.addAll(gebruikelijkeHulp(t, v));
        uit.add(vervoerBijDagbesteding(t, v));
        return List.copyOf(uit);
    }

    public static boolean afgewezen(List<RegelToepassing> motivering) {
        return motivering.stream().anyMatch(RegelToepassing::isAfwijzingsgrond);
    }

    // ---------------------------------------------------------------------------------------------- D-01

    static List<RegelToepassing> resultaatgebiedenEnTreden(Toetsing t, Arrangementvraag v) {
        List<RegelToepassing> uit = new ArrayList<>();
        if (v.onderdelen().isEmpty()) {
            uit.add(t.toepassingMetParameter("D-01", Uitkomst.AFWIJZINGSGROND, TREDEN,
                    "Een ondersteuningsarrangement bestaat uit minstens één resultaatgebied met een trede"));
            return uit;
        }
        Map<String, Waarde> treden = t.regelset().tabel(TREDEN);
        Set<Resultaatgebied> gezien = EnumSet.noneOf(Resultaatgebied.class);
        for (Onderdeel o : v.onderdelen()) {
            Waarde max = treden.get(o.gebied().sleutel());
            if (!gezien.add(o.gebied())) {
                uit.add(t.toepassingMetParameter("D-01", Uitkomst.AFWIJZINGSGROND, TREDEN,
                        o.gebied().naam() + " staat meer dan eens in het arrangement; elk resultaatgebied krijgt één trede"));
            } else if (!(max instanceof Waarde.Getal g)) {
                uit.add(t.toepassingMetParameter("D-01", Uitkomst.AFWIJZINGSGROND, TREDEN,
                        "De regels van gemeente " + t.regelset().gemeentenaam() + " kennen het resultaatgebied " + o.gebied().naam() + " niet"));
            } else if (o.trede() < 1 || o.trede() > g.alsInt()) {
                uit.add(t.toepassingMetParameter("D-01", Uitkomst.AFWIJZINGSGROND, TREDEN,
                        o.gebied().naam() + " kent de treden 1 tot en met " + g.alsInt() + "; trede " + o.trede() + " bestaat niet"));
            } else if (o.subdoelen().isEmpty()) {
                uit.add(t.toepassingMetParameter("D-01", Uitkomst.AFWIJZINGSGROND, TREDEN,
                        "Noem bij " + o.gebied().naam() + " minstens één subdoel dat met de ondersteuning wordt bereikt"));
            } else {
                uit.add(t.toepassingMetParameter("D-01", Uitkomst.VOLDAAN, TREDEN,
                        "Geïndiceerd: " + o.omschrijving() + " van " + g.alsInt() + " treden, met als subdoelen: " + String.join("; ", o.subdoelen())
                                + ". Samen vormen de resultaatgebieden het ondersteuningsarrangement, dat het bedrag voor de aanbieder bepaalt"));
            }
        }
        return uit;
    }

    // ---------------------------------------------------------------------------------------------- D-02

    static List<RegelToepassing> combinaties(Toetsing t, Arrangementvraag v) {
        Regelset rs = t.regelset();
        List<RegelToepassing> uit = new ArrayList<>();
        for (Onderdeel o : v.onderdelen()) {
            Resultaatgebied r = o.gebied();
            lijstIn(rs, VEREIST, r).ifPresent(vereist -> {
                boolean aanwezig = vereist.stream().map(Resultaatgebied::opSleutel).flatMap(Optional::stream).anyMatch(v::bevat);
                if (!aanwezig) {
                    uit.add(t.toepassingMetParameter("D-02", Uitkomst.AFWIJZINGSGROND, VEREIST,
                            r.naam() + " wordt alleen geïndiceerd samen met " + namen(vereist)));
                }
            });
            lijstIn(rs, UITGESLOTEN, r).ifPresent(uitgesloten -> uitgesloten.stream().map(Resultaatgebied::opSleutel)
                    .flatMap(Optional::stream).filter(v::bevat).forEach(ander -> uit.add(t.toepassingMetParameter("D-02",
                            Uitkomst.AFWIJZINGSGROND, UITGESLOTEN, r.naam() + " wordt niet geïndiceerd in combinatie met " + ander.naam()))));
            lijstIn(rs, GRONDSLAG_UITGESLOTEN, r).ifPresent(uitgesloten -> {
                if (v.grondslagen().isEmpty()) {
                    uit.add(t.toepassingMetParameter("D-02", Uitkomst.AFWIJZINGSGROND, GRONDSLAG_UITGESLOTEN,
                            "Noem de grondslag: " + r.naam() + " wordt niet geïndiceerd bij een " + grondslagen(uitgesloten)));
                } else if (v.grondslagen().stream().allMatch(g -> uitgesloten.contains(g.sleutel()))) {
                    uit.add(t.toepassingMetParameter("D-02", Uitkomst.AFWIJZINGSGROND, GRONDSLAG_UITGESLOTEN,
                            r.naam() + " wordt niet geïndiceerd bij een " + grondslagen(uitgesloten)
                                    + "; die ondersteuning valt onder de Zorgverzekeringswet"));
                }
            });
            lijstIn(rs, GRONDSLAG_VEREIST, r).ifPresent(vereist -> {
                if (v.grondslagen().stream().noneMatch(g -> vereist.contains(g.sleutel()))) {
                    uit.add(t.toepassingMetParameter("D-02", Uitkomst.AFWIJZINGSGROND, GRONDSLAG_VEREIST,
                            r.naam() + " is beperkt tot cliënten met een " + grondslagen(vereist)));
                }
            });
        }
        if (uit.isEmpty() && !v.onderdelen().isEmpty()) {
            uit.add(t.toepassingMetParameter("D-02", Uitkomst.VOLDAAN, UITGESLOTEN,
                    "De combinatie van resultaatgebieden en de grondslag ("
                            + (v.grondslagen().isEmpty() ? "niet genoemd" : v.grondslagen().stream().map(Grondslag::omschrijving).sorted().collect(Collectors.joining(", ")))
                            + ") zijn toegestaan"));
        }
        return uit;
    }

    private static Optional<List<String>> lijstIn(Regelset rs, String sleutel, Resultaatgebied r) {
        return rs.zoekParameter(sleutel).map(p -> ((Waarde.Tabel) p.waarde()).rijen().get(r.sleutel()))
                .filter(Waarde.Lijst.class::isInstance).map(w -> ((Waarde.Lijst) w).items());
    }

    private static String namen(List<String> sleutels) {
        return sleutels.stream().map(s -> Resultaatgebied.opSleutel(s).map(Resultaatgebied::naam).orElse(s)).collect(Collectors.joining(" of "));
    }

    private static String grondslagen(List<String> sleutels) {
        return sleutels.stream().map(s -> Grondslag.opSleutel(s).map(Grondslag::omschrijving).orElse(s)).collect(Collectors.joining(", ", "", ""))
                .replaceAll(", ([^,]*)$", " of $1");
    }

    // ---------------------------------------------------------------------------------------------- D-03

    static RegelToepassing mantelzorgondersteuning(Toetsing t, Arrangementvraag v) {
        Optional<Onderdeel> mo = v.onderdelen().stream().filter(o -> o.gebied() == Resultaatgebied.MANTELZORGONDERSTEUNING_MET_VERBLIJF).findFirst();
        if (mo.isEmpty()) {
            return t.toepassing("D-03", Uitkomst.NIET_VAN_TOEPASSING, "Het arrangement bevat geen mantelzorgondersteuning met verblijf");
        }
        int max = t.regelset().geheelGetal(MAX_ETMALEN);
        List<String> ontbreekt = new ArrayList<>();
        if (!v.permanentToezicht()) {
            ontbreekt.add("de cliënt is niet aangewezen op ondersteuning met permanent toezicht");
        }
        if (!v.mantelzorgerOntlastingNodig()) {
            ontbreekt.add("ontlasting van wie de gebruikelijke hulp of mantelzorg geeft is niet noodzakelijk");
        }
        if (mo.get().trede() > max) {
            ontbreekt.add("trede " + mo.get().trede() + " betekent " + mo.get().trede() + " etmalen per week, meer dan het maximum van " + max);
        }
        if (!ontbreekt.isEmpty()) {
            return t.toepassingMetParameter("D-03", Uitkomst.AFWIJZINGSGROND, MAX_ETMALEN,
                    "Mantelzorgondersteuning met verblijf kan niet worden geïndiceerd: " + String.join("; ", ontbreekt));
        }
        return t.toepassingMetParameter("D-03", Uitkomst.VOLDAAN, MAX_ETMALEN,
                "Mantelzorgondersteuning met verblijf: de cliënt heeft permanent toezicht nodig, de mantelzorger heeft ontlasting nodig en het gaat om "
                        + mo.get().trede() + " etmaal/etmalen per week (hoogstens " + max + ")");
    }

    // ---------------------------------------------------------------------------------------- C-03, D-04

    static List<RegelToepassing> gebruikelijkeHulp(Toetsing t, Arrangementvraag v) {
        List<RegelToepassing> uit = new ArrayList<>();
        List<Huisgenoot> helpers = v.huisgenoten().stream().filter(Huisgenoot::kanHelpen).toList();
        List<Huisgenoot> minderjarigen = v.huisgenoten().stream().filter(h -> !h.volwassen()).toList();
        String wie = helpers.stream().map(h -> h.relatie().omschrijving() + " (" + h.leeftijd() + ")").collect(Collectors.joining(", "));
        boolean alleenGeenGebruikelijkeHulp = v.onderdelen().stream().allMatch(o -> geenGebruikelijkeHulp(o.gebied()));
        if (v.onderdelen().isEmpty() || alleenGeenGebruikelijkeHulp) {
            uit.add(t.toepassing("C-03", Uitkomst.NIET_VAN_TOEPASSING,
                    "Bij deze resultaatgebieden is geen sprake van gebruikelijke hulp"));
        } else if (v.kortdurend() && !helpers.isEmpty()) {
            uit.add(t.toepassingMetParameter("C-03", Uitkomst.AFWIJZINGSGROND, KORTDUREND,
                    "De situatie duurt korter dan " + t.regelset().duur(KORTDUREND) + "; dan wordt alle hulp van de huisgenoot verwacht: " + wie));
        } else {
            uit.add(t.toepassingMetParameter("C-03", Uitkomst.VOLDAAN, KORTDUREND, v.kortdurend()
                    ? "De situatie is kortdurend, maar er is geen huisgenoot die de hulp kan geven"
                    : "De situatie duurt niet korter dan " + t.regelset().duur(KORTDUREND) + "; de gebruikelijke hulp is per resultaatgebied beoordeeld"));
        }
        if (t.bron("D-04").isEmpty()) {
            uit.add(t.onbekendInGemeente("D-04"));
            return uit;
        }
        for (Onderdeel o : v.onderdelen()) {
            uit.add(gebruikelijkeHulp(t, o, helpers, minderjarigen, wie));
        }
        return uit;
    }

    private static boolean geenGebruikelijkeHulp(Resultaatgebied r) {
        return r == Resultaatgebied.HUISVESTING || r == Resultaatgebied.MANTELZORGONDERSTEUNING_MET_VERBLIJF;
    }

    private static RegelToepassing gebruikelijkeHulp(Toetsing t, Onderdeel o, List<Huisgenoot> helpers, List<Huisgenoot> minderjarigen, String wie) {
        Resultaatgebied r = o.gebied();
        String p = " (001 " + r.paragraaf() + ".2)";
        if (geenGebruikelijkeHulp(r)) {
            return t.toepassing("D-04", Uitkomst.NIET_VAN_TOEPASSING, "Bij " + r.naam() + " is er geen sprake van gebruikelijke hulp" + p);
        }
        if (helpers.isEmpty()) {
            String kinderen = r == Resultaatgebied.REGIE_OP_HET_HUISHOUDEN && minderjarigen.stream().anyMatch(h -> h.leeftijd() >= 12 && !h.beperkt())
                    ? "; van de kinderen van 12 jaar of ouder wordt naar leeftijd en vaardigheden hulp bij onderdelen verwacht (zoals de eigen slaapkamer), wat in de trede is meegewogen"
                    : minderjarigen.isEmpty() ? "" : "; van minderjarige kinderen wordt hier geen gebruikelijke hulp verwacht";
            return t.toepassing("D-04", Uitkomst.VOLDAAN, "Bij " + r.naam() + " is er geen volwassen huisgenoot zonder beperkingen of overbelasting"
                    + " die gebruikelijke hulp kan geven" + kinderen + p);
        }
        return switch (r) {
            case REGIE_OP_HET_HUISHOUDEN, FINANCIEN -> t.toepassing("D-04", Uitkomst.AFWIJZINGSGROND,
                    "Bij " + r.naam() + " is de ondersteuning door " + wie + " gebruikelijke hulp" + p);
            case DAGBESTEDING -> helpers.size() >= 2
                    ? t.toepassing("D-04", Uitkomst.AFWIJZINGSGROND, "Bij " + r.naam() + " kunnen " + wie
                    + " de gebruikelijke hulp samen geven en elkaar ontlasten" + p)
                    : t.toepassing("D-04", Uitkomst.VOLDAAN, "Dagbesteding voorkomt overbelasting van " + wie
                    + ", die als enige de gebruikelijke hulp geeft; dan is er geen gebruikelijke hulp die de dagbesteding vervangt" + p);
            default -> t.toepassing("D-04", Uitkomst.VOLDAAN, "Bij " + r.naam() + " wordt van " + wie
                    + " gebruikelijke hulp naar algemeen aanvaarde maatstaven verwacht; trede " + o.trede()
                    + " gaat daar bovenuit en heeft het karakter van mantelzorg of professionele ondersteuning" + p);
        };
    }

    // ----------------------------------------------------------------------------------- vervoer (V-13)

    static RegelToepassing vervoerBijDagbesteding(Toetsing t, Arrangementvraag v) {
        boolean vervoer = v.onderdelen().stream().anyMatch(Onderdeel::vervoer);
        if (!vervoer) {
            return t.toepassing("V-13", Uitkomst.NIET_VAN_TOEPASSING, "Er is geen vervoer naar de dagbesteding geïndiceerd");
        }
        if (v.onderdelen().stream().anyMatch(o -> o.vervoer() && o.gebied() != Resultaatgebied.DAGBESTEDING)) {
            return t.toepassing("V-13", Uitkomst.AFWIJZINGSGROND, "Vervoer wordt alleen als onderdeel van dagbesteding geïndiceerd");
        }
        if (t.bron("V-13").isEmpty()) {
            return t.onbekendInGemeente("V-13");
        }
        return v.vervoerBeperking()
                ? t.toepassing("V-13", Uitkomst.VOLDAAN, "Vervoer van en naar de dagbesteding: de cliënt heeft medische of cognitieve beperkingen bij het gebruik van een algemene vervoersvoorziening")
                : t.toepassing("V-13", Uitkomst.AFWIJZINGSGROND, "Vervoer naar de dagbesteding vraagt medische of cognitieve beperkingen bij het gebruik van een algemene vervoersvoorziening");
    }

    // ------------------------------------------------------------------------------ D-07, C-13 en D-10

    /** De ingang (D-07), de indicatieduur (C-13) en een tijdelijke voorziening bij spoed (D-10). */
    public static List<RegelToepassing> periode(Regelset rs, Periode p) {
        Toetsing t = Toetsing.voor(rs);
        List<RegelToepassing> uit = new ArrayList<>();
        uit.add(ingang(t, p));
        if (p.tijdelijk()) {
            uit.add(tijdelijkBijSpoed(t, p));
        } else {
            uit.add(t.toepassing("D-10", Uitkomst.NIET_VAN_TOEPASSING, "Het is een definitieve indicatie, geen tijdelijke voorziening bij spoed"));
            uit.add(indicatieduur(t, p));
        }
        return List.copyOf(uit);
    }

    static RegelToepassing ingang(Toetsing t, Periode p) {
        if (t.bron("D-07").isEmpty()) {
            return t.onbekendInGemeente("D-07");
        }
        if (!p.ingang().isBefore(p.besluitdatum())) {
            return t.toepassing("D-07", Uitkomst.VOLDAAN, "De ondersteuning gaat in op " + datum(p.ingang())
                    + ", op of na de datum van het besluit (" + datum(p.besluitdatum()) + ")");
        }
        if (p.spoed()) {
            return t.toepassing("D-07", Uitkomst.VAN_TOEPASSING, "De ondersteuning gaat in vóór het besluit, op " + datum(p.ingang())
                    + ", omdat het om spoedeisende ondersteuning gaat (artikel 2.3.3 Wmo 2015)");
        }
        if (p.voortzetting() && p.feitenVaststaand()) {
            return t.toepassing("D-07", Uitkomst.VAN_TOEPASSING, "De ondersteuning gaat in vóór het besluit, op " + datum(p.ingang())
                    + ": het is een voortzetting van een gelijkwaardig indicatiebesluit en de feiten staan niet ter discussie");
        }
        return t.toepassing("D-07", Uitkomst.AFWIJZINGSGROND, "De ondersteuning kan niet ingaan vóór de datum van het besluit ("
                + datum(p.besluitdatum()) + "); dat kan alleen bij spoed, of bij een voortzetting waarvan de feiten niet ter discussie staan (beide voorwaarden)");
    }

    static RegelToepassing indicatieduur(Toetsing t, Periode p) {
        Periode.Verloop verloop = p.verloop() == null ? Periode.Verloop.STABIEL : p.verloop();
        if (p.einde() != null && p.einde().isBefore(p.ingang())) {
            return t.toepassing("C-13", Uitkomst.AFWIJZINGSGROND, "De einddatum ligt vóór de ingangsdatum");
        }
        if (verloop == Periode.Verloop.BEPERKTE_LEVENSVERWACHTING) {
            return t.toepassing("C-13", Uitkomst.VOLDAAN, p.einde() == null
                    ? "Bij een beperkte levensverwachting loopt de indicatie tot overlijden of opname op grond van de Wet langdurige zorg"
                    : "Bij een beperkte levensverwachting loopt de indicatie tot " + datum(p.einde()));
        }
        LocalDate maximaal = t.regelset().duur(INDICATIE_MAX).naKalender(p.ingang()).minusDays(1);
        if (p.einde() == null) {
            return t.toepassingMetParameter("C-13", Uitkomst.AFWIJZINGSGROND, INDICATIE_MAX, "Bij een " + verloop.omschrijving()
                    + " situatie heeft de indicatie een einddatum, hoogstens " + datum(maximaal));
        }
        if (p.einde().isAfter(maximaal)) {
            return t.toepassingMetParameter("C-13", Uitkomst.AFWIJZINGSGROND, INDICATIE_MAX, "Een indicatie loopt hoogstens "
                    + t.regelset().duur(INDICATIE_MAX) + ", tot en met " + datum(maximaal) + "; " + datum(p.einde()) + " is later");
        }
        String waarom = verloop == Periode.Verloop.VERBETERING
                ? "verbetering wordt verwacht; de indicatie loopt zolang de verbetering naar verwachting duurt"
                : "de situatie is " + verloop.omschrijving() + "; hoogstens " + t.regelset().duur(INDICATIE_MAX);
        return t.toepassingMetParameter("C-13", Uitkomst.VOLDAAN, INDICATIE_MAX,
                "De indicatie loopt van " + datum(p.ingang()) + " tot en met " + datum(p.einde()) + ": " + waarom);
    }

    static RegelToepassing tijdelijkBijSpoed(Toetsing t, Periode p) {
        if (!p.spoed()) {
            return t.toepassingMetParameter("D-10", Uitkomst.AFWIJZINGSGROND, SPOED_MAX,
                    "Een tijdelijke voorziening vooruitlopend op een definitieve indicatie kan alleen bij spoed");
        }
        LocalDate uiterlijk = t.regelset().duur(SPOED_MAX).naKalender(p.ingang()).minusDays(1);
        if (p.einde() == null || p.einde().isAfter(uiterlijk) || p.einde().isBefore(p.ingang())) {
            return t.toepassingMetParameter("D-10", Uitkomst.AFWIJZINGSGROND, SPOED_MAX, "Een tijdelijke voorziening bij spoed loopt hoogstens "
                    + t.regelset().duur(SPOED_MAX) + ", tot en met " + datum(uiterlijk));
        }
        return t.toepassingMetParameter("D-10", Uitkomst.VAN_TOEPASSING, SPOED_MAX, "Tijdelijke voorziening bij spoed van " + datum(p.ingang())
                + " tot en met " + datum(p.einde()) + " (hoogstens " + t.regelset().duur(SPOED_MAX) + "); daarna volgt een definitieve indicatie");
    }

    // ---------------------------------------------------------------------------------------------- D-08

    /** Een wijziging van het arrangement: ten nadele van de cliënt gaat zij pas na een redelijke termijn in. */
    public static RegelToepassing wijziging(Regelset rs, List<Onderdeel> oud, List<Onderdeel> nieuw, LocalDate besluitdatum, LocalDate ingang) {
        Toetsing t = Toetsing.voor(rs);
        List<String> nadelig = new ArrayList<>();
        for (Onderdeel o : oud) {
            Optional<Onderdeel> n = nieuw.stream().filter(x -> x.gebied() == o.gebied()).findFirst();
            if (n.isEmpty()) {
                nadelig.add(o.gebied().naam() + " vervalt");
            } else if (n.get().trede() < o.trede()) {
                nadelig.add(o.gebied().naam() + " van trede " + o.trede() + " naar " + n.get().trede());
            } else if (o.vervoer() && !n.get().vervoer()) {
                nadelig.add("het vervoer naar de dagbesteding vervalt");
            }
        }
        if (nadelig.isEmpty()) {
            return t.toepassing("D-08", Uitkomst.NIET_VAN_TOEPASSING, "De wijziging is niet in het nadeel van de cliënt; zij gaat in op " + datum(ingang));
        }
        if (t.bron("D-08").isEmpty() || rs.zoekParameter(REDELIJKE_TERMIJN).isEmpty()) {
            return t.onbekendInGemeente("D-08");
        }
        LocalDate vroegst = rs.duur(REDELIJKE_TERMIJN).naKalender(besluitdatum);
        if (ingang.isBefore(vroegst)) {
            return t.toepassingMetParameter("D-08", Uitkomst.AFWIJZINGSGROND, REDELIJKE_TERMIJN, "De wijziging is in het nadeel van de cliënt ("
                    + String.join(", ", nadelig) + "); zij gaat pas in na een redelijke termijn van " + rs.duur(REDELIJKE_TERMIJN)
                    + ", op zijn vroegst " + datum(vroegst));
        }
        return t.toepassingMetParameter("D-08", Uitkomst.VAN_TOEPASSING, REDELIJKE_TERMIJN, "De wijziging is in het nadeel van de cliënt ("
                + String.join(", ", nadelig) + ") en gaat in op " + datum(ingang) + ", na een redelijke termijn van " + rs.duur(REDELIJKE_TERMIJN));
    }

    // ---------------------------------------------------------------------------------------- D-09, C-15

    /** Wat afwezigheid van de cliënt betekent; {@code einde} is de nieuwe einddatum of leeg als de indicatie blijft. */
    public record Afwezigheidsgevolg(LocalDate einde, List<RegelToepassing> motivering) {
    }

    public static Afwezigheidsgevolg afwezigheid(Regelset rs, List<Onderdeel> onderdelen, boolean definitief, LocalDate vanaf, LocalDate tot) {
        Toetsing t = Toetsing.voor(rs);
        List<RegelToepassing> uit = new ArrayList<>();
        LocalDate einde = null;
        boolean huisvesting = onderdelen.stream().anyMatch(o -> o.gebied() == Resultaatgebied.HUISVESTING);
        if (!huisvesting) {
            uit.add(t.toepassing("D-09", Uitkomst.NIET_VAN_TOEPASSING, "Het arrangement bevat geen huisvesting"));
        } else if (t.bron("D-09").isEmpty()) {
            uit.add(t.onbekendInGemeente("D-09"));
        } else if (definitief) {
            einde = vanaf;
            uit.add(t.toepassing("D-09", Uitkomst.VAN_TOEPASSING, "De cliënt is definitief vertrokken; de indicatie huisvesting vervalt op de dag van vertrek, "
                    + datum(vanaf)));
        } else {
            uit.add(t.toepassing("D-09", Uitkomst.VAN_TOEPASSING, "Tijdelijke afwezigheid (bijvoorbeeld ziekenhuisopname of vakantie) vanaf "
                    + datum(vanaf) + "; de indicatie huisvesting vervalt daardoor niet"));
        }
        if (!definitief && tot != null) {
            LocalDate meldplicht = rs.duur(AFWEZIGHEID).naKalender(vanaf);
            uit.add(tot.isAfter(meldplicht)
                    ? t.toepassingMetParameter("C-15", Uitkomst.VAN_TOEPASSING, AFWEZIGHEID, "Afwezigheid langer dan " + rs.duur(AFWEZIGHEID)
                    + " is een gewijzigde omstandigheid die de cliënt meldt; de gemeente beoordeelt of de indicatie wijzigt")
                    : t.toepassingMetParameter("C-15", Uitkomst.NIET_VAN_TOEPASSING, AFWEZIGHEID, "De afwezigheid duurt niet langer dan " + rs.duur(AFWEZIGHEID)));
        }
        return new Afwezigheidsgevolg(einde, List.copyOf(uit));
    }

    // ------------------------------------------------------------------------------------- D-05, D-06

    /** Een aanbieder die de gemeente voor dit arrangement heeft gecontracteerd. */
    public record Gecontracteerd(long aanbiederId, String naam) {
    }

    public record Aanbiederkeuze(Long aanbiederId, RegelToepassing toepassing) {
        public boolean gelukt() {
            return aanbiederId != null && !toepassing.isAfwijzingsgrond();
        }
    }

    /**
     * D-05: de cliënt kiest uit de gecontracteerde aanbieders; zonder voorkeur selecteert de gemeente; bij OGGZ
     * beslist de medewerker (de voorkeur van de cliënt wordt meegewogen, maar is niet bindend).
     */
    public static Aanbiederkeuze aanbieder(Regelset rs, List<Gecontracteerd> gecontracteerd, Long voorkeurClient, Long keuzeMedewerker, boolean oggz) {
        Toetsing t = Toetsing.voor(rs);
        if (gecontracteerd.isEmpty()) {
            return new Aanbiederkeuze(null, t.toepassing("D-05", Uitkomst.AFWIJZINGSGROND,
                    "Geen aanbieder heeft een contract met de gemeente voor alle resultaatgebieden en treden van dit arrangement"));
        }
        if (oggz) {
            if (keuzeMedewerker == null) {
                return new Aanbiederkeuze(null, t.toepassing("D-05", Uitkomst.AFWIJZINGSGROND,
                        "Bij OGGZ bepaalt de medewerker welke aanbieder de ondersteuning levert; kies de aanbieder"));
            }
            return gecontracteerd.stream().filter(g -> g.aanbiederId() == keuzeMedewerker).findFirst()
                    .map(g -> new Aanbiederkeuze(g.aanbiederId(), t.toepassing("D-05", Uitkomst.VAN_TOEPASSING,
                            "Bij OGGZ bepaalt de medewerker de aanbieder, rekening houdend met het cliëntprofiel, wachttijden en de aard van de ondersteuning: "
                                    + g.naam() + (voorkeurClient != null && voorkeurClient != keuzeMedewerker.longValue() ? "; de voorkeur van de cliënt is meegewogen" : ""))))
                    .orElseGet(() -> nietGecontracteerd(t));
        }
        Long kies = voorkeurClient != null ? voorkeurClient : keuzeMedewerker;
        if (kies == null) {
            return new Aanbiederkeuze(null, t.toepassing("D-05", Uitkomst.AFWIJZINGSGROND,
                    "De cliënt heeft geen voorkeur; de gemeente selecteert de aanbieder die het best aansluit: kies de aanbieder"));
        }
        return gecontracteerd.stream().filter(g -> g.aanbiederId() == kies).findFirst()
                .map(g -> new Aanbiederkeuze(g.aanbiederId(), t.toepassing("D-05", Uitkomst.VOLDAAN, voorkeurClient != null
                        ? "De cliënt heeft gekozen voor de gecontracteerde aanbieder " + g.naam()
                        : "De cliënt gaf geen voorkeur; de gemeente heeft de gecontracteerde aanbieder " + g.naam() + " geselecteerd die het best aansluit")))
                .orElseGet(() -> nietGecontracteerd(t));
    }

    private static Aanbiederkeuze nietGecontracteerd(Toetsing t) {
        return new Aanbiederkeuze(null, t.toepassing("D-05", Uitkomst.AFWIJZINGSGROND,
                "De cliënt kiest uit de aanbieders die de gemeente voor dit arrangement heeft gecontracteerd; deze aanbieder is dat niet"));
    }

    /** D-06: een dienstverleningsopdracht gaat pas na de indicatie naar de gekozen aanbieder. */
    public static RegelToepassing opdracht(Regelset rs, boolean geindiceerd, String aanbieder) {
        Toetsing t = Toetsing.voor(rs);
        if (!geindiceerd) {
            return t.toepassing("D-06", Uitkomst.AFWIJZINGSGROND, "Een dienstverleningsopdracht volgt pas als de indicatie is afgerond");
        }
        return t.toepassing("D-06", Uitkomst.VAN_TOEPASSING, "De dienstverleningsopdracht gaat naar " + aanbieder
                + ", die contact opneemt met de cliënt en met hem een uitvoeringsplan afspreekt dat beiden ondertekenen");
    }

    /** D-06: het uitvoeringsplan is vastgelegd als aanbieder en cliënt het hebben ondertekend. */
    public static RegelToepassing uitvoeringsplan(Regelset rs, boolean doorClient, boolean doorAanbieder) {
        Toetsing t = Toetsing.voor(rs);
        if (!doorClient || !doorAanbieder) {
            return t.toepassing("D-06", Uitkomst.NIET_VOLDAAN, "Het uitvoeringsplan is pas vastgelegd als de aanbieder en de cliënt het hebben ondertekend");
        }
        return t.toepassing("D-06", Uitkomst.VOLDAAN, "Het uitvoeringsplan is door de aanbieder en de cliënt ondertekend");
    }

    // ---------------------------------------------------------------------------------------------- E-02

    /** Een gecontracteerd tarief per maand voor een resultaatgebied en trede, met de opslag voor vervoer. */
    public record Tarief(long aanbiederId, String aanbieder, Resultaatgebied gebied, int trede, BigDecimal perMaand, BigDecimal vervoerstoeslag) {
    }

    public record Kostprijsberekening(BigDecimal perMaand, List<RegelToepassing> motivering) {
    }

    /**
     * E-02: de kostprijs van dienstverlening is per onderdeel het laagst toepasselijke tarief van een gecontracteerde
     * aanbieder, plus de opslag voor vervoer als dat is geïndiceerd. Leeg als een onderdeel geen tarief heeft.
     */
    public static Optional<Kostprijsberekening> kostprijs(Regelset rs, List<Onderdeel> onderdelen, List<Tarief> tarieven) {
        Toetsing t = Toetsing.voor(rs);
        BigDecimal totaal = BigDecimal.ZERO;
        List<String> delen = new ArrayList<>();
        for (Onderdeel o : onderdelen) {
            Optional<BigDecimal> laagst = tarieven.stream().filter(x -> x.gebied() == o.gebied() && x.trede() == o.trede())
                    .map(x -> x.perMaand().add(o.vervoer() && x.vervoerstoeslag() != null ? x.vervoerstoeslag() : BigDecimal.ZERO))
                    .min(Comparator.naturalOrder());
            if (laagst.isEmpty()) {
                return Optional.empty();
            }
            totaal = totaal.add(laagst.get());
            delen.add(o.omschrijving() + " " + euro(laagst.get()));
        }
        totaal = totaal.setScale(2, RoundingMode.HALF_UP);
        return Optional.of(new Kostprijsberekening(totaal, List.of(t.toepassing("E-02", Uitkomst.VAN_TOEPASSING,
                "De kostprijs voor de eigen bijdrage is per onderdeel het laagste tarief van een gecontracteerde aanbieder"
                        + " plus de opslag voor vervoer: " + String.join("; ", delen) + "; samen " + euro(totaal) + " per maand"))));
    }

    // ---------------------------------------------------------------------------------------------- O-05

    /**
     * O-05: de getrapte toegang. Dienstverlening is een maatwerkvoorziening: een Wmo-consulent (keukentafelgesprek) of
     * een regisseur stelt haar samen, niet het kernteam. {@code niveau} is het toegangsniveau van de melding bij de
     * gekoppelde aanvraag (KERNTEAM, CONSULENT, REGISSEUR), of leeg zonder aanvraag. De bron staat in de kaderdocumenten,
     * niet in de regels van één gemeente; daarom noemt de zin haar.
     */
    public static RegelToepassing toegangsniveau(String niveau) {
        String bron = " (getrapte toegang: notitie toegangspoort 000, beleidskader 002 §4, kadernota 003 §4)";
        if ("KERNTEAM".equals(niveau)) {
            return RegelToepassing.van("O-05", Uitkomst.AFWIJZINGSGROND, null, "Het kernteam helpt met algemene en collectieve voorzieningen; "
                    + "dienstverlening als maatwerkvoorziening vraagt een Wmo-consulent of een regisseur" + bron);
        }
        if ("REGISSEUR".equals(niveau)) {
            return RegelToepassing.van("O-05", Uitkomst.VOLDAAN, null, "Een zeer complexe situatie: de regisseur stelt het arrangement samen "
                    + "(één huishouden, één plan, één regisseur)" + bron);
        }
        return RegelToepassing.van("O-05", Uitkomst.VOLDAAN, null, "Een maatwerkvoorziening: de Wmo-consulent stelt het arrangement samen "
                + "na het gesprek met de cliënt" + bron);
    }

    // ------------------------------------------------------------------------------------- O-01, O-03

    /** Of een aanbieder een calamiteit of geweldsincident onverwijld meldde, en wat de toezichthoudend ambtenaar doet. */
    public record Calamiteitoordeel(boolean tijdig, RegelToepassing toepassing) {
    }

    /**
     * O-01: aanbieders melden iedere calamiteit en elk geweldsincident onverwijld aan de toezichthoudend ambtenaar, die
     * onderzoek doet. "Onverwijld" is {@code toegang.onverwijld} na het voorval ({@code uiterlijk}, berekend met de
     * Termijnkalender door de aanroeper).
     */
    public static Calamiteitoordeel calamiteit(Regelset rs, LocalDate voorval, LocalDate melding, LocalDate uiterlijk) {
        Toetsing t = Toetsing.voor(rs);
        boolean tijdig = !melding.isAfter(uiterlijk);
        if (t.bron("O-01").isEmpty()) {
            return new Calamiteitoordeel(tijdig, t.onbekendInGemeente("O-01"));
        }
        return new Calamiteitoordeel(tijdig, tijdig
                ? t.toepassing("O-01", Uitkomst.VOLDAAN, "De aanbieder meldde het voorval van " + datum(voorval) + " onverwijld, op " + datum(melding)
                + "; de toezichthoudend ambtenaar onderzoekt het en adviseert het college")
                : t.toepassing("O-01", Uitkomst.NIET_VOLDAAN, "De aanbieder meldde het voorval van " + datum(voorval) + " pas op " + datum(melding)
                + ", niet onverwijld (uiterlijk " + datum(uiterlijk) + "); de toezichthoudend ambtenaar onderzoekt het voorval en de late melding"));
    }

    /**
     * O-01 (004 art. 20 lid 3): de toezichthoudend ambtenaar doet onderzoek naar de melding en adviseert het college;
     * met de bevinding is het onderzoek afgerond. Waar de gemeente O-01 niet kent, zegt de motivering dat.
     */
    public static RegelToepassing calamiteitOnderzocht(Regelset rs, LocalDate afgerondOp, String bevinding) {
        Toetsing t = Toetsing.voor(rs);
        if (t.bron("O-01").isEmpty()) {
            return t.onbekendInGemeente("O-01");
        }
        return t.toepassing("O-01", Uitkomst.VOLDAAN, "De toezichthoudend ambtenaar rondde het onderzoek op " + datum(afgerondOp)
                + " af met deze bevinding en dit advies aan het college: " + bevinding.strip());
    }

    /** Een arrangement van een cliënt met zijn looptijd ({@code tot} leeg: doorlopend). */
    public record Voorziening(long clientId, String naam, LocalDate van, LocalDate tot) {
    }

    /** Wie voor het cliëntervaringsonderzoek van een jaar wordt uitgenodigd, en waarom (of waarom niet). */
    public record Ervaringsonderzoek(int jaar, List<Voorziening> uitnodigen, RegelToepassing toepassing) {
    }

    /**
     * O-03 (004 art. 18 lid 3): het college ziet toe op de kwaliteit met onder meer een jaarlijks cliëntervaringsonderzoek.
     * Uit te nodigen: elke cliënt met een voorziening die in dat jaar liep, één keer, ook bij meer arrangementen. Waar de
     * gemeente O-03 niet kent, wordt niemand uitgenodigd en zegt de motivering waarom.
     */
    public static Ervaringsonderzoek clientervaringsonderzoek(Regelset rs, int jaar, List<Voorziening> voorzieningen) {
        Toetsing t = Toetsing.voor(rs);
        if (t.bron("O-03").isEmpty()) {
            return new Ervaringsonderzoek(jaar, List.of(), t.onbekendInGemeente("O-03"));
        }
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        LocalDate einde = LocalDate.of(jaar, 12, 31);
        Map<Long, Voorziening> perClient = new java.util.LinkedHashMap<>();
        voorzieningen.stream()
                .filter(v -> v.van() != null && !v.van().isAfter(einde) && (v.tot() == null || !v.tot().isBefore(begin)))
                .sorted(Comparator.comparing(Voorziening::naam).thenComparing(Voorziening::van))
                .forEach(v -> perClient.putIfAbsent(v.clientId(), v));
        List<Voorziening> uitnodigen = List.copyOf(perClient.values());
        return new Ervaringsonderzoek(jaar, uitnodigen, t.toepassing("O-03", Uitkomst.VOLDAAN, "Het college houdt jaarlijks een cliëntervaringsonderzoek"
                + " (verordening artikel 18 lid 3); voor " + jaar + " worden de " + uitnodigen.size() + " cliënten uitgenodigd die in dat jaar een voorziening hadden"));
    }

    /** O-03: een aanbieder beschikt over een klachtenregeling en een regeling voor medezeggenschap. */
    public static RegelToepassing klachtenEnMedezeggenschap(Regelset rs, String aanbieder, boolean klachtenregeling, boolean medezeggenschap) {
        Toetsing t = Toetsing.voor(rs);
        if (t.bron("O-03").isEmpty()) {
            return t.onbekendInGemeente("O-03");
        }
        List<String> ontbreekt = new ArrayList<>();
        if (!klachtenregeling) {
            ontbreekt.add("een klachtenregeling");
        }
        if (!medezeggenschap) {
            ontbreekt.add("een regeling voor medezeggenschap");
        }
        return ontbreekt.isEmpty()
                ? t.toepassing("O-03", Uitkomst.VOLDAAN, aanbieder + " beschikt over een klachtenregeling en een regeling voor medezeggenschap van cliënten")
                : t.toepassing("O-03", Uitkomst.NIET_VOLDAAN, aanbieder + " beschikt niet over " + String.join(" en ", ontbreekt)
                + "; aanbieders moeten daarover beschikken en de gemeente spreekt de aanbieder erop aan");
    }

    /** "€ 1.080,00" */
    public static String euro(BigDecimal b) {
        return "€ " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"))).format(b);
    }

    static String datum(LocalDate d) {
        return d.format(DATUM);
    }
}
