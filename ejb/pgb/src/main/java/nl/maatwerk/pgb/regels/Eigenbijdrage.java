package nl.maatwerk.pgb.regels;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * De eigen bijdrage voor het CAK: wanneer die loopt (E-01), de kostprijs (E-02), wie betaalt bij een
 * woningaanpassing voor een minderjarige (E-03) en de vrijstellingen van de gemeente (E-04).
 */
public final class Eigenbijdrage {

    static final String MAXIMUM = "bijdrage.kostprijs.max_woningaanpassing_vervoer";
    static final String VRIJSTELLINGEN = "bijdrage.vrijstellingen";
    static final String ALGEMEEN_KORT = "bijdrage.algemene_voorziening.vrij_korter_dan";

    private Eigenbijdrage() {
    }

    /** Soorten voorziening voor de kostprijs (E-02). */
    public enum Soort { DIENST, WONINGAANPASSING, VERVOERSHULPMIDDEL, OVERIGE_VOORZIENING, PGB }

    public record Kostprijs(BigDecimal bedrag, RegelToepassing toepassing) {
    }

    /**
     * E-02: dienst: het laagste gecontracteerde tarief plus een eventuele vervoersopslag; woningaanpassing en
     * vervoershulpmiddel: prijs plus onderhoud, aan het CAK hoogstens het maximum (€ 20.000); een andere
     * voorziening: prijs plus onderhoud; een Pgb: het bedrag van het budget.
     *
     * @param prijs    voor een dienst het laagste tarief (per eenheid), voor een Pgb het budget
     * @param opslag   onderhoud, of voor een dienst de vervoersopslag; mag null zijn
     */
    public static Kostprijs kostprijs(Regelset rs, Soort soort, BigDecimal prijs, BigDecimal opslag) {
        Toetsing t = Toetsing.voor(rs);
        BigDecimal extra = opslag == null ? BigDecimal.ZERO : opslag;
        return switch (soort) {
            case PGB -> new Kostprijs(Bedragen.centen(prijs), t.toepassingMetParameter("E-02", Uitkomst.VAN_TOEPASSING, MAXIMUM,
                    "De kostprijs van een persoonsgebonden budget is het bedrag van het budget: " + Bedragen.euro(prijs)));
            case DIENST -> new Kostprijs(Bedragen.centen(prijs.add(extra)), t.toepassingMetParameter("E-02", Uitkomst.VAN_TOEPASSING, MAXIMUM,
                    "De kostprijs van een dienst is het laagste gecontracteerde tarief (" + Bedragen.euro(prijs) + ")"
                            + (extra.signum() > 0 ? " plus de opslag voor vervoer (" + Bedragen.euro(extra) + ")" : "")));
            case WONINGAANPASSING, VERVOERSHULPMIDDEL -> {
                BigDecimal totaal = prijs.add(extra);
                BigDecimal max = rs.bedrag(MAXIMUM);
                BigDecimal kp = Bedragen.centen(totaal.min(max));
                yield new Kostprijs(kp, t.toepassingMetParameter("E-02", Uitkomst.VAN_TOEPASSING, MAXIMUM, "De kostprijs is de prijs die de gemeente betaalt "
                        + "plus onderhoud: " + Bedragen.euro(totaal) + (totaal.compareTo(max) > 0 ? "; aan het CAK wordt hoogstens " + Bedragen.euro(max)
                        + " doorgegeven" : "") + "; kostprijs " + Bedragen.euro(kp)));
            }
            case OVERIGE_VOORZIENING -> new Kostprijs(Bedragen.centen(prijs.add(extra)), t.toepassingMetParameter("E-02", Uitkomst.VAN_TOEPASSING, MAXIMUM,
                    "De kostprijs is de prijs die de gemeente betaalt plus onderhoud: " + Bedragen.euro(prijs.add(extra))));
        };
    }

    /** E-01: de bijdrage loopt zolang de voorziening wordt gebruikt of het Pgb loopt: start op de ingang, stop op het einde. */
    public static RegelToepassing looptijd(Regelset rs, LocalDate ingang, LocalDate einde, boolean pgb) {
        Toetsing t = Toetsing.voor(rs);
        String zin = "U betaalt een bijdrage in de kosten " + (pgb ? "gedurende de periode waarvoor het Pgb wordt verstrekt" : "zolang u de voorziening gebruikt")
                + ": vanaf " + Bedragen.datum(ingang) + (einde == null ? "" : " tot en met " + Bedragen.datum(einde))
                + "; het CAK stelt de hoogte vast volgens het Uitvoeringsbesluit Wmo 2015 en int haar";
        return t.bron("E-01").isPresent() ? t.toepassing("E-01", Uitkomst.VAN_TOEPASSING, zin) : t.onbekendInGemeente("E-01");
    }

