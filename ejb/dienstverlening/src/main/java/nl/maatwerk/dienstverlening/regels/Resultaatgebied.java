package nl.maatwerk.dienstverlening.regels;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * De zeven resultaatgebieden van 001 §4.1.3 (D-01), met de sleutel waaronder ze in de regelset staan, de
 * paragraaf van 001 die ze beschrijft, hun iWmo-productcategorie voor de toewijzing (WMO301) en de treden in
 * de woorden van 001 H4. Het aantal treden dat geldt komt uit de regelset
 * ({@code dienstverlening.resultaatgebieden.treden}); de omschrijvingen hier zijn uitleg voor het scherm.
 */
public enum Resultaatgebied {

    SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN("sociaal_en_persoonlijk_functioneren", "Sociaal en persoonlijk functioneren",
            "§4.2", "02", "SPF", List.of(
            new Trede(1, "Beperkt", "De cliënt woont zelfstandig en redt zich, maar heeft een steuntje in de rug nodig (\"Doe je dit?\", \"Heb je daaraan gedacht?\"); hooguit één keer per week."),
            new Trede(2, "Beperkt/midden", "Een onderhoudsdosis ondersteuning om zelfstandigheid te vergroten of te behouden; frequenter of intensiever dan beperkt."),
            new Trede(3, "Midden", "Een stevig steuntje in de rug om zelfstandig te kunnen wonen; circa twee of drie keer per week."),
            new Trede(4, "Midden/intensief", "Begeleiding om (sociale) vaardigheden onder de knie te krijgen; de begeleiding kan taken overnemen; twee of drie momenten per week met wisselende intensiteit."),
            new Trede(5, "Intensief", "Ondersteuning op structuur/regievoering én praktische vaardigheden; het wezenlijk overnemen van taken; eerder dagelijks dan wekelijks."))),
    REGIE_OP_HET_HUISHOUDEN("regie_op_het_huishouden", "Ondersteuning bij de regie op het voeren van een huishouden",
            "§4.3", "01", "HH", List.of(
            // 001 §4.3.3 beschrijft de zeven treden niet afzonderlijk maar geeft de criteria voor de inschaling.
            huishoudtrede(1), huishoudtrede(2), huishoudtrede(3), huishoudtrede(4), huishoudtrede(5), huishoudtrede(6), huishoudtrede(7))),
    FINANCIEN("financien", "Financiën", "§4.4", "02", "FIN", List.of(
            new Trede(1, "Beperkt", "Een niet-complexe situatie: rekeningen via automatische incasso, geen schulden; een oogje in het zeil, één keer per week of per twee weken."),
            new Trede(2, "Midden", "Een complexe situatie: de financiële situatie inzichtelijk krijgen en toeleiden naar schulddienstverlening of beschermingsbewind."),
            new Trede(3, "Tijdelijk intensief", "Grote chaos en een flinke achterstand in het betalen (problematische schulden); tijdelijk intensief, daarna terugschakelen."))),
    DAGBESTEDING("dagbesteding", "Dagbesteding", "§4.5", "03", "DB", List.of(
            new Trede(1, "Beperkt", "Voor een klein gedeelte van de week dagbesteding; vooral het steunsysteem ontlasten en het netwerk vergroten."),
            new Trede(2, "Midden", "Voor ongeveer de helft van de week dagbesteding; matige tot ernstige beperkingen, vaste afspraken."),
            new Trede(3, "Intensief", "Voor het merendeel van de week dagbesteding; structuur en veiligheid of een opstap naar arbeidsmatige vaardigheden."))),
    ZELFZORG_EN_GEZONDHEID("zelfzorg_en_gezondheid", "Ondersteuning bij zelfzorg en gezondheid", "§4.6", "02", "ZZG", List.of(
            new Trede(1, "Beperkt", "Vooral mondelinge aansturing bij de persoonlijke verzorging en bij afspraken met zorgprofessionals."),
            new Trede(2, "Midden", "Regelmatig hulp of toezicht bij de dagelijkse verzorging en gezondheid; verantwoordelijkheden worden overgenomen."),
            new Trede(3, "Intensief", "Dagelijks worden zelfzorgactiviteiten overgenomen; er wordt toegezien dat de cliënt ze ook uitvoert."))),
    HUISVESTING("huisvesting", "Huisvesting", "§4.7", "06", "HV", List.of(
            new Trede(1, "Tijdelijk licht", "De verzorging van een briefadres voor cliënten zonder adres."),
            new Trede(2, "Begeleid wonen", "Niet in staat zelfstandig te wonen; toezicht tussen 7.00 en 23.00 uur nodig, daarna beschikbaarheid van toezicht."),
            new Trede(3, "Beschermd wonen", "Een psychiatrische aandoening met problematiek op meerdere leefgebieden; 24-uurs toezicht nodig."))),
    MANTELZORGONDERSTEUNING_MET_VERBLIJF("mantelzorgondersteuning_met_verblijf", "Mantelzorgondersteuning met verblijf", "§4.8", "04", "KV", List.of(
            new Trede(1, "Beperkt", "Mantelzorgondersteuning met verblijf gedurende 1 etmaal per week."),
            new Trede(2, "Midden", "Mantelzorgondersteuning met verblijf gedurende 2 etmalen per week."),
            new Trede(3, "Intensief", "Mantelzorgondersteuning met verblijf gedurende 3 etmalen per week.")));

