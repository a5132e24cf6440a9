package nl.maatwerk.vervoer.regels;

import nl.maatwerk.verordening.beoordeling.Regel;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.beoordeling.StallingBron.Stallingsoordeel;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Duur;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * De vervoersregels V-01 … V-14 (met C-06 en E-04) als {@link Regel}s voor de {@link
 * nl.maatwerk.verordening.beoordeling.Beoordelaar}. Elke regel heeft haar eigen context (de feiten die zij nodig
 * heeft) en leest haar getallen uit de regelset van de gemeente; kent de regelset de regel niet, dan is zij
 * daar niet van toepassing en zegt de motivering dat.
 */
public final class Vervoerregels {

    private Vervoerregels() {
    }

    /** Soorten vervoersvoorzieningen waartussen de keuze (V-01, C-06) gaat. */
    public enum Voorziening {
        REGIOTAXI("de regiotaxi (collectief vraagafhankelijk vervoer)", false),
        SCOOTMOBIEL("een scootmobiel", true),
        AANGEPASTE_FIETS("een aangepaste fiets", true),
        GESLOTEN_VOERTUIG("een gesloten gehandicaptenvoertuig", false),
        AUTO("een auto", false),
        AUTOAANPASSING("een autoaanpassing", false),
        INDIVIDUELE_TAXI("een individuele taxi", false);

        private final String omschrijving;
        private final boolean korteAfstand;

        Voorziening(String omschrijving, boolean korteAfstand) {
            this.omschrijving = omschrijving;
            this.korteAfstand = korteAfstand;
        }

        public String omschrijving() {
            return omschrijving;
        }

        /** Voor de korte afstand: te combineren met de regiotaxi (V-01). */
        public boolean korteAfstand() {
            return korteAfstand;
        }
    }

    // ---- V-01 / C-06: de regiotaxi eerst ------------------------------------------------------------

    /**
     * @param regiotaxiBruikbaar de cliënt kan de regiotaxi gebruiken
     * @param regiotaxiPassend   de regiotaxi is een passende bijdrage voor de vervoersbehoefte
     */
    public record Keuze(Voorziening gevraagd, boolean regiotaxiBruikbaar, boolean regiotaxiPassend) {
    }

    /** V-01 (met C-06): collectief vervoer gaat voor, een voorziening voor de korte afstand mag ernaast. */
    public static final Regel<Keuze> REGIOTAXI_EERST = (k, t) -> {
        boolean regiotaxiVoldoet = k.regiotaxiBruikbaar() && k.regiotaxiPassend();
        if (k.gevraagd() == Voorziening.REGIOTAXI) {
            return t.toepassing("V-01", regiotaxiVoldoet ? Uitkomst.VOLDAAN : Uitkomst.NIET_VOLDAAN, regiotaxiVoldoet
                    ? "De regiotaxi komt als collectieve voorziening als eerste in aanmerking en past bij uw vervoersbehoefte"
                    : "De regiotaxi komt als eerste in aanmerking, maar u kunt er geen gebruik van maken of zij past niet bij uw vervoersbehoefte");
        }
        if (k.gevraagd().korteAfstand()) {
            return t.toepassing("V-01", Uitkomst.VOLDAAN, "U vraagt " + k.gevraagd().omschrijving()
                    + " voor de korte afstand; die kan naast de regiotaxi worden verstrekt");
        }
        if (regiotaxiVoldoet) {
            return t.toepassing("V-01", Uitkomst.AFWIJZINGSGROND, "U vraagt " + k.gevraagd().omschrijving()
                    + ", maar de regiotaxi is voor u bruikbaar en passend; de collectieve voorziening gaat voor");
        }
        return t.toepassing("V-01", Uitkomst.VOLDAAN, "De regiotaxi is voor u niet bruikbaar of niet passend; daarom wordt "
                + k.gevraagd().omschrijving() + " beoordeeld");
    };

    // ---- V-02 / V-03: bereik en jaarbudget per gemeente ----------------------------------------------

