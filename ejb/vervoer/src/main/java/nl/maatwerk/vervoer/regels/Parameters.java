package nl.maatwerk.vervoer.regels;

/** De sleutels uit de regelset (zie ParameterCatalogus) die de vervoersmodule leest. */
public final class Parameters {

    public static final String STRAAL_KM = "vervoer.cvv.straal_km";
    public static final String KM_PER_JAAR = "vervoer.cvv.km_per_jaar";
    public static final String KM_PER_JAAR_LAAG = "vervoer.cvv.km_per_jaar_laag";
    public static final String REISGEBIED_ZONES = "vervoer.cvv.reisgebied_zones";
    public static final String ZONES_PER_JAAR = "vervoer.cvv.zones_per_jaar";
    public static final String PRIO_VOORAF_UUR = "vervoer.prioriteitsrit.aanvragen_vooraf";
    public static final String PRIO_MAX_TE_VROEG = "vervoer.prioriteitsrit.max_te_vroeg";
    public static final String PRIO_KOSTELOOS = "vervoer.prioriteitsrit.kosteloos_voor";
    public static final String BEGELEIDING_ONDER = "vervoer.begeleiding.verplicht_onder_leeftijd";
    public static final String ALGEMEEN_GEBRUIKELIJK = "vervoer.algemeen_gebruikelijk";
    public static final String AUTO_LEVENSDUUR = "vervoer.auto.min_levensduur";
    public static final String AUTOAANPASSING_EENS_PER = "vervoer.autoaanpassing.eens_per";
    public static final String VRIJSTELLINGEN = "bijdrage.vrijstellingen";
    public static final String PGB_UITGESLOTEN = "pgb.uitgesloten_kostensoorten";

    private Parameters() {
    }
}