    private static Trede huishoudtrede(int n) {
        return new Trede(n, "Trede " + n + " van 7", "Inschaling op het totaalbeeld van de samenstelling van het huishouden, de werkzaamheden "
                + "waarvoor ondersteuning nodig is, eenvoudige of complexe hulp en de mogelijkheden tot versterking van de zelfredzaamheid; "
                + "hoe meer werkzaamheden en hoe complexer, hoe hoger de trede.");
    }

    /** Een trede met de naam en een korte omschrijving uit 001 H4. */
    public record Trede(int nummer, String naam, String omschrijving) {
    }

    private final String sleutel;
    private final String naam;
    private final String paragraaf;
    private final String iwmoCategorie;
    private final String codeVoorvoegsel;
    private final List<Trede> treden;

    Resultaatgebied(String sleutel, String naam, String paragraaf, String iwmoCategorie, String codeVoorvoegsel, List<Trede> treden) {
        this.sleutel = sleutel;
        this.naam = naam;
        this.paragraaf = paragraaf;
        this.iwmoCategorie = iwmoCategorie;
        this.codeVoorvoegsel = codeVoorvoegsel;
        this.treden = treden;
    }

    /** De rij in de regelsettabellen ({@code dienstverlening.*}). */
    public String sleutel() {
        return sleutel;
    }

    public String naam() {
        return naam;
    }

    /** De paragraaf in 001 H4 waar dit resultaatgebied beschreven is. */
    public String paragraaf() {
        return paragraaf;
    }

    /**
     * Productcategorie in de iWmo-toewijzing: 01 huishoudelijke hulp, 02 begeleiding, 03 dagbesteding,
     * 04 kortdurend verblijf, 06 beschermd wonen (iWmo-codelijst productcategorie; te controleren tegen de
     * landelijke lijst die de gemeente gebruikt).
     */
    public String iwmoCategorie() {
        return iwmoCategorie;
    }

    /** Eigen productcode van vijf tekens: voorvoegsel plus trede, bijvoorbeeld "SPF03" of "HH007". */
    public String productcode(int trede) {
        String nummer = String.valueOf(trede);
        return codeVoorvoegsel + "0".repeat(5 - codeVoorvoegsel.length() - nummer.length()) + nummer;
    }

    public List<Trede> treden() {
        return treden;
    }

    public Optional<Trede> trede(int nummer) {
        return treden.stream().filter(t -> t.nummer() == nummer).findFirst();
    }

    public static Optional<Resultaatgebied> opSleutel(String sleutel) {
        return Arrays.stream(values()).filter(r -> r.sleutel.equals(sleutel) || r.name().equals(sleutel)).findFirst();
    }

    public static Optional<Resultaatgebied> opProductcode(String code) {
        return Arrays.stream(values()).filter(r -> code != null && code.startsWith(r.codeVoorvoegsel)
                && code.length() == 5 && code.substring(r.codeVoorvoegsel.length()).chars().allMatch(Character::isDigit)).findFirst();
    }
}
