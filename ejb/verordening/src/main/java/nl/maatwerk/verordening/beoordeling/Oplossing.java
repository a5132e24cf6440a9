package nl.maatwerk.verordening.beoordeling;

/** In hoeverre een trede van de ladder het probleem oplost. */
public enum Oplossing {
    VOLLEDIG,
    GEDEELTELIJK,
    NIET
}
