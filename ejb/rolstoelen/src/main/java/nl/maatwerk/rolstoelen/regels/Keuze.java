package nl.maatwerk.rolstoelen.regels;

import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.StallingBron.Stallingsoordeel;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Het kiezen van een rolstoel of ander hulpmiddel (R-01 tot en met R-04): algemeen gebruikelijk en lenen of de
 * rolstoelpool eerst, een maatwerkvoorziening alleen als niets algemeens het oplost, het type volgens de aspecten
 * van 001 §5.3.4, en voor een elektrische rolstoel een adequate stalling (gevraagd aan woonvoorzieningen).
 */
public final class Keuze {

    private Keuze() {
    }

    /**
     * De selectieaspecten van R-03 (001 §5.3.4 onder a), zoals de consulent ze vastlegt.
     *
     * @param gebruik                 hoe vaak en waarvoor de rolstoel wordt gebruikt
     * @param zelfVoortbewegen        moet de cliënt zichzelf kunnen voortbewegen (of volstaat duwen door een ander)
     * @param kanZelfVoortbewegen     heeft de cliënt de kracht om een handbewogen rolstoel voort te bewegen
     * @param kanElektrischBesturen   kan de cliënt een elektrische rolstoel besturen
     * @param spierkrachtMedischPassend past het gebruik van eigen spierkracht in de medische behandeling
     */
    public record Selectie(String gebruik, boolean zelfVoortbewegen, boolean kanZelfVoortbewegen,
                           boolean kanElektrischBesturen, boolean spierkrachtMedischPassend) {
        public String samenvatting() {
            return "gebruik: " + gebruik + "; zelf voortbewegen nodig: " + janee(zelfVoortbewegen)
                    + "; kracht om zelf te rijden: " + janee(kanZelfVoortbewegen)
                    + "; kan elektrisch besturen: " + janee(kanElektrischBesturen)
                    + "; eigen spierkracht medisch passend: " + janee(spierkrachtMedischPassend);
        }

        private static String janee(boolean b) {
            return b ? "ja" : "nee";
        }
    }

    /**
     * @param gevraagd                 wat de cliënt vraagt, in woorden ("rollator", "rolstoel")
     * @param soort                    het gekozen type (leeg als het gevraagde geen depotsoort is)
     * @param incidenteelOfTijdelijk   de cliënt heeft het hulpmiddel maar incidenteel of tijdelijk nodig
     * @param algemeenToereikend       een algemeen gebruikelijke of algemene voorziening lost het afdoende op
     * @param selectie                 leeg als de aspecten (nog) niet zijn vastgelegd
     * @param stalling                 het oordeel van woonvoorzieningen (W-17); leeg als de woonsituatie niet is vastgelegd
     */
    public record Vraag(String gevraagd, Hulpmiddelsoort soort, boolean incidenteelOfTijdelijk, boolean algemeenToereikend,
                        Selectie selectie, Optional<Stallingsoordeel> stalling) {
    }

    public enum Conclusie {
        /** Een maatwerkvoorziening van dit type kan worden verstrekt (eerst uit het depot). */
        MAATWERK,
        /** Eerst iets vastleggen of regelen (selectie, stalling). */
        NADER_ONDERZOEK,
        GEWEIGERD
    }

    public record Advies(Conclusie conclusie, List<RegelToepassing> toepassingen) {
        public Advies {
            toepassingen = List.copyOf(toepassingen);
        }

        public String motivering() {
            return String.join("\n", toepassingen.stream().map(RegelToepassing::motivering).toList());
        }
    }

    public static Advies kies(Regelset regelset, Vraag v) {
        Toetsing t = Toetsing.voor(regelset);
        List<RegelToepassing> r = new ArrayList<>();
        r.add(algemeenGebruikelijk(regelset, t, v));
        r.add(welMaatwerk(t, v));
        r.add(selectie(t, v));
        r.addAll(stalling(t, v));
        Conclusie c = r.stream().anyMatch(RegelToepassing::isAfwijzingsgrond) ? Conclusie.GEWEIGERD
                : r.stream().anyMatch(x -> x.uitkomst() == Uitkomst.NIET_VOLDAAN || x.uitkomst() == Uitkomst.ONVOLDOENDE_GEGEVENS)
                ? Conclusie.NADER_ONDERZOEK : Conclusie.MAATWERK;
        return new Advies(c, r);
    }

    /** wandelstok, looprek, rollator zijn algemeen gebruikelijk; incidenteel of tijdelijk: huren of lenen. */
    static RegelToepassing algemeenGebruikelijk(Regelset regelset, Toetsing t, Vraag v) {
        String gevraagd = v.gevraagd() == null ? "" : v.gevraagd().trim().toLowerCase(Locale.ROOT);
        if (regelset.lijst("hulpmiddel.algemeen_gebruikelijk").contains(gevraagd)) {
            return t.toepassingMetParameter("R-01", Uitkomst.AFWIJZINGSGROND, "hulpmiddel.algemeen_gebruikelijk",
                    "Een " + gevraagd + " is algemeen gebruikelijk: iedereen kan die zelf kopen, dus daarvoor is geen maatwerkvoorziening nodig");
        }
        if (v.incidenteelOfTijdelijk()) {
            return t.toepassingMetParameter("R-01", Uitkomst.AFWIJZINGSGROND, "hulpmiddel.algemeen_gebruikelijk",
                    "U hebt het hulpmiddel maar incidenteel of tijdelijk nodig; dan gaat huren of lenen (bij een thuiszorgwinkel "
                            + "of uit de rolstoelpool) voor een maatwerkvoorziening");
        }
        return t.toepassingMetParameter("R-01", Uitkomst.VOLDAAN, "hulpmiddel.algemeen_gebruikelijk",
                "Het gevraagde (" + gevraagd + ") is niet algemeen gebruikelijk en u hebt het blijvend nodig; huren of lenen volstaat niet");
    }