    /**
     * De vervoersbehoefte uit het onderzoek.
     *
     * @param verstePlaatsKm    afstand van de verste gewenste bestemming tot de woning (V-02)
     * @param verstePlaatsZones aantal zones tot de verste bestemming, de woonzone als centrumzone meegeteld (V-03)
     * @param kmPerJaar         geschatte kilometers per jaar
     * @param zonesPerJaar      geschatte zones per jaar, opstapzones inbegrepen (V-03)
     */
    public record Reisbehoefte(int verstePlaatsKm, int verstePlaatsZones, int kmPerJaar, int zonesPerJaar) {
    }

    /** V-02 (Doetinchem): alleen binnen de straal rond het hoofdverblijf. */
    public static final Regel<Reisbehoefte> STRAAL = (r, t) -> {
        Optional<BigDecimal> straal = getal(t.regelset(), Parameters.STRAAL_KM);
        if (straal.isEmpty()) {
            return t.toepassing("V-02", Uitkomst.NIET_VAN_TOEPASSING, "In deze gemeente geldt geen straal voor het collectief vervoer");
        }
        boolean binnen = BigDecimal.valueOf(r.verstePlaatsKm()).compareTo(straal.get()) <= 0;
        return t.toepassingMetParameter("V-02", binnen ? Uitkomst.VOLDAAN : Uitkomst.AFWIJZINGSGROND, Parameters.STRAAL_KM,
                "Uw verste bestemming ligt op " + r.verstePlaatsKm() + " km; collectief vervoer wordt geboden tot "
                        + straal.get().toPlainString() + " km rond uw woning");
    };

    /** V-03 (Lochem): reizen binnen het reisgebied van zones rond het hoofdverblijf. */
    public static final Regel<Reisbehoefte> REISGEBIED = (r, t) -> {
        Optional<BigDecimal> zones = getal(t.regelset(), Parameters.REISGEBIED_ZONES);
        if (zones.isEmpty()) {
            return t.toepassing("V-03", Uitkomst.NIET_VAN_TOEPASSING, "In deze gemeente geldt geen reisgebied in zones");
        }
        boolean binnen = r.verstePlaatsZones() <= zones.get().intValue();
        return t.toepassingMetParameter("V-03", binnen ? Uitkomst.VOLDAAN : Uitkomst.AFWIJZINGSGROND, Parameters.REISGEBIED_ZONES,
                "Uw verste bestemming ligt " + r.verstePlaatsZones() + " zones van huis (uw woonzone meegeteld); het reisgebied is "
                        + zones.get().toPlainString() + " zones");
    };

    /** Het jaarbudget van een pas: uit de behoefte, binnen de grenzen van de regelset. Null = geen grens in die eenheid. */
    public record Jaarbudget(Integer km, Integer zones, List<RegelToepassing> motivering) {
    }

    /**
     * V-02 / V-03: het jaarbudget volgt de behoefte, tot het maximum van de gemeente (km; in Lochem ook zones,
     * opstapzones inbegrepen).
     */
    public static Jaarbudget jaarbudget(Reisbehoefte behoefte, Regelset regelset) {
        Toetsing t = Toetsing.voor(regelset);
        boolean lochem = getal(regelset, Parameters.ZONES_PER_JAAR).isPresent();
        String regelId = lochem ? "V-03" : "V-02";
        List<RegelToepassing> motivering = new ArrayList<>();
        int maxKm = regelset.geheelGetal(Parameters.KM_PER_JAAR);
        int km = Math.min(Math.max(0, behoefte.kmPerJaar()), maxKm);
        motivering.add(t.toepassingMetParameter(regelId, Uitkomst.VAN_TOEPASSING, Parameters.KM_PER_JAAR,
                "Uw kilometerbudget is " + km + " km per jaar: " + (behoefte.kmPerJaar() > maxKm
                        ? "uw behoefte van " + behoefte.kmPerJaar() + " km is hoger dan het maximum van " + maxKm + " km"
                        : "dat is uw vervoersbehoefte, binnen het maximum van " + maxKm + " km")));
        Integer zones = null;
        if (lochem) {
            int maxZones = regelset.geheelGetal(Parameters.ZONES_PER_JAAR);
            zones = Math.min(Math.max(0, behoefte.zonesPerJaar()), maxZones);
            motivering.add(t.toepassingMetParameter("V-03", Uitkomst.VAN_TOEPASSING, Parameters.ZONES_PER_JAAR,
                    "Uw zonebudget is " + zones + " zones per jaar, opstapzones inbegrepen: " + (behoefte.zonesPerJaar() > maxZones
                            ? "uw behoefte van " + behoefte.zonesPerJaar() + " zones is hoger dan het maximum van " + maxZones
                            : "dat is uw vervoersbehoefte, binnen het maximum van " + maxZones + " zones")));
        }
        return new Jaarbudget(km, zones, List.copyOf(motivering));
    }

