package nl.maatwerk.verordening.koppeling;

/** Hoe een maatwerkvoorziening wordt verstrekt (Wmo 2015 art. 2.3.6): in natura of als Pgb. */
public enum Leveringsvorm {
    NATURA,
    PGB
}
