package nl.maatwerk.verordening.koppeling;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Terugvorderingen die een gebied berekent en die financiën opvolgt: een Pgb voor een hulpmiddel of
 * woningaanpassing waarvan de indicatie vroegtijdig eindigt, naar rato van de resterende afschrijvingsduur
 * (R-07, 004 art. 15 lid 4). De pgb-module toont ze samen met haar eigen terugvorderingen (P-08).
 */
public interface TerugvorderingBron {

    /**
     * @param berekening de berekening in woorden, voor de brief en het scherm (bedrag, duur, resterende maanden)
     */
    record Terugvordering(String gebied, String referentie, long clientId, String gemeente,
                          String omschrijving, BigDecimal bedrag, LocalDate datum, String berekening,
                          List<RegelToepassing> motivering) {
    }

    List<Terugvordering> terugvorderingen(Set<String> gemeenten);
}