    // ---- V-04: extra service --------------------------------------------------------------------------

    public enum ExtraService { GEEN, VANAF_DE_HAL, TILLEN }

    /** @param oorzaakInWoning de behoefte aan extra service komt voort uit de woning */
    public record ServiceVraag(ExtraService gevraagd, boolean oorzaakInWoning) {
    }

    /** V-04: extra service vanaf de hal kan worden geïndiceerd, tillen nooit; een oorzaak in de woning wordt eerst daar opgelost. */
    public static final Regel<ServiceVraag> EXTRA_SERVICE = (v, t) -> {
        if (t.bron("V-04").isEmpty()) {
            return t.onbekendInGemeente("V-04");
        }
        return switch (v.gevraagd()) {
            case GEEN -> t.toepassing("V-04", Uitkomst.NIET_VAN_TOEPASSING, "U vraagt geen extra service; de regiotaxi rijdt van deur tot deur");
            case TILLEN -> t.toepassing("V-04", Uitkomst.AFWIJZINGSGROND, "Tillen hoort nooit bij de service van de regiotaxi");
            case VANAF_DE_HAL -> v.oorzaakInWoning()
                    ? t.toepassing("V-04", Uitkomst.AFWIJZINGSGROND, "Uw behoefte aan extra service komt voort uit uw woning; eerst wordt de woning aangepast")
                    : t.toepassing("V-04", Uitkomst.VOLDAAN, "De chauffeur haalt u op en brengt u tot in de hal van het gebouw");
        };
    };

    // ---- V-05: prioriteitsrit --------------------------------------------------------------------------

    /**
     * @param doel het doel van de rit, zoals in de regelset ("uitvaart", "aansluiting op het openbaar vervoer", ...); mag leeg
     */
    public record Prioriteitsrit(LocalDateTime aangevraagdOp, LocalDateTime gewensteAankomst, LocalDateTime geplandeAankomst, String doel) {
    }

    /** V-05: minstens 24 uur vooraf, hoogstens 20 minuten te vroeg en nooit te laat; de motivering zegt of de rit kosteloos is. */
    public static final Regel<Prioriteitsrit> PRIORITEITSRIT = (p, t) -> {
        Regelset r = t.regelset();
        int vooraf = r.geheelGetal(Parameters.PRIO_VOORAF_UUR);
        int maxVroeg = r.geheelGetal(Parameters.PRIO_MAX_TE_VROEG);
        if (Duration.between(p.aangevraagdOp(), p.gewensteAankomst()).compareTo(Duration.ofHours(vooraf)) < 0) {
            return t.toepassingMetParameter("V-05", Uitkomst.AFWIJZINGSGROND, Parameters.PRIO_VOORAF_UUR,
                    "Een prioriteitsrit vraagt u minstens " + vooraf + " uur van tevoren aan; uw aanvraag kwam later");
        }
        if (p.geplandeAankomst().isAfter(p.gewensteAankomst())) {
            return t.toepassingMetParameter("V-05", Uitkomst.NIET_VOLDAAN, Parameters.PRIO_MAX_TE_VROEG,
                    "De geplande aankomst ligt na uw gewenste tijd; een prioriteitsrit komt nooit te laat");
        }
        long teVroeg = Duration.between(p.geplandeAankomst(), p.gewensteAankomst()).toMinutes();
        if (teVroeg > maxVroeg) {
            return t.toepassingMetParameter("V-05", Uitkomst.NIET_VOLDAAN, Parameters.PRIO_MAX_TE_VROEG,
                    "De geplande aankomst ligt " + teVroeg + " minuten voor uw gewenste tijd; dat mag hoogstens " + maxVroeg + " minuten zijn");
        }
        boolean kosteloos = p.doel() != null && r.lijst(Parameters.PRIO_KOSTELOOS).stream()
                .anyMatch(d -> d.equalsIgnoreCase(p.doel().trim()));
        return t.toepassingMetParameter("V-05", Uitkomst.VOLDAAN, Parameters.PRIO_KOSTELOOS,
                "Uw prioriteitsrit voldoet (" + teVroeg + " minuten voor de gewenste tijd)"
                        + (kosteloos ? "; voor " + p.doel().trim() + " is zij zonder extra kosten" : "; u betaalt de toeslag voor een prioriteitsrit"));
    };

