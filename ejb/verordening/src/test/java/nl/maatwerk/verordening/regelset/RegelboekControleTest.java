package nl.maatwerk.verordening.regelset;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dry run before an upload, and the shipped files that the server keeps to offer for download. */
class RegelboekControleTest {

    private static String doetinchem2030() {
        return Regelboek.meegeleverdeBestanden().get("0222-doetinchem-2017-03-01.yaml")
                .replace("versie: 0222-2017-03-01", "versie: 0222-2030-01-01")
                .replace("geldig_vanaf: 2017-03-01", "geldig_vanaf: 2030-01-01");
    }

    @Test
    void deMeegeleverdeBestandenStaanInDeVolgordeVanDeIndex() {
        Map<String, String> bestanden = Regelboek.meegeleverdeBestanden();
        assertThat(bestanden.keySet()).containsExactly("0222-doetinchem-2017-03-01.yaml", "0262-lochem-2016-06-01.yaml");
        assertThat(bestanden.get("0262-lochem-2016-06-01.yaml")).contains("versie: 0262-2016-06-01");
    }

    @Test
    void controlerenLaadtNietsEnGeeftDezelfdeUitkomstAlsLaden() {
        Regelboek boek = Regelboek.standaard();
        LeesResultaat proef = boek.controleer(doetinchem2030());
        assertThat(proef.isGelukt()).isTrue();
        assertThat(boek.versies("0222")).hasSize(1);
        assertThat(boek.versie("0222-2017-03-01").geldigTot()).isNull();

        assertThat(boek.laad(doetinchem2030()).regelset().versie()).isEqualTo("0222-2030-01-01");
        assertThat(boek.versies("0222")).hasSize(2);
    }

    @Test
    void gelijktijdigLadenVanDezelfdeVersieLuktPreciesEenKeer() throws Exception {
        Regelboek boek = Regelboek.standaard();
        String yaml = doetinchem2030();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var taken = new java.util.ArrayList<java.util.concurrent.Future<LeesResultaat>>();
            for (int i = 0; i < 8; i++) {
                taken.add(pool.submit(() -> {
                    start.await();
                    return boek.laad(yaml);
                }));
            }
            start.countDown();
            long gelukt = 0;
            for (var t : taken) {
                gelukt += t.get().isGelukt() ? 1 : 0;
            }
            assertThat(gelukt).isEqualTo(1);
            assertThat(boek.versies("0222")).extracting(Regelset::versie).containsExactly("0222-2017-03-01", "0222-2030-01-01");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void naDeOpvolgerWeigertControlerenEenOverlappendeVersieMetRegelnummer() {
        Regelboek boek = Regelboek.standaard();
        boek.laad(doetinchem2030()).regelset();
        String overlap = doetinchem2030().replace("versie: 0222-2030-01-01", "versie: 0222-2029-06-01")
                .replace("geldig_vanaf: 2030-01-01", "geldig_vanaf: 2029-06-01");
        LeesResultaat proef = boek.controleer(overlap);
        assertThat(proef.isGelukt()).isFalse();
        assertThat(proef.fouten()).anySatisfy(f -> {
            assertThat(f.veld()).isEqualTo("geldig_vanaf");
            assertThat(f.melding()).contains("overlapt");
            assertThat(f.regel()).isGreaterThan(1);
        });
        assertThat(boek.versies("0222")).hasSize(2);
    }
}
