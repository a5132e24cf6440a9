package nl.maatwerk.kern.client;

import nl.maatwerk.domain.client.BetrokkeneSoort;

public record BetrokkeneGegevens(BetrokkeneSoort soort, String naam, String relatie, String telefoon, String email,
                                 String adres) {
}
