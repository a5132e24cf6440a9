package nl.maatwerk.domain.toegang;

import java.time.LocalDate;

/**
 * Deadlines of one kind (T-04 onderzoek, T-11 beslissen) that fell on one day for one behandelaar: how many
 * were met (done on or before the day), missed (done later, or still open after it) and still open in time.
 */
public record Termijncijfer(LocalDate datum, String behandelaar, String regel, long gehaald, long gemist, long open) {
}
