package nl.maatwerk.verordening.regelset;

import nl.maatwerk.verordening.termijn.Duur;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Alle versies van de regelsets van alle gemeenten, in het geheugen.
 *
 * <p>Opvolging: een nieuwe versie met een latere {@code geldig_vanaf} dan de open (einddatumloze)
 * versie van dezelfde gemeente beëindigt die versie op de dag vóór haar eigen {@code geldig_vanaf}. De
 * regels van een geladen versie veranderen daarna nooit meer; een wijziging is altijd een nieuwe versie.
 * Elke andere overlap in tijd wordt bij het laden geweigerd.
 *
 * <p>Opvragen zonder geldige versie of zonder parameter geeft een {@link RegelsetException} met een
 * Nederlandse melding; er is geen stille standaardwaarde. Lezen is draadveilig en vrij van sloten;
 * laden is gesynchroniseerd.
 */
public final class Regelboek {

    /** Lijst van meegeleverde regelsetbestanden (één bestandsnaam per regel, onder regelsets/). */
    public static final String INDEX = "regelsets/index.txt";

    private final RegelsetLezer lezer;
    private volatile Map<String, Regelset> perVersie = Map.of();

    public Regelboek(RegelsetLezer lezer) {
        this.lezer = Objects.requireNonNull(lezer);
    }

    /** Een regelboek met de meegeleverde regelsets (Doetinchem 2017, Lochem 2016). */
    public static Regelboek standaard() {
        Regelboek boek = new Regelboek(RegelsetLezer.standaard());
        meegeleverdeBestanden().values().forEach(yaml -> boek.laad(yaml).regelset());
        return boek;
    }

    /** De meegeleverde regelsetbestanden in de volgorde van de index: bestandsnaam en tekst. */
    public static Map<String, String> meegeleverdeBestanden() {
        Map<String, String> bestanden = new LinkedHashMap<>();
        leesResource(INDEX).lines().map(String::trim).filter(r -> !r.isEmpty() && !r.startsWith("#"))
                .forEach(bestand -> bestanden.put(bestand, leesResource("regelsets/" + bestand)));
        return bestanden;
    }

    /**
     * Leest en controleert een regelset tegen de geladen versies, zonder iets te laden: de proef vóór een
     * upload. Wie daarna {@link #laad} aanroept zonder dat er intussen iets is geladen, krijgt dezelfde uitkomst.
     */
    public LeesResultaat controleer(String yaml) {
        return lezer.lees(yaml, perVersie.values());
    }

    /**
     * Leest, controleert en (als er geen fouten zijn) laadt een regelset.
     *
     * @return de geladen regelset, of alle fouten; bij fouten verandert er niets
     */
    public synchronized LeesResultaat laad(String yaml) {
        LeesResultaat resultaat = lezer.lees(yaml, perVersie.values());
        if (resultaat.isGelukt()) {
            voegToe(resultaat.regelset());
        }
        return resultaat;
    }

    /** Laadt een regelset van het classpath; een fout daarin is een programmeerfout en stopt het laden. */
    public Regelset laadResource(String pad) {
        return laad(leesResource(pad)).regelset();
    }

    private void voegToe(Regelset nieuw) {
        Map<String, Regelset> kopie = new LinkedHashMap<>(perVersie);
        kopie.values().stream()
                .filter(r -> r.gemeente().equals(nieuw.gemeente()))
                .filter(r -> r.geldigTot() == null && r.geldigVanaf().isBefore(nieuw.geldigVanaf()))
                .toList()
                .forEach(open -> kopie.put(open.versie(), open.beeindigdOp(nieuw.geldigVanaf().minusDays(1))));
        kopie.put(nieuw.versie(), nieuw);
        perVersie = Map.copyOf(kopie);
    }

    /** @throws RegelsetException als er op die datum geen versie voor de gemeente geldt */
    public Regelset regelset(String gemeente, LocalDate datum) {
        return zoekRegelset(gemeente, datum).orElseThrow(() -> new RegelsetException(
                "Er geldt op " + datum + " geen regelset voor gemeente " + gemeente + "."
                        + (versies(gemeente).isEmpty() ? " Voor deze gemeente is geen enkele regelset geladen." :
                        " Geladen versies: " + versies(gemeente).stream().map(Regelset::toString).collect(Collectors.joining("; ")) + ".")));
    }

