package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Duur;
import nl.maatwerk.verordening.termijn.Termijnkalender;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Het uitbreidingspunt voor gebiedsmodules: een eigen {@link Regel} met eigen context in dezelfde
 * {@link Beoordeling}, en een eigen {@link AfschrijvingstermijnBron}. Als voorbeeld: de straal van het
 * collectief vervoer in Doetinchem (V-02).
 */
class GebiedsregelTest {

    /** Context van de (voorbeeld)vervoersmodule: hoe ver de gewenste bestemmingen liggen. */
    record Reisbehoefte(int verstePlaatsKm) {
    }

    /** V-02: collectief vervoer binnen de straal rond het hoofdverblijf; niet van toepassing waar geen straal geldt. */
    static final Regel<Reisbehoefte> STRAAL_V02 = (reis, toetsing) -> {
        Optional<BigDecimal> straal = toetsing.regelset().zoekParameter("vervoer.cvv.straal_km")
                .map(p -> toetsing.regelset().getal(p.sleutel()));
        if (straal.isEmpty()) {
            return toetsing.toepassing("V-02", Uitkomst.NIET_VAN_TOEPASSING, "In deze gemeente geldt geen straal voor het collectief vervoer");
        }
        boolean binnen = BigDecimal.valueOf(reis.verstePlaatsKm()).compareTo(straal.get()) <= 0;
        return toetsing.toepassingMetParameter("V-02", binnen ? Uitkomst.VOLDAAN : Uitkomst.AFWIJZINGSGROND, "vervoer.cvv.straal_km",
                "Uw verste bestemming ligt op " + reis.verstePlaatsKm() + " km; collectief vervoer wordt geboden tot "
                        + straal.get().toPlainString() + " km rond uw woning");
    };

    private final Beoordelaar beoordelaar = new Beoordelaar(Regelboek.standaard());