    /** Of een goedgekeurde prioriteitsrit kosteloos is (V-05). */
    public static boolean prioriteitsritKosteloos(Regelset r, String doel) {
        return doel != null && r.lijst(Parameters.PRIO_KOSTELOOS).stream().anyMatch(d -> d.equalsIgnoreCase(doel.trim()));
    }

    // ---- V-06: begeleiding -----------------------------------------------------------------------------

    /**
     * Een rit getoetst aan de begeleidingsregels van de pas.
     */
    public record Begeleiding(int leeftijd, boolean begeleiderGeindiceerd, boolean metBegeleider,
                              boolean metMinderjarigeKinderen, boolean kinderenToegestaanOpPas) {
    }

    /** V-06: een geïndiceerde begeleider reist gratis mee en de cliënt reist nooit zonder; onder 12 nooit alleen; kinderen alleen als de pas dat zegt. */
    public static final Regel<Begeleiding> BEGELEIDING = (b, t) -> {
        int grens = t.regelset().geheelGetal(Parameters.BEGELEIDING_ONDER);
        if (b.leeftijd() < grens && !b.metBegeleider()) {
            return t.toepassingMetParameter("V-06", Uitkomst.AFWIJZINGSGROND, Parameters.BEGELEIDING_ONDER,
                    "Kinderen onder " + grens + " jaar reizen nooit zonder begeleider");
        }
        if (b.begeleiderGeindiceerd() && !b.metBegeleider()) {
            return t.toepassingMetParameter("V-06", Uitkomst.AFWIJZINGSGROND, Parameters.BEGELEIDING_ONDER,
                    "Op uw pas staat dat u met een begeleider reist; u reist nooit zonder");
        }
        if (b.metMinderjarigeKinderen() && !b.kinderenToegestaanOpPas()) {
            return t.toepassingMetParameter("V-06", Uitkomst.AFWIJZINGSGROND, Parameters.BEGELEIDING_ONDER,
                    "Op uw pas staat niet dat u minderjarige kinderen mag meenemen");
        }
        return t.toepassingMetParameter("V-06", Uitkomst.VOLDAAN, Parameters.BEGELEIDING_ONDER, b.begeleiderGeindiceerd()
                ? "U reist met uw geïndiceerde begeleider; die reist gratis mee"
                : "U mag zonder begeleider reizen");
    };

    // ---- V-07 / E-04: geen eigen bijdrage voor collectief vervoer (Doetinchem) ------------------------

    private static final String VRIJSTELLING_CVV = "collectief vervangend vervoer";

    /** E-04 en V-07: in Doetinchem geen eigen bijdrage voor collectief (vervangend) vervoer; elders wel. */
    public static List<RegelToepassing> eigenBijdrageCollectiefVervoer(Regelset regelset) {
        Toetsing t = Toetsing.voor(regelset);
        boolean vrij = regelset.lijst(Parameters.VRIJSTELLINGEN).stream().anyMatch(v -> v.equalsIgnoreCase(VRIJSTELLING_CVV));
        if (vrij) {
            return List.of(
                    t.toepassingMetParameter("E-04", Uitkomst.VAN_TOEPASSING, Parameters.VRIJSTELLINGEN,
                            "Voor collectief vervoer betaalt u geen eigen bijdrage"),
                    t.toepassingMetParameter("V-07", Uitkomst.VAN_TOEPASSING, Parameters.VRIJSTELLINGEN,
                            "Voor collectief vervangend vervoer is geen bijdrage in de kosten verschuldigd"));
        }
        return List.of(
                t.toepassingMetParameter("E-04", Uitkomst.NIET_VAN_TOEPASSING, Parameters.VRIJSTELLINGEN,
                        "De vrijstellingen van de eigen bijdrage in deze gemeente noemen het collectief vervoer niet"),
                t.onbekendInGemeente("V-07"));
    }

