package nl.maatwerk.web.api.verordening;

import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.verordening.beoordeling.Afwegingsfactor;
import nl.maatwerk.verordening.beoordeling.Oplossing;
import nl.maatwerk.verordening.beoordeling.Situatie;
import nl.maatwerk.verordening.beoordeling.Toepassingsgrond;
import nl.maatwerk.verordening.beoordeling.Trede;
import nl.maatwerk.verordening.termijn.Duur;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The documented JSON input of POST /api/v1/beoordelingen, turned into the engine's Situatie. */
class SituatieInvoerTest {

    private static SituatieInvoer invoer(Map<String, String> ladder, List<String> afwegingen, SituatieInvoer.Huishouden huishouden,
                                         SituatieInvoer.LopendeIndicatie lopend, SituatieInvoer.Indicatieduur duur) {
        return new SituatieInvoer("0222", LocalDate.of(2017, 6, 1), null, lopend, 45, ladder, null,
                new SituatieInvoer.Voorliggend(false, null, false), null, null, null, null,
                new SituatieInvoer.PgbAchteraf(false, true, true), null, huishouden, afwegingen, null, duur, null);
    }

    @Test
    void volledigeInvoerWordtDeSituatieVanDeBeoordelaar() {
        Situatie s = invoer(Map.of("eigen_kracht", "niet", "ALGEMENE_VOORZIENING", "GEDEELTELIJK"), List.of("ALLE"),
                new SituatieInvoer.Huishouden(true, true, new SituatieInvoer.DuurInvoer(2, "maanden")), null, null).naarSituatie();
        assertThat(s.gemeente()).isEqualTo("0222");
        assertThat(s.grond()).isEqualTo(new Toepassingsgrond.NieuweAanvraag(LocalDate.of(2017, 6, 1)));
        assertThat(s.ladder(Trede.EIGEN_KRACHT)).hasValueSatisfying(a -> assertThat(a.oplossing()).isEqualTo(Oplossing.NIET));
        assertThat(s.ladder(Trede.ALGEMENE_VOORZIENING)).hasValueSatisfying(a -> assertThat(a.oplossing()).isEqualTo(Oplossing.GEDEELTELIJK));
        assertThat(s.afwegingen()).hasValueSatisfying(a -> assertThat(a).hasSize(Afwegingsfactor.values().length));
        assertThat(s.huishouden()).hasValueSatisfying(h -> assertThat(h.verwachteDuur()).isEqualTo(new Duur(2, nl.maatwerk.verordening.termijn.DuurEenheid.MAANDEN)));
        assertThat(s.pgbAchteraf()).hasValueSatisfying(p -> assertThat(p.meldingNietEerderMogelijk()).isFalse());
        assertThat(s.wlz()).isEmpty();
    }

    @Test
    void eenLopendeIndicatieKiestHaarEigenVersie() {
        Situatie s = invoer(null, null, null, new SituatieInvoer.LopendeIndicatie("0222-2017-03-01", LocalDate.of(2020, 1, 1), null), null)
                .naarSituatie();
        assertThat(s.grond()).isInstanceOf(Toepassingsgrond.LopendeIndicatie.class);
    }

    @Test
    void foutenKomenAlleTegelijkMetHetVeld() {
        var fout = new SituatieInvoer(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        assertThatThrownBy(fout::naarSituatie).isInstanceOf(ValidatieException.class)
                .satisfies(e -> assertThat(((ValidatieException) e).fouten()).extracting(ValidatieException.Fout::veld)
                        .containsExactly("gemeente", "peildatum", "leeftijd"));

        assertThatThrownBy(() -> invoer(Map.of("EIGEN_KRACHT", "MISSCHIEN"), List.of("ONBEKEND"),
                new SituatieInvoer.Huishouden(false, false, new SituatieInvoer.DuurInvoer(3, "eeuwen")), null,
                new SituatieInvoer.Indicatieduur("VERBETERING", null, null)).naarSituatie())
                .isInstanceOf(ValidatieException.class)
                .satisfies(e -> assertThat(((ValidatieException) e).fouten()).extracting(ValidatieException.Fout::veld)
                        .containsExactlyInAnyOrder("ladder.EIGEN_KRACHT", "afwegingen", "huishouden.verwachteDuur",
                                "indicatieduur.verbeteringBinnen"));
    }
}
