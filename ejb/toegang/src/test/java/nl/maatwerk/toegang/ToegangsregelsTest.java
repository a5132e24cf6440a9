package nl.maatwerk.toegang;

import nl.maatwerk.domain.toegang.Aanvraag;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Bezwaar;
import nl.maatwerk.domain.toegang.Melding;
import nl.maatwerk.domain.toegang.Onderzoek;
import nl.maatwerk.domain.toegang.Verslag;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.verordening.beoordeling.Herziening;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static nl.maatwerk.toegang.Dossier.REGELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every toegang rule, applying and not applying, on the real regelsets and the Atw kalender. */
class ToegangsregelsTest {

    static final LocalDate MA_5_JAN = LocalDate.of(2026, 1, 5);
    static final String TEAMLEIDER = "teamleider.doetinchem";
    static final String CONSULENT = "consulent.doetinchem";

    static void geweigerd(ThrowableAssert.ThrowingCallable actie, String regel, String veld) {
        assertThatThrownBy(actie).isInstanceOf(ValidatieException.class)
                .satisfies(e -> assertThat(((ValidatieException) e).fouten())
                        .anySatisfy(f -> {
                            assertThat(f.veld()).isEqualTo(veld);
                            assertThat(f.melding()).contains("regel " + regel);
                        }));
    }

    static Dossier klaarVoorBesluit() {
        return Dossier.doetinchem(MA_5_JAN).onderzocht(LocalDate.of(2026, 1, 12)).aangevraagd(LocalDate.of(2026, 1, 20));
    }

    @Nested
    class Melden {
        @Test
        @DisplayName("T-01/T-16: de melding krijgt haar moment en de ontvangst wordt onverwijld (3 werkdagen) bevestigd")
        void t01MomentEnOntvangstbevestiging() {
            var d = Dossier.doetinchem(MA_5_JAN);
            assertThat(d.melding.getRegelsetVersie()).isEqualTo("0222-2017-03-01");
            assertThat(d.melding.getOntvangstBevestigenUiterlijk()).isEqualTo(LocalDate.of(2026, 1, 8));
            assertThat(d.melding.getFase()).isEqualTo(Melding.Fase.MELDING);
            assertThat(d.melding.getTermijnRegel()).isEqualTo("T-16");
            REGELS.bevestigOntvangst(d.melding, d.onderzoek, LocalDate.of(2026, 1, 6));
            assertThat(d.melding.getFase()).isEqualTo(Melding.Fase.ONDERZOEK);
            assertThat(d.melding.getVolgendeTermijn()).isEqualTo(LocalDate.of(2026, 2, 16));
        }

        @Test
        @DisplayName("T-01: zonder moment geen melding; een bevestiging vóór de melding kan niet")
        void t01NietZonderMoment() {
            var d = Dossier.doetinchem(MA_5_JAN);
            geweigerd(() -> REGELS.bevestigOntvangst(d.melding, d.onderzoek, LocalDate.of(2026, 1, 2)), "T-01", "datum");
        }

        @ParameterizedTest(name = "T-16: melding op {0} → bevestigen uiterlijk {1}")
        @DisplayName("T-16: onverwijld is 3 werkdagen, over weekend, kerst en jaarwisseling")
        @CsvSource({"2026-01-05,2026-01-08", "2026-01-09,2026-01-14", "2026-12-24,2026-12-30", "2026-12-30,2027-01-05"})
        void t16Onverwijld(LocalDate melding, LocalDate uiterlijk) {
            assertThat(Dossier.doetinchem(melding).melding.getOntvangstBevestigenUiterlijk()).isEqualTo(uiterlijk);
        }

        @Test
        @DisplayName("T-02: een hulpvraag onder de Wlz wordt doorverwezen, vastgelegd en de melding gesloten")
        void t02Doorverwijzing() {
            var d = Dossier.doetinchem(MA_5_JAN);
            var m = new Melding(d.melding.getClient(), "0222", MA_5_JAN.atTime(9, 0), Melding.Kanaal.SCHRIFTELIJK,
                    Melding.Melder.MANTELZORGER, "Opname verpleeghuis", Melding.Toegangsniveau.KERNTEAM);
            m.setDoorverwezenNaar(Melding.AndereWet.WLZ);
            m.setDoorverwijzingToelichting("Indicatie CIZ aangevraagd");
            assertThat(REGELS.registreer(m)).isNull();
            assertThat(m.isAfgesloten()).isTrue();
            assertThat(m.getTermijnOmschrijving()).contains("Wet langdurige zorg").contains("T-02");
            geweigerd(() -> REGELS.aanvraag(m, null, Aanvraag.Indiener.CLIENT, null, Aanvraag.Vorm.SCHRIFTELIJK, "x",
                    LocalDate.of(2026, 3, 1)), "T-02", "melding");
        }