    // ---- V-08: algemeen gebruikelijk naar leeftijd -----------------------------------------------------

    public record Vervoermiddel(String omschrijving, int leeftijd) {
    }

    /** V-08: algemeen gebruikelijke vervoermiddelen worden niet verstrekt; zijwieltjes voor een volwassene en een e-fiets voor een kind onder 16 wel. */
    public static final Regel<Vervoermiddel> ALGEMEEN_GEBRUIKELIJK = (m, t) -> {
        String soort = m.omschrijving().trim().toLowerCase(Locale.ROOT);
        if (soort.equals("zijwieltjes") && m.leeftijd() >= 18) {
            return t.toepassingMetParameter("V-08", Uitkomst.VOLDAAN, Parameters.ALGEMEEN_GEBRUIKELIJK,
                    "Zijwieltjes aan de fiets van een volwassene zijn niet algemeen gebruikelijk");
        }
        if (soort.equals("fiets met trapondersteuning") && m.leeftijd() < 16) {
            return t.toepassingMetParameter("V-08", Uitkomst.VOLDAAN, Parameters.ALGEMEEN_GEBRUIKELIJK,
                    "Een fiets met trapondersteuning is voor een kind onder 16 jaar niet algemeen gebruikelijk");
        }
        boolean gebruikelijk = t.regelset().lijst(Parameters.ALGEMEEN_GEBRUIKELIJK).stream().anyMatch(s -> s.equalsIgnoreCase(soort));
        return t.toepassingMetParameter("V-08", gebruikelijk ? Uitkomst.AFWIJZINGSGROND : Uitkomst.VOLDAAN, Parameters.ALGEMEEN_GEBRUIKELIJK,
                gebruikelijk ? "Een " + soort + " is algemeen gebruikelijk; daarvoor is geen maatwerkvoorziening"
                        : "Een " + soort + " is niet algemeen gebruikelijk");
    };

    // ---- V-09: sociaal-recreatief vervoer, voorwaarden a-d ---------------------------------------------

    /**
     * @param a moeite met algemene vervoersvoorzieningen, of die bieden geen oplossing
     * @param b geen algemeen gebruikelijke oplossing
     * @param c zonder maatwerkvoorziening lukt het niet
     * @param d het gaat om verplaatsingen in de directe woon- en leefomgeving
     */
    public record SociaalRecreatief(boolean a, boolean b, boolean c, boolean d) {
    }

    /** V-09: alle vier voorwaarden moeten vervuld zijn. */
    public static final Regel<SociaalRecreatief> SOCIAAL_RECREATIEF = (s, t) -> {
        if (t.bron("V-09").isEmpty()) {
            return t.onbekendInGemeente("V-09");
        }
        List<String> ontbreekt = new ArrayList<>();
        if (!s.a()) {
            ontbreekt.add("a (u kunt algemene vervoersvoorzieningen gebruiken en die bieden een oplossing)");
        }
        if (!s.b()) {
            ontbreekt.add("b (er is een algemeen gebruikelijke oplossing)");
        }
        if (!s.c()) {
            ontbreekt.add("c (het lukt ook zonder maatwerkvoorziening)");
        }
        if (!s.d()) {
            ontbreekt.add("d (het gaat niet om verplaatsingen in uw woon- en leefomgeving)");
        }
        return ontbreekt.isEmpty()
                ? t.toepassing("V-09", Uitkomst.VOLDAAN, "U voldoet aan de voorwaarden a tot en met d voor sociaal-recreatief vervoer")
                : t.toepassing("V-09", Uitkomst.AFWIJZINGSGROND, "Niet voldaan aan voorwaarde " + String.join(", ", ontbreekt));
    };

