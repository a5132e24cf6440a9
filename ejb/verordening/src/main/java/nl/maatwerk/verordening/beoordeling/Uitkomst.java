package nl.maatwerk.verordening.beoordeling;

/** Wat een regel in een concreet geval oplevert. */
public enum Uitkomst {
    /** De regel staat een maatwerkvoorziening niet in de weg. */
    VOLDAAN,
    /** Een voorwaarde is niet vervuld; de weigering zelf staat bij de regel die weigert (bijvoorbeeld C-12 onder C-04). */
    NIET_VOLDAAN,
    /** Deze regel is een grond om de maatwerkvoorziening te weigeren. */
    AFWIJZINGSGROND,
    /** De regel is hier niet aan de orde, of staat niet in de regels van deze gemeente. */
    NIET_VAN_TOEPASSING,
    /** De regel geldt en heeft een gevolg (meldplicht, einde indicatie, heronderzoek); zie de motivering. */
    VAN_TOEPASSING,
    /** De feiten om de regel te toetsen ontbreken: eerst verder onderzoek. */
    ONVOLDOENDE_GEGEVENS
}
