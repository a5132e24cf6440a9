package nl.maatwerk.dienstverlening.dienst;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** De gegevens die de dienstverlening in- en uitgeeft (schermen en API), zonder entiteiten. */
public final class Gegevens {

    private Gegevens() {
    }

    /** Eén resultaatgebied (sleutel uit de regelset, bijvoorbeeld "dagbesteding") met trede en subdoelen. */
    public record OnderdeelInvoer(String resultaatgebied, int trede, List<String> subdoelen, boolean vervoer) {
    }

    /** Een lid van het huishouden: relatie PARTNER, KIND of HUISGENOOT. */
    public record HuisgenootInvoer(String relatie, int leeftijd, boolean beperkt, boolean overbelast) {
    }

    /**
     * Het arrangement dat de consulent vaststelt. {@code verloop}: STABIEL, VERSLECHTEREND, VERBETERING of
     * BEPERKTE_LEVENSVERWACHTING; {@code grondslagen}: somatisch, psychogeriatrisch, lichamelijk, psychiatrisch,
     * verstandelijk, zintuiglijk. {@code voorgangerId}: het arrangement dat dit wijzigt (D-08).
     */
    public record ArrangementInvoer(long clientId, Long aanvraagId, Long voorgangerId, List<OnderdeelInvoer> onderdelen,
                                    List<String> grondslagen, List<HuisgenootInvoer> huisgenoten, boolean kortdurend,
                                    boolean permanentToezicht, boolean mantelzorgerOntlastingNodig, boolean vervoerBeperking,
                                    LocalDate besluitdatum, LocalDate ingang, LocalDate einde, String verloop, boolean spoed,
                                    boolean voortzetting, boolean feitenVaststaand, boolean tijdelijk, boolean oggz) {
    }

    /** Eén toegepaste regel: id, uitkomst en de zin met bron die de cliënt leest. */
    public record Regel(String regelId, String uitkomst, String motivering) {
    }

    public record Gecontracteerde(long aanbiederId, String naam, String agbCode, BigDecimal bedragPerMaand) {
    }

    /** De uitkomst van de regels vóór het vaststellen: toegestaan als geen regel een afwijzingsgrond is. */
    public record Toets(boolean toegestaan, List<Regel> motivering, BigDecimal kostprijsPerMaand, List<Gecontracteerde> gecontracteerd) {
    }

    public record OnderdeelOverzicht(String resultaatgebied, String naam, int trede, String tredeNaam, String tredeOmschrijving,
                                     String productcode, List<String> subdoelen, boolean vervoer) {
    }

    public record OpdrachtOverzicht(String toewijzingnummer, long arrangementId, long clientId, String clientNaam, String gemeente,
                                    long aanbiederId, String aanbieder, String agbCode, LocalDateTime verzondenOp, BigDecimal bedragPerMaand,
                                    String status, LocalDate startdatum, LocalDate stopdatum, String redenStop, LocalDate planDatum,
                                    boolean planClient, boolean planAanbieder, String motivering) {
    }

    public record ArrangementOverzicht(long id, long clientId, String clientNaam, String gemeente, Long aanvraagId, Long voorgangerId,
                                       LocalDate besluitdatum, LocalDate ingang, LocalDate einde, String verloop, List<String> grondslagen,
                                       boolean tijdelijk, boolean oggz, String status, List<OnderdeelOverzicht> onderdelen,
                                       BigDecimal kostprijsPerMaand, String regelsetVersie, String motivering,
                                       List<OpdrachtOverzicht> opdrachten, long version) {
    }

    public record TariefOverzicht(String resultaatgebied, String naam, int trede, String tredeNaam, BigDecimal perMaand, BigDecimal vervoerstoeslag) {
    }

    public record ContractOverzicht(long id, String gemeente, LocalDate geldigVan, LocalDate geldigTot, boolean oggz, List<TariefOverzicht> tarieven) {
    }

    public record AanbiederOverzicht(long id, String agbCode, String naam, boolean klachtenregeling, boolean medezeggenschap,
                                     List<ContractOverzicht> contracten) {
    }

    public record AanbiederInvoer(String agbCode, String naam, boolean klachtenregeling, boolean medezeggenschap) {
    }

    public record TariefInvoer(String resultaatgebied, int trede, BigDecimal perMaand, BigDecimal vervoerstoeslag) {
    }

    public record ContractInvoer(String gemeente, LocalDate geldigVan, LocalDate geldigTot, boolean oggz, List<TariefInvoer> tarieven) {
    }

    /** Wat het inlezen van een WMO305/WMO307-bericht deed; {@code alVerwerkt}: eerder ingelezen, niets veranderd. */
    public record ImportUitkomst(String soort, int verwerkt, int alVerwerkt, List<String> meldingen) {
    }

    public record CalamiteitInvoer(String gemeente, String agbCode, Long clientId, String soort, LocalDate datumVoorval,
                                   LocalDate datumMelding, String omschrijving) {
    }

    public record CalamiteitOverzicht(long id, String gemeente, String aanbieder, Long clientId, String soort, LocalDate datumVoorval,
                                      LocalDate datumMelding, String omschrijving, boolean tijdig, boolean onderzocht, String motivering,
                                      String bevinding) {
    }

    public record KlachtInvoer(String gemeente, String agbCode, Long clientId, LocalDate ontvangenOp, String onderwerp) {
    }

    public record KlachtOverzicht(long id, String gemeente, String aanbieder, Long clientId, LocalDate ontvangenOp, String onderwerp,
                                  LocalDate afgehandeldOp, String motivering) {
    }

    /** Een cliënt met een voorziening in het jaar van het cliëntervaringsonderzoek (O-03). */
    public record Uitnodiging(long clientId, String naam, LocalDate van, LocalDate tot) {
    }

    /** Het vastgelegde onderzoek: wanneer, hoeveel cliënten uitgenodigd en de samenvatting van de uitkomst. */
    public record Uitgevoerd(LocalDate uitgevoerdOp, int uitgenodigd, String uitkomst, String vastgelegdDoor, String regelsetVersie) {
    }

    /** O-03 (004 art. 18 lid 3) voor een gemeente en jaar: de uit te nodigen cliënten, de regel, en of het onderzoek al is uitgevoerd. */
    public record ErvaringsonderzoekOverzicht(String gemeente, int jaar, String uitkomstRegel, String motivering, List<Uitnodiging> uitnodigen,
                                             Uitgevoerd uitgevoerd) {
    }

    public record ErvaringsonderzoekInvoer(String gemeente, Integer jaar, LocalDate uitgevoerdOp, String uitkomst) {
    }
}
