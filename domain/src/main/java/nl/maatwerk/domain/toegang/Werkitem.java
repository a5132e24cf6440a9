package nl.maatwerk.domain.toegang;

import java.time.LocalDate;

/** One line of the werkvoorraad: a case with its next legal deadline. */
public record Werkitem(long meldingId, long clientId, String clientNaam, String gemeenteCode, Melding.Fase fase,
                       String behandelaar, LocalDate volgendeTermijn, String termijnRegel, String termijnOmschrijving,
                       boolean teLaat) {

    /** JPQL constructor expression: overdue is decided in Java from the peildatum, the order in the database. */
    public Werkitem(Long meldingId, Long clientId, String voornamen, String tussenvoegsel, String achternaam, String gemeenteCode,
                    Melding.Fase fase, String behandelaar, LocalDate volgendeTermijn, String termijnRegel,
                    String termijnOmschrijving) {
        this(meldingId, clientId, voornamen + " " + (tussenvoegsel == null ? "" : tussenvoegsel + " ") + achternaam,
                gemeenteCode, fase, behandelaar, volgendeTermijn, termijnRegel, termijnOmschrijving, false);
    }

    public Werkitem metTeLaat(LocalDate peildatum) {
        return new Werkitem(meldingId, clientId, clientNaam, gemeenteCode, fase, behandelaar, volgendeTermijn, termijnRegel,
                termijnOmschrijving, volgendeTermijn != null && volgendeTermijn.isBefore(peildatum));
    }
}
