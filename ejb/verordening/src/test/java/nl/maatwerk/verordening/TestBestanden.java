package nl.maatwerk.verordening;

import nl.maatwerk.verordening.regelset.Regelboek;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Gedeelde testhulp: bestanden van het classpath en een regelboek met de fictieve testversie. */
public final class TestBestanden {

    public static final String DOETINCHEM_2017 = "regelsets/0222-doetinchem-2017-03-01.yaml";
    public static final String LOCHEM_2016 = "regelsets/0262-lochem-2016-06-01.yaml";
    public static final String DOETINCHEM_2019_TEST = "regelsets/0222-doetinchem-2019-01-01.yaml";

    private TestBestanden() {
    }

    public static String lees(String pad) {
        try (InputStream in = TestBestanden.class.getClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Testbestand ontbreekt: " + pad);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** De meegeleverde regelsets plus de fictieve Doetinchemse versie van 1 januari 2019. */
    public static Regelboek regelboekMetTestversie() {
        Regelboek boek = Regelboek.standaard();
        boek.laadResource(DOETINCHEM_2019_TEST);
        return boek;
    }
}
