package nl.maatwerk.verordening.dienst;

import nl.maatwerk.verordening.regelset.Regelset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * A loaded version as the beheer screens and the API show it.
 *
 * @param bestand      the shipped file name, or null for an upload
 * @param geuploadDoor null for a shipped version
 * @param gebruik      per kind of decision ({@link RegelsetGebruik#soort()}) how many used this version
 */
public record VersieInfo(Regelset regelset, String bestand, String geuploadDoor, LocalDateTime geuploadOp,
                         String sha256, Map<String, Long> gebruik) {

    public enum Status {
        VERVALLEN("vervallen"), GELDEND("geldt nu"), TOEKOMSTIG("nog niet in werking");

        private final String omschrijving;

        Status(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public Status status(LocalDate vandaag) {
        if (regelset.geldigVanaf().isAfter(vandaag)) {
            return Status.TOEKOMSTIG;
        }
        return regelset.geldigOp(vandaag) ? Status.GELDEND : Status.VERVALLEN;
    }

    public boolean isMeegeleverd() {
        return bestand != null;
    }

    public String herkomst() {
        return isMeegeleverd() ? "meegeleverd (" + bestand + ")" : "geüpload door " + geuploadDoor;
    }

    public long aantalBeslissingen() {
        return gebruik.values().stream().mapToLong(Long::longValue).sum();
    }
}
