package nl.maatwerk.verordening.regelset;

import java.util.Objects;

/**
 * Eén parameter van een regelset.
 *
 * @param sleutel    stabiele sleutel uit de {@link ParameterCatalogus}, bijvoorbeeld "vervoer.cvv.km_per_jaar"
 * @param waarde     bij {@link ParameterStatus#VAST_TE_STELLEN} een demowaarde
 * @param toelichting vrije tekst uit het bestand, mag leeg zijn
 */
public record Parameter(String sleutel, Waarde waarde, ParameterStatus status, Bron bron, String toelichting) {

    public Parameter {
        Objects.requireNonNull(sleutel, "sleutel");
        Objects.requireNonNull(waarde, "waarde");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bron, "bron");
        toelichting = toelichting == null ? "" : toelichting;
    }

    public ParameterType type() {
        return waarde.type();
    }

    /** Waar: de waarde is een demowaarde die de gemeente nog moet vaststellen. */
    public boolean isDemo() {
        return status == ParameterStatus.VAST_TE_STELLEN;
    }
}
