package nl.maatwerk.vervoer.dienst;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Een rit op het scherm en in de API; pasnummer en moment zijn samen de sleutel (V12). */
public record RitRegel(String pasnummer, LocalDateTime moment, String van, String naar, BigDecimal km, int zones,
                       boolean begeleider, boolean prioriteit, boolean buitenGebied) implements Serializable {
}
