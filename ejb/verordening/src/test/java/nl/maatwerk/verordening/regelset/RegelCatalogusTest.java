package nl.maatwerk.verordening.regelset;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** regels/catalogus.yaml moet gelijk blijven aan shared/domain/RULES.md (ids en bronnen). */
class RegelCatalogusTest {

    /** Vanuit de moduledirectory (ejb/verordening) drie niveaus omhoog naar /work, dan shared/. */
    private static final Path RULES = Path.of("../../../shared/domain/RULES.md");
    private static final Pattern RIJ = Pattern.compile("^\\| ([A-Z]-\\d\\d) \\| .* \\| ([^|]*) \\|\\s*$");

    @Test
    void catalogusBevatElkeRegelUitRulesMdMetDezelfdeBron() throws IOException {
        assertThat(RULES).as("RULES.md moet bestaan naast de repository (shared/domain/RULES.md)").exists();
        Map<String, String> inRules = new LinkedHashMap<>();
        for (String regel : Files.readAllLines(RULES, StandardCharsets.UTF_8)) {
            Matcher m = RIJ.matcher(regel);
            if (m.matches()) {
                inRules.put(m.group(1), m.group(2).trim());
            }
        }
        Map<String, String> inCatalogus = RegelCatalogus.standaard().regels().stream()
                .collect(Collectors.toMap(RegelCatalogus.RegelOmschrijving::id, RegelCatalogus.RegelOmschrijving::bron,
                        (a, b) -> a, LinkedHashMap::new));

        assertThat(inRules).hasSizeGreaterThan(100);
        assertThat(inCatalogus).containsExactlyInAnyOrderEntriesOf(inRules);
    }

    @Test
    void elkeRegelHeeftEenNederlandseTitel() {
        assertThat(RegelCatalogus.standaard().regels())
                .allSatisfy(r -> assertThat(r.titel()).as(r.id()).isNotBlank());
    }

    @Test
    void documentenVanDeBronnenZijnBekend() {
        RegelCatalogus catalogus = RegelCatalogus.standaard();
        assertThat(catalogus.documentTitel("004")).contains("Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017");
        assertThat(catalogus.documentTitel("001")).contains("Beleidsregels maatschappelijke ondersteuning 2016 gemeente Lochem");
        assertThat(catalogus.documentTitel("Awb")).contains("Algemene wet bestuursrecht");
        assertThat(catalogus.documentTitel("005")).isEmpty();
    }
}
