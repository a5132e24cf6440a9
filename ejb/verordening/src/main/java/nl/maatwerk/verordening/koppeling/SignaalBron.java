package nl.maatwerk.verordening.koppeling;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Signalen uit de gebieden voor de gedeelde werkvoorraad van consulent en teamleider (toegang toont ze):
 * een Pgb dat 6 maanden niet is gebruikt (P-08), een intrekkingsgrond (P-16), een ritbudget op 80 % of 100 %
 * (vervoer), een hulpmiddel dat terug moet komen, enzovoort.
 */
public interface SignaalBron {

    /**
     * @param gebied     het gebied dat signaleert
     * @param referentie stabiele sleutel in het gebied, bijvoorbeeld "pgb-budget-7-P-08"
     * @param regelId    de regel die het signaal geeft (P-08), of leeg voor een werkafspraak
     * @param tekst      Nederlandse zin voor de werkvoorraad, met de bron als er een regel is
     * @param datum      sinds wanneer het signaal geldt
     * @param link       pad binnen de applicatie (zonder context root) naar het scherm om het af te handelen
     */
    record Signaal(String gebied, String referentie, long clientId, String gemeente, String regelId,
                   String tekst, LocalDate datum, String link) {
    }

    /** Openstaande signalen van deze gemeenten. */
    List<Signaal> signalen(Set<String> gemeenten);
}
