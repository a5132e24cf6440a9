package nl.maatwerk.verordening.regelset;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * De regelcatalogus ({@code regels/catalogus.yaml}): elke regel uit RULES.md met korte titel en bron,
 * en de documenten waarnaar een regelset mag verwijzen.
 */
public final class RegelCatalogus {

    public static final String RESOURCE = "regels/catalogus.yaml";

    /** Een regel uit de catalogus, bijvoorbeeld C-04 "Weigeringsgronden maatwerkvoorziening (a-d)". */
    public record RegelOmschrijving(String id, String titel, String bron) {
    }

    private final Map<String, RegelOmschrijving> regels;
    private final Map<String, String> documenten;

    private RegelCatalogus(Map<String, RegelOmschrijving> regels, Map<String, String> documenten) {
        this.regels = Collections.unmodifiableMap(regels);
        this.documenten = Collections.unmodifiableMap(documenten);
    }

    public static RegelCatalogus standaard() {
        return Standaard.CATALOGUS;
    }

    @SuppressWarnings("unchecked")
    public static RegelCatalogus lees(Reader bron) {
        Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(bron);
        Map<String, String> documenten = new LinkedHashMap<>();
        ((Map<Object, Object>) yaml.get("documenten")).forEach((code, titel) -> documenten.put(String.valueOf(code), (String) titel));
        Map<String, RegelOmschrijving> regels = new LinkedHashMap<>();
        ((Map<String, Map<String, String>>) yaml.get("regels")).forEach((id, velden) ->
                regels.put(id, new RegelOmschrijving(id, velden.get("titel"), velden.get("bron"))));
        return new RegelCatalogus(regels, documenten);
    }

    public boolean bestaat(String regelId) {
        return regels.containsKey(regelId);
    }

    public Optional<RegelOmschrijving> regel(String regelId) {
        return Optional.ofNullable(regels.get(regelId));
    }

    public Collection<RegelOmschrijving> regels() {
        return regels.values();
    }

    public Optional<String> documentTitel(String code) {
        return Optional.ofNullable(documenten.get(code));
    }

    public Map<String, String> documenten() {
        return documenten;
    }

    private static final class Standaard {
        private static final RegelCatalogus CATALOGUS = laad();

        private static RegelCatalogus laad() {
            try (InputStream in = RegelCatalogus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Regelcatalogus ontbreekt op het classpath: " + RESOURCE);
                }
                return lees(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
