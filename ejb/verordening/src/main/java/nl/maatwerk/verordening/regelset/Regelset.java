package nl.maatwerk.verordening.regelset;

import nl.maatwerk.verordening.termijn.Duur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Eén versie van de regels van één gemeente, geldig van {@code geldigVanaf} tot en met
 * {@code geldigTot} (leeg: zonder einddatum). Onveranderlijk; alleen de einddatum van een open versie
 * wordt gezet als een opvolger wordt geladen ({@link #beeindigdOp}), en dat levert een nieuwe instantie.
 *
 * @param gemeente     CBS-gemeentecode, vier cijfers ("0222" Doetinchem, "0262" Lochem)
 * @param versie       "{gemeente}-{geldigVanaf}", bijvoorbeeld "0222-2017-03-01"
 * @param regelBronnen per regel-id de plaats in het document van deze gemeente (voor motiveringen)
 */
public record Regelset(String gemeente, String gemeentenaam, String titel, String versie,
                       LocalDate geldigVanaf, LocalDate geldigTot,
                       Map<String, Parameter> parameters, Map<String, Bron> regelBronnen) {

    public Regelset {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(versie, "versie");
        Objects.requireNonNull(geldigVanaf, "geldigVanaf");
        if (geldigTot != null && geldigTot.isBefore(geldigVanaf)) {
            throw new IllegalArgumentException("geldigTot " + geldigTot + " ligt vóór geldigVanaf " + geldigVanaf);
        }
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        regelBronnen = Collections.unmodifiableMap(new TreeMap<>(regelBronnen));
    }

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(geldigVanaf) && (geldigTot == null || !datum.isAfter(geldigTot));
    }

    /** Dezelfde regels, met een einddatum (de dag vóór de opvolger). */
    public Regelset beeindigdOp(LocalDate tot) {
        return new Regelset(gemeente, gemeentenaam, titel, versie, geldigVanaf, tot, parameters, regelBronnen);
    }

    public Optional<Parameter> zoekParameter(String sleutel) {
        return Optional.ofNullable(parameters.get(sleutel));
    }

    /** @throws RegelsetException als deze versie de parameter niet kent */
    public Parameter parameter(String sleutel) {
        return zoekParameter(sleutel).orElseThrow(() -> new RegelsetException(
                "Parameter '" + sleutel + "' bestaat niet in regelset " + versie + " van gemeente " + gemeentenaam + "."));
    }

    public Waarde waarde(String sleutel) {
        return parameter(sleutel).waarde();
    }

    public BigDecimal getal(String sleutel) {
        return waardeVan(sleutel, Waarde.Getal.class).getal();
    }

    public int geheelGetal(String sleutel) {
        return waardeVan(sleutel, Waarde.Getal.class).alsInt();
    }

    public BigDecimal bedrag(String sleutel) {
        return waardeVan(sleutel, Waarde.Bedrag.class).euro();
    }

    public Duur duur(String sleutel) {
        return waardeVan(sleutel, Waarde.Termijn.class).duur();
    }

    public boolean waarheid(String sleutel) {
        return waardeVan(sleutel, Waarde.Waarheid.class).waar();
    }

    public List<String> lijst(String sleutel) {
        return waardeVan(sleutel, Waarde.Lijst.class).items();
    }

    public Map<String, Waarde> tabel(String sleutel) {
        return waardeVan(sleutel, Waarde.Tabel.class).rijen();
    }

    public Optional<Bron> zoekRegelBron(String regelId) {
        return Optional.ofNullable(regelBronnen.get(regelId));
    }

    /** @throws RegelsetException als de regelset de regel niet citeert */
    public Bron regelBron(String regelId) {
        return zoekRegelBron(regelId).orElseThrow(() -> new RegelsetException(
                "Regel " + regelId + " staat niet in regelset " + versie + " van gemeente " + gemeentenaam + "."));
    }

    private <W extends Waarde> W waardeVan(String sleutel, Class<W> soort) {
        Waarde waarde = waarde(sleutel);
        if (!soort.isInstance(waarde)) {
            throw new RegelsetException("Parameter '" + sleutel + "' in regelset " + versie + " is een "
                    + waarde.type().omschrijving() + ", geen " + typeVan(soort).omschrijving() + ".");
        }
        return soort.cast(waarde);
    }

    private static ParameterType typeVan(Class<? extends Waarde> soort) {
        if (soort == Waarde.Getal.class) {
            return ParameterType.GETAL;
        } else if (soort == Waarde.Bedrag.class) {
            return ParameterType.BEDRAG;
        } else if (soort == Waarde.Termijn.class) {
            return ParameterType.DUUR;
        } else if (soort == Waarde.Waarheid.class) {
            return ParameterType.BOOLEAN;
        } else if (soort == Waarde.Lijst.class) {
            return ParameterType.LIJST;
        }
        return ParameterType.TABEL;
    }

    @Override
    public String toString() {
        return versie + " (" + gemeentenaam + ", " + geldigVanaf + " t/m " + (geldigTot == null ? "onbepaald" : geldigTot) + ")";
    }
}
