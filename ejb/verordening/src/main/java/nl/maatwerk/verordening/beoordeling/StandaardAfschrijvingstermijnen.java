package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Parameter;
import nl.maatwerk.verordening.regelset.Regelset;

import java.util.Optional;

/**
 * Afschrijvingstermijn uit de regelset: {@code hulpmiddel.afschrijvingstermijn.kind} tot de leeftijd
 * {@code hulpmiddel.kind.tot_leeftijd}, daarna {@code hulpmiddel.afschrijvingstermijn.volwassene}
 * . Geldt voor elke soort; een gebiedsmodule met preciezere termijnen zet de hare ervoor
 * met {@link AfschrijvingstermijnBron#ofAnders}.
 */
public final class StandaardAfschrijvingstermijnen implements AfschrijvingstermijnBron {

    @Override
    public Optional<Afschrijvingstermijn> afschrijvingstermijn(String voorzieningsoort, int leeftijdBijVerstrekking,
                                                               Regelset regelset) {
        boolean kind = leeftijdBijVerstrekking < regelset.geheelGetal("hulpmiddel.kind.tot_leeftijd");
        Parameter parameter = regelset.parameter(kind
                ? "hulpmiddel.afschrijvingstermijn.kind"
                : "hulpmiddel.afschrijvingstermijn.volwassene");
        return Optional.of(new Afschrijvingstermijn(regelset.duur(parameter.sleutel()), parameter.bron().voorRegel("C-04")));
    }
}