    // ---- V-10: scootmobiel en gesloten voertuig --------------------------------------------------------

    /**
     * @param stalling        het oordeel van de woonvoorzieningenmodule; leeg = nog niet onderzocht
     * @param rijvaardig      rijgeschikt en rijvaardig (eventueel na extra lessen)
     */
    public record Scootmobiel(Optional<Stallingsoordeel> stalling, boolean rijvaardig) {
    }

    /** V-10: een scootmobiel vraagt een adequate stalling en rijvaardigheid. */
    public static final Regel<Scootmobiel> SCOOTMOBIEL = (s, t) -> {
        if (t.bron("V-10").isEmpty()) {
            return t.onbekendInGemeente("V-10");
        }
        if (s.stalling().isEmpty()) {
            return t.toepassing("V-10", Uitkomst.ONVOLDOENDE_GEGEVENS, "Nog niet onderzocht is of u de scootmobiel goed kunt stallen");
        }
        if (!s.stalling().get().adequaat()) {
            return t.toepassing("V-10", Uitkomst.AFWIJZINGSGROND, "U kunt de scootmobiel niet goed stallen: " + s.stalling().get().toepassing().motivering());
        }
        if (!s.rijvaardig()) {
            return t.toepassing("V-10", Uitkomst.AFWIJZINGSGROND, "U bent niet rijgeschikt of rijvaardig voor een scootmobiel, ook niet na extra lessen");
        }
        return t.toepassing("V-10", Uitkomst.VOLDAAN, "U kunt de scootmobiel stallen en u bent rijvaardig");
    };

    /** V-10: een latere controle die de rijvaardigheid niet meer vindt, trekt de indicatie in. */
    public static final Regel<Boolean> SCOOTMOBIEL_CONTROLE = (nogRijvaardig, t) -> {
        if (t.bron("V-10").isEmpty()) {
            return t.onbekendInGemeente("V-10");
        }
        return nogRijvaardig
                ? t.toepassing("V-10", Uitkomst.VOLDAAN, "Bij de controle bleek u nog steeds rijvaardig; de scootmobiel blijft")
                : t.toepassing("V-10", Uitkomst.VAN_TOEPASSING, "Bij de controle bleek u niet meer rijvaardig; de indicatie wordt ingetrokken en u levert de scootmobiel in");
    };

    public record GeslotenVoertuig(boolean geslotenVervoerNodig, boolean regiotaxiVoldoende) {
    }

    /** V-10: een gesloten voertuig alleen als gesloten vervoer nodig is en de regiotaxi niet volstaat. */
    public static final Regel<GeslotenVoertuig> GESLOTEN_VOERTUIG = (g, t) -> {
        if (t.bron("V-10").isEmpty()) {
            return t.onbekendInGemeente("V-10");
        }
        boolean ja = g.geslotenVervoerNodig() && !g.regiotaxiVoldoende();
        return t.toepassing("V-10", ja ? Uitkomst.VOLDAAN : Uitkomst.AFWIJZINGSGROND, ja
                ? "U hebt gesloten vervoer nodig en de regiotaxi volstaat niet"
                : g.geslotenVervoerNodig() ? "De regiotaxi volstaat voor uw gesloten vervoer" : "U hebt geen gesloten vervoer nodig");
    };

    // ---- V-11: auto en autoaanpassing ------------------------------------------------------------------

    /**
     * @param verwachteLevensduurVanaf datum tot waar de auto naar verwachting meegaat
     * @param vorigeAanpassing          datum van de vorige autoaanpassing; null = nooit
     * @param prijsGewenst              prijs van de gewenste uitvoering (Pgb-verschil); null = de doelmatige
     * @param prijsDoelmatig            prijs van de meest doelmatige uitvoering
     */
    public record Autoaanpassing(LocalDate datum, LocalDate verwachteLevensduurTot, LocalDate vorigeAanpassing,
                                 BigDecimal prijsGewenst, BigDecimal prijsDoelmatig) {
    }