        @Test
        @DisplayName("T-02: zonder doorverwijzing blijft de melding open; een doorverwijzing zonder toelichting wordt geweigerd")
        void t02GeenDoorverwijzing() {
            assertThat(Dossier.doetinchem(MA_5_JAN).melding.isAfgesloten()).isFalse();
            var d = Dossier.doetinchem(MA_5_JAN);
            var m = new Melding(d.melding.getClient(), "0222", MA_5_JAN.atTime(9, 0), Melding.Kanaal.SCHRIFTELIJK,
                    Melding.Melder.CLIENT, "Fysiotherapie", Melding.Toegangsniveau.KERNTEAM);
            m.setDoorverwezenNaar(Melding.AndereWet.ZVW);
            geweigerd(() -> REGELS.registreer(m), "T-02", "doorverwijzingToelichting");
        }

        @Test
        @DisplayName("T-03: het gesprek pas nadat gratis cliëntondersteuning is aangeboden")
        void t03Clientondersteuning() {
            var d = Dossier.doetinchem(MA_5_JAN);
            geweigerd(() -> REGELS.gesprek(d.melding, d.onderzoek, Onderzoek.GesprekVorm.KEUKENTAFEL, LocalDate.of(2026, 1, 12),
                    "Thuis", "Cliënt", null), "T-03", "clientondersteuning");
            REGELS.clientondersteuningAangeboden(d.melding);
            REGELS.gesprek(d.melding, d.onderzoek, Onderzoek.GesprekVorm.KEUKENTAFEL, LocalDate.of(2026, 1, 12), "Thuis", "Cliënt", null);
            assertThat(d.onderzoek.getGesprekDatum()).isEqualTo(LocalDate.of(2026, 1, 12));
        }

        @Test
        @DisplayName("T-14: verwijzing naar een algemene voorziening wordt vastgelegd zonder besluit; een aanvraag blijft mogelijk")
        void t14AlgemeneVoorziening() {
            var d = Dossier.doetinchem(MA_5_JAN);
            geweigerd(() -> REGELS.verwijsNaarAlgemeneVoorziening(d.melding, " "), "T-14", "algemeneVoorziening");
            REGELS.verwijsNaarAlgemeneVoorziening(d.melding, "Boodschappendienst");
            assertThat(d.melding.getAlgemeneVoorziening()).isEqualTo("Boodschappendienst");
            assertThat(d.melding.isAfgesloten()).isFalse();
            var a = REGELS.aanvraag(d.melding, d.onderzoek, Aanvraag.Indiener.CLIENT, null, Aanvraag.Vorm.SCHRIFTELIJK, "traplift",
                    LocalDate.of(2026, 2, 17));
            assertThat(a.getBeslissenUiterlijk()).isEqualTo(LocalDate.of(2026, 3, 3));
        }
    }

    @Nested
    class Onderzoeken {
        @ParameterizedTest(name = "T-04: melding {0} → onderzoek uiterlijk {1}")
        @DisplayName("T-04: 6 weken, verlengd over weekend en Tweede Paasdag (Atw)")
        @CsvSource({"2026-01-05,2026-02-16", "2026-01-03,2026-02-16", "2026-02-23,2026-04-07", "2026-11-20,2027-01-04"})
        void t04Onderzoekstermijn(LocalDate melding, LocalDate uiterlijk) {
            assertThat(Dossier.doetinchem(melding).onderzoek.getUiterlijk()).isEqualTo(uiterlijk);
        }

