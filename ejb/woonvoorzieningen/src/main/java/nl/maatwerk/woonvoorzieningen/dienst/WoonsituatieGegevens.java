package nl.maatwerk.woonvoorzieningen.dienst;

import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Woningtype;

import java.util.Set;

/** Invoer voor de woonsituatie; de stallingvelden mogen alle vier leeg zijn (niet onderzocht). */
public record WoonsituatieGegevens(Woningtype woningtype, boolean eigendom, boolean hoofdverblijf, Set<Gebruiksruimte> problemen,
                                   boolean locatieprobleem, Boolean stallingAfgesloten, Boolean stallingOverdekt,
                                   Boolean stallingBeschermd, Boolean stallingBereikbaar) {
}
