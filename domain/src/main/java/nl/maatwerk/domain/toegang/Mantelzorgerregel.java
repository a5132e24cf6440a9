package nl.maatwerk.domain.toegang;

import java.time.LocalDate;

/**
 * One mantelzorger of a client for the yearly appreciation (O-02), with the facts the rule needs: the last
 * melding in the year (empty when the client qualified by a voorziening running that year).
 */
public record Mantelzorgerregel(long betrokkeneId, String naam, String relatie, String adres, String email, String telefoon,
                                long clientId, String clientNaam, String gemeenteCode, LocalDate laatsteMelding) {

    /** JPQL constructor expression. */
    public Mantelzorgerregel(Long betrokkeneId, String naam, String relatie, String adres, String email, String telefoon,
                             Long clientId, String voornamen, String tussenvoegsel, String achternaam, String gemeenteCode) {
        this(betrokkeneId, naam, relatie, adres, email, telefoon, clientId,
                voornamen + " " + (tussenvoegsel == null ? "" : tussenvoegsel + " ") + achternaam, gemeenteCode, null);
    }

    public Mantelzorgerregel metLaatsteMelding(LocalDate datum) {
        return new Mantelzorgerregel(betrokkeneId, naam, relatie, adres, email, telefoon, clientId, clientNaam, gemeenteCode, datum);
    }
}
