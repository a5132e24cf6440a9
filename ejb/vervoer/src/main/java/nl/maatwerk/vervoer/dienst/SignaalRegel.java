package nl.maatwerk.vervoer.dienst;

import java.io.Serializable;
import java.time.LocalDateTime;

public record SignaalRegel(long id, String pasnummer, long clientId, String clientNaam, String gemeente, int jaar, String soort,
                           int drempel, String omschrijving, LocalDateTime aangemaaktOp, boolean afgehandeld) implements Serializable {
}