    /** een maatwerkvoorziening voor verplaatsen in en om de woning als niets algemeens het oplost. */
    static RegelToepassing welMaatwerk(Toetsing t, Vraag v) {
        if (t.bron("R-02").isEmpty()) {
            return t.onbekendInGemeente("R-02");
        }
        if (v.algemeenToereikend()) {
            return t.toepassing("R-02", Uitkomst.AFWIJZINGSGROND, "Uw beperking bij het verplaatsen in en om de woning is afdoende op te lossen "
                    + "met een algemeen gebruikelijke of algemene voorziening");
        }
        return t.toepassing("R-02", Uitkomst.VOLDAAN, "Uw beperking bij het verplaatsen in en om de woning is niet afdoende op te lossen "
                + "met een algemeen gebruikelijke of algemene voorziening; een maatwerkvoorziening is aan de orde");
    }

    /** het type volgens gebruik, kracht, zelf of geduwd, besturen; eigen spierkracht waar medisch passend. */
    static RegelToepassing selectie(Toetsing t, Vraag v) {
        if (v.soort() == null || !v.soort().isRolstoel()) {
            return t.toepassing("R-03", Uitkomst.NIET_VAN_TOEPASSING, "Het gaat niet om de keuze van een rolstoel");
        }
        if (t.bron("R-03").isEmpty()) {
            return t.onbekendInGemeente("R-03");
        }
        Selectie s = v.selectie();
        if (s == null || s.gebruik() == null || s.gebruik().isBlank()) {
            return t.toepassing("R-03", Uitkomst.ONVOLDOENDE_GEGEVENS, "Leg eerst vast hoe vaak en waarvoor de rolstoel wordt gebruikt, "
                    + "of u zichzelf voortbeweegt of wordt geduwd, uw kracht en of u een elektrische rolstoel kunt besturen");
        }
        if (v.soort() == Hulpmiddelsoort.ELEKTRISCHE_ROLSTOEL && !s.kanElektrischBesturen()) {
            return t.toepassing("R-03", Uitkomst.NIET_VOLDAAN, "U kunt een elektrische rolstoel niet besturen; kies een ander type (" + s.samenvatting() + ")");
        }
        if (v.soort() == Hulpmiddelsoort.ELEKTRISCHE_ROLSTOEL && s.zelfVoortbewegen() && s.kanZelfVoortbewegen() && s.spierkrachtMedischPassend()) {
            return t.toepassing("R-03", Uitkomst.NIET_VOLDAAN, "U kunt met eigen spierkracht een handbewogen rolstoel voortbewegen en dat past "
                    + "in uw behandeling; dat houdt uw conditie op peil, dus een elektrische rolstoel is niet het aangewezen type (" + s.samenvatting() + ")");
        }
        if (v.soort() == Hulpmiddelsoort.HANDBEWOGEN_ROLSTOEL && s.zelfVoortbewegen() && !s.kanZelfVoortbewegen()) {
            return t.toepassing("R-03", Uitkomst.NIET_VOLDAAN, "U moet zichzelf voortbewegen maar hebt daar de kracht niet voor; "
                    + "een handbewogen rolstoel is niet adequaat (" + s.samenvatting() + ")");
        }
        return t.toepassing("R-03", Uitkomst.VOLDAAN, "Een " + v.soort().omschrijving() + " past bij de selectieaspecten (" + s.samenvatting() + ")");
    }

    /** R-04 (en W-17 van woonvoorzieningen): een elektrische rolstoel of scootmobiel vraagt een adequate stalling. */
    static List<RegelToepassing> stalling(Toetsing t, Vraag v) {
        if (v.soort() == null || !v.soort().isElektrisch()) {
            return List.of(t.toepassing("R-04", Uitkomst.NIET_VAN_TOEPASSING, "Het gaat niet om een elektrische rolstoel of scootmobiel; een stalling is niet nodig"));
        }
        List<RegelToepassing> r = new ArrayList<>();
        boolean kent = t.bron("R-04").isPresent();
        if (v.stalling() == null || v.stalling().isEmpty()) {
            r.add(kent ? t.toepassing("R-04", Uitkomst.ONVOLDOENDE_GEGEVENS, "Voor een " + v.soort().omschrijving()
                    + " is een adequate stalling nodig, maar de woonsituatie (stalling) is nog niet vastgelegd: onderzoek die eerst")
                    : t.onbekendInGemeente("R-04"));
            if (!kent) {
                r.add(RegelToepassing.van("W-17", Uitkomst.ONVOLDOENDE_GEGEVENS, null,
                        "De stalling is nog niet onderzocht; leg de woonsituatie vast bij woonvoorzieningen"));
            }
            return r;
        }
        Stallingsoordeel s = v.stalling().get();
        if (kent) {
            r.add(s.adequaat()
                    ? t.toepassing("R-04", Uitkomst.VOLDAAN, "U hebt een adequate stalling voor de " + v.soort().omschrijving())
                    : t.toepassing("R-04", Uitkomst.NIET_VOLDAAN, "Voor een " + v.soort().omschrijving()
                    + " is een adequate stalling nodig; die is er niet en moet eerst worden gerealiseerd"));
        } else {
            r.add(t.onbekendInGemeente("R-04"));
        }
        r.add(s.toepassing());
        return r;
    }
}