    public Optional<Regelset> zoekRegelset(String gemeente, LocalDate datum) {
        return perVersie.values().stream()
                .filter(r -> r.gemeente().equals(gemeente) && r.geldigOp(datum))
                .findFirst();
    }

    /** @throws RegelsetException als de versie niet geladen is */
    public Regelset versie(String versie) {
        Regelset regelset = perVersie.get(versie);
        if (regelset == null) {
            throw new RegelsetException("Regelsetversie " + versie + " is niet geladen.");
        }
        return regelset;
    }

    /** Versies van een gemeente, oudste eerst. */
    public List<Regelset> versies(String gemeente) {
        return perVersie.values().stream()
                .filter(r -> r.gemeente().equals(gemeente))
                .sorted(Comparator.comparing(Regelset::geldigVanaf))
                .toList();
    }

    public Collection<Regelset> alleVersies() {
        return perVersie.values().stream()
                .sorted(Comparator.comparing(Regelset::gemeente).thenComparing(Regelset::geldigVanaf))
                .toList();
    }

    public List<String> gemeenten() {
        return List.copyOf(perVersie.values().stream().map(Regelset::gemeente).collect(Collectors.toCollection(TreeSet::new)));
    }

    public Parameter parameter(String gemeente, String sleutel, LocalDate datum) {
        return regelset(gemeente, datum).parameter(sleutel);
    }

    public Waarde waarde(String gemeente, String sleutel, LocalDate datum) {
        return regelset(gemeente, datum).waarde(sleutel);
    }

    public BigDecimal getal(String gemeente, String sleutel, LocalDate datum) {
        return regelset(gemeente, datum).getal(sleutel);
    }

    public BigDecimal bedrag(String gemeente, String sleutel, LocalDate datum) {
        return regelset(gemeente, datum).bedrag(sleutel);
    }

    public Duur duur(String gemeente, String sleutel, LocalDate datum) {
        return regelset(gemeente, datum).duur(sleutel);
    }

    public boolean waarheid(String gemeente, String sleutel, LocalDate datum) {
        return regelset(gemeente, datum).waarheid(sleutel);
    }

    public List<String> lijst(String gemeente, String sleutel, LocalDate datum) {
        return regelset(gemeente, datum).lijst(sleutel);
    }

    public Map<String, Waarde> tabel(String gemeente, String sleutel, LocalDate datum) {
        return regelset(gemeente, datum).tabel(sleutel);
    }

    /** Wat er van versie A naar versie B is veranderd (ook tussen gemeenten te gebruiken). */
    public RegelsetVerschil verschil(String versieA, String versieB) {
        Map<String, Parameter> a = versie(versieA).parameters();
        Map<String, Parameter> b = versie(versieB).parameters();
        List<Parameter> toegevoegd = new ArrayList<>();
        List<Parameter> verwijderd = new ArrayList<>();
        List<RegelsetVerschil.Wijziging> gewijzigd = new ArrayList<>();
        b.forEach((sleutel, nieuw) -> {
            Parameter oud = a.get(sleutel);
            if (oud == null) {
                toegevoegd.add(nieuw);
            } else if (!oud.equals(nieuw)) {
                gewijzigd.add(new RegelsetVerschil.Wijziging(sleutel, oud, nieuw));
            }
        });
        a.forEach((sleutel, oud) -> {
            if (!b.containsKey(sleutel)) {
                verwijderd.add(oud);
            }
        });
        return new RegelsetVerschil(versieA, versieB, toegevoegd, verwijderd, gewijzigd);
    }

    /** Alle parameters met een demowaarde, per versie: wat de gemeenten nog moeten vaststellen. */
    public List<VastTeStellenParameter> teVerstellen() {
        return alleVersies().stream()
                .flatMap(r -> r.parameters().values().stream()
                        .filter(Parameter::isDemo)
                        .map(p -> new VastTeStellenParameter(r.gemeente(), r.gemeentenaam(), r.versie(), p)))
                .toList();
    }

    private static String leesResource(String pad) {
        try (InputStream in = Regelboek.class.getClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Resource ontbreekt op het classpath: " + pad);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
