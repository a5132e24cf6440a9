package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelset;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * C-10: een verzoek om in het voordeel van de cliënt af te wijken van de regels. Het geldt alleen met een
 * schriftelijke reden en de goedkeuring van een teamleider; de beoordeling markeert de uitkomst dan als
 * afwijkend. Het vastleggen en goedkeuren zelf (schermen, opslag) hoort bij de werkstroom.
 *
 * @param onderwerp          waarover wordt afgeweken, om herhaald gebruik te tellen (bijvoorbeeld "C-03 kortdurend")
 * @param schriftelijkeReden waarom toepassing van de regels hier onbillijk uitpakt
 * @param goedkeuring        null zolang niemand heeft goedgekeurd
 */
public record Hardheidsclausule(String onderwerp, String schriftelijkeReden, Goedkeuring goedkeuring) {

    public Hardheidsclausule {
        onderwerp = onderwerp == null ? "" : onderwerp.trim();
        schriftelijkeReden = schriftelijkeReden == null ? "" : schriftelijkeReden.trim();
    }

    public record Goedkeuring(String medewerker, Rol rol, LocalDate datum) {
        public Goedkeuring {
            Objects.requireNonNull(medewerker, "medewerker");
            Objects.requireNonNull(rol, "rol");
            Objects.requireNonNull(datum, "datum");
        }
    }

    /** Waarom de afwijking (nog) niet geldig is; leeg als zij geldig is. */
    public Optional<String> gebrek() {
        if (schriftelijkeReden.isEmpty()) {
            return Optional.of("er is geen schriftelijke reden vastgelegd");
        }
        if (goedkeuring == null) {
            return Optional.of("een teamleider heeft de afwijking nog niet goedgekeurd");
        }
        if (goedkeuring.rol() != Rol.TEAMLEIDER) {
            return Optional.of("de afwijking is goedgekeurd door " + goedkeuring.medewerker()
                    + ", die geen teamleider is");
        }
        return Optional.empty();
    }

    /**
     * Herhaald gebruik op één onderwerp is een signaal dat het beleid moet veranderen (toelichting 004 art. 26).
     * Het aantal toepassingen telt de werkstroom; de drempel is parameter hardheidsclausule.signaal_na_aantal.
     */
    public static boolean signaleertBeleidswijziging(Regelset regelset, long aantalToepassingenOpOnderwerp) {
        return regelset.zoekParameter("hardheidsclausule.signaal_na_aantal")
                .map(p -> aantalToepassingenOpOnderwerp >= regelset.geheelGetal("hardheidsclausule.signaal_na_aantal"))
                .orElse(false);
    }
}
