package nl.maatwerk.vervoer.regels;

import nl.maatwerk.domain.vervoer.Vervoerbesluit.Soort;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.StallingBron.Stallingsoordeel;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Beslist over een andere vervoersvoorziening dan de regiotaxipas met de regels die daarvoor gelden:
 * V-05 (prioriteitsrit), V-01/C-06 (regiotaxi eerst) met V-10 (scootmobiel, gesloten voertuig), V-11 (auto,
 * autoaanpassing), V-12 (individuele taxi) en V-13 (dagbesteding). Zuiver: dezelfde vraag en regelset geven
 * hetzelfde besluit. Toegekend is het alleen als geen regel een afwijzingsgrond, "niet voldaan" of "onvoldoende
 * gegevens" geeft; elke toegepaste regel staat in de motivering.
 */
public final class Vervoersbeslissing {

    private Vervoersbeslissing() {
    }

    /** De feiten die de consulent vastlegt; alleen de velden van de gevraagde soort tellen. */
    public record Vraag(Soort soort, String omschrijving, LocalDate aangevraagdOp,
                        // V-05
                        LocalDateTime ritAangevraagdOp, LocalDateTime gewensteAankomst, LocalDateTime geplandeAankomst, String doel,
                        // V-01 (niet voor de prioriteitsrit, de dagbesteding en de korte afstand)
                        boolean regiotaxiBruikbaar, boolean regiotaxiPassend,
                        // V-10
                        boolean rijvaardig, boolean geslotenVervoerNodig,
                        // V-11
                        LocalDate autoMeeTot, LocalDate vorigeAanpassing, BigDecimal prijsGewenst, BigDecimal prijsDoelmatig,
                        boolean autoAlgemeenGebruikelijk, boolean rijgeschikt, boolean rijbewijs, boolean brommobiel,
                        // V-12
                        boolean gecontracteerdeVervoerder, boolean gecombineerdMetAnderen,
                        // V-13
                        boolean beperkingVoorAlgemeenVervoer, BigDecimal kostenGekozenLocatie, BigDecimal kostenDichtstbijzijnde) {
    }

    /** @param bedrag V-11: verschil voor de cliënt; V-13: extra kosten van de verdere locatie; anders leeg */
    public record Uitslag(boolean toegekend, BigDecimal bedrag, List<RegelToepassing> motivering) {
        public Uitslag {
            motivering = List.copyOf(motivering);
        }
    }

    /** @param stalling het oordeel over de stalling (W-17, woonvoorzieningen); leeg = niet onderzocht */
    public static Uitslag beslis(Regelset rs, Vraag v, Optional<Stallingsoordeel> stalling) {
        Toetsing t = Toetsing.voor(rs);
        List<RegelToepassing> m = new ArrayList<>();
        BigDecimal bedrag = null;
        switch (v.soort()) {
            case PRIORITEITSRIT -> m.add(Vervoerregels.PRIORITEITSRIT.toets(new Vervoerregels.Prioriteitsrit(v.ritAangevraagdOp(),
                    v.gewensteAankomst(), v.geplandeAankomst(), v.doel()), t));
            case SCOOTMOBIEL -> {
                m.add(regiotaxiEerst(v, Vervoerregels.Voorziening.SCOOTMOBIEL, t));
                m.add(Vervoerregels.SCOOTMOBIEL.toets(new Vervoerregels.Scootmobiel(stalling, v.rijvaardig()), t));
                stalling.ifPresent(s -> m.add(s.toepassing()));
            }
            case GESLOTEN_VOERTUIG -> {
                m.add(regiotaxiEerst(v, Vervoerregels.Voorziening.GESLOTEN_VOERTUIG, t));
                m.add(Vervoerregels.GESLOTEN_VOERTUIG.toets(new Vervoerregels.GeslotenVoertuig(v.geslotenVervoerNodig(),
                        v.regiotaxiBruikbaar() && v.regiotaxiPassend()), t));
            }
            case AUTO -> {
                m.add(regiotaxiEerst(v, Vervoerregels.Voorziening.AUTO, t));
                m.add(Vervoerregels.AUTO.toets(new Vervoerregels.Auto(v.autoAlgemeenGebruikelijk(), v.rijgeschikt(), v.rijvaardig(),
                        v.rijbewijs(), v.brommobiel()), t));
            }
            case AUTOAANPASSING -> {
                m.add(regiotaxiEerst(v, Vervoerregels.Voorziening.AUTOAANPASSING, t));
                var a = new Vervoerregels.Autoaanpassing(v.aangevraagdOp(), v.autoMeeTot(), v.vorigeAanpassing(), v.prijsGewenst(), v.prijsDoelmatig());
                m.add(Vervoerregels.AUTOAANPASSING.toets(a, t));
                BigDecimal verschil = Vervoerregels.pgbVerschil(a);
                bedrag = verschil.signum() > 0 ? verschil : null;
            }
            case INDIVIDUELE_TAXI -> {
                m.add(regiotaxiEerst(v, Vervoerregels.Voorziening.INDIVIDUELE_TAXI, t));
                m.add(Vervoerregels.INDIVIDUELE_TAXI.toets(new Vervoerregels.IndividueleTaxi(v.gecontracteerdeVervoerder(),
                        v.gecombineerdMetAnderen()), t));
            }
            case DAGBESTEDING -> {
                var d = new Vervoerregels.Dagbesteding(v.beperkingVoorAlgemeenVervoer(), v.kostenGekozenLocatie(), v.kostenDichtstbijzijnde());
                m.add(Vervoerregels.DAGBESTEDING.toets(d, t));
                BigDecimal extra = Vervoerregels.extraKostenDagbesteding(d);
                bedrag = extra.signum() > 0 ? extra : null;
            }
        }
        boolean toegekend = m.stream().noneMatch(r -> r.uitkomst() == Uitkomst.AFWIJZINGSGROND || r.uitkomst() == Uitkomst.NIET_VOLDAAN
                || r.uitkomst() == Uitkomst.ONVOLDOENDE_GEGEVENS)
                // A rule this gemeente's regels do not contain cannot grant anything (V-10, V-12, V-13 stand only in Lochem's 001).
                && m.stream().filter(r -> !r.regelId().equals("V-01") && !r.regelId().equals("W-17"))
                .anyMatch(r -> r.uitkomst() == Uitkomst.VOLDAAN);
        return new Uitslag(toegekend, toegekend ? bedrag : null, m);
    }

    private static RegelToepassing regiotaxiEerst(Vraag v, Vervoerregels.Voorziening gevraagd, Toetsing t) {
        return Vervoerregels.REGIOTAXI_EERST.toets(new Vervoerregels.Keuze(gevraagd, v.regiotaxiBruikbaar(), v.regiotaxiPassend()), t);
    }

    /** Een vraag met alleen soort, omschrijving en datum; de rest "nee" of leeg (voor tests en schermen die aanvullen). */
    public static Vraag leeg(Soort soort, String omschrijving, LocalDate op) {
        return new Vraag(soort, omschrijving, op, null, null, null, null, false, false, false, false, null, null, null, null,
                false, false, false, false, false, false, false, null, null);
    }
}
