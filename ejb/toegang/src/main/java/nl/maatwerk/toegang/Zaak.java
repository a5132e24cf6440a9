package nl.maatwerk.toegang;

import nl.maatwerk.domain.toegang.Aanvraag;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Bezwaar;
import nl.maatwerk.domain.toegang.Melding;
import nl.maatwerk.domain.toegang.Onderzoek;
import nl.maatwerk.domain.toegang.ToegangDocument;
import nl.maatwerk.domain.toegang.Verslag;
import nl.maatwerk.domain.toegang.Voornemen;

import java.util.List;

/** Everything of one melding, loaded in one transaction for a screen or the API. */
public record Zaak(Melding melding, Onderzoek onderzoek, Verslag verslag, Aanvraag aanvraag, List<Voornemen> voornemens,
                   List<Beschikking> beschikkingen, List<Bezwaar> bezwaren, List<ToegangDocument> documenten) {
}