    /**
     * E-04: geen bijdrage voor een voorziening die de gemeente vrijstelt (cliëntondersteuning; Doetinchem
     * collectief vervangend vervoer), en in Lochem niet voor een algemene voorziening die korter dan 6 maanden
     * loopt (precies 6 maanden: wel een bijdrage).
     *
     * @return de toepassing; {@link Uitkomst#VAN_TOEPASSING} betekent: vrijgesteld
     */
    public static RegelToepassing vrijstelling(Regelset rs, String omschrijving, boolean algemeneVoorziening, LocalDate ingang, LocalDate einde) {
        Toetsing t = Toetsing.voor(rs);
        String o = omschrijving == null ? "" : omschrijving.toLowerCase(Locale.ROOT);
        for (String v : rs.lijst(VRIJSTELLINGEN)) {
            String vl = v.toLowerCase(Locale.ROOT);
            if (!vl.startsWith("algemene voorziening") && o.contains(vl)) {
                return t.toepassingMetParameter("E-04", Uitkomst.VAN_TOEPASSING, VRIJSTELLINGEN, "Voor " + v + " is geen bijdrage in de kosten verschuldigd");
            }
        }
        if (algemeneVoorziening && rs.zoekParameter(ALGEMEEN_KORT).isPresent() && einde != null) {
            LocalDate grens = rs.duur(ALGEMEEN_KORT).naKalender(ingang);
            // einde is de laatste gebruiksdag: precies 6 maanden gebruik (1 januari t/m 30 juni) is niet korter.
            if (einde.plusDays(1).isBefore(grens)) {
                return t.toepassingMetParameter("E-04", Uitkomst.VAN_TOEPASSING, ALGEMEEN_KORT, "De algemene voorziening loopt korter dan "
                        + rs.duur(ALGEMEEN_KORT) + "; er is geen bijdrage verschuldigd");
            }
        }
        return t.toepassingMetParameter("E-04", Uitkomst.NIET_VAN_TOEPASSING, VRIJSTELLINGEN, "'" + omschrijving
                + "' valt niet onder de vrijstellingen van de bijdrage in deze gemeente");
    }

    /** E-03 met een gevolg: wie betaalt. */
    public enum Bijdrageplichtige { CLIENT, OUDERS, NIEMAND }

    public record Bijdrageplicht(Bijdrageplichtige wie, RegelToepassing toepassing) {
    }

    /** E-03: woningaanpassing voor een minderjarige: de ouders, niet als zij uit het gezag zijn ontheven of ontzet. */
    public static Bijdrageplicht bijdrageplicht(Regelset rs, int leeftijd, boolean woningaanpassing, boolean oudersOntheven) {
        Toetsing t = Toetsing.voor(rs);
        if (!woningaanpassing || leeftijd >= 18) {
            return new Bijdrageplicht(Bijdrageplichtige.CLIENT, t.toepassing("E-03", Uitkomst.NIET_VAN_TOEPASSING,
                    "Het gaat niet om een woningaanpassing voor een minderjarige; de bijdrage is van de cliënt"));
        }
        if (t.bron("E-03").isEmpty()) {
            return new Bijdrageplicht(Bijdrageplichtige.CLIENT, t.onbekendInGemeente("E-03"));
        }
        return oudersOntheven
                ? new Bijdrageplicht(Bijdrageplichtige.NIEMAND, t.toepassing("E-03", Uitkomst.VAN_TOEPASSING,
                "De ouders van de minderjarige zijn uit het gezag ontheven of ontzet; er is geen bijdrage verschuldigd"))
                : new Bijdrageplicht(Bijdrageplichtige.OUDERS, t.toepassing("E-03", Uitkomst.VAN_TOEPASSING,
                "De woningaanpassing is voor een minderjarige; de onderhoudsplichtige ouders zijn de bijdrage verschuldigd"));
    }

    /** Alle bijdrageregels voor een Pgb-budget samen (voor de CAK-export en de beschikking). */
    public static List<RegelToepassing> voorPgb(Regelset rs, BigDecimal bedrag, String omschrijving, LocalDate ingang, LocalDate einde) {
        List<RegelToepassing> uit = new ArrayList<>();
        uit.add(looptijd(rs, ingang, einde, true));
        uit.add(kostprijs(rs, Soort.PGB, bedrag, null).toepassing());
        uit.add(vrijstelling(rs, omschrijving, false, ingang, einde));
        return uit;
    }
}
