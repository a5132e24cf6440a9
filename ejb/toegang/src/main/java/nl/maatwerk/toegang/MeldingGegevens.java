package nl.maatwerk.toegang;

import nl.maatwerk.domain.toegang.Melding;

import java.time.LocalDateTime;

/** A new melding as the screen or the API sends it; {@code moment} null means now. */
public record MeldingGegevens(Long clientId, LocalDateTime moment, Melding.Kanaal kanaal, Melding.Melder gemeldDoor,
                              String melderNaam, String hulpvraag, boolean clientondersteuningAangeboden,
                              Melding.AndereWet doorverwezenNaar, String doorverwijzingToelichting,
                              Melding.Toegangsniveau toegangsniveau, String behandelaar) {
}
