package nl.maatwerk.vervoer.regels;

import nl.maatwerk.verordening.beoordeling.Afweging;
import nl.maatwerk.verordening.beoordeling.Afwegingsfactor;
import nl.maatwerk.verordening.beoordeling.Beoordelaar;
import nl.maatwerk.verordening.beoordeling.Beoordeling;
import nl.maatwerk.verordening.beoordeling.Conclusie;
import nl.maatwerk.verordening.beoordeling.Feiten;
import nl.maatwerk.verordening.beoordeling.Oplossing;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Situatie;
import nl.maatwerk.verordening.beoordeling.Toepassingsgrond;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Trede;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.beoordeling.StallingBron.Stallingsoordeel;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.vervoer.regels.Vervoerregels.*;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VervoerregelsTest {

    static final Regelboek BOEK = Regelboek.standaard();
    static final Regelset DOETINCHEM = BOEK.versie("0222-2017-03-01");
    static final Regelset LOCHEM = BOEK.versie("0262-2016-06-01");
    static final Toetsing D = Toetsing.voor(DOETINCHEM);
    static final Toetsing L = Toetsing.voor(LOCHEM);

    @Nested
    class RegiotaxiEerst {
        @Test
        @DisplayName("V-01/C-06 van toepassing: een auto wordt geweigerd als de regiotaxi bruikbaar en passend is (Doetinchem, art. 10 lid 1 en 4)")
        void autoGeweigerd() {
            RegelToepassing r = Vervoerregels.REGIOTAXI_EERST.toets(new Keuze(Voorziening.AUTO, true, true), D);
            assertThat(r.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(r.motivering()).contains("artikel 10 lid 1 en 4", "regel V-01", "collectieve voorziening gaat voor");
        }

        @Test
        @DisplayName("V-01 niet van toepassing als weigering: regiotaxi niet passend, dan wordt de auto beoordeeld (Lochem §5.2.6)")
        void regiotaxiNietPassend() {
            RegelToepassing r = Vervoerregels.REGIOTAXI_EERST.toets(new Keuze(Voorziening.AUTO, true, false), L);
            assertThat(r.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(r.motivering()).contains("paragraaf 5.2.6", "regel V-01");
        }

        @Test
        @DisplayName("V-01: een scootmobiel voor de korte afstand is te combineren met de regiotaxi")
        void korteAfstandCombineerbaar() {
            for (Toetsing t : List.of(D, L)) {
                RegelToepassing r = Vervoerregels.REGIOTAXI_EERST.toets(new Keuze(Voorziening.SCOOTMOBIEL, true, true), t);
                assertThat(r.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
                assertThat(r.motivering()).contains("naast de regiotaxi");
            }
        }

        @Test
        @DisplayName("V-01: de regiotaxi zelf als eerste keuze; niet bruikbaar geeft niet voldaan")
        void regiotaxiZelf() {
            assertThat(Vervoerregels.REGIOTAXI_EERST.toets(new Keuze(Voorziening.REGIOTAXI, true, true), D).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(Vervoerregels.REGIOTAXI_EERST.toets(new Keuze(Voorziening.REGIOTAXI, false, true), D).uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        }

        @Test
        @DisplayName("V-01 en V-02 via de Beoordelaar: na de algemene criteria (C-06 erin), en de conclusie weigert op V-01")
        void viaBeoordelaar() {
            Beoordeling b = new Beoordelaar(BOEK).beoordeel(situatie("0222"), new Keuze(Voorziening.INDIVIDUELE_TAXI, true, true),
                    List.of(Vervoerregels.REGIOTAXI_EERST));
            assertThat(b.toepassingen()).extracting(RegelToepassing::regelId).contains("C-06", "V-01");
            assertThat(b.conclusie().soort()).isEqualTo(Conclusie.Soort.AFGEWEZEN);
            assertThat(b.conclusie().gronden()).extracting(RegelToepassing::regelId).containsExactly("V-01");
            assertThat(b.regelsetVersie()).isEqualTo("0222-2017-03-01");
        }
    }

    @Nested
    class BereikEnBudget {
        @Test
        @DisplayName("V-02 Doetinchem: binnen 20 km voldaan, precies 20 km voldaan, 21 km afwijzingsgrond")
        void straal() {
            assertThat(Vervoerregels.STRAAL.toets(new Reisbehoefte(20, 0, 0, 0), D).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            RegelToepassing te = Vervoerregels.STRAAL.toets(new Reisbehoefte(21, 0, 0, 0), D);
            assertThat(te.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(te.motivering()).contains("artikel 10 lid 2", "regel V-02");
        }

        @Test
        @DisplayName("V-02 niet van toepassing in Lochem; V-03 niet van toepassing in Doetinchem")
        void perGemeente() {
            assertThat(Vervoerregels.STRAAL.toets(new Reisbehoefte(50, 9, 0, 0), L).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(Vervoerregels.REISGEBIED.toets(new Reisbehoefte(50, 9, 0, 0), D).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        }

        @Test
        @DisplayName("V-03 Lochem: 5 zones (woonzone meegeteld) voldaan, 6 zones afwijzingsgrond")
        void reisgebied() {
            assertThat(Vervoerregels.REISGEBIED.toets(new Reisbehoefte(0, 5, 0, 0), L).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            RegelToepassing r = Vervoerregels.REISGEBIED.toets(new Reisbehoefte(0, 6, 0, 0), L);
            assertThat(r.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(r.motivering()).contains("paragraaf 5.2.5", "regel V-03");
        }

        @Test
        @DisplayName("V-02 jaarbudget Doetinchem: behoefte 1.200 km wordt 1.200; precies 2.000 blijft 2.000; 2.500 wordt 2.000; geen zones")
        void budgetDoetinchem() {
            assertThat(Vervoerregels.jaarbudget(new Reisbehoefte(10, 0, 1200, 0), DOETINCHEM).km()).isEqualTo(1200);
            assertThat(Vervoerregels.jaarbudget(new Reisbehoefte(10, 0, 2000, 0), DOETINCHEM).km()).isEqualTo(2000);
            Jaarbudget hoog = Vervoerregels.jaarbudget(new Reisbehoefte(10, 0, 2500, 300), DOETINCHEM);
            assertThat(hoog.km()).isEqualTo(2000);
            assertThat(hoog.zones()).isNull();
            assertThat(hoog.motivering()).singleElement().satisfies(m -> assertThat(m.motivering())
                    .contains("hoger dan het maximum van 2000 km", "artikel 10 lid 3", "regel V-02"));
        }

        @Test
        @DisplayName("V-03 jaarbudget Lochem: km tot 2.000 en zones tot 900 (opstapzones inbegrepen); precies 900 blijft 900")
        void budgetLochem() {
            Jaarbudget b = Vervoerregels.jaarbudget(new Reisbehoefte(0, 4, 1800, 900), LOCHEM);
            assertThat(b.km()).isEqualTo(1800);
            assertThat(b.zones()).isEqualTo(900);
            Jaarbudget hoog = Vervoerregels.jaarbudget(new Reisbehoefte(0, 4, 2600, 1200), LOCHEM);
            assertThat(hoog.km()).isEqualTo(2000);
            assertThat(hoog.zones()).isEqualTo(900);
            assertThat(hoog.motivering()).extracting(RegelToepassing::regelId).containsExactly("V-03", "V-03");
            assertThat(hoog.motivering().get(1).motivering()).contains("opstapzones inbegrepen", "paragraaf 5.2.5");
        }

        @Test
        @DisplayName("Budget: 1.599 van 2.000 km geen signaal, 1.600 (80 %) waarschuwing, precies 2.000 km 100 %")
        void signalen() {
            assertThat(new Budgetstand(2000, 1599).signaal()).isEqualTo(Budgetstand.Signaal.GEEN);
            assertThat(new Budgetstand(2000, 1600).signaal()).isEqualTo(Budgetstand.Signaal.TACHTIG_PROCENT);
            assertThat(new Budgetstand(2000, 1999).signaal()).isEqualTo(Budgetstand.Signaal.TACHTIG_PROCENT);
            Budgetstand precies = new Budgetstand(2000, 2000);
            assertThat(precies.signaal()).isEqualTo(Budgetstand.Signaal.HONDERD_PROCENT);
            assertThat(precies.resterend()).isZero();
            assertThat(new Budgetstand(2000, new BigDecimal("1999.9")).signaal()).isEqualTo(Budgetstand.Signaal.TACHTIG_PROCENT);
            assertThat(new Budgetstand(2000, new BigDecimal("1599.9")).signaal()).isEqualTo(Budgetstand.Signaal.GEEN);
            assertThat(new Budgetstand(900, 900).signaal()).isEqualTo(Budgetstand.Signaal.HONDERD_PROCENT);
            assertThat(new Budgetstand(900, 719).signaal()).isEqualTo(Budgetstand.Signaal.GEEN);
            assertThat(new Budgetstand(900, 720).signaal()).isEqualTo(Budgetstand.Signaal.TACHTIG_PROCENT);
        }

        @Test
        @DisplayName("Budget: een rit die de grens overschrijdt (1.990 + 20 km) wordt herkend; een rit die precies op 2.000 eindigt niet")
        void ritOverDeGrens() {
            assertThat(new Budgetstand(2000, 2010).ritOverschrijdt(20)).isTrue();
            assertThat(new Budgetstand(2000, 2000).ritOverschrijdt(10)).isFalse();
            assertThat(new Budgetstand(2000, 2030).ritOverschrijdt(20)).isFalse();
            assertThat(new Budgetstand(2000, 2010).resterend()).isZero();
            assertThat(new Budgetstand(2000, 1990).resterend()).isEqualByComparingTo("10");
        }

        @Test
        @DisplayName("V-02/V-03 rit markeren: langer dan 20 km in Doetinchem, meer dan 5 zones in Lochem; niet in de andere gemeente")
        void ritMarkeren() {
            assertThat(Budgetstand.buitenStraal(DOETINCHEM, 21)).isTrue();
            assertThat(Budgetstand.buitenStraal(DOETINCHEM, 20)).isFalse();
            assertThat(Budgetstand.buitenStraal(LOCHEM, 80)).isFalse();
            assertThat(Budgetstand.buitenReisgebied(LOCHEM, 6)).isTrue();
            assertThat(Budgetstand.buitenReisgebied(LOCHEM, 5)).isFalse();
            assertThat(Budgetstand.buitenReisgebied(DOETINCHEM, 9)).isFalse();
        }
    }

    @Nested
    class ServiceEnPrioriteit {
        @Test
        @DisplayName("V-04 Lochem: service vanaf de hal voldaan; tillen nooit; oorzaak in de woning eerst oplossen")
        void extraService() {
            assertThat(Vervoerregels.EXTRA_SERVICE.toets(new ServiceVraag(ExtraService.VANAF_DE_HAL, false), L).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            RegelToepassing tillen = Vervoerregels.EXTRA_SERVICE.toets(new ServiceVraag(ExtraService.TILLEN, false), L);
            assertThat(tillen.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(tillen.motivering()).contains("Tillen", "regel V-04");
            assertThat(Vervoerregels.EXTRA_SERVICE.toets(new ServiceVraag(ExtraService.VANAF_DE_HAL, true), L).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(Vervoerregels.EXTRA_SERVICE.toets(new ServiceVraag(ExtraService.GEEN, false), L).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        }

        @Test
        @DisplayName("V-04 niet in de Doetinchemse verordening: niet van toepassing, met uitleg")
        void extraServiceDoetinchem() {
            RegelToepassing r = Vervoerregels.EXTRA_SERVICE.toets(new ServiceVraag(ExtraService.TILLEN, false), D);
            assertThat(r.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(r.motivering()).contains("kennen deze regel niet", "regel V-04");
        }

        static final LocalDateTime AANKOMST = LocalDateTime.of(2026, 3, 10, 14, 0);

        @Test
        @DisplayName("V-05: precies 24 uur vooraf en 20 minuten te vroeg voldoet; voor een uitvaart kosteloos (beide gemeenten)")
        void prioriteitsritVoldoet() {
            for (Toetsing t : List.of(D, L)) {
                RegelToepassing r = Vervoerregels.PRIORITEITSRIT.toets(new Prioriteitsrit(AANKOMST.minusHours(24), AANKOMST, AANKOMST.minusMinutes(20), "uitvaart"), t);
                assertThat(r.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
                assertThat(r.motivering()).contains("zonder extra kosten", "regel V-05");
            }
            RegelToepassing betaald = Vervoerregels.PRIORITEITSRIT.toets(new Prioriteitsrit(AANKOMST.minusDays(2), AANKOMST, AANKOMST, "verjaardag"), L);
            assertThat(betaald.motivering()).contains("toeslag");
            assertThat(Vervoerregels.prioriteitsritKosteloos(LOCHEM, "aansluiting op het openbaar vervoer")).isTrue();
            assertThat(Vervoerregels.prioriteitsritKosteloos(LOCHEM, "kerkelijke huwelijksinzegening")).isTrue();
            assertThat(Vervoerregels.prioriteitsritKosteloos(LOCHEM, "verjaardag")).isFalse();
        }

        @Test
        @DisplayName("V-05 niet voldaan: 23 uur vooraf, 21 minuten te vroeg, 1 minuut te laat")
        void prioriteitsritNiet() {
            assertThat(Vervoerregels.PRIORITEITSRIT.toets(new Prioriteitsrit(AANKOMST.minusHours(23), AANKOMST, AANKOMST, null), L).uitkomst())
                    .isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(Vervoerregels.PRIORITEITSRIT.toets(new Prioriteitsrit(AANKOMST.minusDays(3), AANKOMST, AANKOMST.minusMinutes(21), null), D).uitkomst())
                    .isEqualTo(Uitkomst.NIET_VOLDAAN);
            RegelToepassing laat = Vervoerregels.PRIORITEITSRIT.toets(new Prioriteitsrit(AANKOMST.minusDays(3), AANKOMST, AANKOMST.plusMinutes(1), null), D);
            assertThat(laat.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
            assertThat(laat.motivering()).contains("nooit te laat");
        }

        @Test
        @DisplayName("V-06: geïndiceerde begeleider reist gratis mee; nooit zonder; onder 12 nooit alleen; kinderen alleen als de pas het zegt")
        void begeleiding() {
            assertThat(Vervoerregels.BEGELEIDING.toets(new Begeleiding(70, true, true, false, false), L).motivering()).contains("gratis", "regel V-06");
            assertThat(Vervoerregels.BEGELEIDING.toets(new Begeleiding(70, true, false, false, false), L).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(Vervoerregels.BEGELEIDING.toets(new Begeleiding(11, false, false, false, false), D).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(Vervoerregels.BEGELEIDING.toets(new Begeleiding(12, false, false, false, false), D).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(Vervoerregels.BEGELEIDING.toets(new Begeleiding(40, false, false, true, false), D).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(Vervoerregels.BEGELEIDING.toets(new Begeleiding(40, false, false, true, true), D).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        }
    }

    @Nested
    class Bijdrage {
        @Test
        @DisplayName("E-04/V-07 Doetinchem: geen eigen bijdrage voor collectief vervoer (art. 17 lid 8)")
        void doetinchem() {
            List<RegelToepassing> r = Vervoerregels.eigenBijdrageCollectiefVervoer(DOETINCHEM);
            assertThat(r).extracting(RegelToepassing::regelId).containsExactly("E-04", "V-07");
            assertThat(r).allSatisfy(t -> {
                assertThat(t.uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
                assertThat(t.motivering()).contains("artikel 17 lid 8");
            });
        }

        @Test
        @DisplayName("E-04/V-07 Lochem: de vrijstelling geldt niet voor collectief vervoer")
        void lochem() {
            List<RegelToepassing> r = Vervoerregels.eigenBijdrageCollectiefVervoer(LOCHEM);
            assertThat(r).extracting(RegelToepassing::uitkomst).containsOnly(Uitkomst.NIET_VAN_TOEPASSING);
        }

        @Test
        @DisplayName("V-14 Lochem: geen Pgb voor de regiotaxi; wel voor een scootmobiel; Doetinchem kent de regel niet")
        void geenPgbVoorCvv() {
            RegelToepassing r = Vervoerregels.GEEN_PGB_VOOR_CVV.toets(Voorziening.REGIOTAXI, L);
            assertThat(r.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(r.motivering()).contains("paragraaf 3.5.1", "regel V-14");
            assertThat(Vervoerregels.GEEN_PGB_VOOR_CVV.toets(Voorziening.SCOOTMOBIEL, L).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(Vervoerregels.GEEN_PGB_VOOR_CVV.toets(Voorziening.REGIOTAXI, D).motivering()).contains("kennen deze regel niet");
        }
    }

    @Nested
    class Voorzieningen {
        @Test
        @DisplayName("V-08: een fiets is algemeen gebruikelijk; zijwieltjes voor een volwassene en een e-fiets voor een kind van 15 niet")
        void algemeenGebruikelijk() {
            for (Toetsing t : List.of(D, L)) {
                RegelToepassing fiets = Vervoerregels.ALGEMEEN_GEBRUIKELIJK.toets(new Vervoermiddel("fiets", 40), t);
                assertThat(fiets.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
                assertThat(fiets.motivering()).contains("regel V-08");
                assertThat(Vervoerregels.ALGEMEEN_GEBRUIKELIJK.toets(new Vervoermiddel("zijwieltjes", 40), t).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
                assertThat(Vervoerregels.ALGEMEEN_GEBRUIKELIJK.toets(new Vervoermiddel("zijwieltjes", 6), t).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
                assertThat(Vervoerregels.ALGEMEEN_GEBRUIKELIJK.toets(new Vervoermiddel("fiets met trapondersteuning", 15), t).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
                assertThat(Vervoerregels.ALGEMEEN_GEBRUIKELIJK.toets(new Vervoermiddel("fiets met trapondersteuning", 16), t).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
                assertThat(Vervoerregels.ALGEMEEN_GEBRUIKELIJK.toets(new Vervoermiddel("driewielfiets", 40), t).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            }
        }

        @Test
        @DisplayName("V-09 Lochem: alle voorwaarden a-d voldaan; ontbreekt d dan afwijzingsgrond die d noemt; Doetinchem kent V-09 niet")
        void sociaalRecreatief() {
            assertThat(Vervoerregels.SOCIAAL_RECREATIEF.toets(new SociaalRecreatief(true, true, true, true), L).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            RegelToepassing r = Vervoerregels.SOCIAAL_RECREATIEF.toets(new SociaalRecreatief(true, true, true, false), L);
            assertThat(r.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(r.motivering()).contains("voorwaarde d", "paragraaf 5.2.4", "regel V-09");
            assertThat(Vervoerregels.SOCIAAL_RECREATIEF.toets(new SociaalRecreatief(false, true, true, true), L).motivering()).contains("voorwaarde a");
            assertThat(Vervoerregels.SOCIAAL_RECREATIEF.toets(new SociaalRecreatief(false, false, false, false), D).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        }

        @Test
        @DisplayName("V-10 scootmobiel (Lochem): stalling via StallingBron en rijvaardig voldaan; geen stalling, onbekend of niet rijvaardig niet")
        void scootmobiel() {
            Optional<Stallingsoordeel> goed = Optional.of(new Stallingsoordeel(true, RegelToepassing.van("W-17", Uitkomst.VOLDAAN, null, "berging met stroom")));
            assertThat(Vervoerregels.SCOOTMOBIEL.toets(new Scootmobiel(goed, true), L).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(Vervoerregels.SCOOTMOBIEL.toets(new Scootmobiel(Optional.of(new Stallingsoordeel(false, RegelToepassing.van("W-17", Uitkomst.AFWIJZINGSGROND, null, "geen berging"))), true), L).motivering())
                    .contains("geen berging", "regel V-10");
            assertThat(Vervoerregels.SCOOTMOBIEL.toets(new Scootmobiel(Optional.empty(), true), L).uitkomst()).isEqualTo(Uitkomst.ONVOLDOENDE_GEGEVENS);
            assertThat(Vervoerregels.SCOOTMOBIEL.toets(new Scootmobiel(goed, false), L).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(Vervoerregels.SCOOTMOBIEL.toets(new Scootmobiel(goed, false), D).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        }

        @Test
        @DisplayName("V-10: een latere mislukte controle trekt de scootmobiel in; een geslaagde niet")
        void controle() {
            RegelToepassing weg = Vervoerregels.SCOOTMOBIEL_CONTROLE.toets(false, L);
            assertThat(weg.uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
            assertThat(weg.motivering()).contains("ingetrokken", "levert de scootmobiel in");
            assertThat(Vervoerregels.SCOOTMOBIEL_CONTROLE.toets(true, L).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        }

        @Test
        @DisplayName("V-10 gesloten voertuig alleen als gesloten vervoer nodig is en de regiotaxi niet volstaat")
        void gesloten() {
            assertThat(Vervoerregels.GESLOTEN_VOERTUIG.toets(new GeslotenVoertuig(true, false), L).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(Vervoerregels.GESLOTEN_VOERTUIG.toets(new GeslotenVoertuig(true, true), L).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(Vervoerregels.GESLOTEN_VOERTUIG.toets(new GeslotenVoertuig(false, false), L).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
        }

        static final LocalDate NU = LocalDate.of(2026, 5, 1);

        @Test
        @DisplayName("V-11 autoaanpassing: levensduur precies 7 jaar en vorige aanpassing 7 jaar geleden voldaan; Pgb betaalt het doelmatige, verschil voor de cliënt")
        void autoaanpassingVoldaan() {
            for (Toetsing t : List.of(D, L)) {
                Autoaanpassing a = new Autoaanpassing(NU, NU.plusYears(7), NU.minusYears(7), new BigDecimal("9500.00"), new BigDecimal("8000.00"));
                RegelToepassing r = Vervoerregels.AUTOAANPASSING.toets(a, t);
                assertThat(r.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
                assertThat(r.motivering()).contains("EUR 1500.00", "regel V-11");
                assertThat(Vervoerregels.pgbVerschil(a)).isEqualByComparingTo("1500.00");
            }
        }

        @Test
        @DisplayName("V-11 autoaanpassing geweigerd: auto gaat 1 dag korter dan 7 jaar mee; vorige aanpassing 1 dag minder dan 7 jaar geleden")
        void autoaanpassingGeweigerd() {
            assertThat(Vervoerregels.AUTOAANPASSING.toets(new Autoaanpassing(NU, NU.plusYears(7).minusDays(1), null, null, null), D).uitkomst())
                    .isEqualTo(Uitkomst.AFWIJZINGSGROND);
            RegelToepassing r = Vervoerregels.AUTOAANPASSING.toets(new Autoaanpassing(NU, NU.plusYears(10), NU.minusYears(7).plusDays(1), null, null), L);
            assertThat(r.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(r.motivering()).contains("vorige autoaanpassing");
        }

        @Test
        @DisplayName("V-11 auto: niet algemeen gebruikelijk, rijgeschikt, rijvaardig en rijbewijs; anders geweigerd")
        void auto() {
            assertThat(Vervoerregels.AUTO.toets(new Auto(false, true, true, true, false), D).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(Vervoerregels.AUTO.toets(new Auto(true, true, true, true, false), D).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(Vervoerregels.AUTO.toets(new Auto(false, true, true, false, true), L).motivering()).contains("bromfietsrijbewijs");
        }

        @Test
        @DisplayName("V-12: individuele taxi alleen via de gecontracteerde vervoerder, niet gecombineerd")
        void individueleTaxi() {
            assertThat(Vervoerregels.INDIVIDUELE_TAXI.toets(new IndividueleTaxi(true, false), L).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(Vervoerregels.INDIVIDUELE_TAXI.toets(new IndividueleTaxi(false, false), L).motivering()).contains("gecontracteerde", "regel V-12");
            assertThat(Vervoerregels.INDIVIDUELE_TAXI.toets(new IndividueleTaxi(true, true), L).uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        }

        @Test
        @DisplayName("V-13: dagbestedingsvervoer bij beperkingen; verdere locatie kost de cliënt het verschil; zonder beperking geweigerd")
        void dagbesteding() {
            Dagbesteding verder = new Dagbesteding(true, new BigDecimal("3000"), new BigDecimal("2200"));
            RegelToepassing r = Vervoerregels.DAGBESTEDING.toets(verder, L);
            assertThat(r.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(r.motivering()).contains("EUR 800", "paragraaf 4.5.4", "regel V-13");
            assertThat(Vervoerregels.extraKostenDagbesteding(new Dagbesteding(true, new BigDecimal("2000"), new BigDecimal("2200")))).isZero();
            assertThat(Vervoerregels.DAGBESTEDING.toets(new Dagbesteding(false, BigDecimal.ONE, BigDecimal.ONE), L).uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
        }
    }

    private static Situatie situatie(String gemeente) {
        LocalDate datum = LocalDate.of(2026, 3, 1);
        Situatie.Bouwer b = Situatie.voor(gemeente, datum, new Toepassingsgrond.NieuweAanvraag(datum)).leeftijd(60);
        for (Trede trede : Trede.values()) {
            b.ladder(trede, Oplossing.NIET, "");
        }
        return b.voorliggend(Feiten.Voorliggend.geen())
                .weigeringsfeiten(new Feiten.Weigeringsfeiten(true, false))
                .noodzaak(new Feiten.Noodzaak(true, true, true))
                .huishouden(new Feiten.Huishouden(false, false, null))
                .afwegingen(Arrays.stream(Afwegingsfactor.values()).map(f -> new Afweging(f, "n.v.t.")).toList())
                .bouw();
    }
}
