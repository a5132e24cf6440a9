package nl.maatwerk.verordening.koppeling;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Wat een gebied werkelijk heeft verstrekt. De pgb/financiënmodule maakt hieruit de start/stop-gegevens
 * voor het CAK (E-01, E-02 met de kostprijs, E-03, E-04) en de kosten per gemeente (O-06, O-07: per cliënt,
 * per inwoner, Pgb tegenover natura). Elk gebied (woonvoorzieningen, vervoer, rolstoelen, dienstverlening,
 * pgb zelf) implementeert dit voor zijn eigen voorzieningen.
 */
public interface VoorzieningenBron {

    /** Hoe de kostprijs geldt: per maand zolang de voorziening loopt, of eenmalig (een woningaanpassing). */
    enum Kostprijsbasis {
        PER_MAAND,
        EENMALIG
    }

    /**
     * Eén verstrekte voorziening.
     *
     * @param gebied           "woonvoorzieningen", "vervoer", "rolstoelen", "dienstverlening", "pgb"
     * @param referentie       de sleutel in het gebied (bijvoorbeeld "arrangement-12"), stabiel over exports
     * @param productcode      code voor CAK/iWmo (bijvoorbeeld een iWmo-productcategorie en -code) of eigen code
     * @param einde            leeg zolang de voorziening loopt
     * @param kostprijs        de kostprijs volgens E-02 in euro's (voor Pgb: het Pgb-bedrag), op {@code basis}
     * @param bijdrageplichtig of een eigen bijdrage verschuldigd is (E-01, E-03, E-04)
     * @param motivering       de toegepaste regels (E-02 met bron, en E-03/E-04 als die de plicht opheffen)
     */
    record GeleverdeVoorziening(String gebied, String referentie, long clientId, String gemeente,
                                String productcode, String omschrijving, Leveringsvorm vorm,
                                LocalDate ingang, LocalDate einde, BigDecimal kostprijs, Kostprijsbasis basis,
                                boolean bijdrageplichtig, List<RegelToepassing> motivering) {
    }

    /** Het gebied zoals in {@link GeleverdeVoorziening#gebied()}. */
    String gebied();

    /** Voorzieningen van deze gemeenten die in [van, tot] (inclusief) liepen of begonnen. */
    List<GeleverdeVoorziening> voorzieningen(Set<String> gemeenten, LocalDate van, LocalDate tot);
}
