package nl.maatwerk.verordening.regelset;

import nl.maatwerk.verordening.TestBestanden;
import nl.maatwerk.verordening.termijn.Duur;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegelboekTest {

    @Test
    void eenNieuweVersieBeeindigtDeOpenVoorgangerDeDagErvoor() {
        Regelboek boek = TestBestanden.regelboekMetTestversie();
        assertThat(boek.versie("0222-2017-03-01").geldigTot()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(boek.versie("0222-2019-01-01").geldigTot()).isNull();
        assertThat(boek.regelset("0222", LocalDate.of(2018, 12, 31)).versie()).isEqualTo("0222-2017-03-01");
        assertThat(boek.regelset("0222", LocalDate.of(2019, 1, 1)).versie()).isEqualTo("0222-2019-01-01");
        assertThat(boek.versies("0222")).extracting(Regelset::versie).containsExactly("0222-2017-03-01", "0222-2019-01-01");
        assertThat(boek.gemeenten()).containsExactly("0222", "0262");
    }

    @Test
    void getypeerdeWaardenPerDatum() {
        Regelboek boek = TestBestanden.regelboekMetTestversie();
        assertThat(boek.getal("0222", "vervoer.cvv.km_per_jaar", LocalDate.of(2018, 6, 1))).isEqualByComparingTo("2000");
        assertThat(boek.getal("0222", "vervoer.cvv.km_per_jaar", LocalDate.of(2019, 6, 1))).isEqualByComparingTo("2500");
        assertThat(boek.duur("0262", "toegang.onderzoek.termijn", LocalDate.of(2017, 1, 1))).isEqualTo(Duur.weken(6));
        assertThat(boek.bedrag("0222", "bijdrage.kostprijs.max_woningaanpassing_vervoer", LocalDate.of(2017, 6, 1))).isEqualByComparingTo("20000.00");
        assertThat(boek.lijst("0262", "hulpmiddel.algemeen_gebruikelijk", LocalDate.of(2017, 1, 1))).containsExactly("wandelstok", "looprek", "rollator");
        assertThat(boek.tabel("0262", "pgb.jeugdloon.minimumuurloon", LocalDate.of(2017, 1, 1))).containsKeys("18", "22");
        assertThat(boek.waarde("0262", "vervoer.cvv.zones_per_jaar", LocalDate.of(2017, 1, 1))).hasToString("900 zones/jaar");
    }

    @Test
    void geenVersieOpDieDatumFaaltLuidInHetNederlands() {
        Regelboek boek = Regelboek.standaard();
        assertThatThrownBy(() -> boek.getal("0262", "vervoer.cvv.km_per_jaar", LocalDate.of(2016, 5, 31)))
                .isInstanceOf(RegelsetException.class)
                .hasMessageStartingWith("Er geldt op 2016-05-31 geen regelset voor gemeente 0262.")
                .hasMessageContaining("0262-2016-06-01");
        assertThatThrownBy(() -> boek.regelset("0999", LocalDate.of(2017, 1, 1)))
                .hasMessageContaining("Voor deze gemeente is geen enkele regelset geladen");
    }

    @Test
    void onbekendeParameterOfVerkeerdTypeFaaltLuid() {
        Regelboek boek = Regelboek.standaard();
        LocalDate datum = LocalDate.of(2017, 6, 1);
        assertThatThrownBy(() -> boek.getal("0262", "vervoer.cvv.straal_km", datum))
                .isInstanceOf(RegelsetException.class)
                .hasMessage("Parameter 'vervoer.cvv.straal_km' bestaat niet in regelset 0262-2016-06-01 van gemeente Lochem.");
        assertThatThrownBy(() -> boek.duur("0222", "vervoer.cvv.km_per_jaar", datum))
                .isInstanceOf(RegelsetException.class)
                .hasMessage("Parameter 'vervoer.cvv.km_per_jaar' in regelset 0222-2017-03-01 is een getal, geen duur.");
        assertThatThrownBy(() -> boek.versie("0222-2020-01-01")).hasMessage("Regelsetversie 0222-2020-01-01 is niet geladen.");
    }

    @Test
    void verschilTussenVersies() {
        Regelboek boek = TestBestanden.regelboekMetTestversie();
        RegelsetVerschil verschil = boek.verschil("0222-2017-03-01", "0222-2019-01-01");
        assertThat(verschil.toegevoegd()).isEmpty();
        assertThat(verschil.verwijderd()).isEmpty();
        assertThat(verschil.gewijzigd()).extracting(RegelsetVerschil.Wijziging::sleutel).containsExactly(
                "gebruikelijke_hulp.kortdurend_tot", "pgb.tarief.professioneel_per_uur", "vervoer.cvv.km_per_jaar");
        RegelsetVerschil.Wijziging tarief = verschil.gewijzigd().get(1);
        assertThat(tarief.oud().status()).isEqualTo(ParameterStatus.VAST_TE_STELLEN);
        assertThat(tarief.nieuw().status()).isEqualTo(ParameterStatus.VASTGESTELD);

        RegelsetVerschil tussenGemeenten = boek.verschil("0222-2017-03-01", "0262-2016-06-01");
        assertThat(tussenGemeenten.toegevoegd()).extracting(Parameter::sleutel).contains("vervoer.cvv.zones_per_jaar");
        assertThat(tussenGemeenten.verwijderd()).extracting(Parameter::sleutel).contains("vervoer.cvv.straal_km");
        assertThat(boek.verschil("0262-2016-06-01", "0262-2016-06-01").isLeeg()).isTrue();
    }

    @Test
    void eenOngeldigeUploadVerandertNiets() {
        Regelboek boek = Regelboek.standaard();
        String fout = TestBestanden.lees(TestBestanden.DOETINCHEM_2019_TEST).replace("eenheid: km/jaar", "eenheid: mijl");
        LeesResultaat resultaat = boek.laad(fout);
        assertThat(resultaat.isGelukt()).isFalse();
        assertThat(boek.versies("0222")).hasSize(1);
        assertThat(boek.versie("0222-2017-03-01").geldigTot()).isNull();
    }

    @Test
    void geladenRegelsetsZijnOnveranderlijk() {
        Regelset regelset = Regelboek.standaard().versie("0222-2017-03-01");
        assertThatThrownBy(() -> regelset.parameters().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> regelset.lijst("bijdrage.vrijstellingen").add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