    /** V-11: de auto gaat nog minstens 7 jaar mee; hoogstens eens per 7 jaar; de gewenste uitvoering betaalt de cliënt bij. */
    public static final Regel<Autoaanpassing> AUTOAANPASSING = (a, t) -> {
        Regelset r = t.regelset();
        Duur levensduur = r.duur(Parameters.AUTO_LEVENSDUUR);
        if (a.verwachteLevensduurTot().isBefore(levensduur.naKalender(a.datum()))) {
            return t.toepassingMetParameter("V-11", Uitkomst.AFWIJZINGSGROND, Parameters.AUTO_LEVENSDUUR,
                    "Uw auto gaat naar verwachting niet meer " + levensduur + " mee");
        }
        Duur eensPer = r.duur(Parameters.AUTOAANPASSING_EENS_PER);
        if (a.vorigeAanpassing() != null && a.datum().isBefore(eensPer.naKalender(a.vorigeAanpassing()))) {
            return t.toepassingMetParameter("V-11", Uitkomst.AFWIJZINGSGROND, Parameters.AUTOAANPASSING_EENS_PER,
                    "Uw vorige autoaanpassing is minder dan " + eensPer + " geleden");
        }
        BigDecimal verschil = pgbVerschil(a);
        return t.toepassingMetParameter("V-11", Uitkomst.VOLDAAN, Parameters.AUTOAANPASSING_EENS_PER,
                "Uw auto gaat nog minstens " + levensduur + " mee en uw vorige aanpassing is langer dan " + eensPer + " geleden"
                        + (verschil.signum() > 0 ? "; de Pgb is het bedrag van de meest doelmatige uitvoering, het verschil van EUR "
                        + verschil.toPlainString() + " met de gewenste uitvoering betaalt u zelf" : ""));
    };

    /** V-11: het prijsverschil tussen de gewenste en de meest doelmatige uitvoering, voor rekening van de cliënt. */
    public static BigDecimal pgbVerschil(Autoaanpassing a) {
        if (a.prijsGewenst() == null || a.prijsDoelmatig() == null) {
            return BigDecimal.ZERO;
        }
        return a.prijsGewenst().subtract(a.prijsDoelmatig()).max(BigDecimal.ZERO);
    }

    /**
     * @param algemeenGebruikelijk een auto is voor deze cliënt algemeen gebruikelijk (V-08)
     * @param brommobiel          een brommobiel (dan volstaat een bromfietsrijbewijs)
     */
    public record Auto(boolean algemeenGebruikelijk, boolean rijgeschikt, boolean rijvaardig, boolean rijbewijs, boolean brommobiel) {
    }

    /** V-11: een auto alleen als die niet algemeen gebruikelijk is, met rijgeschiktheid, rijvaardigheid en rijbewijs. */
    public static final Regel<Auto> AUTO = (a, t) -> {
        String rijbewijs = a.brommobiel() ? "een bromfietsrijbewijs" : "een rijbewijs";
        if (a.algemeenGebruikelijk()) {
            return t.toepassingMetParameter("V-11", Uitkomst.AFWIJZINGSGROND, Parameters.AUTO_LEVENSDUUR, "Een auto is voor u algemeen gebruikelijk");
        }
        if (!a.rijgeschikt() || !a.rijvaardig() || !a.rijbewijs()) {
            return t.toepassingMetParameter("V-11", Uitkomst.AFWIJZINGSGROND, Parameters.AUTO_LEVENSDUUR,
                    "Voor een auto zijn rijgeschiktheid, rijvaardigheid en " + rijbewijs + " nodig; daaraan is niet voldaan");
        }
        return t.toepassingMetParameter("V-11", Uitkomst.VOLDAAN, Parameters.AUTO_LEVENSDUUR,
                "Een auto is voor u niet algemeen gebruikelijk en u bent rijgeschikt, rijvaardig en hebt " + rijbewijs);
    };

    // ---- V-12: individuele taxi -----------------------------------------------------------------------

    public record IndividueleTaxi(boolean gecontracteerdeVervoerder, boolean gecombineerdMetAnderen) {
    }

