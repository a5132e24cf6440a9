package nl.maatwerk.kern.client;

import java.time.LocalDate;

/** What a screen or the API sends to register or change a client. Checked by the entity's constraints. */
public record ClientGegevens(String bsn, String voornamen, String tussenvoegsel, String achternaam,
                             LocalDate geboortedatum, String straat, String huisnummer, String postcode,
                             String woonplaats, String telefoon, String email, String gemeenteCode) {
}
