package nl.maatwerk.dienstverlening.regels;

import nl.maatwerk.dienstverlening.regels.Dienstverleningsregels.Gecontracteerd;
import nl.maatwerk.dienstverlening.regels.Dienstverleningsregels.Tarief;
import nl.maatwerk.dienstverlening.regels.Huisgenoot.Relatie;
import nl.maatwerk.dienstverlening.regels.Periode.Verloop;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static nl.maatwerk.dienstverlening.regels.Resultaatgebied.*;
import static org.assertj.core.api.Assertions.assertThat;

class DienstverleningsregelsTest {

    static final Regelboek BOEK = Regelboek.standaard();
    static final Regelset DOETINCHEM = BOEK.versie("0222-2017-03-01");
    static final Regelset LOCHEM = BOEK.versie("0262-2016-06-01");
    static final LocalDate BESLUIT = LocalDate.of(2026, 3, 2);

    static Onderdeel o(Resultaatgebied r, int trede) {
        return new Onderdeel(r, trede, List.of("subdoel"), false);
    }

    static Arrangementvraag vraag(Set<Grondslag> grondslagen, Onderdeel... onderdelen) {
        return new Arrangementvraag(List.of(onderdelen), grondslagen, List.of(), false, false, false, false);
    }

    static List<RegelToepassing> van(List<RegelToepassing> m, String id) {
        return m.stream().filter(r -> r.regelId().equals(id)).toList();
    }

    static List<RegelToepassing> weigeringen(List<RegelToepassing> m, String id) {
        return van(m, id).stream().filter(RegelToepassing::isAfwijzingsgrond).toList();
    }

    @Nested
    class ResultaatgebiedenEnTreden {
        @Test
        @DisplayName("D-01 van toepassing: elk resultaatgebied met een trede binnen het aantal treden van 001 §4.1.3 (5, 7, 3, 3, 3, 3, 3)")
        void tredenUitDeRegelset() {
            var m = Dienstverleningsregels.arrangement(LOCHEM, vraag(Set.of(Grondslag.PSYCHIATRISCH), o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 5),
                    o(FINANCIEN, 3)));
            assertThat(weigeringen(m, "D-01")).isEmpty();
            assertThat(van(m, "D-01")).first().satisfies(r -> assertThat(r.motivering())
                    .contains("Sociaal en persoonlijk functioneren trede 5 (Intensief) van 5 treden", "paragraaf 4.1.3", "regel D-01"));
            assertThat(LOCHEM.tabel(Dienstverleningsregels.TREDEN).values()).extracting(Object::toString)
                    .containsExactly("5 treden", "7 treden", "3 treden", "3 treden", "3 treden", "3 treden", "3 treden");
        }

