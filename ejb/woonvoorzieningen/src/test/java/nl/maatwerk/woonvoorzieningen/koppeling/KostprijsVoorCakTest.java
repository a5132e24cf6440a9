package nl.maatwerk.woonvoorzieningen.koppeling;

import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Status;
import nl.maatwerk.domain.woonvoorzieningen.Voorzieningsoort;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.koppeling.Leveringsvorm;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron.GeleverdeVoorziening;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron.Kostprijsbasis;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Wat woonvoorzieningen aan financiën en het CAK geeft: E-02 (kostprijs, maximum € 20.000) en E-03 (ouders). */
class KostprijsVoorCakTest {

    private static final Regelboek REGELBOEK = Regelboek.standaard();
    private static final LocalDate GOEDGEKEURD = LocalDate.of(2024, 7, 1);

    private static Woonvoorziening toegekend(String gemeente, LocalDate geboren, String bedrag) {
        Organisatie org = new Organisatie("Achterhoek", OrganisatieSoort.GEMEENTE);
        Client c = new Client("111222333", "Jan", null, "Aanpas", geboren, new Gemeente(gemeente, gemeente.equals("0222") ? "Doetinchem" : "Lochem", 1, org));
        Woonvoorziening w = new Woonvoorziening(c, Voorzieningsoort.BOUWKUNDIG, "aanbouw slaapkamer", Gebruiksruimte.SLAAPKAMER, LocalDate.of(2024, 6, 1));
        w.voegOfferteToe("Bouwbedrijf Oost", new BigDecimal(bedrag), true, LocalDate.of(2024, 6, 10));
        w.kiesGoedkoopstAdequate();
        w.naarStatus(Status.GOEDGEKEURD, GOEDGEKEURD);
        return w;
    }

    private static Regelset regelset(String gemeente) {
        return REGELBOEK.regelset(gemeente, GOEDGEKEURD);
    }

    private static RegelToepassing regel(GeleverdeVoorziening g, String id) {
        return g.motivering().stream().filter(t -> t.regelId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("E-02 van toepassing: een aanpassing boven € 20.000 gaat met het maximum naar het CAK, eenmalig, met bron")
    void e02MaximumBovenTwintigduizend() {
        GeleverdeVoorziening g = WoonVoorzieningenBron.geleverd(regelset("0222"), toegekend("0222", LocalDate.of(1950, 1, 1), "34500.00"), 1L);
        assertThat(g.kostprijs()).isEqualByComparingTo("20000");
        assertThat(g.basis()).isEqualTo(Kostprijsbasis.EENMALIG);
        assertThat(g.vorm()).isEqualTo(Leveringsvorm.NATURA);
        assertThat(g.ingang()).isEqualTo(GOEDGEKEURD);
        assertThat(g.gebied()).isEqualTo("woonvoorzieningen");
        assertThat(g.bijdrageplichtig()).isTrue();
        assertThat(regel(g, "E-02").motivering()).contains("hoogstens € 20.000,00", "regel E-02");
        assertThat(regel(g, "E-02").bron()).isNotNull();
    }

    @Test
    @DisplayName("E-02 niet begrensd: een aanpassing onder het maximum gaat met haar eigen prijs naar het CAK")
    void e02OnderHetMaximum() {
        GeleverdeVoorziening g = WoonVoorzieningenBron.geleverd(regelset("0262"), toegekend("0262", LocalDate.of(1950, 1, 1), "8200.00"), 1L);
        assertThat(g.kostprijs()).isEqualByComparingTo("8200");
        assertThat(regel(g, "E-02").motivering()).doesNotContain("hoogstens");
    }

    @Test
    @DisplayName("E-03 van toepassing (Doetinchem): voor een minderjarige zijn de ouders bijdrageplichtig; E-03 niet van toepassing voor een volwassene")
    void e03OudersVanEenMinderjarige() {
        GeleverdeVoorziening kind = WoonVoorzieningenBron.geleverd(regelset("0222"), toegekend("0222", LocalDate.of(2012, 3, 1), "9000.00"), 1L);
        assertThat(kind.bijdrageplichtig()).isTrue();
        assertThat(regel(kind, "E-03").motivering()).contains("ouders");
        GeleverdeVoorziening volwassen = WoonVoorzieningenBron.geleverd(regelset("0222"), toegekend("0222", LocalDate.of(1950, 1, 1), "9000.00"), 1L);
        assertThat(regel(volwassen, "E-03").uitkomst().name()).isEqualTo("NIET_VAN_TOEPASSING");
    }
}
