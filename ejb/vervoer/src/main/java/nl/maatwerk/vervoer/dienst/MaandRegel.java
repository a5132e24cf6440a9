package nl.maatwerk.vervoer.dienst;

import java.io.Serializable;
import java.math.BigDecimal;

/** Gebruik in één maand en cumulatief over het jaar, voor de tabel/grafiek. */
public record MaandRegel(int maand, String maandnaam, BigDecimal km, long zones, long ritten, BigDecimal kmCumulatief,
                         long zonesCumulatief) implements Serializable {
}
