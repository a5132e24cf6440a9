package nl.maatwerk.woonvoorzieningen.regels;

import nl.maatwerk.domain.woonvoorzieningen.AdviesUitkomst;
import nl.maatwerk.domain.woonvoorzieningen.Woningtype;
import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** Gedeelde gevallen voor de regeltests: de meegeleverde regelsets van Doetinchem en Lochem. */
final class Gevallen {

    static final LocalDate PEILDATUM = LocalDate.of(2024, 6, 3);
    static final Regelboek REGELBOEK = Regelboek.standaard();

    private Gevallen() {
    }

    static Regelset doetinchem() {
        return REGELBOEK.regelset("0222", PEILDATUM);
    }

    static Regelset lochem() {
        return REGELBOEK.regelset("0262", PEILDATUM);
    }

    static Regelset regelset(String gemeente) {
        return REGELBOEK.regelset(gemeente, PEILDATUM);
    }

    static Woonsituatie huurwoning() {
        return new Woonsituatie(Woningtype.EENGEZINSWONING, false, true, Set.of(Gebruiksruimte.BADKAMER, Gebruiksruimte.SLAAPKAMER), false, null);
    }

    static Woonsituatie koopwoning() {
        return new Woonsituatie(Woningtype.EENGEZINSWONING, true, true, Set.of(Gebruiksruimte.BADKAMER), false, null);
    }

    /** Geen bezwaar tegen verhuizen, duurzaam (10 jaar), aanpassing € 8.000, huishouden van 2. */
    static Verhuisweging weging(BigDecimal aanpassingskosten) {
        return new Verhuisweging(true, true, "", false, "", 10, "", true, "", null, "", aanpassingskosten, BigDecimal.ZERO, 2);
    }

    /** Een aanvraag voor een traplift in de huurwoning, met verhuisadvies AANPASSEN en de eigenaar gehoord. */
    static Woonaanvraag traplift() {
        return Woonaanvraag.voor(PEILDATUM, huurwoning(), Voorzieningsoort.HOOGTEVERSCHIL, "traplift", Gebruiksruimte.SLAAPKAMER)
                .advies(AdviesUitkomst.AANPASSEN).eigenaarGehoord(true);
    }
}