        @Test
        @DisplayName("D-01 weigert: trede 8 bij huishouden (7 treden), trede 4 bij financiën (3), een dubbel resultaatgebied, geen subdoel, leeg arrangement")
        void buitenDeTreden() {
            var m = Dienstverleningsregels.arrangement(LOCHEM, vraag(Set.of(Grondslag.PSYCHIATRISCH), o(REGIE_OP_HET_HUISHOUDEN, 8),
                    o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 2), o(FINANCIEN, 4), o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 1),
                    new Onderdeel(DAGBESTEDING, 1, List.of(" "), false)));
            assertThat(weigeringen(m, "D-01")).extracting(RegelToepassing::motivering).anySatisfy(s -> assertThat(s).contains("treden 1 tot en met 7; trede 8 bestaat niet"))
                    .anySatisfy(s -> assertThat(s).contains("treden 1 tot en met 3; trede 4"))
                    .anySatisfy(s -> assertThat(s).contains("meer dan eens"))
                    .anySatisfy(s -> assertThat(s).contains("minstens één subdoel"));
            assertThat(weigeringen(Dienstverleningsregels.arrangement(LOCHEM, vraag(Set.of())), "D-01")).hasSize(1);
        }

        @Test
        @DisplayName("D-01 in Doetinchem: de treden zijn een demowaarde bij 004 art. 13 lid 10 (nadere regels) en worden zo geciteerd")
        void doetinchem() {
            var m = Dienstverleningsregels.arrangement(DOETINCHEM, vraag(Set.of(Grondslag.SOMATISCH), o(REGIE_OP_HET_HUISHOUDEN, 7)));
            assertThat(van(m, "D-01")).singleElement().satisfies(r -> assertThat(r.motivering()).contains("artikel 13 lid 10", "regel D-01"));
        }
    }

    @Nested
    class Combinaties {
        @Test
        @DisplayName("D-02 weigert financiën zonder sociaal en persoonlijk functioneren, met 001 §4.4.1")
        void financienAlleen() {
            var m = Dienstverleningsregels.arrangement(LOCHEM, vraag(Set.of(Grondslag.PSYCHIATRISCH), o(FINANCIEN, 1)));
            assertThat(weigeringen(m, "D-02")).singleElement().satisfies(r -> assertThat(r.motivering())
                    .contains("Financiën wordt alleen geïndiceerd samen met Sociaal en persoonlijk functioneren", "paragraaf 4.4.1", "regel D-02"));
        }

        @Test
        @DisplayName("D-02 weigert huishouden met huisvesting en mantelzorgondersteuning met verblijf met huisvesting, met 001 §4.3.1 en 4.8.1")
        void nietMetHuisvesting() {
            var m = Dienstverleningsregels.arrangement(LOCHEM, vraag(Set.of(Grondslag.PSYCHIATRISCH), o(HUISVESTING, 2),
                    o(REGIE_OP_HET_HUISHOUDEN, 2), o(MANTELZORGONDERSTEUNING_MET_VERBLIJF, 1)));
            assertThat(weigeringen(m, "D-02")).extracting(RegelToepassing::motivering)
                    .anySatisfy(s -> assertThat(s).contains("huishouden wordt niet geïndiceerd in combinatie met Huisvesting", "paragraaf 4.3.1 en §4.8.1"))
                    .anySatisfy(s -> assertThat(s).contains("Mantelzorgondersteuning met verblijf wordt niet geïndiceerd in combinatie met Huisvesting"));
        }

        @Test
        @DisplayName("D-02 weigert zelfzorg en gezondheid bij een somatische grondslag (Zvw), met 001 §4.1.4; niet bij een psychiatrische")
        void zelfzorgGrondslag() {
            var somatisch = Dienstverleningsregels.arrangement(LOCHEM, vraag(Set.of(Grondslag.SOMATISCH), o(ZELFZORG_EN_GEZONDHEID, 1)));
            assertThat(weigeringen(somatisch, "D-02")).singleElement().satisfies(r -> assertThat(r.motivering())
                    .contains("niet geïndiceerd bij een somatische aandoening, psychogeriatrische aandoening of lichamelijke beperking", "Zorgverzekeringswet", "paragraaf 4.1.4"));
            var psychiatrisch = Dienstverleningsregels.arrangement(LOCHEM, vraag(Set.of(Grondslag.PSYCHIATRISCH, Grondslag.LICHAMELIJK), o(ZELFZORG_EN_GEZONDHEID, 1)));
            assertThat(weigeringen(psychiatrisch, "D-02")).isEmpty();
        }

        @Test
        @DisplayName("D-02 weigert huisvesting zonder psychiatrische grondslag (001 §4.1.4) en staat haar toe met die grondslag")
        void huisvestingPsychiatrisch() {
            assertThat(weigeringen(Dienstverleningsregels.arrangement(LOCHEM, vraag(Set.of(Grondslag.VERSTANDELIJK), o(HUISVESTING, 3))), "D-02"))
                    .singleElement().satisfies(r -> assertThat(r.motivering()).contains("beperkt tot cliënten met een psychiatrische aandoening", "paragraaf 4.1.4"));
            var m = Dienstverleningsregels.arrangement(LOCHEM, vraag(Set.of(Grondslag.PSYCHIATRISCH), o(HUISVESTING, 3), o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 2)));
            assertThat(van(m, "D-02")).singleElement().satisfies(r -> {
                assertThat(r.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
                assertThat(r.motivering()).contains("zijn toegestaan", "regel D-02");
            });
        }
    }

    @Nested
    class Mantelzorgondersteuning {
        Arrangementvraag mo(int trede, boolean toezicht, boolean ontlasting) {
            return new Arrangementvraag(List.of(o(MANTELZORGONDERSTEUNING_MET_VERBLIJF, trede)), Set.of(Grondslag.PSYCHOGERIATRISCH), List.of(),
                    false, toezicht, ontlasting, false);
        }

        @Test
        @DisplayName("D-03 voldaan: permanent toezicht, mantelzorger heeft ontlasting nodig, 3 etmalen per week (001 §4.8.1)")
        void voldaan() {
            assertThat(van(Dienstverleningsregels.arrangement(LOCHEM, mo(3, true, true)), "D-03")).singleElement().satisfies(r -> {
                assertThat(r.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
                assertThat(r.motivering()).contains("3 etmaal/etmalen per week (hoogstens 3)", "paragraaf 4.8.1", "regel D-03");
            });
        }

        @Test
        @DisplayName("D-03 weigert zonder permanent toezicht of zonder noodzaak tot ontlasting; niet van toepassing zonder mantelzorgondersteuning")
        void geweigerd() {
            assertThat(weigeringen(Dienstverleningsregels.arrangement(LOCHEM, mo(1, false, true)), "D-03")).singleElement()
                    .satisfies(r -> assertThat(r.motivering()).contains("permanent toezicht"));
            assertThat(weigeringen(Dienstverleningsregels.arrangement(LOCHEM, mo(2, true, false)), "D-03")).singleElement()
                    .satisfies(r -> assertThat(r.motivering()).contains("ontlasting"));
            assertThat(van(Dienstverleningsregels.arrangement(LOCHEM, vraag(Set.of(), o(DAGBESTEDING, 1))), "D-03"))
                    .singleElement().satisfies(r -> assertThat(r.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING));
        }
    }

    @Nested
    class GebruikelijkeHulp {
        Arrangementvraag met(boolean kortdurend, List<Huisgenoot> huis, Onderdeel... onderdelen) {
            return new Arrangementvraag(List.of(onderdelen), Set.of(Grondslag.LICHAMELIJK), huis, kortdurend, false, false, false);
        }

        final Huisgenoot partner = new Huisgenoot(Relatie.PARTNER, 70, false, false);

        @Test
        @DisplayName("C-03 weigert: een situatie korter dan 3 maanden met een partner die kan helpen (001 §1.4)")
        void kortdurend() {
            var m = Dienstverleningsregels.arrangement(LOCHEM, met(true, List.of(partner), o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 2)));
            assertThat(weigeringen(m, "C-03")).singleElement().satisfies(r -> assertThat(r.motivering()).contains("korter dan 3 maanden", "partner (70)", "paragraaf 1.4"));
        }

        @Test
        @DisplayName("C-03 niet als weigering: kortdurend maar de partner is overbelast")
        void kortdurendOverbelast() {
            var m = Dienstverleningsregels.arrangement(LOCHEM, met(true, List.of(new Huisgenoot(Relatie.PARTNER, 70, false, true)), o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 2)));
            assertThat(weigeringen(m, "C-03")).isEmpty();
            assertThat(weigeringen(m, "D-04")).isEmpty();
        }

        @Test
        @DisplayName("D-04 weigert huishouden en financiën als een volwassen huisgenoot kan helpen (001 §4.3.2, §4.4.2)")
        void huishoudenDoorPartner() {
            var m = Dienstverleningsregels.arrangement(LOCHEM, met(false, List.of(partner), o(REGIE_OP_HET_HUISHOUDEN, 3),
                    o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 1), o(FINANCIEN, 1)));
            assertThat(weigeringen(m, "D-04")).extracting(RegelToepassing::motivering)
                    .anySatisfy(s -> assertThat(s).contains("Ondersteuning bij de regie op het voeren van een huishouden is de ondersteuning door partner (70) gebruikelijke hulp", "001 §4.3.2", "regel D-04"))
                    .anySatisfy(s -> assertThat(s).contains("Financiën", "001 §4.4.2"));
            // Chronisch bij sociaal en persoonlijk functioneren: gebruikelijke hulp verwacht, de trede gaat erboven uit.
            assertThat(van(m, "D-04")).anySatisfy(r -> {
                assertThat(r.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
                assertThat(r.motivering()).contains("algemeen aanvaarde maatstaven", "001 §4.2.2");
            });
        }

        @Test
        @DisplayName("D-04 niet als weigering: alleen minderjarige kinderen (bij huishouden naar leeftijd meegewogen), en geen gebruikelijke hulp bij huisvesting")
        void minderjarigen() {
            var kinderen = List.of(new Huisgenoot(Relatie.KIND, 14, false, false), new Huisgenoot(Relatie.KIND, 6, false, false));
            var m = Dienstverleningsregels.arrangement(LOCHEM, met(false, kinderen, o(REGIE_OP_HET_HUISHOUDEN, 5), o(FINANCIEN, 1), o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 1)));
            assertThat(weigeringen(m, "D-04")).isEmpty();
            assertThat(van(m, "D-04")).anySatisfy(r -> assertThat(r.motivering()).contains("kinderen van 12 jaar of ouder"))
                    .anySatisfy(r -> assertThat(r.motivering()).contains("van minderjarige kinderen wordt hier geen gebruikelijke hulp verwacht"));
            var hv = Dienstverleningsregels.arrangement(LOCHEM, new Arrangementvraag(List.of(o(HUISVESTING, 2)), Set.of(Grondslag.PSYCHIATRISCH),
                    List.of(partner), true, false, false, false));
            assertThat(van(hv, "D-04")).singleElement().satisfies(r -> assertThat(r.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING));
            assertThat(weigeringen(hv, "C-03")).isEmpty();
        }

        @Test
        @DisplayName("D-04 dagbesteding: één huisgenoot die als enige helpt wordt ontlast; twee kunnen elkaar ontlasten en dan is het gebruikelijke hulp (001 §4.5.2)")
        void dagbesteding() {
            assertThat(weigeringen(Dienstverleningsregels.arrangement(LOCHEM, met(false, List.of(partner), o(DAGBESTEDING, 2))), "D-04")).isEmpty();
            assertThat(weigeringen(Dienstverleningsregels.arrangement(LOCHEM, met(false, List.of(partner, new Huisgenoot(Relatie.KIND, 30, false, false)),
                    o(DAGBESTEDING, 2))), "D-04")).singleElement().satisfies(r -> assertThat(r.motivering()).contains("elkaar ontlasten"));
        }

        @Test
        @DisplayName("D-04 in Doetinchem niet van toepassing: 004 laat de dienstverlening aan nadere regels; C-03 geldt wel (004 art. 8 lid 2)")
        void doetinchem() {
            var m = Dienstverleningsregels.arrangement(DOETINCHEM, met(true, List.of(partner), o(REGIE_OP_HET_HUISHOUDEN, 3)));
            assertThat(van(m, "D-04")).singleElement().satisfies(r -> {
                assertThat(r.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
                assertThat(r.motivering()).contains("kennen deze regel niet");
            });
            assertThat(weigeringen(m, "C-03")).singleElement().satisfies(r -> assertThat(r.motivering()).contains("artikel 8 lid 2"));
        }
    }

    @Nested
    class Vervoer {
        @Test
        @DisplayName("V-13 bij dagbesteding: vervoer alleen met medische of cognitieve beperkingen (001 §4.5.4)")
        void vervoer() {
            var zonder = new Arrangementvraag(List.of(new Onderdeel(DAGBESTEDING, 2, List.of("ritme"), true)), Set.of(Grondslag.VERSTANDELIJK), List.of(), false, false, false, false);
            assertThat(weigeringen(Dienstverleningsregels.arrangement(LOCHEM, zonder), "V-13")).singleElement()
                    .satisfies(r -> assertThat(r.motivering()).contains("paragraaf 4.5.4"));
            var met = new Arrangementvraag(zonder.onderdelen(), zonder.grondslagen(), List.of(), false, false, false, true);
            assertThat(weigeringen(Dienstverleningsregels.arrangement(LOCHEM, met), "V-13")).isEmpty();
        }
    }

    @Nested
    class Looptijd {
        Periode periode(LocalDate ingang, LocalDate einde, Verloop v, boolean spoed, boolean voortzetting, boolean feiten, boolean tijdelijk) {
            return new Periode(BESLUIT, ingang, einde, v, spoed, voortzetting, feiten, tijdelijk);
        }

        @Test
        @DisplayName("D-07 voldaan: de ondersteuning gaat in op de beslisdatum (001 §4.1.8)")
        void ingangOpBesluit() {
            var m = Dienstverleningsregels.periode(LOCHEM, periode(BESLUIT, BESLUIT.plusYears(1), Verloop.STABIEL, false, false, false, false));
            assertThat(van(m, "D-07")).singleElement().satisfies(r -> {
                assertThat(r.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
                assertThat(r.motivering()).contains("2 maart 2026", "paragraaf 4.1.8", "regel D-07");
            });
        }

        @Test
        @DisplayName("D-07 weigert een ingang vóór het besluit, ook bij een voortzetting waarvan de feiten niet vaststaan (beide voorwaarden)")
        void teVroeg() {
            assertThat(weigeringen(Dienstverleningsregels.periode(LOCHEM, periode(BESLUIT.minusDays(1), BESLUIT.plusYears(1), Verloop.STABIEL, false, true, false, false)), "D-07"))
                    .singleElement().satisfies(r -> assertThat(r.motivering()).contains("beide voorwaarden"));
        }

        @Test
        @DisplayName("D-07 uitzondering: vóór het besluit bij spoed, of bij een voortzetting met vaststaande feiten")
        void uitzonderingen() {
            assertThat(van(Dienstverleningsregels.periode(LOCHEM, periode(BESLUIT.minusDays(5), BESLUIT.plusYears(1), Verloop.STABIEL, true, false, false, false)), "D-07"))
                    .singleElement().satisfies(r -> assertThat(r.motivering()).contains("spoedeisende ondersteuning"));
            assertThat(van(Dienstverleningsregels.periode(LOCHEM, periode(BESLUIT.minusDays(5), BESLUIT.plusYears(1), Verloop.STABIEL, false, true, true, false)), "D-07"))
                    .singleElement().satisfies(r -> assertThat(r.uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING));
        }

        @Test
        @DisplayName("D-07 in Doetinchem niet van toepassing: 004 kent de regel niet (nadere regels, art. 13 lid 10)")
        void doetinchem() {
            assertThat(van(Dienstverleningsregels.periode(DOETINCHEM, periode(BESLUIT.minusDays(5), BESLUIT.plusYears(1), Verloop.STABIEL, false, false, false, false)), "D-07"))
                    .singleElement().satisfies(r -> assertThat(r.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING));
        }

        @Test
        @DisplayName("C-13: stabiel hoogstens 5 jaar (grens: 5 jaar min een dag mag, 5 jaar niet); beperkte levensverwachting zonder einde")
        void indicatieduur() {
            LocalDate grens = BESLUIT.plusYears(5).minusDays(1);
            assertThat(weigeringen(Dienstverleningsregels.periode(LOCHEM, periode(BESLUIT, grens, Verloop.STABIEL, false, false, false, false)), "C-13")).isEmpty();
            assertThat(weigeringen(Dienstverleningsregels.periode(LOCHEM, periode(BESLUIT, grens.plusDays(1), Verloop.STABIEL, false, false, false, false)), "C-13"))
                    .singleElement().satisfies(r -> assertThat(r.motivering()).contains("hoogstens 5 jaren", "paragraaf 4.1.8", "regel C-13"));
            assertThat(weigeringen(Dienstverleningsregels.periode(LOCHEM, periode(BESLUIT, null, Verloop.VERBETERING, false, false, false, false)), "C-13")).hasSize(1);
            assertThat(van(Dienstverleningsregels.periode(LOCHEM, periode(BESLUIT, null, Verloop.BEPERKTE_LEVENSVERWACHTING, false, false, false, false)), "C-13"))
                    .singleElement().satisfies(r -> assertThat(r.motivering()).contains("tot overlijden of opname"));
        }

        @Test
        @DisplayName("D-10: tijdelijke voorziening bij spoed hoogstens 6 weken, daarna een definitieve indicatie; zonder spoed geweigerd")
        void spoed() {
            LocalDate ingang = BESLUIT.minusDays(2);
            assertThat(van(Dienstverleningsregels.periode(LOCHEM, periode(ingang, ingang.plusWeeks(6).minusDays(1), null, true, false, false, true)), "D-10"))
                    .singleElement().satisfies(r -> {
                        assertThat(r.uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING);
                        assertThat(r.motivering()).contains("6 weken", "definitieve indicatie", "artikel 2.3.3", "regel D-10");
                    });
            assertThat(weigeringen(Dienstverleningsregels.periode(LOCHEM, periode(ingang, ingang.plusWeeks(6), null, true, false, false, true)), "D-10")).hasSize(1);
            assertThat(weigeringen(Dienstverleningsregels.periode(LOCHEM, periode(BESLUIT, BESLUIT.plusWeeks(2), null, false, false, false, true)), "D-10")).hasSize(1);
            assertThat(van(Dienstverleningsregels.periode(LOCHEM, periode(BESLUIT, BESLUIT.plusYears(1), Verloop.STABIEL, false, false, false, false)), "D-10"))
                    .singleElement().satisfies(r -> assertThat(r.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING));
        }
    }

    @Nested
    class Wijziging {
        final List<Onderdeel> oud = List.of(o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 3), o(FINANCIEN, 2));

        @Test
        @DisplayName("D-08 weigert een verlaging die ingaat vóór de redelijke termijn (demowaarde 4 weken, 001 §4.1.10)")
        void teSnel() {
            RegelToepassing r = Dienstverleningsregels.wijziging(LOCHEM, oud, List.of(o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 2)), BESLUIT, BESLUIT.plusWeeks(1));
            assertThat(r.uitkomst()).isEqualTo(Uitkomst.AFWIJZINGSGROND);
            assertThat(r.motivering()).contains("van trede 3 naar 2", "Financiën vervalt", "30 maart 2026", "paragraaf 4.1.10", "regel D-08");
        }

        @Test
        @DisplayName("D-08 van toepassing na de redelijke termijn; niet van toepassing bij een verhoging, en in Doetinchem onbekend")
        void naTermijn() {
            assertThat(Dienstverleningsregels.wijziging(LOCHEM, oud, List.of(o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 2)), BESLUIT, BESLUIT.plusWeeks(4)).uitkomst())
                    .isEqualTo(Uitkomst.VAN_TOEPASSING);
            assertThat(Dienstverleningsregels.wijziging(LOCHEM, oud, List.of(o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 4), o(FINANCIEN, 2)), BESLUIT, BESLUIT).uitkomst())
                    .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(Dienstverleningsregels.wijziging(DOETINCHEM, oud, List.of(o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 2)), BESLUIT, BESLUIT).motivering())
                    .contains("kennen deze regel niet");
        }
    }

    @Nested
    class Afwezigheid {
        @Test
        @DisplayName("D-09: tijdelijke afwezigheid laat de indicatie huisvesting staan; definitief vertrek beëindigt haar op die dag (001 §4.1.10)")
        void huisvesting() {
            var tijdelijk = Dienstverleningsregels.afwezigheid(LOCHEM, List.of(o(HUISVESTING, 3)), false, BESLUIT, BESLUIT.plusWeeks(2));
            assertThat(tijdelijk.einde()).isNull();
            assertThat(van(tijdelijk.motivering(), "D-09")).singleElement().satisfies(r -> assertThat(r.motivering()).contains("vervalt daardoor niet", "regel D-09"));
            assertThat(van(tijdelijk.motivering(), "C-15")).singleElement().satisfies(r -> assertThat(r.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING));
            var definitief = Dienstverleningsregels.afwezigheid(LOCHEM, List.of(o(HUISVESTING, 3)), true, BESLUIT, null);
            assertThat(definitief.einde()).isEqualTo(BESLUIT);
        }

        @Test
        @DisplayName("D-09 niet van toepassing zonder huisvesting; C-15: afwezig langer dan 4 weken is een te melden wijziging")
        void zonderHuisvesting() {
            var g = Dienstverleningsregels.afwezigheid(LOCHEM, List.of(o(DAGBESTEDING, 1)), false, BESLUIT, BESLUIT.plusWeeks(6));
            assertThat(g.einde()).isNull();
            assertThat(van(g.motivering(), "D-09")).singleElement().satisfies(r -> assertThat(r.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING));
            assertThat(van(g.motivering(), "C-15")).singleElement().satisfies(r -> assertThat(r.uitkomst()).isEqualTo(Uitkomst.VAN_TOEPASSING));
        }
    }

    @Nested
    class Aanbieders {
        final List<Gecontracteerd> gecontracteerd = List.of(new Gecontracteerd(1, "Zorggroep Achterhoek"), new Gecontracteerd(2, "Begeleiding Lochem"));

        @Test
        @DisplayName("D-05: de cliënt kiest een gecontracteerde aanbieder; zonder voorkeur selecteert de gemeente (001 §3.2, §4.1.7)")
        void keuze() {
            var k = Dienstverleningsregels.aanbieder(LOCHEM, gecontracteerd, 2L, null, false);
            assertThat(k.gelukt()).isTrue();
            assertThat(k.aanbiederId()).isEqualTo(2L);
            assertThat(k.toepassing().motivering()).contains("De cliënt heeft gekozen voor de gecontracteerde aanbieder Begeleiding Lochem", "paragraaf 3.2 en §4.1.7", "regel D-05");
            assertThat(Dienstverleningsregels.aanbieder(LOCHEM, gecontracteerd, null, 1L, false).toepassing().motivering()).contains("gemeente heeft de gecontracteerde aanbieder");
        }

        @Test
        @DisplayName("D-05 weigert een aanbieder zonder contract; bij OGGZ beslist de medewerker, niet de voorkeur van de cliënt")
        void nietGecontracteerdEnOggz() {
            assertThat(Dienstverleningsregels.aanbieder(LOCHEM, gecontracteerd, 9L, null, false).toepassing().isAfwijzingsgrond()).isTrue();
            assertThat(Dienstverleningsregels.aanbieder(LOCHEM, gecontracteerd, 2L, null, true).gelukt()).isFalse();
            var oggz = Dienstverleningsregels.aanbieder(LOCHEM, gecontracteerd, 2L, 1L, true);
            assertThat(oggz.aanbiederId()).isEqualTo(1L);
            assertThat(oggz.toepassing().motivering()).contains("Bij OGGZ bepaalt de medewerker", "voorkeur van de cliënt is meegewogen");
            assertThat(Dienstverleningsregels.aanbieder(LOCHEM, List.of(), 2L, null, false).gelukt()).isFalse();
        }

        @Test
        @DisplayName("D-06: opdracht pas na de indicatie; het uitvoeringsplan is vastgelegd als beiden ondertekenden (001 §4.1.9)")
        void opdrachtEnPlan() {
            assertThat(Dienstverleningsregels.opdracht(LOCHEM, false, "X").isAfwijzingsgrond()).isTrue();
            assertThat(Dienstverleningsregels.opdracht(LOCHEM, true, "Zorggroep Achterhoek").motivering()).contains("uitvoeringsplan", "paragraaf 4.1.9", "regel D-06");
            assertThat(Dienstverleningsregels.uitvoeringsplan(LOCHEM, true, false).uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
            assertThat(Dienstverleningsregels.uitvoeringsplan(LOCHEM, true, true).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        }
    }

    @Nested
    class Kostprijs {
        final List<Tarief> tarieven = List.of(
                new Tarief(1, "A", DAGBESTEDING, 2, new BigDecimal("600.00"), new BigDecimal("80.00")),
                new Tarief(2, "B", DAGBESTEDING, 2, new BigDecimal("640.00"), new BigDecimal("20.00")),
                new Tarief(1, "A", SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 3, new BigDecimal("450.00"), null),
                new Tarief(2, "B", SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 3, new BigDecimal("420.00"), null));

        @Test
        @DisplayName("E-02: laagste gecontracteerde tarief per onderdeel plus de opslag voor vervoer (004 art. 17 lid 3 onder a)")
        void laagsteTariefPlusVervoer() {
            var k = Dienstverleningsregels.kostprijs(DOETINCHEM, List.of(new Onderdeel(DAGBESTEDING, 2, List.of("x"), true), o(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN, 3)), tarieven).orElseThrow();
            assertThat(k.perMaand()).isEqualByComparingTo("1080.00"); // 640+20 < 600+80, plus 420
            assertThat(k.motivering()).singleElement().satisfies(r -> assertThat(r.motivering()).contains("€ 1.080,00 per maand", "artikel 17 lid 3 onder a", "regel E-02"));
        }

        @Test
        @DisplayName("E-02 zonder vervoer: alleen het laagste tarief; geen tarief voor een onderdeel geeft geen kostprijs")
        void zonderVervoer() {
            assertThat(Dienstverleningsregels.kostprijs(LOCHEM, List.of(o(DAGBESTEDING, 2)), tarieven).orElseThrow().perMaand()).isEqualByComparingTo("600.00");
            assertThat(Dienstverleningsregels.kostprijs(LOCHEM, List.of(o(DAGBESTEDING, 3)), tarieven)).isEmpty();
        }
    }

    @Nested
    class Toegangsniveau {
        @Test
        @DisplayName("O-05 weigert: een melding op het niveau van het kernteam leidt niet tot dienstverlening (maatwerk)")
        void kernteam() {
            RegelToepassing r = Dienstverleningsregels.toegangsniveau("KERNTEAM");
            assertThat(r.isAfwijzingsgrond()).isTrue();
            assertThat(r.motivering()).contains("Wmo-consulent of een regisseur", "002 §4", "regel O-05");
        }

        @Test
        @DisplayName("O-05 voldaan: consulent of regisseur, of zonder gekoppelde aanvraag (de consulent stelt samen)")
        void consulentOfRegisseur() {
            assertThat(Dienstverleningsregels.toegangsniveau("REGISSEUR").motivering()).contains("één plan, één regisseur");
            assertThat(Dienstverleningsregels.toegangsniveau("CONSULENT").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(Dienstverleningsregels.toegangsniveau(null).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        }
    }

    @Nested
    class Aanbiedersplichten {
        @Test
        @DisplayName("O-01 voldaan: calamiteit onverwijld gemeld aan de toezichthoudend ambtenaar (004 art. 20 lid 2); te laat: niet voldaan")
        void calamiteit() {
            var tijdig = Dienstverleningsregels.calamiteit(DOETINCHEM, BESLUIT, BESLUIT.plusDays(1), BESLUIT.plusDays(3));
            assertThat(tijdig.tijdig()).isTrue();
            assertThat(tijdig.toepassing().motivering()).contains("onverwijld", "toezichthoudend ambtenaar", "artikel 20 lid 2", "regel O-01");
            var laat = Dienstverleningsregels.calamiteit(DOETINCHEM, BESLUIT, BESLUIT.plusDays(10), BESLUIT.plusDays(3));
            assertThat(laat.tijdig()).isFalse();
            assertThat(laat.toepassing().uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        }

        @Test
        @DisplayName("O-01 afronding: de toezichthoudend ambtenaar legt bevinding en advies vast (004 art. 20 lid 3); in Lochem niet van toepassing")
        void calamiteitOnderzocht() {
            var doetinchem = Dienstverleningsregels.calamiteitOnderzocht(DOETINCHEM, BESLUIT, "Werkinstructie huisbezoek aangepast");
            assertThat(doetinchem.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(doetinchem.motivering()).contains("rondde het onderzoek op 2 maart 2026 af", "Werkinstructie huisbezoek aangepast", "artikel 20", "regel O-01");
            var lochem = Dienstverleningsregels.calamiteitOnderzocht(LOCHEM, BESLUIT, "Bevinding");
            assertThat(lochem.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(lochem.motivering()).contains("kennen deze regel niet", "O-01");
        }

        @Test
        @DisplayName("O-03 cliëntervaringsonderzoek (004 art. 18 lid 3): wie in het jaar een voorziening had wordt één keer uitgenodigd, anderen niet")
        void clientervaringsonderzoek() {
            var lijst = List.of(
                    new Dienstverleningsregels.Voorziening(1, "A. Aalders", LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 28)),
                    new Dienstverleningsregels.Voorziening(1, "A. Aalders", LocalDate.of(2026, 3, 1), null),
                    new Dienstverleningsregels.Voorziening(2, "B. Bos", LocalDate.of(2026, 12, 31), null),
                    new Dienstverleningsregels.Voorziening(3, "C. Claassen", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)),
                    new Dienstverleningsregels.Voorziening(4, "D. Dijk", LocalDate.of(2027, 1, 1), null));
            var o = Dienstverleningsregels.clientervaringsonderzoek(DOETINCHEM, 2026, lijst);
            assertThat(o.uitnodigen()).extracting(Dienstverleningsregels.Voorziening::clientId).containsExactly(1L, 2L);
            assertThat(o.toepassing().uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(o.toepassing().motivering()).contains("jaarlijks een cliëntervaringsonderzoek", "artikel 18 lid 3", "2 cliënten", "regel O-03");
            assertThat(Dienstverleningsregels.clientervaringsonderzoek(DOETINCHEM, 2023, lijst).uitnodigen()).isEmpty();
        }

        @Test
        @DisplayName("O-03 cliëntervaringsonderzoek in Lochem niet van toepassing: niemand uitgenodigd, met de reden")
        void clientervaringsonderzoekLochem() {
            var o = Dienstverleningsregels.clientervaringsonderzoek(LOCHEM, 2026,
                    List.of(new Dienstverleningsregels.Voorziening(1, "A. Aalders", LocalDate.of(2026, 3, 1), null)));
            assertThat(o.uitnodigen()).isEmpty();
            assertThat(o.toepassing().uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(o.toepassing().motivering()).contains("kennen deze regel niet", "O-03");
        }

        @Test
        @DisplayName("O-01 en O-03 in Lochem niet van toepassing: de beleidsregels (001) kennen ze niet")
        void lochem() {
            assertThat(Dienstverleningsregels.calamiteit(LOCHEM, BESLUIT, BESLUIT, BESLUIT).toepassing().uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(Dienstverleningsregels.klachtenEnMedezeggenschap(LOCHEM, "X", false, false).motivering()).contains("kennen deze regel niet");
        }

        @Test
        @DisplayName("O-03: een aanbieder zonder regeling voor medezeggenschap voldoet niet (004 art. 23 en 24); met beide wel")
        void klachten() {
            assertThat(Dienstverleningsregels.klachtenEnMedezeggenschap(DOETINCHEM, "Begeleiding Berkel", true, false)).satisfies(r -> {
                assertThat(r.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
                assertThat(r.motivering()).contains("medezeggenschap", "artikel 23 en art. 24", "regel O-03");
            });
            assertThat(Dienstverleningsregels.klachtenEnMedezeggenschap(DOETINCHEM, "Zorggroep", true, true).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        }
    }

    @Test
    @DisplayName("Productcodes: vijf tekens per resultaatgebied en trede, terug te lezen")
    void productcodes() {
        assertThat(SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN.productcode(3)).isEqualTo("SPF03");
        assertThat(REGIE_OP_HET_HUISHOUDEN.productcode(7)).isEqualTo("HH007");
        assertThat(Resultaatgebied.opProductcode("HH007")).contains(REGIE_OP_HET_HUISHOUDEN);
        assertThat(Resultaatgebied.opProductcode("XX001")).isEmpty();
    }
}
