package nl.maatwerk.woonvoorzieningen.dienst;

import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;

import java.time.LocalDate;

/**
 * Een gevraagde woonvoorziening met de feiten uit het onderzoek. De woonsituatie, het laatste advies en de
 * vorige toekenning (W-05) haalt de dienst zelf uit het dossier. {@code aanvraagId}: de toegangsaanvraag
 * (tabel aanvraag) van dezelfde cliënt, of leeg.
 */
public record AanvraagGegevens(Voorzieningsoort soort, String omschrijving, Gebruiksruimte ruimte, LocalDate aangevraagdOp,
                               boolean gemeenschappelijkeRuimte, boolean verhuisdZonderReden, boolean nietNaarMeestGeschikteWoning,
                               boolean nietJaarrondBewoonbaar, boolean probleemDoorMaterialen, boolean achterstalligOnderhoud,
                               Integer restLevensduurJaren, Integer standplaatsJaren, boolean plotselingeNoodzaak,
                               boolean inGewoneWinkel, boolean onvoorzieneWijziging, String toelichtingWijziging,
                               Boolean voorzienbaar, String toelichtingVoorzienbaar, Boolean ernstigOntremd, Long aanvraagId) {

    /** Alleen de verplichte velden; de rest staat op "niet aan de orde". */
    public static AanvraagGegevens eenvoudig(Voorzieningsoort soort, String omschrijving, Gebruiksruimte ruimte, LocalDate op) {
        return new AanvraagGegevens(soort, omschrijving, ruimte, op, false, false, false, false, false, false,
                null, null, false, false, false, null, null, null, null, null);
    }

    public AanvraagGegevens metOnvoorzieneWijziging(String toelichting) {
        return new AanvraagGegevens(soort, omschrijving, ruimte, aangevraagdOp, gemeenschappelijkeRuimte, verhuisdZonderReden,
                nietNaarMeestGeschikteWoning, nietJaarrondBewoonbaar, probleemDoorMaterialen, achterstalligOnderhoud,
                restLevensduurJaren, standplaatsJaren, plotselingeNoodzaak, inGewoneWinkel, true, toelichting,
                voorzienbaar, toelichtingVoorzienbaar, ernstigOntremd, aanvraagId);
    }

    /** Hoort bij deze toegangsaanvraag (tabel aanvraag): de beschikking daarvan draagt advies en gronden. */
    public AanvraagGegevens bijAanvraag(Long id) {
        return new AanvraagGegevens(soort, omschrijving, ruimte, aangevraagdOp, gemeenschappelijkeRuimte, verhuisdZonderReden,
                nietNaarMeestGeschikteWoning, nietJaarrondBewoonbaar, probleemDoorMaterialen, achterstalligOnderhoud,
                restLevensduurJaren, standplaatsJaren, plotselingeNoodzaak, inGewoneWinkel, onvoorzieneWijziging, toelichtingWijziging,
                voorzienbaar, toelichtingVoorzienbaar, ernstigOntremd, id);
    }
}
