package nl.maatwerk.verordening.regelset;

import java.util.List;
import java.util.Objects;

/**
 * Waar een waarde of regel vandaan komt: een document (code en titel), een artikel of paragraaf,
 * eventueel lid of onderdeel, en de regel-id's uit de regelcatalogus.
 *
 * @param document      code: "004", "001", "Wmo2015", "Awb", ...
 * @param documentTitel volledige titel, voor motiveringen
 * @param artikel       "art. 8", "§5.2.5", "toelichting art. 6", "art. 6:7"
 * @param lid           "lid 3", "lid 3 onder c", "onderdeel a"; leeg als het hele artikel bedoeld is
 * @param regels        regel-id's, bijvoorbeeld [C-04]
 */
public record Bron(String document, String documentTitel, String artikel, String lid, List<String> regels) {

    public Bron {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(documentTitel, "documentTitel");
        Objects.requireNonNull(artikel, "artikel");
        lid = lid == null ? "" : lid;
        regels = List.copyOf(regels);
    }

    /** Dezelfde plaats, voor een andere regel (bijvoorbeeld bij een motivering). */
    public Bron voorRegel(String regelId) {
        return new Bron(document, documentTitel, artikel, lid, List.of(regelId));
    }

    /** Kort, zoals in RULES.md: "004 art. 8 lid 3". */
    public String kort() {
        return (document + " " + artikel + (lid.isEmpty() ? "" : " " + lid)).trim();
    }

    /** Voluit voor de cliënt: "artikel 8 lid 3 Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017". */
    public String tekst() {
        return voluit(artikel) + (lid.isEmpty() ? "" : " " + lid) + " " + documentTitel;
    }

    private static String voluit(String artikel) {
        if (artikel.startsWith("toelichting art. ")) {
            return "de toelichting op artikel " + artikel.substring("toelichting art. ".length());
        }
        if (artikel.startsWith("art. ")) {
            return "artikel " + artikel.substring("art. ".length());
        }
        if (artikel.startsWith("§")) {
            return "paragraaf " + artikel.substring(1);
        }
        return artikel;
    }

    @Override
    public String toString() {
        return kort() + " " + regels;
    }
}