        @Test
        @DisplayName("T-04: uitstel binnen de 6 weken met reden verschuift de termijn; te laat of zonder reden niet")
        void t04Uitstel() {
            var d = Dossier.doetinchem(MA_5_JAN);
            geweigerd(() -> REGELS.uitstel(d.melding, d.onderzoek, LocalDate.of(2026, 2, 17), "Advies", LocalDate.of(2026, 3, 2)),
                    "T-04", "uitstelMeegedeeldOp");
            geweigerd(() -> REGELS.uitstel(d.melding, d.onderzoek, LocalDate.of(2026, 2, 10), "", LocalDate.of(2026, 3, 2)),
                    "T-04", "uitstelReden");
            REGELS.uitstel(d.melding, d.onderzoek, LocalDate.of(2026, 2, 10), "Wachten op medisch advies", LocalDate.of(2026, 3, 2));
            assertThat(d.melding.getVolgendeTermijn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(d.melding.getOnderzoekUiterlijk()).isEqualTo(LocalDate.of(2026, 2, 16));
        }

        @Test
        @DisplayName("T-05: persoonlijk plan binnen 7 dagen aanvaard, daarna niet")
        void t05PersoonlijkPlan() {
            var d = Dossier.doetinchem(MA_5_JAN);
            assertThat(d.onderzoek.getPersoonlijkPlanUiterlijk()).isEqualTo(LocalDate.of(2026, 1, 12));
            geweigerd(() -> REGELS.persoonlijkPlan(d.melding, d.onderzoek, LocalDate.of(2026, 1, 13)), "T-05", "persoonlijkPlanOp");
            REGELS.persoonlijkPlan(d.melding, d.onderzoek, LocalDate.of(2026, 1, 12));
            assertThat(d.onderzoek.getPersoonlijkPlanOp()).isEqualTo(LocalDate.of(2026, 1, 12));
        }

        @Test
        @DisplayName("T-06: telefonisch of overslaan alleen met vastgelegde reden; een keukentafelgesprek met aanwezigen")
        void t06Gesprek() {
            var d = Dossier.doetinchem(MA_5_JAN);
            REGELS.clientondersteuningAangeboden(d.melding);
            geweigerd(() -> REGELS.gesprek(d.melding, d.onderzoek, Onderzoek.GesprekVorm.TELEFONISCH, LocalDate.of(2026, 1, 7),
                    null, "Cliënt", null), "T-06", "gesprekRedenAfwijking");
            geweigerd(() -> REGELS.gesprek(d.melding, d.onderzoek, Onderzoek.GesprekVorm.KEUKENTAFEL, LocalDate.of(2026, 1, 7),
                    "Thuis", "", null), "T-06", "aanwezigen");
            REGELS.gesprek(d.melding, d.onderzoek, Onderzoek.GesprekVorm.OVERGESLAGEN, null, null, null,
                    "Cliënt en vraag zijn bekend uit een onderzoek van vorige maand; in overleg");
            assertThat(d.onderzoek.getGesprekRedenAfwijking()).contains("in overleg");
            assertThat(d.onderzoek.getGesprekDatum()).isEqualTo(MA_5_JAN);
        }

        @Test
        @DisplayName("T-07/T-08/C-01: afronden vraagt alle aspecten A-J, de ladder en de vastgestelde identiteit")
        void t07t08Afronden() {
            var d = Dossier.doetinchem(MA_5_JAN);
            REGELS.clientondersteuningAangeboden(d.melding);
            REGELS.gesprek(d.melding, d.onderzoek, Onderzoek.GesprekVorm.KEUKENTAFEL, LocalDate.of(2026, 1, 12), "Thuis", "Cliënt", null);
            d.onderzoek.setAspect(Onderzoek.Aspect.A, "Wil thuis blijven wonen");
            assertThatThrownBy(() -> REGELS.rondOnderzoekAf(d.melding, d.onderzoek, LocalDate.of(2026, 1, 12)))
                    .isInstanceOf(ValidatieException.class)
                    .satisfies(e -> assertThat(((ValidatieException) e).fouten()).extracting(ValidatieException.Fout::melding)
                            .anySatisfy(m -> assertThat(m).contains("aspect B, C, D, E, F, G, H, I, J").contains("regel T-07"))
                            .anySatisfy(m -> assertThat(m).contains("regel T-08"))
                            .anySatisfy(m -> assertThat(m).contains("regel C-01")));
            var klaar = Dossier.doetinchem(MA_5_JAN).onderzocht(LocalDate.of(2026, 1, 12));
            assertThat(klaar.onderzoek.getAfgerondOp()).isEqualTo(LocalDate.of(2026, 1, 12));
            assertThat(klaar.onderzoek.getIdentiteitsbewijs()).isEqualTo("Paspoort");
            assertThat(klaar.melding.getFase()).isEqualTo(Melding.Fase.VERSLAG);
        }

        @Test
        @DisplayName("T-15: verwachte medische weigering vraagt medisch advies vóór het afronden; zonder die verwachting niet")
        void t15MedischAdvies() {
            var d = Dossier.doetinchem(MA_5_JAN);
            d.onderzoek.setMedischeWeigeringVerwacht(true);
            geweigerd(() -> d.onderzocht(LocalDate.of(2026, 1, 12)), "T-15", "advies");
            REGELS.advies(d.melding, d.onderzoek, Onderzoek.AdviesSoort.MEDISCH, LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 20));
            REGELS.rondOnderzoekAf(d.melding, d.onderzoek, LocalDate.of(2026, 1, 20));
            assertThat(d.onderzoek.getAfgerondOp()).isNotNull();
        }
    }

