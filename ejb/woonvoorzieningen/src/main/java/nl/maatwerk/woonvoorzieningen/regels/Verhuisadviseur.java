package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.domain.woonvoorzieningen.AdviesUitkomst;
import nl.maatwerk.domain.woonvoorzieningen.Richting;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Duur;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Weegt verhuizen tegen aanpassen (W-01 tot en met W-04) met de verhuis-Pgb (W-16). Volgorde van de
 * uitkomst: een probleem in de ligging laat alleen verhuizen toe (W-04); een aanpassing die niet duurzaam
 * is (factor c) leidt tot verhuizen (W-03); is aanpassen duurder dan verhuizen en is er geen objectief
 * bezwaar tegen verhuizen (factoren a, b, d, e), dan ook (W-03); anders wordt de woning aangepast.
 * Zuiver: dezelfde invoer en regelset geven hetzelfde advies.
 */
public final class Verhuisadviseur {

    private Verhuisadviseur() {
    }

    public static Advies adviseer(Regelset regelset, Woonsituatie woning, Verhuisweging w, LocalDate peildatum) {
        Toetsing t = Toetsing.voor(regelset);
        List<RegelToepassing> toepassingen = new ArrayList<>();
        List<Advies.Factor> factoren = new ArrayList<>();

        toepassingen.add(woning.locatieprobleem()
                ? t.toepassing("W-04", Uitkomst.VAN_TOEPASSING,
                "Uw probleem zit in de ligging van de woning; een aanpassing van de woning lost dat niet op, daarom is alleen een verhuisadvies mogelijk")
                : t.toepassing("W-04", Uitkomst.NIET_VAN_TOEPASSING, "Uw probleem zit niet in de ligging van de woning"));

        // (a) de persoon
        String voorkeur = w.voorkeurBlijven() ? "u blijft zelf liever in uw woning" : "u hebt geen bezwaar tegen verhuizen";
        factor(t, toepassingen, factoren, "a", "Kan verhuizen in redelijkheid van u worden verlangd?",
                w.verhuizenRedelijk() ? Richting.NEUTRAAL : Richting.AANPASSEN,
                (w.verhuizenRedelijk()
                        ? "Gezien de aard en het verloop van uw beperkingen, uw sociale contacten, leeftijd en gezondheid kan verhuizen redelijkerwijs van u worden verlangd"
                        : "Gezien de aard en het verloop van uw beperkingen, uw sociale contacten, leeftijd en gezondheid kan verhuizen redelijkerwijs niet van u worden verlangd")
                        + "; " + voorkeur, w.toelichtingPersoon());
        // (b) mantelzorg
        factor(t, toepassingen, factoren, "b", "Komt mantelzorg in gevaar als u verhuist?",
                w.mantelzorgInGevaar() ? Richting.AANPASSEN : Richting.NEUTRAAL,
                w.mantelzorgInGevaar() ? "De mantelzorg die u krijgt komt in gevaar als u verhuist"
                        : "Verhuizen brengt geen mantelzorg in gevaar", w.toelichtingMantelzorg());
        // (c) duurzaamheid
        Duur minimum = regelset.duur("woon.aanpassing.min_woonduur");
        boolean duurzaam = !peildatum.plusYears(w.verwachteWoonjaren()).isBefore(minimum.naKalender(peildatum));
        String zinC = "Naar verwachting kunt u nog " + w.verwachteWoonjaren() + (w.verwachteWoonjaren() == 1 ? " jaar" : " jaren")
                + " in de aangepaste woning wonen; een aanpassing is duurzaam als dat minstens " + minimum + " is, dus de aanpassing is "
                + (duurzaam ? "een duurzame oplossing" : "geen duurzame oplossing") + toelichting(w.toelichtingDuurzaamheid());
        RegelToepassing c = t.toepassingMetParameter("W-02", Uitkomst.VAN_TOEPASSING, "woon.aanpassing.min_woonduur", "Factor c: " + zinC);
        toepassingen.add(c);
        factoren.add(new Advies.Factor("c", "Is aanpassing een duurzame oplossing?",
                duurzaam ? Richting.AANPASSEN : Richting.VERHUIZEN, c.motivering()));
        // (d) alternatieve woning
        factor(t, toepassingen, factoren, "d", "Is er op korte termijn een geschikte, acceptabele en betaalbare andere woning?",
                w.alternatiefBeschikbaar() ? Richting.VERHUIZEN : Richting.AANPASSEN,
                w.alternatiefBeschikbaar() ? "Er is op korte termijn een geschikte woning voor u beschikbaar die acceptabel en betaalbaar is"
                        : "Er is op korte termijn geen geschikte, acceptabele en betaalbare andere woning voor u beschikbaar",
                w.toelichtingAlternatief());
        // (e) eigen woning
        if (!woning.eigendom()) {
            RegelToepassing e = t.toepassing("W-02", Uitkomst.NIET_VAN_TOEPASSING,
                    "Factor e: u huurt uw woning, dus verlies bij verkoop speelt niet");
            toepassingen.add(e);
            factoren.add(new Advies.Factor("e", "Leidt verkoop van uw eigen woning tot onacceptabel financieel nadeel?",
                    Richting.NIET_VAN_TOEPASSING, e.motivering()));
        } else {
            boolean nadeel = Boolean.TRUE.equals(w.financieelNadeel());
            factor(t, toepassingen, factoren, "e", "Leidt verkoop van uw eigen woning tot onacceptabel financieel nadeel?",
                    nadeel ? Richting.AANPASSEN : Richting.NEUTRAAL,
                    nadeel ? "Verkoop van uw eigen woning leidt tot een onacceptabel financieel nadeel of lukt niet binnen redelijke tijd"
                            : "Uw eigen woning kan binnen redelijke tijd worden verkocht zonder onacceptabel financieel nadeel",
                    w.toelichtingVerkoop());
        }

        // W-16 en W-03: de kosten naast elkaar
        WoonPgb.Berekening maximum = WoonPgb.verhuisMaximum(regelset, w.huishoudgrootte());
        toepassingen.addAll(maximum.toepassingen());
        Advies.Kostenvergelijking kosten = new Advies.Kostenvergelijking(Bedragen.centen(w.aanpassingskosten()), maximum.bedrag(),
                Bedragen.centen(w.overigeVerhuiskosten()), maximum.bedrag().add(Bedragen.centen(w.overigeVerhuiskosten())), w.huishoudgrootte());
        boolean bezwaar = !w.verhuizenRedelijk() || w.mantelzorgInGevaar() || !w.alternatiefBeschikbaar()
                || (woning.eigendom() && Boolean.TRUE.equals(w.financieelNadeel()));
        String vergelijking = "De aanpassing kost " + Bedragen.euro(kosten.aanpassingskosten()) + "; verhuizen kost hoogstens "
                + Bedragen.euro(kosten.verhuiskostenTotaal()) + " (de verhuis-Pgb van " + Bedragen.euro(kosten.verhuisPgbMaximum())
                + " plus " + Bedragen.euro(kosten.overigeVerhuiskosten()) + " aan andere kosten)";

        AdviesUitkomst uitkomst;
        if (woning.locatieprobleem()) {
            uitkomst = AdviesUitkomst.VERHUIZEN;
            toepassingen.add(t.toepassing("W-03", Uitkomst.NIET_VAN_TOEPASSING, vergelijking
                    + "; omdat het probleem in de ligging zit, telt deze vergelijking niet"));
        } else if (!duurzaam) {
            uitkomst = AdviesUitkomst.VERHUIZEN;
            toepassingen.add(t.toepassing("W-03", Uitkomst.VAN_TOEPASSING, vergelijking
                    + "; omdat aanpassing geen duurzame oplossing is, adviseren wij te verhuizen naar een meer geschikte woning"));
        } else if (kosten.aanpassenDuurder() && !bezwaar) {
            uitkomst = AdviesUitkomst.VERHUIZEN;
            toepassingen.add(t.toepassing("W-03", Uitkomst.VAN_TOEPASSING, vergelijking
                    + "; de aanpassing staat niet in verhouding tot verhuizen en er is geen objectief bezwaar tegen verhuizen, daarom adviseren wij te verhuizen"));
        } else {
            uitkomst = AdviesUitkomst.AANPASSEN;
            toepassingen.add(t.toepassing("W-03", Uitkomst.VAN_TOEPASSING, vergelijking + (kosten.aanpassenDuurder()
                    ? "; aanpassen is duurder, maar er is een objectief bezwaar tegen verhuizen (factor " + bezwaren(w, woning) + "), daarom wordt uw woning aangepast"
                    : "; aanpassen is niet duurder dan verhuizen en duurzaam, daarom wordt uw woning aangepast")));
        }
        toepassingen.add(uitkomst == AdviesUitkomst.VERHUIZEN
                ? t.toepassing("W-01", Uitkomst.VAN_TOEPASSING,
                "Verhuizen naar een geschikte woning is een passende bijdrage aan uw zelfredzaamheid en participatie; daarom adviseren wij te verhuizen en wordt uw huidige woning niet aangepast")
                : t.toepassing("W-01", Uitkomst.VOLDAAN,
                "Verhuizen is voor u geen passende bijdrage aan uw zelfredzaamheid en participatie; daarom kan uw huidige woning worden aangepast"));
        return new Advies(regelset.versie(), uitkomst, factoren, kosten, toepassingen);
    }

    private static String bezwaren(Verhuisweging w, Woonsituatie woning) {
        List<String> letters = new ArrayList<>();
        if (!w.verhuizenRedelijk()) letters.add("a");
        if (w.mantelzorgInGevaar()) letters.add("b");
        if (!w.alternatiefBeschikbaar()) letters.add("d");
        if (woning.eigendom() && Boolean.TRUE.equals(w.financieelNadeel())) letters.add("e");
        return String.join(", ", letters);
    }

    private static void factor(Toetsing t, List<RegelToepassing> toepassingen, List<Advies.Factor> factoren, String letter, String vraag,
                               Richting richting, String zin, String toelichting) {
        RegelToepassing toepassing = t.toepassing("W-02", Uitkomst.VAN_TOEPASSING, "Factor " + letter + ": " + zin + toelichting(toelichting));
        toepassingen.add(toepassing);
        factoren.add(new Advies.Factor(letter, vraag, richting, toepassing.motivering()));
    }

    private static String toelichting(String toelichting) {
        return toelichting == null || toelichting.isBlank() ? "" : " (" + toelichting + ")";
    }
}