    /** V-12: alleen via de gecontracteerde vervoerder, zonder andere reizigers. */
    public static final Regel<IndividueleTaxi> INDIVIDUELE_TAXI = (i, t) -> {
        if (t.bron("V-12").isEmpty()) {
            return t.onbekendInGemeente("V-12");
        }
        if (!i.gecontracteerdeVervoerder()) {
            return t.toepassing("V-12", Uitkomst.AFWIJZINGSGROND, "Een individuele taxi rijdt alleen via de gecontracteerde vervoerder");
        }
        if (i.gecombineerdMetAnderen()) {
            return t.toepassing("V-12", Uitkomst.NIET_VOLDAAN, "Een individuele taxi wordt niet met andere reizigers gecombineerd");
        }
        return t.toepassing("V-12", Uitkomst.VOLDAAN, "U reist met de individuele taxi van de gecontracteerde vervoerder, zonder andere reizigers");
    };

    // ---- V-13: vervoer naar dagbesteding --------------------------------------------------------------

    /**
     * @param beperkingVoorAlgemeenVervoer medische of cognitieve beperkingen om algemeen vervoer te gebruiken
     * @param kostenGekozenLocatie          vervoerskosten per jaar naar de gekozen locatie
     * @param kostenDichtstbijzijnde        vervoerskosten per jaar naar de dichtstbijzijnde passende locatie
     */
    public record Dagbesteding(boolean beperkingVoorAlgemeenVervoer, BigDecimal kostenGekozenLocatie, BigDecimal kostenDichtstbijzijnde) {
    }

    /** V-13: alleen bij beperkingen voor algemeen vervoer; een verdere locatie dan de dichtstbijzijnde passende kost de cliënt het verschil. */
    public static final Regel<Dagbesteding> DAGBESTEDING = (d, t) -> {
        if (t.bron("V-13").isEmpty()) {
            return t.onbekendInGemeente("V-13");
        }
        if (!d.beperkingVoorAlgemeenVervoer()) {
            return t.toepassing("V-13", Uitkomst.AFWIJZINGSGROND, "U hebt geen medische of cognitieve beperkingen die algemeen vervoer naar de dagbesteding verhinderen");
        }
        BigDecimal extra = extraKostenDagbesteding(d);
        return t.toepassing("V-13", Uitkomst.VOLDAAN, "U krijgt vervoer naar de dagbesteding" + (extra.signum() > 0
                ? "; u kiest een verdere locatie dan de dichtstbijzijnde passende, de extra vervoerskosten van EUR " + extra.toPlainString() + " zijn voor uzelf"
                : ""));
    };

    public static BigDecimal extraKostenDagbesteding(Dagbesteding d) {
        return d.kostenGekozenLocatie().subtract(d.kostenDichtstbijzijnde()).max(BigDecimal.ZERO);
    }

    // ---- V-14: geen Pgb voor collectief vervoer --------------------------------------------------------

    private static final String CVV = "collectief vraagafhankelijk vervoer";

    /** V-14: een Pgb betaalt geen collectief vraagafhankelijk vervoer. Context: de gevraagde voorziening als Pgb. */
    public static final Regel<Voorziening> GEEN_PGB_VOOR_CVV = (v, t) -> {
        boolean uitgesloten = t.regelset().zoekParameter(Parameters.PGB_UITGESLOTEN)
                .map(p -> t.regelset().lijst(p.sleutel()).stream().anyMatch(s -> s.equalsIgnoreCase(CVV))).orElse(false);
        if (!uitgesloten) {
            return t.onbekendInGemeente("V-14");
        }
        return v == Voorziening.REGIOTAXI
                ? t.toepassingMetParameter("V-14", Uitkomst.AFWIJZINGSGROND, Parameters.PGB_UITGESLOTEN, "Een Pgb mag niet worden besteed aan collectief vraagafhankelijk vervoer")
                : t.toepassingMetParameter("V-14", Uitkomst.NIET_VAN_TOEPASSING, Parameters.PGB_UITGESLOTEN, "U vraagt een Pgb voor " + v.omschrijving() + ", niet voor collectief vervoer");
    };

    private static Optional<BigDecimal> getal(Regelset r, String sleutel) {
        return r.zoekParameter(sleutel).map(p -> r.getal(p.sleutel()));
    }
}