    @Nested
    class Verslagen {
        @Test
        @DisplayName("T-09: verslag binnen 2 weken na het gesprek, retour binnen 5 dagen; gezien vraagt redenen")
        void t09Verslag() {
            var d = Dossier.doetinchem(MA_5_JAN).onderzocht(LocalDate.of(2026, 1, 12));
            assertThat(d.melding.getVolgendeTermijn()).isEqualTo(LocalDate.of(2026, 1, 26));
            Verslag v = REGELS.verstuurVerslag(d.melding, d.onderzoek, LocalDate.of(2026, 1, 14));
            assertThat(v.getUiterlijk()).isEqualTo(LocalDate.of(2026, 1, 26));
            assertThat(v.getRetourUiterlijk()).isEqualTo(LocalDate.of(2026, 1, 19));
            geweigerd(() -> REGELS.verslagRetour(d.melding, d.onderzoek, v, Verslag.Status.GEZIEN, LocalDate.of(2026, 1, 16), "", null, false),
                    "T-09", "redenenGezien");
            geweigerd(() -> REGELS.verslagRetour(d.melding, d.onderzoek, v, Verslag.Status.NIET_RETOUR, LocalDate.of(2026, 1, 19), null, null, false),
                    "T-09", "status");
            REGELS.verslagRetour(d.melding, d.onderzoek, v, Verslag.Status.GEZIEN, LocalDate.of(2026, 1, 16), "Niet eens met mantelzorg",
                    "Mijn dochter woont ver weg", false);
            assertThat(v.getOpmerkingen()).isEqualTo("Mijn dochter woont ver weg");
            assertThat(d.melding.getFase()).isEqualTo(Melding.Fase.AANVRAAG);
        }

        @Test
        @DisplayName("T-09: niet retour na de 5 dagen wordt vastgelegd")
        void t09NietRetour() {
            var d = Dossier.doetinchem(MA_5_JAN).onderzocht(LocalDate.of(2026, 1, 12));
            Verslag v = REGELS.verstuurVerslag(d.melding, d.onderzoek, LocalDate.of(2026, 1, 14));
            REGELS.verslagRetour(d.melding, d.onderzoek, v, Verslag.Status.NIET_RETOUR, LocalDate.of(2026, 1, 20), null, null, false);
            assertThat(v.getStatus()).isEqualTo(Verslag.Status.NIET_RETOUR);
        }
    }

    @Nested
    class Aanvragen {
        @Test
        @DisplayName("T-10: alleen cliënt of gemachtigde; een mantelzorger kan geen aanvraag indienen")
        void t10Indiener() {
            var d = Dossier.doetinchem(MA_5_JAN).onderzocht(LocalDate.of(2026, 1, 12));
            geweigerd(() -> REGELS.aanvraag(d.melding, d.onderzoek, Aanvraag.Indiener.MANTELZORGER, "Dochter", Aanvraag.Vorm.SCHRIFTELIJK,
                    "traplift", LocalDate.of(2026, 1, 20)), "T-10", "ingediendDoor");
            geweigerd(() -> REGELS.aanvraag(d.melding, d.onderzoek, Aanvraag.Indiener.GEMACHTIGDE, "", Aanvraag.Vorm.SCHRIFTELIJK,
                    "traplift", LocalDate.of(2026, 1, 20)), "T-10", "naamIndiener");
            var a = REGELS.aanvraag(d.melding, d.onderzoek, Aanvraag.Indiener.GEMACHTIGDE, "J. de Vries", Aanvraag.Vorm.SCHRIFTELIJK,
                    "traplift", LocalDate.of(2026, 1, 20));
            assertThat(a.getNaamIndiener()).isEqualTo("J. de Vries");
        }

