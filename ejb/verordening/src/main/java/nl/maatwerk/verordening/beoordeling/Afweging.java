package nl.maatwerk.verordening.beoordeling;

import java.util.Objects;

/** C-09: een meegewogen omstandigheid met wat het onderzoek erover vaststelde ("n.v.t." mag). */
public record Afweging(Afwegingsfactor factor, String opmerking) {

    public Afweging {
        Objects.requireNonNull(factor, "factor");
        opmerking = opmerking == null ? "" : opmerking.trim();
    }
}
