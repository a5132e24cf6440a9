package nl.maatwerk.verordening.regelset;

import java.util.List;

/** Verschil tussen twee versies: welke parameters erbij kwamen, verdwenen of veranderden. */
public record RegelsetVerschil(String versieA, String versieB, List<Parameter> toegevoegd,
                               List<Parameter> verwijderd, List<Wijziging> gewijzigd) {

    public RegelsetVerschil {
        toegevoegd = List.copyOf(toegevoegd);
        verwijderd = List.copyOf(verwijderd);
        gewijzigd = List.copyOf(gewijzigd);
    }

    /** Een parameter die in beide versies staat, met een andere waarde, status of bron. */
    public record Wijziging(String sleutel, Parameter oud, Parameter nieuw) {
        public boolean waardeGewijzigd() {
            return !oud.waarde().equals(nieuw.waarde());
        }
    }

    public boolean isLeeg() {
        return toegevoegd.isEmpty() && verwijderd.isEmpty() && gewijzigd.isEmpty();
    }
}
