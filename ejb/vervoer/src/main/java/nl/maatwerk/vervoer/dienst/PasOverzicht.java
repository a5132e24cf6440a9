package nl.maatwerk.vervoer.dienst;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Een pas met zijn gebruik in een jaar, zoals schermen en API het tonen. */
public record PasOverzicht(long id, String pasnummer, long clientId, String clientNaam, String gemeente, String gemeentenaam,
                           LocalDate geldigVan, LocalDate geldigTot, Integer kmBudget, BigDecimal kmGebruikt, Integer kmProcent,
                           Integer zonesBudget, long zonesGebruikt, Integer zonesProcent, long ritten, long buitenGebied,
                           boolean begeleider, boolean kinderenMee, String extraService, String regelsetVersie, int jaar)
        implements Serializable {

    public BigDecimal kmResterend() {
        return kmBudget == null ? null : BigDecimal.valueOf(kmBudget).subtract(kmGebruikt).max(BigDecimal.ZERO);
    }

    public Long zonesResterend() {
        return zonesBudget == null ? null : Math.max(0, zonesBudget - zonesGebruikt);
    }
}