        @Test
        @DisplayName("T-10: vóór het onderzoek geweigerd, tenzij de 6 weken na de melding voorbij zijn")
        void t10NietVoorHetOnderzoek() {
            var d = Dossier.doetinchem(MA_5_JAN);
            geweigerd(() -> REGELS.aanvraag(d.melding, d.onderzoek, Aanvraag.Indiener.CLIENT, null, Aanvraag.Vorm.SCHRIFTELIJK,
                    "traplift", LocalDate.of(2026, 2, 16)), "T-10", "ontvangenOp");
            var a = REGELS.aanvraag(d.melding, d.onderzoek, Aanvraag.Indiener.CLIENT, null, Aanvraag.Vorm.SCHRIFTELIJK,
                    "traplift", LocalDate.of(2026, 2, 17));
            assertThat(a.getOntvangenOp()).isEqualTo(LocalDate.of(2026, 2, 17));
        }

        @Test
        @DisplayName("T-10: het ondertekende verslag geldt als aanvraag als de cliënt dat zegt")
        void t10VerslagAlsAanvraag() {
            var d = Dossier.doetinchem(MA_5_JAN).onderzocht(LocalDate.of(2026, 1, 12));
            Verslag v = REGELS.verstuurVerslag(d.melding, d.onderzoek, LocalDate.of(2026, 1, 14));
            Aanvraag a = REGELS.verslagRetour(d.melding, d.onderzoek, v, Verslag.Status.AKKOORD, LocalDate.of(2026, 1, 16), null, null, true);
            assertThat(a.getVorm()).isEqualTo(Aanvraag.Vorm.ONDERTEKEND_VERSLAG);
            assertThat(a.getGevraagdeVoorziening()).isEqualTo("traplift");
        }

        @ParameterizedTest(name = "T-11: aanvraag {0} → beslissen uiterlijk {1}")
        @DisplayName("T-11: 2 weken na de aanvraag, verlengd over Nieuwjaarsdag (Atw)")
        @CsvSource({"2026-01-20,2026-02-03", "2026-12-18,2027-01-04"})
        void t11Beslistermijn(LocalDate aanvraag, LocalDate uiterlijk) {
            var d = Dossier.doetinchem(aanvraag.minusWeeks(3)).onderzocht(aanvraag.minusWeeks(2));
            d.aangevraagd(aanvraag);
            assertThat(d.aanvraag.getBeslissenUiterlijk()).isEqualTo(uiterlijk);
            assertThat(d.melding.getVolgendeTermijn()).isEqualTo(uiterlijk);
            assertThat(d.melding.getBeschikkingUiterlijk()).isEqualTo(d.melding.datum().plusWeeks(8).getDayOfWeek().getValue() > 5
                    ? d.melding.getBeschikkingUiterlijk() : d.melding.datum().plusWeeks(8));
        }
    }

    @Nested
    class Beslissen {
        @Test
        @DisplayName("T-12/T-13/C-13: toekenning in natura met resultaat en wijze; ingang = beschikkingsdatum; hoogstens 5 jaar")
        void t12t13c13Toekenning() {
            var d = klaarVoorBesluit();
            Beschikking b = d.besluit(Dossier.natura(new BigDecimal("4000")), CONSULENT, LocalDate.of(2026, 1, 27));
            assertThat(b.getIngangsdatum()).isEqualTo(LocalDate.of(2026, 1, 27));
            assertThat(b.getEinddatum()).isEqualTo(LocalDate.of(2031, 1, 26));
            assertThat(b.getRegelsetVersie()).isEqualTo("0222-2017-03-01");
            assertThat(b.getMotivering()).contains("C-01:").contains("artikel 7 lid 1").contains("C-13:").contains("T-13:")
                    .contains("T-17:").contains("binnen 6 weken bezwaar").contains("versie 0222-2017-03-01");
            assertThat(b.getStatus()).isEqualTo(Beschikking.Status.GOEDGEKEURD);
            assertThat(b.getVierOgenReden()).isNull();
        }

