package nl.maatwerk.verordening.beoordeling;

import java.util.Objects;

/** Het antwoord van het onderzoek op één trede van de ladder (C-01), met de opmerking van de consulent. */
public record LadderAntwoord(Trede trede, Oplossing oplossing, String opmerking) {

    public LadderAntwoord {
        Objects.requireNonNull(trede, "trede");
        Objects.requireNonNull(oplossing, "oplossing");
        opmerking = opmerking == null ? "" : opmerking.trim();
    }
}
