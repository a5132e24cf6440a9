package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.domain.woonvoorzieningen.AdviesUitkomst;
import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Een gevraagde woonvoorziening met de feiten die de weigeringsgronden en de bijzondere regels nodig
 * hebben: de context van de {@link Woonregels}. Maak hem met {@link #voor}.
 */
public final class Woonaanvraag {

    /** W-07 onder b tot en met f (004 art. 9 lid 6). */
    public record Weigeringsfeiten(boolean verhuisdZonderReden, boolean nietNaarMeestGeschikteWoning,
                                   boolean nietJaarrondBewoonbaar, boolean probleemDoorMaterialen, boolean achterstalligOnderhoud) {
        public static Weigeringsfeiten geen() {
            return new Weigeringsfeiten(false, false, false, false, false);
        }
    }

    private final LocalDate peildatum;
    private final Woonsituatie woning;
    private final Voorzieningsoort soort;
    private final String omschrijving;
    private final Gebruiksruimte ruimte;
    private boolean gemeenschappelijkeRuimte;
    private Weigeringsfeiten weigeringsfeiten = Weigeringsfeiten.geen();
    private Integer restLevensduurJaren;
    private Integer standplaatsJaren;
    private boolean plotselingeNoodzaak;
    private boolean inGewoneWinkel;
    private LocalDate laatsteWoonvoorziening;
    private boolean onvoorzieneWijziging;
    private Boolean eigenaarGehoord;
    private Boolean voorzienbaar;
    private String toelichtingVoorzienbaar = "";
    private Boolean ernstigOntremd;
    private AdviesUitkomst advies;

    private Woonaanvraag(LocalDate peildatum, Woonsituatie woning, Voorzieningsoort soort, String omschrijving, Gebruiksruimte ruimte) {
        this.peildatum = Objects.requireNonNull(peildatum, "peildatum");
        this.woning = Objects.requireNonNull(woning, "woning");
        this.soort = Objects.requireNonNull(soort, "soort");
        this.omschrijving = Objects.requireNonNull(omschrijving, "omschrijving").strip();
        this.ruimte = ruimte;
    }

    /**
     * @param omschrijving wat er gevraagd wordt, zoals het in de lijsten van de regelset staat ("traplift", "hellingbaan")
     * @param ruimte de gebruiksruimte waarvoor (null bij een verhuizing)
     */
    public static Woonaanvraag voor(LocalDate peildatum, Woonsituatie woning, Voorzieningsoort soort, String omschrijving, Gebruiksruimte ruimte) {
        return new Woonaanvraag(peildatum, woning, soort, omschrijving, ruimte);
    }

    public Woonaanvraag gemeenschappelijkeRuimte(boolean waarde) { this.gemeenschappelijkeRuimte = waarde; return this; }
    public Woonaanvraag weigeringsfeiten(Weigeringsfeiten waarde) { this.weigeringsfeiten = Objects.requireNonNull(waarde); return this; }
    /** W-09: resterende technische levensduur en beschikbaarheid van de stand- of ligplaats, in jaren. */
    public Woonaanvraag woonwagenOfWoonschip(Integer restLevensduurJaren, Integer standplaatsJaren) {
        this.restLevensduurJaren = restLevensduurJaren; this.standplaatsJaren = standplaatsJaren; return this;
    }
    public Woonaanvraag plotselingeNoodzaak(boolean waarde) { this.plotselingeNoodzaak = waarde; return this; }
    public Woonaanvraag inGewoneWinkel(boolean waarde) { this.inGewoneWinkel = waarde; return this; }
    /** W-05: de datum van de vorige woonvoorziening en of de beperkingen sindsdien onvoorzien zijn gewijzigd. */
    public Woonaanvraag vorigeWoonvoorziening(LocalDate datum, boolean onvoorzieneWijziging) {
        this.laatsteWoonvoorziening = datum; this.onvoorzieneWijziging = onvoorzieneWijziging; return this;
    }
    public Woonaanvraag eigenaarGehoord(Boolean waarde) { this.eigenaarGehoord = waarde; return this; }
    public Woonaanvraag voorzienbaar(Boolean waarde, String toelichting) {
        this.voorzienbaar = waarde; this.toelichtingVoorzienbaar = toelichting == null ? "" : toelichting.strip(); return this;
    }
    /** W-18: de cliënt kan niet voorkomen dat hij schade toebrengt en de verzorger kan dat redelijkerwijs niet beïnvloeden. */
    public Woonaanvraag ernstigOntremd(Boolean waarde) { this.ernstigOntremd = waarde; return this; }
    /** De uitkomst van het verhuisadvies (W-01), null als het nog niet is gegeven. */
    public Woonaanvraag advies(AdviesUitkomst waarde) { this.advies = waarde; return this; }

    public LocalDate peildatum() { return peildatum; }
    public Woonsituatie woning() { return woning; }
    public Voorzieningsoort soort() { return soort; }
    public String omschrijving() { return omschrijving; }
    public Gebruiksruimte ruimte() { return ruimte; }
    public boolean gemeenschappelijkeRuimte() { return gemeenschappelijkeRuimte; }
    public Weigeringsfeiten weigeringsfeiten() { return weigeringsfeiten; }
    public Integer restLevensduurJaren() { return restLevensduurJaren; }
    public Integer standplaatsJaren() { return standplaatsJaren; }
    public boolean plotselingeNoodzaak() { return plotselingeNoodzaak; }
    public boolean inGewoneWinkel() { return inGewoneWinkel; }
    public LocalDate laatsteWoonvoorziening() { return laatsteWoonvoorziening; }
    public boolean onvoorzieneWijziging() { return onvoorzieneWijziging; }
    public Boolean eigenaarGehoord() { return eigenaarGehoord; }
    public Boolean voorzienbaar() { return voorzienbaar; }
    public String toelichtingVoorzienbaar() { return toelichtingVoorzienbaar; }
    public Boolean ernstigOntremd() { return ernstigOntremd; }
    public AdviesUitkomst advies() { return advies; }
}