        @Test
        @DisplayName("T-12: natura zonder beoogd resultaat en Pgb zonder bedrag geweigerd")
        void t12Elementen() {
            var d = klaarVoorBesluit();
            var zonderResultaat = new Besluitgegevens(Beschikking.Soort.TOEKENNING_NATURA, "traplift", null, "bruikleen", null, null,
                    null, null, null, null, null, null, null);
            geweigerd(() -> d.besluit(zonderResultaat, CONSULENT, LocalDate.of(2026, 1, 27)), "T-12", "resultaat");
            var pgb = new Besluitgegevens(Beschikking.Soort.TOEKENNING_PGB, "traplift", "Veilig naar boven", null, null, null,
                    "Offerte", "Keurmerk", "Via de SVB", null, null, null, null);
            geweigerd(() -> d.besluit(pgb, CONSULENT, LocalDate.of(2026, 1, 27)), "T-12", "pgbBedrag");
        }

        @Test
        @DisplayName("T-13: een opgegeven ingangsdatum blijft; C-13: een einddatum na 5 jaar wordt geweigerd")
        void t13c13Grenzen() {
            var d = klaarVoorBesluit();
            var g = new Besluitgegevens(Beschikking.Soort.TOEKENNING_NATURA, "traplift", "Veilig", "Bruikleen", null, null, null, null,
                    null, BigDecimal.TEN, null, LocalDate.of(2026, 2, 1), LocalDate.of(2031, 2, 1));
            geweigerd(() -> d.besluit(g, CONSULENT, LocalDate.of(2026, 1, 27)), "C-13", "einddatum");
            var binnen = new Besluitgegevens(Beschikking.Soort.TOEKENNING_NATURA, "traplift", "Veilig", "Bruikleen", null, null, null,
                    null, null, BigDecimal.TEN, null, LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 31));
            var b = d.besluit(binnen, CONSULENT, LocalDate.of(2026, 1, 27));
            assertThat(b.getIngangsdatum()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(b.getEinddatum()).isEqualTo(LocalDate.of(2027, 1, 31));
        }

        @Test
        @DisplayName("Vier ogen: boven het bedrag van de regelset wacht de beschikking op een andere teamleider; verzenden kan pas daarna")
        void vierOgenBovenBedrag() {
            var d = klaarVoorBesluit();
            Beschikking b = d.besluit(Dossier.natura(new BigDecimal("6000")), CONSULENT, LocalDate.of(2026, 1, 27));
            assertThat(b.getStatus()).isEqualTo(Beschikking.Status.TER_GOEDKEURING);
            assertThat(b.getVierOgenReden()).contains("5000,00");
            assertThat(d.melding.getFase()).isEqualTo(Melding.Fase.GOEDKEURING);
            assertThatThrownBy(() -> REGELS.verzend(d.melding, b, LocalDate.of(2026, 1, 28))).isInstanceOf(ValidatieException.class)
                    .hasMessageContaining("teamleider");
            assertThatThrownBy(() -> REGELS.keurGoed(d.melding, b, CONSULENT, true, LocalDateTime.now()))
                    .isInstanceOf(ValidatieException.class);
            REGELS.keurGoed(d.melding, b, TEAMLEIDER, true, LocalDateTime.of(2026, 1, 28, 9, 0));
            REGELS.verzend(d.melding, b, LocalDate.of(2026, 1, 28));
            assertThat(b.getStatus()).isEqualTo(Beschikking.Status.VERZONDEN);
            assertThat(b.getGoedgekeurdDoor()).isEqualTo(TEAMLEIDER);
            assertThat(d.melding.isAfgesloten()).isTrue();
        }

