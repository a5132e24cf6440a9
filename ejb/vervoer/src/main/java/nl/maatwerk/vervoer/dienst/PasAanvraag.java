package nl.maatwerk.vervoer.dienst;

import nl.maatwerk.vervoer.regels.Vervoerregels.ExtraService;
import nl.maatwerk.vervoer.regels.Vervoerregels.Reisbehoefte;

import java.io.Serializable;
import java.time.LocalDate;

/** Wat de consulent vastlegt om een regiotaxipas te verstrekken. */
public record PasAanvraag(long clientId, String pasnummer, LocalDate geldigVan, LocalDate geldigTot, Reisbehoefte behoefte,
                          boolean begeleider, boolean kinderenMee, ExtraService extraService, boolean oorzaakInWoning)
        implements Serializable {
}
