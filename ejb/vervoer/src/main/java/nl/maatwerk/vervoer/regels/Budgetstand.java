package nl.maatwerk.vervoer.regels;

import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Gebruik van een jaarbudget (km of zones) en het signaal dat erbij hoort: vanaf 80 % een waarschuwing,
 * vanaf 100 % (ook precies op het budget) een overschrijdingssignaal voor de werkvoorraad van de consulent.
 * De drempels zijn werkafspraken uit issue 6, geen regels van de verordening; daarom staan ze hier en niet in
 * de regelset.
 */
public record Budgetstand(long budget, BigDecimal gebruikt) {

    public static final int DREMPEL_WAARSCHUWING = 80;
    public static final int DREMPEL_BEREIKT = 100;

    public enum Signaal { GEEN, TACHTIG_PROCENT, HONDERD_PROCENT }

    public Budgetstand(long budget, long gebruikt) {
        this(budget, BigDecimal.valueOf(gebruikt));
    }

    public BigDecimal resterend() {
        return BigDecimal.valueOf(budget).subtract(gebruikt).max(BigDecimal.ZERO);
    }

    /** Afgerond naar beneden, zodat 79,9 % geen 80 %-signaal geeft. */
    public int percentage() {
        if (budget <= 0) {
            return gebruikt.signum() > 0 ? DREMPEL_BEREIKT : 0;
        }
        return gebruikt.multiply(HONDERD).divide(BigDecimal.valueOf(budget), 0, RoundingMode.FLOOR).intValue();
    }

    /** De hoogste drempel die bereikt is; 100 % ook precies op het budget. */
    public Signaal signaal() {
        if (budget <= 0) {
            return Signaal.GEEN;
        }
        int p = percentage();
        return p >= DREMPEL_BEREIKT ? Signaal.HONDERD_PROCENT : p >= DREMPEL_WAARSCHUWING ? Signaal.TACHTIG_PROCENT : Signaal.GEEN;
    }

    /** Een rit die het budget overschrijdt: voor de rit was het budget niet op, erna is het meer dan op. */
    public boolean ritOverschrijdt(long ritGebruik) {
        BigDecimal b = BigDecimal.valueOf(budget);
        return gebruikt.subtract(BigDecimal.valueOf(ritGebruik)).compareTo(b) < 0 && gebruikt.compareTo(b) > 0;
    }

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    /** V-02: een rit langer dan de straal valt (mogelijk) buiten de straal rond het hoofdverblijf en wordt gemarkeerd. */
    public static boolean buitenStraal(Regelset r, BigDecimal ritKm) {
        return r.zoekParameter(Parameters.STRAAL_KM).map(p -> ritKm.compareTo(r.getal(p.sleutel())) > 0).orElse(false);
    }

    public static boolean buitenStraal(Regelset r, int ritKm) {
        return buitenStraal(r, BigDecimal.valueOf(ritKm));
    }

    /** V-03: een rit van meer zones (opstapzone meegeteld) dan het reisgebied valt buiten het reisgebied. */
    public static boolean buitenReisgebied(Regelset r, int ritZones) {
        return r.zoekParameter(Parameters.REISGEBIED_ZONES).map(p -> ritZones > r.geheelGetal(p.sleutel())).orElse(false);
    }
}
