package nl.maatwerk.toegang;

import nl.maatwerk.domain.toegang.Melding;

/** Filters of the werkvoorraad; "mijn" limits it to the caller's own items. */
public record Werkvoorraadfilter(String gemeente, Melding.Fase fase, String behandelaar, boolean mijn, boolean alleenTeLaat) {
}
