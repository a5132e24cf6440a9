package nl.maatwerk.vervoer.regels;

import nl.maatwerk.domain.vervoer.Vervoerbesluit.Soort;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.StallingBron.Stallingsoordeel;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.vervoer.regels.Vervoersbeslissing.Uitslag;
import nl.maatwerk.vervoer.regels.Vervoersbeslissing.Vraag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** De besluiten over de andere vervoersvoorzieningen: elke regel die beslist, met id en artikel, toegekend en niet. */
class VervoersbeslissingTest {

    static final Regelboek BOEK = Regelboek.standaard();
    static final Regelset DOETINCHEM = BOEK.versie("0222-2017-03-01");
    static final Regelset LOCHEM = BOEK.versie("0262-2016-06-01");
    static final LocalDate OP = LocalDate.of(2024, 6, 3);

    static Vraag vraag(Soort soort) {
        return Vervoersbeslissing.leeg(soort, soort.omschrijving(), OP);
    }

    static Vraag prio(LocalDateTime aangevraagd, LocalDateTime gewenst, LocalDateTime gepland, String doel) {
        Vraag l = vraag(Soort.PRIORITEITSRIT);
        return new Vraag(l.soort(), l.omschrijving(), l.aangevraagdOp(), aangevraagd, gewenst, gepland, doel, false, false, false, false,
                null, null, null, null, false, false, false, false, false, false, false, null, null);
    }

    static Vraag scoot(boolean rijvaardig, boolean regiotaxiBruikbaar) {
        return new Vraag(Soort.SCOOTMOBIEL, "scootmobiel", OP, null, null, null, null, regiotaxiBruikbaar, regiotaxiBruikbaar, rijvaardig,
                false, null, null, null, null, false, false, false, false, false, false, false, null, null);
    }

    static Vraag autoaanpassing(LocalDate meeTot, LocalDate vorige, String gewenst, String doelmatig, boolean regiotaxiVoldoet) {
        return new Vraag(Soort.AUTOAANPASSING, "stuurbekrachtiging", OP, null, null, null, null, regiotaxiVoldoet, regiotaxiVoldoet, false, false,
                meeTot, vorige, gewenst == null ? null : new BigDecimal(gewenst), doelmatig == null ? null : new BigDecimal(doelmatig),
                false, false, false, false, false, false, false, null, null);
    }

    static Vraag taxi(boolean gecontracteerd, boolean gecombineerd) {
        return new Vraag(Soort.INDIVIDUELE_TAXI, "individuele taxi", OP, null, null, null, null, false, false, false, false, null, null, null, null,
                false, false, false, false, gecontracteerd, gecombineerd, false, null, null);
    }

    static Vraag dagbesteding(boolean beperking, String gekozen, String dichtst) {
        return new Vraag(Soort.DAGBESTEDING, "vervoer naar de zorgboerderij", OP, null, null, null, null, false, false, false, false, null, null,
                null, null, false, false, false, false, false, false, beperking, new BigDecimal(gekozen), new BigDecimal(dichtst));
    }