        @Test
        @DisplayName("T-17: afwijzen pas na een voornemen en de reactie; C-02 als afwijzingsgrond; vier ogen bij een negatief besluit")
        void t17Voornemen() {
            var d = Dossier.doetinchem(MA_5_JAN);
            d.onderzoek.setNoodzakelijk(false);
            d.onderzocht(LocalDate.of(2026, 1, 12));
            d.onderzoek.setNoodzakelijk(false);
            d.aangevraagd(LocalDate.of(2026, 1, 20));
            geweigerd(() -> d.besluit(Dossier.afwijzing(), CONSULENT, LocalDate.of(2026, 1, 27)), "T-17", "voornemen");
            assertThatThrownBy(() -> d.besluit(Dossier.natura(BigDecimal.TEN), CONSULENT, LocalDate.of(2026, 1, 27)))
                    .isInstanceOf(ValidatieException.class).hasMessageContaining("Toekennen kan niet");
            var v = REGELS.voornemen(d.melding, "Wij zijn van plan uw aanvraag af te wijzen: de traplift is niet noodzakelijk", LocalDate.of(2026, 1, 21));
            assertThat(v.getReactieUiterlijk()).isEqualTo(LocalDate.of(2026, 2, 4));
            d.voornemens.add(v);
            geweigerd(() -> d.besluit(Dossier.afwijzing(), CONSULENT, LocalDate.of(2026, 1, 27)), "T-17", "voornemen");
            REGELS.reactieOpVoornemen(v, LocalDate.of(2026, 1, 26), "Ik val bijna dagelijks op de trap");
            Beschikking b = d.besluit(Dossier.afwijzing(), CONSULENT, LocalDate.of(2026, 1, 27));
            assertThat(b.getSoort()).isEqualTo(Beschikking.Soort.AFWIJZING);
            assertThat(b.getMotivering()).contains("C-02:").contains("artikel 8 lid 1");
            assertThat(b.getStatus()).isEqualTo(Beschikking.Status.TER_GOEDKEURING);
            assertThat(b.getVierOgenReden()).contains("negatief");
        }

        @Test
        @DisplayName("T-15: buiten behandeling alleen als de cliënt niet meewerkt")
        void t15BuitenBehandeling() {
            var d = klaarVoorBesluit();
            var bb = new Besluitgegevens(Beschikking.Soort.BUITEN_BEHANDELING, null, null, null, null, null, null, null, null, null, null, null, null);
            geweigerd(() -> d.besluit(bb, CONSULENT, LocalDate.of(2026, 1, 27)), "T-15", "soort");
            d.onderzoek.setMedewerkingGeweigerd(true);
            d.voornemens.add(REGELS.voornemen(d.melding, "Buiten behandeling: geen medewerking aan medisch advies", LocalDate.of(2026, 1, 5)));
            Beschikking b = d.besluit(bb, CONSULENT, LocalDate.of(2026, 1, 27));
            assertThat(b.getMotivering()).contains("T-15:");
            assertThat(b.getStatus()).isEqualTo(Beschikking.Status.TER_GOEDKEURING);
        }

        @Test
        @DisplayName("O-05: het kernteam kent geen maatwerkvoorziening toe; een Wmo-consulent wel")
        void o05Toegangsniveau() {
            var d = new Dossier("0222", MA_5_JAN, Melding.Toegangsniveau.KERNTEAM).onderzocht(LocalDate.of(2026, 1, 12))
                    .aangevraagd(LocalDate.of(2026, 1, 20));
            geweigerd(() -> d.besluit(Dossier.natura(BigDecimal.TEN), CONSULENT, LocalDate.of(2026, 1, 27)), "O-05", "toegangsniveau");
            d.melding.setToegangsniveau(Melding.Toegangsniveau.CONSULENT);
            assertThat(d.besluit(Dossier.natura(BigDecimal.TEN), CONSULENT, LocalDate.of(2026, 1, 27)).getSoort())
                    .isEqualTo(Beschikking.Soort.TOEKENNING_NATURA);
        }

        @Test
        @DisplayName("C-16: de beschikking bewaart de regelset die op de beslisdatum gold, per gemeente")
        void c16RegelsetVersie() {
            var d = new Dossier("0262", MA_5_JAN, Melding.Toegangsniveau.CONSULENT).onderzocht(LocalDate.of(2026, 1, 12))
                    .aangevraagd(LocalDate.of(2026, 1, 20));
            var b = d.besluit(Dossier.natura(BigDecimal.TEN), "consulent.lochem", LocalDate.of(2026, 1, 27));
            assertThat(b.getRegelsetVersie()).startsWith("0262-");
            assertThat(b.getMotivering()).contains(b.getRegelsetVersie());
        }
    }

    @Nested
    class NaDeBeschikking {
        Dossier verzonden() {
            var d = klaarVoorBesluit();
            Beschikking b = d.besluit(Dossier.natura(BigDecimal.TEN), CONSULENT, LocalDate.of(2026, 1, 27));
            REGELS.verzend(d.melding, b, LocalDate.of(2026, 1, 27));
            beschikking = b;
            return d;
        }

        Beschikking beschikking;

