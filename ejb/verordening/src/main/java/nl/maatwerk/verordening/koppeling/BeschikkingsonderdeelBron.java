package nl.maatwerk.verordening.koppeling;

import nl.maatwerk.verordening.beoordeling.RegelToepassing;

import java.time.LocalDate;
import java.util.List;

/**
 * De gebiedsbeslissingen die in de beschikking van een aanvraag horen (toegang maakt de brief). Een gebied
 * legt bij zijn beslissing het id van de toegangsaanvraag vast (kolom {@code aanvraag_id}, tabel
 * {@code aanvraag} uit V3) en geeft hier per onderdeel wat de cliënt moet lezen: de voorziening, de vorm, de
 * looptijd, de voorwaarden en elke toegepaste regel met id en artikel (het advies, de weigeringsgronden).
 */
public interface BeschikkingsonderdeelBron {

    /**
     * @param toegekend  false als het onderdeel wordt geweigerd (de motivering noemt dan de afwijzingsgronden)
     * @param vorm       leeg bij een weigering
     * @param einde      leeg voor onbepaalde tijd
     * @param voorwaarden bijvoorbeeld de bruikleenvoorwaarden of de verantwoording van een Pgb
     */
    record Beschikkingsonderdeel(String gebied, String voorziening, boolean toegekend, Leveringsvorm vorm,
                                 LocalDate ingang, LocalDate einde, List<String> voorwaarden,
                                 List<RegelToepassing> motivering) {
    }

    /** Onderdelen die bij deze aanvraag zijn vastgelegd, in de volgorde waarin het gebied ze nam. */
    List<Beschikkingsonderdeel> onderdelen(long aanvraagId);
}