    static RegelToepassing regel(Uitslag u, String id) {
        return u.motivering().stream().filter(t -> t.regelId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("V-05 van toepassing: precies 24 uur vooraf, 20 minuten te vroeg, voor een uitvaart: toegekend en kosteloos (Doetinchem art. 10 lid 1)")
    void v05Toegekend() {
        LocalDateTime aankomst = LocalDateTime.of(2024, 6, 5, 14, 0);
        Uitslag u = Vervoersbeslissing.beslis(DOETINCHEM, prio(aankomst.minusHours(24), aankomst, aankomst.minusMinutes(20), "uitvaart"), Optional.empty());
        assertThat(u.toegekend()).isTrue();
        assertThat(regel(u, "V-05").motivering()).contains("zonder extra kosten", "artikel 10 lid 1", "regel V-05");
    }

    @Test
    @DisplayName("V-05 niet voldaan: 23 uur vooraf is een afwijzingsgrond, 1 minuut te laat niet toegekend (Lochem §5.2.6)")
    void v05Geweigerd() {
        LocalDateTime aankomst = LocalDateTime.of(2024, 6, 5, 14, 0);
        Uitslag laat = Vervoersbeslissing.beslis(LOCHEM, prio(aankomst.minusHours(23), aankomst, aankomst.minusMinutes(5), null), Optional.empty());
        assertThat(laat.toegekend()).isFalse();
        assertThat(regel(laat, "V-05").uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
        assertThat(regel(laat, "V-05").motivering()).contains("paragraaf 5.2.6");
        Uitslag teLaat = Vervoersbeslissing.beslis(LOCHEM, prio(aankomst.minusDays(2), aankomst, aankomst.plusMinutes(1), null), Optional.empty());
        assertThat(teLaat.toegekend()).isFalse();
        assertThat(regel(teLaat, "V-05").motivering()).contains("nooit te laat");
    }

    @Test
    @DisplayName("V-10 van toepassing (Lochem): adequate stalling (W-17) en rijvaardig geeft een scootmobiel, naast de regiotaxi (V-01)")
    void v10ScootmobielToegekend() {
        var w17 = new Stallingsoordeel(true, new RegelToepassing("W-17", Uitkomst.VOLDAAN, null, "De stalling is adequaat (regel W-17)."));
        Uitslag u = Vervoersbeslissing.beslis(LOCHEM, scoot(true, true), Optional.of(w17));
        assertThat(u.toegekend()).isTrue();
        assertThat(regel(u, "V-01").motivering()).contains("korte afstand");
        assertThat(regel(u, "V-10").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(regel(u, "W-17").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    @DisplayName("V-10 niet voldaan: geen stalling onderzocht (nader onderzoek), niet rijvaardig (afwijzingsgrond); Doetinchem kent V-10 niet")
    void v10ScootmobielNiet() {
        assertThat(Vervoersbeslissing.beslis(LOCHEM, scoot(true, true), Optional.empty()).toegekend()).isFalse();
        var w17 = new Stallingsoordeel(true, new RegelToepassing("W-17", Uitkomst.VOLDAAN, null, "De stalling is adequaat (regel W-17)."));
        Uitslag niet = Vervoersbeslissing.beslis(LOCHEM, scoot(false, true), Optional.of(w17));
        assertThat(niet.toegekend()).isFalse();
        assertThat(regel(niet, "V-10").uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
        Uitslag doetinchem = Vervoersbeslissing.beslis(DOETINCHEM, scoot(true, true), Optional.of(w17));
        assertThat(doetinchem.toegekend()).isFalse();
        assertThat(regel(doetinchem, "V-10").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("V-11 van toepassing: auto gaat nog 7 jaar mee, vorige aanpassing precies 7 jaar geleden: toegekend, het verschil met de doelmatige uitvoering voor de cliënt")
    void v11AutoaanpassingToegekend() {
        Uitslag u = Vervoersbeslissing.beslis(DOETINCHEM, autoaanpassing(OP.plusYears(7), OP.minusYears(7), "6500", "5000", false), Optional.empty());
        assertThat(u.toegekend()).isTrue();
        assertThat(u.bedrag()).isEqualByComparingTo("1500");
        assertThat(regel(u, "V-11").motivering()).contains("artikel 8 lid 3 onder c", "regel V-11");
        assertThat(regel(u, "V-01").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    @DisplayName("V-11 niet: auto gaat een dag minder dan 7 jaar mee, of vorige aanpassing een dag te kort geleden; V-01 weigert als de regiotaxi voldoet")
    void v11AutoaanpassingGeweigerd() {
        Uitslag kort = Vervoersbeslissing.beslis(LOCHEM, autoaanpassing(OP.plusYears(7).minusDays(1), null, null, null, false), Optional.empty());
        assertThat(kort.toegekend()).isFalse();
        assertThat(regel(kort, "V-11").uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
        Uitslag vorige = Vervoersbeslissing.beslis(LOCHEM, autoaanpassing(OP.plusYears(8), OP.minusYears(7).plusDays(1), null, null, false), Optional.empty());
        assertThat(vorige.toegekend()).isFalse();
        assertThat(vorige.bedrag()).isNull();
        Uitslag regiotaxi = Vervoersbeslissing.beslis(DOETINCHEM, autoaanpassing(OP.plusYears(8), null, null, null, true), Optional.empty());
        assertThat(regiotaxi.toegekend()).isFalse();
        assertThat(regel(regiotaxi, "V-01").uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
    }

    @Test
    @DisplayName("V-12 (Lochem): via de gecontracteerde vervoerder toegekend; niet gecontracteerd afwijzingsgrond; gecombineerd niet voldaan")
    void v12IndividueleTaxi() {
        assertThat(Vervoersbeslissing.beslis(LOCHEM, taxi(true, false), Optional.empty()).toegekend()).isTrue();
        Uitslag niet = Vervoersbeslissing.beslis(LOCHEM, taxi(false, false), Optional.empty());
        assertThat(niet.toegekend()).isFalse();
        assertThat(regel(niet, "V-12").motivering()).contains("paragraaf 5.2.6 onder c", "regel V-12");
        assertThat(Vervoersbeslissing.beslis(LOCHEM, taxi(true, true), Optional.empty()).toegekend()).isFalse();
        assertThat(regel(Vervoersbeslissing.beslis(DOETINCHEM, taxi(true, false), Optional.empty()), "V-12").uitkomst())
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("V-13 (Lochem §4.5.4, paragraaf 4.5.4): met beperking toegekend, de extra kosten van een verdere locatie voor de cliënt; zonder beperking afwijzingsgrond")
    void v13Dagbesteding() {
        Uitslag verder = Vervoersbeslissing.beslis(LOCHEM, dagbesteding(true, "3200", "2500"), Optional.empty());
        assertThat(verder.toegekend()).isTrue();
        assertThat(verder.bedrag()).isEqualByComparingTo("700");
        assertThat(regel(verder, "V-13").motivering()).contains("extra vervoerskosten", "regel V-13");
        Uitslag dichtbij = Vervoersbeslissing.beslis(LOCHEM, dagbesteding(true, "2500", "2500"), Optional.empty());
        assertThat(dichtbij.bedrag()).isNull();
        Uitslag zonder = Vervoersbeslissing.beslis(LOCHEM, dagbesteding(false, "2500", "2500"), Optional.empty());
        assertThat(zonder.toegekend()).isFalse();
        assertThat(regel(zonder, "V-13").uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
    }
}