    @Test
    @DisplayName("V-02 via het uitbreidingspunt: bestemming binnen 20 km in Doetinchem")
    void gebiedsregelVoldaan() {
        Beoordeling b = beoordelaar.beoordeel(situatie("0222"), new Reisbehoefte(15), List.of(STRAAL_V02));
        assertThat(b.isAangewezen()).isTrue();
        assertThat(b.toepassing("V-02")).hasValueSatisfying(t -> {
            assertThat(t.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(t.motivering()).isEqualTo("Uw verste bestemming ligt op 15 km; collectief vervoer wordt geboden tot 20 km rond uw woning "
                    + "(artikel 10 lid 2 Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017, regel V-02).");
        });
        // De gebiedsregel komt na de algemene criteria.
        assertThat(b.toepassingen().get(b.toepassingen().size() - 1).regelId()).isEqualTo("V-02");
    }

    @Test
    @DisplayName("V-02 via het uitbreidingspunt: bestemming op 35 km wordt een afwijzingsgrond")
    void gebiedsregelWeigert() {
        Beoordeling b = beoordelaar.beoordeel(situatie("0222"), new Reisbehoefte(35), List.of(STRAAL_V02));
        assertThat(b.conclusie().soort()).isEqualTo(Conclusie.Soort.AFGEWEZEN);
        assertThat(b.conclusie().gronden()).extracting(RegelToepassing::regelId).containsExactly("V-02");
    }

    @Test
    @DisplayName("V-02 geldt niet in Lochem (zones in plaats van een straal)")
    void gebiedsregelNietVanToepassing() {
        Beoordeling b = beoordelaar.beoordeel(situatie("0262"), new Reisbehoefte(35), List.of(STRAAL_V02));
        assertThat(b.isAangewezen()).isTrue();
        assertThat(b.toepassing("V-02")).get().extracting(RegelToepassing::uitkomst).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    @DisplayName("C-04 onder c met de afschrijvingstermijn van een gebiedsmodule (scootmobiel 5 jaar), anders de standaard")
    void eigenAfschrijvingstermijnBron() {
        AfschrijvingstermijnBron vervoer = (soort, leeftijd, regelset) -> soort.equals("scootmobiel")
                ? Optional.of(new AfschrijvingstermijnBron.Afschrijvingstermijn(Duur.jaren(5),
                regelset.parameter("vervoer.auto.min_levensduur").bron().voorRegel("C-04")))
                : Optional.empty();
        Beoordelaar metModule = new Beoordelaar(Regelboek.standaard(), vervoer.ofAnders(new StandaardAfschrijvingstermijnen()),
                new Termijnkalender());

        Beoordeling scootmobiel = metModule.beoordeel(situatieMetEerdere("scootmobiel", LocalDate.of(2012, 1, 1)));
        assertThat(scootmobiel.toepassing("C-04")).get().extracting(RegelToepassing::uitkomst).isEqualTo(Uitkomst.VOLDAAN);

        Beoordeling rolstoel = metModule.beoordeel(situatieMetEerdere("rolstoel", LocalDate.of(2012, 1, 1)));
        assertThat(rolstoel.toepassing("C-04")).get().satisfies(t -> {
            assertThat(t.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(t.motivering()).contains("7 jaren");
        });
    }

    @Test
    @DisplayName("Volgorde: C-16, C-01 (vijf treden), C-07, C-08, C-06, C-12, C-04, C-11, C-05, C-02, C-03, C-09")
    void volgordeVanDeRegels() {
        Beoordeling b = beoordelaar.beoordeel(situatie("0222"));
        assertThat(b.toepassingen()).extracting(RegelToepassing::regelId).containsExactly(
                "C-16", "C-01", "C-01", "C-01", "C-01", "C-01", "C-07", "C-08", "C-06", "C-12", "C-04", "C-11", "C-05", "C-02", "C-03", "C-09");
        assertThat(b.regelsetVersie()).isEqualTo("0222-2017-03-01");
        assertThat(b.selectie()).isEqualTo(RegelsetKeuze.Selectie.BESLISDATUM);
        assertThat(b.selectiedatum()).isEqualTo(LocalDate.of(2017, 6, 1));
    }

    @Test
    @DisplayName("C-10: herhaald gebruik van de hardheidsclausule signaleert een beleidswijziging vanaf de drempel")
    void hardheidsclausuleSignaal() {
        Regelset doetinchem = Regelboek.standaard().versie("0222-2017-03-01");
        assertThat(Hardheidsclausule.signaleertBeleidswijziging(doetinchem, 3)).isTrue();
        assertThat(Hardheidsclausule.signaleertBeleidswijziging(doetinchem, 2)).isFalse();
        assertThat(Hardheidsclausule.signaleertBeleidswijziging(Regelboek.standaard().versie("0262-2016-06-01"), 10)).isFalse();
    }

    private static Situatie situatieMetEerdere(String soort, LocalDate verstrekt) {
        return basis("0222").voorziening(new Feiten.Voorziening(soort, new Feiten.Kenmerken(true, false, false), false))
                .eerdereVerstrekking(new Feiten.EerdereVerstrekking(soort, verstrekt, false)).bouw();
    }

    private static Situatie situatie(String gemeente) {
        return basis(gemeente).bouw();
    }

    private static Situatie.Bouwer basis(String gemeente) {
        LocalDate datum = LocalDate.of(2017, 6, 1);
        Situatie.Bouwer b = Situatie.voor(gemeente, datum, new Toepassingsgrond.NieuweAanvraag(datum)).leeftijd(60);
        for (Trede trede : Trede.values()) {
            b.ladder(trede, Oplossing.NIET, "");
        }
        return b.voorliggend(Feiten.Voorliggend.geen())
                .weigeringsfeiten(new Feiten.Weigeringsfeiten(true, false))
                .noodzaak(new Feiten.Noodzaak(true, true, true))
                .huishouden(new Feiten.Huishouden(false, false, null))
                .afwegingen(Arrays.stream(Afwegingsfactor.values()).map(f -> new Afweging(f, "n.v.t.")).toList());
    }
}
