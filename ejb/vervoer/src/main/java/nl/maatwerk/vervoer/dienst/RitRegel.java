package nl.maatwerk.vervoer.dienst;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

public record RitRegel(long id, String pasnummer, LocalDateTime moment, String van, String naar, BigDecimal km, int zones,
                       boolean begeleider, boolean prioriteit, boolean buitenGebied) implements Serializable {
}
