package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.domain.woonvoorzieningen.AdviesUitkomst;
import nl.maatwerk.domain.woonvoorzieningen.Woningtype;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;
import nl.maatwerk.verordening.beoordeling.Regel;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Duur;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * De regels voor woonvoorzieningen als {@link Regel}en met een {@link Woonaanvraag} als context: ze passen
 * in de {@link nl.maatwerk.verordening.beoordeling.Beoordelaar} van de verordening ({@link #voorBeoordelaar()})
 * en in de {@link Woonbeoordelaar} van deze module ({@link #alle()}, met C-11 erbij).
 * Elke regel toetst alleen zijn eigen grond, zodat de beschikking alle toegepaste gronden noemt.
 */
public final class Woonregels {

    private Woonregels() {
    }

    /** W-01: na een verhuisadvies geen aanpassing van de huidige woning. */
    public static final Regel<Woonaanvraag> W01_VERHUISADVIES = (a, t) -> {
        if (!a.soort().isAanpassing()) {
            return a.advies() == AdviesUitkomst.VERHUIZEN
                    ? t.toepassing("W-01", Uitkomst.VOLDAAN, "Het advies is te verhuizen; daarbij hoort deze verhuiskostenvergoeding")
                    : t.toepassing("W-01", Uitkomst.NIET_VAN_TOEPASSING, "Er is geen verhuisadvies gegeven");
        }
        if (a.soort() == Voorzieningsoort.STALLING || a.soort() == Voorzieningsoort.UITRAASKAMER) {
            return t.toepassing("W-01", Uitkomst.NIET_VAN_TOEPASSING,
                    "Voor een " + a.soort().omschrijving() + " is de afweging tussen verhuizen en aanpassen niet aan de orde");
        }
        if (a.advies() == null) {
            return t.toepassing("W-01", Uitkomst.ONVOLDOENDE_GEGEVENS,
                    "Er is nog niet onderzocht of verhuizen naar een geschikte woning een passende bijdrage is");
        }
        return a.advies() == AdviesUitkomst.VERHUIZEN
                ? t.toepassing("W-01", Uitkomst.AFWIJZINGSGROND,
                "Verhuizen naar een geschikte woning is een passende bijdrage; daarom wordt uw huidige woning niet aangepast")
                : t.toepassing("W-01", Uitkomst.VOLDAAN, "Verhuizen is geen passende bijdrage; daarom kan uw woning worden aangepast");
    };

    /** W-05: binnen de wachttijd na de vorige woonvoorziening geen nieuwe, behalve bij een onvoorziene wijziging. */
    public static final Regel<Woonaanvraag> W05_WACHTTIJD = (a, t) -> {
        if (a.laatsteWoonvoorziening() == null) {
            return t.toepassing("W-05", Uitkomst.NIET_VAN_TOEPASSING, "U hebt niet eerder een woonvoorziening gekregen");
        }
        Duur wachttijd = t.regelset().duur("woon.woonvoorziening.wachttijd");
        LocalDate vrij = vrijVanaf(t.regelset(), a.laatsteWoonvoorziening());
        String zin = "U kreeg op " + Bedragen.datum(a.laatsteWoonvoorziening()) + " een woonvoorziening; daarna komt u " + wachttijd
                + " niet in aanmerking voor een nieuwe, dus tot " + Bedragen.datum(vrij);
        if (!a.peildatum().isBefore(vrij)) {
            return t.toepassingMetParameter("W-05", Uitkomst.VOLDAAN, "woon.woonvoorziening.wachttijd", zin + "; die periode is voorbij");
        }
        return a.onvoorzieneWijziging()
                ? t.toepassingMetParameter("W-05", Uitkomst.VOLDAAN, "woon.woonvoorziening.wachttijd",
                zin + "; uw beperkingen zijn sindsdien onvoorzien gewijzigd, daarom geldt die wachttijd niet")
                : t.toepassingMetParameter("W-05", Uitkomst.AFWIJZINGSGROND, "woon.woonvoorziening.wachttijd",
                zin + "; er is geen onvoorziene wijziging in uw beperkingen vastgelegd");
    };

    /** W-06: alleen voor noodzakelijke gebruiksruimten van het hoofdverblijf. */
    public static final Regel<Woonaanvraag> W06_GEBRUIKSRUIMTE = (a, t) -> {
        if (!a.soort().isAanpassing()) {
            return t.toepassing("W-06", Uitkomst.NIET_VAN_TOEPASSING, "Een verhuizing betreft geen gebruiksruimte van de huidige woning");
        }
        List<String> gebreken = new ArrayList<>();
        if (!a.woning().hoofdverblijf()) {
            gebreken.add("de woning is niet uw hoofdverblijf en wordt dat ook niet");
        }
        if (a.ruimte() == null) {
            return t.toepassing("W-06", Uitkomst.ONVOLDOENDE_GEGEVENS, "Het onderzoek heeft niet vastgesteld voor welke ruimte de voorziening is");
        }
        if (!a.ruimte().isNoodzakelijk()) {
            gebreken.add(a.ruimte().omschrijving() + " is geen noodzakelijke gebruiksruimte voor het normale gebruik van de woning");
        }
        return gebreken.isEmpty()
                ? t.toepassing("W-06", Uitkomst.VOLDAAN, "De voorziening is voor " + a.ruimte().omschrijving()
                + ", een noodzakelijke gebruiksruimte van de woning die uw hoofdverblijf is")
                : t.toepassing("W-06", Uitkomst.AFWIJZINGSGROND, "Een woonvoorziening is alleen mogelijk voor de noodzakelijke gebruiksruimten "
                + "van uw hoofdverblijf, en " + String.join("; ", gebreken));
    };

    /** W-07: de weigeringsgronden van art. 9 lid 6 onder a tot en met f (alleen waar de regelset ze kent). */
    public static final Regel<Woonaanvraag> W07_WEIGERINGSGRONDEN = (a, t) -> {
        if (t.bron("W-07").isEmpty()) {
            return t.onbekendInGemeente("W-07");
        }
        List<String> gronden = new ArrayList<>();
        if (a.gemeenschappelijkeRuimte() && !t.regelset().lijst("woon.gemeenschappelijke_ruimte.toegestaan").stream()
                .anyMatch(i -> i.equalsIgnoreCase(a.omschrijving()))) {
            gronden.add("(a) het gaat om " + a.omschrijving() + " in een gemeenschappelijke ruimte, en dat staat niet op de lijst van wat daar mag");
        }
        Woonaanvraag.Weigeringsfeiten f = a.weigeringsfeiten();
        if (f.verhuisdZonderReden()) gronden.add("(b) de voorziening is nodig door een verhuizing waarvoor geen aanleiding was");
        if (f.nietNaarMeestGeschikteWoning()) gronden.add("(c) u bent zonder voorafgaande schriftelijke toestemming niet naar de meest geschikte beschikbare woning verhuisd");
        if (f.nietJaarrondBewoonbaar()) gronden.add("(d) de woning is niet geschikt om het hele jaar in te wonen");
        if (f.probleemDoorMaterialen()) gronden.add("(e) het probleem komt door de materialen waarmee de woning is gebouwd");
        if (f.achterstalligOnderhoud()) gronden.add("(f) het gaat om achterstallig onderhoud, renovatie of het op een redelijk niveau brengen van de woning");
        return gronden.isEmpty()
                ? t.toepassing("W-07", Uitkomst.VOLDAAN, "Geen van de weigeringsgronden (a tot en met f) doet zich voor")
                : t.toepassing("W-07", Uitkomst.AFWIJZINGSGROND, "Wij weigeren de woonvoorziening, omdat " + String.join("; ", gronden));
    };

    /** W-08: in gemeenschappelijke ruimten alleen wat op de lijst staat; in een wooncomplex voor ouderen of gehandicapten niets. */
    public static final Regel<Woonaanvraag> W08_GEMEENSCHAPPELIJK = (a, t) -> {
        if (!a.gemeenschappelijkeRuimte()) {
            return t.toepassing("W-08", Uitkomst.NIET_VAN_TOEPASSING, "De voorziening komt niet in een gemeenschappelijke ruimte");
        }
        String sleutel = "woon.gemeenschappelijke_ruimte.toegestaan";
        if (a.woning().type() == Woningtype.WOONCOMPLEX_OUDEREN_GEHANDICAPTEN) {
            return t.toepassingMetParameter("W-08", Uitkomst.AFWIJZINGSGROND, sleutel,
                    "U woont in een wooncomplex dat bedoeld is voor ouderen of mensen met een beperking; dat hoort toegankelijk te zijn, "
                            + "daarom is een voorziening in de gemeenschappelijke ruimte de verantwoordelijkheid van de eigenaar");
        }
        List<String> lijst = t.regelset().lijst(sleutel);
        boolean toegestaan = lijst.stream().anyMatch(i -> i.equalsIgnoreCase(a.omschrijving()));
        return toegestaan
                ? t.toepassingMetParameter("W-08", Uitkomst.VOLDAAN, sleutel,
                "Een " + a.omschrijving() + " mag in een gemeenschappelijke ruimte worden aangebracht")
                : t.toepassingMetParameter("W-08", Uitkomst.AFWIJZINGSGROND, sleutel,
                "In een gemeenschappelijke ruimte zijn alleen mogelijk: " + String.join(", ", lijst) + "; een " + a.omschrijving() + " hoort daar niet bij");
    };

    /** W-09: een woonwagen of woonschip alleen bij minstens 5 jaar levensduur en stand- of ligplaats. */
    public static final Regel<Woonaanvraag> W09_WOONWAGEN_WOONSCHIP = (a, t) -> {
        Woningtype type = a.woning().type();
        if (!type.isWoonwagenOfWoonschip() || !a.soort().isAanpassing()) {
            return t.toepassing("W-09", Uitkomst.NIET_VAN_TOEPASSING, "Het gaat niet om de aanpassing van een woonwagen of woonschip");
        }
        if (a.restLevensduurJaren() == null || a.standplaatsJaren() == null) {
            return t.toepassing("W-09", Uitkomst.ONVOLDOENDE_GEGEVENS, "Het onderzoek heeft de resterende levensduur van uw "
                    + type.omschrijving() + " of de beschikbaarheid van de " + (type == Woningtype.WOONWAGEN ? "standplaats" : "ligplaats") + " niet vastgesteld");
        }
        Duur levensduur = t.regelset().duur("woon.woonwagen_woonschip.min_levensduur");
        Duur plaats = t.regelset().duur("woon.woonwagen_woonschip.min_standplaats");
        String plaatsnaam = type == Woningtype.WOONWAGEN ? "standplaats" : "ligplaats";
        List<String> gebreken = new ArrayList<>();
        if (!genoeg(a.peildatum(), a.restLevensduurJaren(), levensduur)) {
            gebreken.add("de technische levensduur van uw " + type.omschrijving() + " is nog " + a.restLevensduurJaren() + " jaar, minder dan " + levensduur);
        }
        if (!genoeg(a.peildatum(), a.standplaatsJaren(), plaats)) {
            gebreken.add("uw " + plaatsnaam + " in de gemeente blijft nog " + a.standplaatsJaren() + " jaar beschikbaar, minder dan " + plaats);
        }
        return gebreken.isEmpty()
                ? t.toepassingMetParameter("W-09", Uitkomst.VOLDAAN, "woon.woonwagen_woonschip.min_levensduur",
                "Uw " + type.omschrijving() + " gaat nog minstens " + levensduur + " mee en uw " + plaatsnaam + " blijft minstens " + plaats + " beschikbaar")
                : t.toepassingMetParameter("W-09", Uitkomst.AFWIJZINGSGROND, "woon.woonwagen_woonschip.min_levensduur",
                "Een " + type.omschrijving() + " wordt alleen aangepast als de aanpassing duurzaam is, en " + String.join("; ", gebreken));
    };

    /** W-10: verhuiskosten zijn algemeen gebruikelijk, behalve bij een plotselinge noodzaak. */
    public static final Regel<Woonaanvraag> W10_VERHUISKOSTEN = (a, t) -> {
        if (a.soort() != Voorzieningsoort.VERHUIZING) {
            return t.toepassing("W-10", Uitkomst.NIET_VAN_TOEPASSING, "Er wordt geen vergoeding van verhuiskosten gevraagd");
        }
        return a.plotselingeNoodzaak()
                ? t.toepassingMetParameter("W-10", Uitkomst.VOLDAAN, "woon.algemeen_gebruikelijk",
                "Verhuiskosten zijn algemeen gebruikelijk, maar uw verhuizing is plotseling noodzakelijk geworden (bijvoorbeeld door een beroerte of ongeluk); daarom is een Pgb voor de verhuizing mogelijk")
                : t.toepassingMetParameter("W-10", Uitkomst.AFWIJZINGSGROND, "woon.algemeen_gebruikelijk",
                "Verhuiskosten zijn algemeen gebruikelijk en uw verhuizing is niet plotseling noodzakelijk geworden");
    };

    /** W-11: algemeen gebruikelijke woonvoorzieningen (de lijst van de regelset, en wat de gewone winkel verkoopt). */
    public static final Regel<Woonaanvraag> W11_ALGEMEEN_GEBRUIKELIJK = (a, t) -> {
        if (a.soort() == Voorzieningsoort.VERHUIZING) {
            return t.toepassing("W-11", Uitkomst.NIET_VAN_TOEPASSING, "Verhuiskosten zijn beoordeeld onder W-10");
        }
        String sleutel = "woon.algemeen_gebruikelijk";
        if (t.regelset().lijst(sleutel).stream().anyMatch(i -> i.equalsIgnoreCase(a.omschrijving()))) {
            return t.toepassingMetParameter("W-11", Uitkomst.AFWIJZINGSGROND, sleutel,
                    "Een " + a.omschrijving() + " staat op de lijst van algemeen gebruikelijke woonvoorzieningen");
        }
        if (a.inGewoneWinkel()) {
            return t.toepassingMetParameter("W-11", Uitkomst.AFWIJZINGSGROND, sleutel,
                    "Een " + a.omschrijving() + " is gewoon te koop in een winkel, bouwmarkt of thuiszorgwinkel en daarom algemeen gebruikelijk");
        }
        return t.toepassingMetParameter("W-11", Uitkomst.VOLDAAN, sleutel, "Een " + a.omschrijving() + " is niet algemeen gebruikelijk");
    };

    /** W-12: herbruikbare en dure roerende woonvoorzieningen in bruikleen (alleen waar de regelset een lijst heeft). */
    public static final Regel<Woonaanvraag> W12_BRUIKLEEN = (a, t) -> {
        if (t.regelset().zoekParameter("woon.bruikleen").isEmpty()) {
            return t.onbekendInGemeente("W-12");
        }
        boolean bruikleen = t.regelset().lijst("woon.bruikleen").stream().anyMatch(i -> i.equalsIgnoreCase(a.omschrijving()));
        return bruikleen
                ? t.toepassingMetParameter("W-12", Uitkomst.VAN_TOEPASSING, "woon.bruikleen",
                "Een " + a.omschrijving() + " kan opnieuw worden gebruikt of is duur en verplaatsbaar; u krijgt hem in bruikleen")
                : t.toepassingMetParameter("W-12", Uitkomst.NIET_VAN_TOEPASSING, "woon.bruikleen",
                "Een " + a.omschrijving() + " wordt niet in bruikleen verstrekt");
    };

    /** W-13: bij een huurwoning wordt de eigenaar gehoord vóór de aanpassing (toestemming is niet nodig). */
    public static final Regel<Woonaanvraag> W13_EIGENAAR = (a, t) -> {
        if (t.bron("W-13").isEmpty()) {
            return t.onbekendInGemeente("W-13");
        }
        if (a.woning().eigendom() || !a.soort().isAanpassing()) {
            return t.toepassing("W-13", Uitkomst.NIET_VAN_TOEPASSING, a.woning().eigendom()
                    ? "U bent zelf eigenaar van de woning" : "Er wordt geen woning aangepast");
        }
        return Boolean.TRUE.equals(a.eigenaarGehoord())
                ? t.toepassing("W-13", Uitkomst.VOLDAAN, "De eigenaar van uw woning is gehoord; zijn toestemming is niet nodig, "
                + "en u hoeft de aanpassing niet ongedaan te maken als u verhuist")
                : t.toepassing("W-13", Uitkomst.ONVOLDOENDE_GEGEVENS,
                "De eigenaar van uw woning moet eerst in de gelegenheid worden gesteld te worden gehoord");
    };

    /** W-17: een stalling alleen als de huidige stalling niet adequaat is. */
    public static final Regel<Woonaanvraag> W17_STALLING = (a, t) -> {
        if (a.soort() != Voorzieningsoort.STALLING) {
            return t.toepassing("W-17", Uitkomst.NIET_VAN_TOEPASSING, "Er wordt geen stallingsruimte gevraagd");
        }
        RegelToepassing oordeel = stalling(t.regelset(), a.woning().stalling());
        if (oordeel.uitkomst() == Uitkomst.VOLDAAN) {
            // De huidige stalling voldoet: dan is een nieuwe niet nodig.
            return RegelToepassing.van("W-17", Uitkomst.AFWIJZINGSGROND, oordeel.bron(),
                    "U hebt al een adequate stalling (afgesloten, overdekt, beschermd tegen diefstal en weer, bereikbaar); een stallingsvoorziening is niet nodig");
        }
        return oordeel.uitkomst() == Uitkomst.ONVOLDOENDE_GEGEVENS ? oordeel
                : RegelToepassing.van("W-17", Uitkomst.VOLDAAN, oordeel.bron(), oordeelZin(a.woning().stalling())
                + "; daarom kan een stallingsvoorziening worden getroffen");
    };

    /** W-18: een uitraaskamer voor wie ernstig ontremd gedrag vertoont. */
    public static final Regel<Woonaanvraag> W18_UITRAASKAMER = (a, t) -> {
        if (a.soort() != Voorzieningsoort.UITRAASKAMER) {
            return t.toepassing("W-18", Uitkomst.NIET_VAN_TOEPASSING, "Er wordt geen uitraaskamer gevraagd");
        }
        if (a.ernstigOntremd() == null) {
            return t.toepassing("W-18", Uitkomst.ONVOLDOENDE_GEGEVENS, "Het onderzoek heeft niet vastgesteld of er sprake is van ernstig ontremd gedrag");
        }
        return a.ernstigOntremd()
                ? t.toepassing("W-18", Uitkomst.VOLDAAN, "U vertoont door een gedragsstoornis ernstig ontremd gedrag: u kunt niet voorkomen "
                + "dat u schade toebrengt aan uzelf of uw omgeving en uw verzorger kan dat redelijkerwijs niet beïnvloeden; een uitraaskamer is daarom mogelijk")
                : t.toepassing("W-18", Uitkomst.AFWIJZINGSGROND, "Een uitraaskamer is alleen voor ernstig ontremd gedrag, en daarvan is bij u geen sprake");
    };

    /** C-11: voorzienbare woonvoorzieningen zijn voor eigen rekening. */
    public static final Regel<Woonaanvraag> C11_VOORZIENBAAR = (a, t) -> {
        String toelichting = a.toelichtingVoorzienbaar().isEmpty() ? "" : ": " + a.toelichtingVoorzienbaar();
        if (a.voorzienbaar() == null) {
            return t.toepassing("C-11", Uitkomst.NIET_VAN_TOEPASSING, "Voorzienbaarheid is hier niet aan de orde");
        }
        return a.voorzienbaar()
                ? t.toepassing("C-11", Uitkomst.AFWIJZINGSGROND, "U had kunnen voorzien dat u een " + a.omschrijving()
                + " nodig zou hebben en daarvoor kunnen reserveren; de kosten zijn voor uw rekening" + toelichting)
                : t.toepassing("C-11", Uitkomst.VOLDAAN, "U kon niet voorzien dat u een " + a.omschrijving() + " nodig zou hebben" + toelichting);
    };

    /** Alle woonregels, in de volgorde waarin de beschikking ze noemt. */
    public static List<Regel<Woonaanvraag>> alle() {
        List<Regel<Woonaanvraag>> regels = new ArrayList<>(voorBeoordelaar());
        regels.add(C11_VOORZIENBAAR);
        return List.copyOf(regels);
    }

    /** Voor de Beoordelaar van de verordening, die C-11 zelf al toetst. */
    public static List<Regel<Woonaanvraag>> voorBeoordelaar() {
        return List.of(W01_VERHUISADVIES, W05_WACHTTIJD, W06_GEBRUIKSRUIMTE, W07_WEIGERINGSGRONDEN, W08_GEMEENSCHAPPELIJK,
                W09_WOONWAGEN_WOONSCHIP, W10_VERHUISKOSTEN, W11_ALGEMEEN_GEBRUIKELIJK, W12_BRUIKLEEN, W13_EIGENAAR,
                W17_STALLING, W18_UITRAASKAMER);
    }

    /** W-05: de eerste dag waarop weer een woonvoorziening kan (vorige plus de wachttijd; precies 5 jaar later mag). */
    public static LocalDate vrijVanaf(Regelset regelset, LocalDate vorige) {
        return regelset.duur("woon.woonvoorziening.wachttijd").naKalender(vorige);
    }

    /** W-17: is deze stalling adequaat? VOLDAAN = ja, NIET_VOLDAAN = nee, ONVOLDOENDE_GEGEVENS = niet vastgesteld. */
    public static RegelToepassing stalling(Regelset regelset, Woonsituatie.Stalling stalling) {
        Toetsing t = Toetsing.voor(regelset);
        if (stalling == null) {
            return t.toepassing("W-17", Uitkomst.ONVOLDOENDE_GEGEVENS, "Het onderzoek heeft niet vastgesteld hoe u uw scootmobiel of elektrische rolstoel kunt stallen");
        }
        return stalling.adequaat()
                ? t.toepassing("W-17", Uitkomst.VOLDAAN, "Uw stalling is afgesloten, overdekt, beschermd tegen diefstal en weer en voor u bereikbaar")
                : t.toepassing("W-17", Uitkomst.NIET_VOLDAAN, oordeelZin(stalling));
    }

    private static String oordeelZin(Woonsituatie.Stalling s) {
        List<String> mist = new ArrayList<>();
        if (!s.afgesloten()) mist.add("niet afgesloten");
        if (!s.overdekt()) mist.add("niet overdekt");
        if (!s.beschermdTegenDiefstalEnWeer()) mist.add("niet beschermd tegen diefstal en weer");
        if (!s.bereikbaar()) mist.add("niet voor u bereikbaar");
        return "Uw huidige stalling is " + String.join(", ", mist) + " en dus niet adequaat";
    }

    private static boolean genoeg(LocalDate peildatum, int jaren, Duur minimum) {
        return !peildatum.plusYears(jaren).isBefore(minimum.naKalender(peildatum));
    }
}
