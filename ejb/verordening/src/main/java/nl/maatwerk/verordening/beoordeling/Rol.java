package nl.maatwerk.verordening.beoordeling;

/** Rol van wie een afwijking goedkeurt (C-10): alleen een teamleider mag dat. */
public enum Rol {
    CONSULENT,
    TEAMLEIDER
}
