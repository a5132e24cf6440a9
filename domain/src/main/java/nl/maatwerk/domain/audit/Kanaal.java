package nl.maatwerk.domain.audit;

/** Through which door an action came in. */
public enum Kanaal {
    SCHERM, API, SYSTEEM
}
