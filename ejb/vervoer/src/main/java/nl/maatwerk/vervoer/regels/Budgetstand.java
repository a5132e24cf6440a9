package nl.maatwerk.vervoer.regels;

import nl.maatwerk.verordening.regelset.Regelset;

/**
 * Gebruik van een jaarbudget (km of zones) en het signaal dat erbij hoort: vanaf 80 % een waarschuwing,
 * vanaf 100 % (ook precies op het budget) een overschrijdingssignaal voor de werkvoorraad van de consulent.
 * De drempels zijn werkafspraken uit issue 6, geen regels van de verordening; daarom staan ze hier en niet in
 * de regelset.
 */
public record Budgetstand(long budget, long gebruikt) {

    public static final int DREMPEL_WAARSCHUWING = 80;
    public static final int DREMPEL_BEREIKT = 100;

    public enum Signaal { GEEN, TACHTIG_PROCENT, HONDERD_PROCENT }

    public long resterend() {
        return Math.max(0, budget - gebruikt);
    }

    /** Afgerond naar beneden, zodat 79,9 % geen 80 %-signaal geeft. */
    public int percentage() {
        return budget <= 0 ? (gebruikt > 0 ? DREMPEL_BEREIKT : 0) : (int) Math.min(Integer.MAX_VALUE, gebruikt * 100 / budget);
    }

    public Signaal signaal() {
        if (budget <= 0) {
            return Signaal.GEEN;
        }
        if (gebruikt * 100 >= budget * DREMPEL_BEREIKT) {
            return Signaal.HONDERD_PROCENT;
        }
        return gebruikt * 100 >= budget * DREMPEL_WAARSCHUWING ? Signaal.TACHTIG_PROCENT : Signaal.GEEN;
    }

    /** Een rit die het budget overschrijdt: voor de rit was het budget niet op, erna is het meer dan op. */
    public boolean ritOverschrijdt(long ritGebruik) {
        return gebruikt - ritGebruik < budget && gebruikt > budget;
    }

    /** V-02: een rit langer dan de straal valt (mogelijk) buiten de straal rond het hoofdverblijf en wordt gemarkeerd. */
    public static boolean buitenStraal(Regelset r, int ritKm) {
        return r.zoekParameter(Parameters.STRAAL_KM).map(p -> ritKm > r.geheelGetal(p.sleutel())).orElse(false);
    }

    /** V-03: een rit van meer zones (opstapzone meegeteld) dan het reisgebied valt buiten het reisgebied. */
    public static boolean buitenReisgebied(Regelset r, int ritZones) {
        return r.zoekParameter(Parameters.REISGEBIED_ZONES).map(p -> ritZones > r.geheelGetal(p.sleutel())).orElse(false);
    }
}