        @Test
        @DisplayName("T-17: bezwaar binnen 6 weken is tijdig, daarna te laat; beide worden geregistreerd met een beslistermijn")
        void t17Bezwaar() {
            var d = verzonden();
            assertThat(beschikking.getBezwaarUiterlijk()).isEqualTo(LocalDate.of(2026, 3, 10));
            Bezwaar tijdig = REGELS.bezwaar(d.melding, beschikking, LocalDate.of(2026, 3, 10), "Te kort geïndiceerd");
            assertThat(tijdig.isTijdig()).isTrue();
            assertThat(tijdig.getBeslissenUiterlijk()).isEqualTo(LocalDate.of(2026, 6, 2));
            assertThat(d.melding.getFase()).isEqualTo(Melding.Fase.BEZWAAR);
            assertThat(REGELS.bezwaar(d.melding, beschikking, LocalDate.of(2026, 3, 11), "Later").isTijdig()).isFalse();
        }

        @Test
        @DisplayName("T-18: gegrond bezwaar → nieuwe opdracht, aanbieder start binnen 5 werkdagen (over Koningsdag); ongegrond → geen opdracht")
        void t18NieuweOpdracht() {
            var d = verzonden();
            Bezwaar gegrond = REGELS.bezwaar(d.melding, beschikking, LocalDate.of(2026, 3, 1), "Te kort");
            REGELS.beslisBezwaar(d.melding, gegrond, Bezwaar.Uitkomst.GEGROND, LocalDate.of(2026, 4, 24));
            assertThat(gegrond.getAanbiederStartUiterlijk()).isEqualTo(LocalDate.of(2026, 5, 4));
            assertThat(d.melding.getTermijnRegel()).isEqualTo("T-18");
            Bezwaar ongegrond = REGELS.bezwaar(d.melding, beschikking, LocalDate.of(2026, 3, 2), "Anders");
            REGELS.beslisBezwaar(d.melding, ongegrond, Bezwaar.Uitkomst.ONGEGROND, LocalDate.of(2026, 4, 24));
            assertThat(ongegrond.getOpdrachtAanbiederOp()).isNull();
            assertThat(ongegrond.getAanbiederStartUiterlijk()).isNull();
        }

        @Test
        @DisplayName("C-17: herzien met een grond beëindigt de indicatie; zonder grond geweigerd")
        void c17Herziening() {
            verzonden();
            var geen = new Herziening.Omstandigheden(Herziening.Verstrekking.NATURA_BRUIKLEEN, false, false, false, false, false, false, null, false);
            assertThatThrownBy(() -> REGELS.herzie(beschikking, geen, LocalDate.of(2026, 6, 1))).isInstanceOf(ValidatieException.class)
                    .hasMessageContaining("regel C-17");
            var weg = new Herziening.Omstandigheden(Herziening.Verstrekking.NATURA_BRUIKLEEN, false, false, true, false, false, false, null, false);
            var r = REGELS.herzie(beschikking, weg, LocalDate.of(2026, 6, 1));
            assertThat(r.voorzieningTerugvorderbaar()).isTrue();
            assertThat(beschikking.getBeeindigdOp()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(beschikking.getBeeindigingsreden()).contains("C-17");
        }

        @Test
        @DisplayName("C-14: verhuizen buiten de gemeente beëindigt de indicatie op de verhuisdag; binnen de gemeente niet")
        void c14Verhuizing() {
            verzonden();
            var binnen = REGELS.verhuizing("0222", List.of(beschikking), LocalDate.of(2026, 5, 1), true, false);
            assertThat(binnen.toepassing().uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
            assertThat(beschikking.getBeeindigdOp()).isNull();
            var buiten = REGELS.verhuizing("0222", List.of(beschikking), LocalDate.of(2026, 5, 1), false, false);
            assertThat(buiten.toepassing().regelId()).isEqualTo("C-14");
            assertThat(beschikking.getBeeindigdOp()).isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(beschikking.loopt(LocalDate.of(2026, 5, 1))).isFalse();
            assertThat(beschikking.loopt(LocalDate.of(2026, 4, 30))).isTrue();
        }

        @Test
        @DisplayName("C-15: langer dan 4 weken afwezig opent een heronderzoek; 4 weken of korter niet")
        void c15Afwezigheid() {
            assertThat(REGELS.afwezigheid("0222", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 6)).uitkomst())
                    .isEqualTo(Uitkomst.VAN_TOEPASSING);
            assertThat(REGELS.afwezigheid("0222", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 29)).uitkomst())
                    .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        }
    }
}
