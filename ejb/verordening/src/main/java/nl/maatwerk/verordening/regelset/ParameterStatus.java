package nl.maatwerk.verordening.regelset;

/** Of een waarde uit een vastgesteld document komt of nog door de gemeente moet worden vastgesteld. */
public enum ParameterStatus {
    /** De waarde staat in het geciteerde document. */
    VASTGESTELD,
    /** Het document stelt geen getal; de waarde is een demowaarde tot de gemeente beslist. */
    VAST_TE_STELLEN
}
