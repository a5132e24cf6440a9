package nl.maatwerk.dienstverlening.toewijzing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Een dienstverleningsopdracht zoals die naar de aanbieder gaat, in de gegevens van een iWmo-toewijzing (WMO301).
 *
 * @param nummer ToewijzingNummer: één nummer voor de opdracht; het arrangement wordt als geheel gestart en gestopt
 */
public record Toewijzing(String nummer, String gemeenteCode, String agbCode, String bsn, LocalDate geboortedatum,
                         String achternaam, LocalDate toewijzingsdatum, LocalDate ingang, LocalDate einde,
                         List<Product> producten) {

    /**
     * Eén toegewezen product: een resultaatgebied met trede.
     *
     * @param categorie      iWmo-productcategorie (01, 02, 03, 04, 06)
     * @param code           productcode (vijf tekens, bijvoorbeeld SPF03)
     * @param bedragPerMaand het tarief van de gekozen aanbieder per maand
     */
    public record Product(String categorie, String code, String omschrijving, BigDecimal bedragPerMaand) {
    }

    public Toewijzing {
        producten = List.copyOf(producten);
    }
}
