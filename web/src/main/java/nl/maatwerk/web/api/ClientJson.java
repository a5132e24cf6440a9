package nl.maatwerk.web.api;

import nl.maatwerk.domain.client.Betrokkene;
import nl.maatwerk.domain.client.Client;

import java.time.LocalDate;
import java.util.List;

public record ClientJson(long id, String bsn, String voornamen, String tussenvoegsel, String achternaam,
                         LocalDate geboortedatum, String straat, String huisnummer, String postcode, String woonplaats,
                         String telefoon, String email, String gemeenteCode, String gemeente, long versie,
                         List<BetrokkeneJson> betrokkenen) {

    public record BetrokkeneJson(long id, String soort, String naam, String relatie, String telefoon, String email,
                                 String adres) {
        static BetrokkeneJson van(Betrokkene b) {
            return new BetrokkeneJson(b.getId(), b.getSoort().name(), b.getNaam(), b.getRelatie(), b.getTelefoon(),
                    b.getEmail(), b.getAdres());
        }
    }

    static ClientJson van(Client c, boolean metBetrokkenen) {
        return new ClientJson(c.getId(), c.getBsn(), c.getVoornamen(), c.getTussenvoegsel(), c.getAchternaam(),
                c.getGeboortedatum(), c.getStraat(), c.getHuisnummer(), c.getPostcode(), c.getWoonplaats(),
                c.getTelefoon(), c.getEmail(), c.getGemeente().getCode(), c.getGemeente().getNaam(), c.getVersion(),
                metBetrokkenen ? c.getBetrokkenen().stream().map(BetrokkeneJson::van).toList() : null);
    }
}
