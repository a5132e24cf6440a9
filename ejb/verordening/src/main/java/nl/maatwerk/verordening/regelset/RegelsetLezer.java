package nl.maatwerk.verordening.regelset;

import nl.maatwerk.verordening.termijn.Duur;
import nl.maatwerk.verordening.termijn.DuurEenheid;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Leest en controleert een regelsetbestand (YAML). Geeft de regelset, of alle fouten tegelijk met
 * regelnummer en een Nederlandse melding. Het bestand wordt als knopenboom gelezen (niet als Java-objecten),
 * zodat elk veld zijn regelnummer houdt, getallen exact als tekst binnenkomen (geen afronding van
 * bedragen) en dubbele sleutels zichtbaar blijven.
 *
 * <h2>Formaat</h2>
 * <pre>
 * gemeente: "0222"                  # CBS-code, vier cijfers
 * gemeentenaam: Doetinchem
 * titel: Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017
 * versie: 0222-2017-03-01           # gemeente-geldig_vanaf
 * geldig_vanaf: 2017-03-01
 * geldig_tot: 2018-12-31            # optioneel
 * regels:                           # per regel-id de plaats in het document van deze gemeente
 *   C-04: {document: "004", artikel: "art. 8", lid: "lid 3"}
 * parameters:
 *   vervoer.cvv.km_per_jaar:
 *     status: VASTGESTELD
 *     waarde: {getal: 2000, eenheid: km/jaar}
 *     bron: {document: "004", artikel: "art. 10", lid: "lid 3", regels: [V-02]}
 *   pgb.tarief.professioneel_per_uur:
 *     status: VAST_TE_STELLEN          # het document stelt geen bedrag
 *     demowaarde: {euro: 52.50}        # dus een duidelijk gemarkeerde demowaarde
 *     bron: {document: "004", artikel: "art. 13", lid: "lid 4", regels: [P-04]}
 * </pre>
 * Waarden per type: GETAL {getal, eenheid}; BEDRAG {euro}; DUUR {aantal, eenheid: dagen|weken|maanden|jaren|werkdagen};
 * BOOLEAN true/false; LIJST een reeks teksten; TABEL {eenheid (bij getallen), rijen: {sleutel: cel}}.
 */
public final class RegelsetLezer {

    /** Regels die de beoordeling altijd toepast: elke regelset citeert ze. */
    public static final Set<String> VERPLICHTE_REGELCITATEN = Set.of("C-01", "C-02", "C-03", "C-04", "C-07", "C-12");

    private static final Pattern GEMEENTECODE = Pattern.compile("\\d{4}");
    private static final Pattern REGEL_ID = Pattern.compile("[TCWVRPDEO]-\\d{2}");
    private static final Pattern ARTIKEL = Pattern.compile("(toelichting )?art\\. \\d+[0-9.:]*[a-z]?|§\\d+(\\.\\d+)*");
    private static final Set<String> VELDEN = Set.of("gemeente", "gemeentenaam", "titel", "versie",
            "geldig_vanaf", "geldig_tot", "regels", "parameters");
    private static final Set<String> VERPLICHTE_VELDEN = Set.of("gemeente", "gemeentenaam", "titel", "versie",
            "geldig_vanaf", "parameters");
    private static final Set<String> PARAMETERVELDEN = Set.of("status", "waarde", "demowaarde", "bron", "toelichting");
    private static final Set<String> BRONVELDEN = Set.of("document", "artikel", "lid", "regels");

    private final ParameterCatalogus parameters;
    private final RegelCatalogus regels;

    public RegelsetLezer(ParameterCatalogus parameters, RegelCatalogus regels) {
        this.parameters = Objects.requireNonNull(parameters);
        this.regels = Objects.requireNonNull(regels);
    }

    public static RegelsetLezer standaard() {
        return new RegelsetLezer(ParameterCatalogus.standaard(), RegelCatalogus.standaard());
    }

    public ParameterCatalogus parameterCatalogus() {
        return parameters;
    }

    public RegelCatalogus regelCatalogus() {
        return regels;
    }

    /**
     * @param bestaandeVersies al geladen versies (van alle gemeenten); een nieuwe versie mag daarmee niet
     *                         overlappen, behalve dat zij een open voorganger opvolgt (zie {@link Regelboek})
     */
    public LeesResultaat lees(String yaml, Collection<Regelset> bestaandeVersies) {
        return new Lezing(bestaandeVersies).lees(yaml);
    }

    /** Toestand van één leesbeurt: verzamelt fouten in plaats van bij de eerste te stoppen. */
    private final class Lezing {
        private final Collection<Regelset> bestaand;
        private final List<RegelsetFout> fouten = new ArrayList<>();

        Lezing(Collection<Regelset> bestaand) {
            this.bestaand = List.copyOf(bestaand);
        }

        LeesResultaat lees(String yaml) {
            Node wortel;
            try {
                wortel = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            } catch (MarkedYAMLException e) {
                Mark plek = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                fout(plek == null ? 1 : plek.getLine() + 1, "(bestand)",
                        "het bestand is geen geldige YAML: " + e.getProblem() + ".");
                return new LeesResultaat.Mislukt(fouten);
            } catch (YAMLException e) {
                fout(1, "(bestand)", "het bestand is geen geldige YAML: " + e.getMessage() + ".");
                return new LeesResultaat.Mislukt(fouten);
            }
            if (!(wortel instanceof MappingNode)) {
                fout(wortel == null ? 1 : regel(wortel), "(bestand)",
                        "het bestand is leeg of geen lijst van velden (verwacht 'gemeente:', 'parameters:' enzovoort).");
                return new LeesResultaat.Mislukt(fouten);
            }
            Regelset regelset = leesRegelset((MappingNode) wortel);
            return fouten.isEmpty() ? new LeesResultaat.Gelukt(regelset) : new LeesResultaat.Mislukt(fouten);
        }

        private Regelset leesRegelset(MappingNode wortel) {
            Map<String, NodeTuple> velden = velden(wortel, "");
            velden.forEach((naam, tupel) -> {
                if (!VELDEN.contains(naam)) {
                    fout(regel(tupel.getKeyNode()), naam, "onbekend veld; toegestaan zijn " + String.join(", ", VELDEN) + ".");
                }
            });
            VERPLICHTE_VELDEN.stream().sorted().filter(v -> !velden.containsKey(v))
                    .forEach(v -> fout(1, v, "dit verplichte veld ontbreekt."));

            String gemeente = tekst(velden.get("gemeente"), "gemeente");
            if (gemeente != null && !GEMEENTECODE.matcher(gemeente).matches()) {
                fout(regel(velden.get("gemeente").getValueNode()), "gemeente",
                        "'" + gemeente + "' is geen gemeentecode; verwacht de CBS-code van vier cijfers, bijvoorbeeld \"0222\".");
                gemeente = null;
            }
            String gemeentenaam = tekst(velden.get("gemeentenaam"), "gemeentenaam");
            String titel = tekst(velden.get("titel"), "titel");
            String versie = tekst(velden.get("versie"), "versie");
            LocalDate vanaf = datum(velden.get("geldig_vanaf"), "geldig_vanaf");
            LocalDate tot = datum(velden.get("geldig_tot"), "geldig_tot");
            if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
                fout(regel(velden.get("geldig_tot").getValueNode()), "geldig_tot",
                        "geldig_tot (" + tot + ") ligt vóór geldig_vanaf (" + vanaf + ").");
            }
            if (gemeente != null && vanaf != null && versie != null && !versie.equals(gemeente + "-" + vanaf)) {
                fout(regel(velden.get("versie").getValueNode()), "versie",
                        "versie '" + versie + "' moet gelijk zijn aan gemeente-geldig_vanaf, dus '" + gemeente + "-" + vanaf + "'.");
            }
            if (gemeente != null && vanaf != null && versie != null) {
                controleerOverlap(gemeente, versie, vanaf, tot, velden.get("geldig_vanaf"));
            }

            Map<String, Bron> regelBronnen = leesRegelBronnen(velden.get("regels"));
            Map<String, Parameter> gelezen = leesParameters(velden.get("parameters"));
            controleerTarievenP05(gelezen, velden.get("parameters"));

            if (!fouten.isEmpty()) {
                return null;
            }
            return new Regelset(gemeente, gemeentenaam, titel, versie, vanaf, tot, gelezen, regelBronnen);
        }

        private void controleerOverlap(String gemeente, String versie, LocalDate vanaf, LocalDate tot, NodeTuple plek) {
            for (Regelset ander : bestaand) {
                if (!ander.gemeente().equals(gemeente)) {
                    continue;
                }
                if (ander.versie().equals(versie)) {
                    fout(regel(plek.getValueNode()), "versie", "versie " + versie + " is al geladen.");
                    continue;
                }
                boolean opvolger = ander.geldigTot() == null && ander.geldigVanaf().isBefore(vanaf);
                LocalDate anderTot = ander.geldigTot() == null ? LocalDate.MAX : ander.geldigTot();
                LocalDate nieuwTot = tot == null ? LocalDate.MAX : tot;
                if (!opvolger && !ander.geldigVanaf().isAfter(nieuwTot) && !vanaf.isAfter(anderTot)) {
                    fout(regel(plek.getValueNode()), "geldig_vanaf", "de geldigheid overlapt met versie " + ander.versie()
                            + " (geldig van " + ander.geldigVanaf() + " tot en met "
                            + (ander.geldigTot() == null ? "onbepaald" : ander.geldigTot()) + ").");
                }
            }
        }

        private Map<String, Bron> leesRegelBronnen(NodeTuple tupel) {
            Map<String, Bron> bronnen = new LinkedHashMap<>();
            if (tupel == null) {
                VERPLICHTE_REGELCITATEN.stream().sorted()
                        .forEach(id -> fout(1, "regels", "de plaats van regel " + id + " ontbreekt (verplicht in elke regelset)."));
                return bronnen;
            }
            if (!(tupel.getValueNode() instanceof MappingNode lijst)) {
                fout(regel(tupel.getValueNode()), "regels", "verwacht per regel-id een bron, bijvoorbeeld C-01: {document: \"004\", artikel: \"art. 7\", lid: \"lid 1\"}.");
                return bronnen;
            }
            velden(lijst, "regels").forEach((id, regelTupel) -> {
                String pad = "regels." + id;
                if (!REGEL_ID.matcher(id).matches() || !regels.bestaat(id)) {
                    fout(regel(regelTupel.getKeyNode()), pad, "onbekende regel-id '" + id + "'; zie regels/catalogus.yaml.");
                    return;
                }
                Bron bron = leesBron(regelTupel.getValueNode(), pad, false);
                if (bron != null) {
                    bronnen.put(id, bron.voorRegel(id));
                }
            });
            VERPLICHTE_REGELCITATEN.stream().sorted().filter(id -> !bronnen.containsKey(id))
                    .forEach(id -> fout(regel(tupel.getKeyNode()), "regels", "de plaats van regel " + id + " ontbreekt (verplicht in elke regelset)."));
            return bronnen;
        }

        private Map<String, Parameter> leesParameters(NodeTuple tupel) {
            Map<String, Parameter> gelezen = new LinkedHashMap<>();
            if (tupel == null) {
                return gelezen;
            }
            if (!(tupel.getValueNode() instanceof MappingNode lijst)) {
                fout(regel(tupel.getValueNode()), "parameters", "verwacht per sleutel een parameter met status, waarde en bron.");
                return gelezen;
            }
            velden(lijst, "parameters").forEach((sleutel, parameterTupel) -> {
                String pad = "parameters." + sleutel;
                ParameterDefinitie definitie = parameters.definitie(sleutel).orElse(null);
                if (definitie == null) {
                    fout(regel(parameterTupel.getKeyNode()), pad, "onbekende parameter '" + sleutel
                            + "'; alleen sleutels uit de parametercatalogus zijn toegestaan.");
                    return;
                }
                Parameter parameter = leesParameter(definitie, parameterTupel, pad);
                if (parameter != null) {
                    gelezen.put(sleutel, parameter);
                }
            });
            Map<String, NodeTuple> aanwezig = velden(lijst, null);
            parameters.definities().stream()
                    .filter(d -> !d.gemeenteSpecifiek())
                    .filter(d -> !aanwezig.containsKey(d.sleutel()))
                    .forEach(d -> fout(regel(tupel.getKeyNode()), "parameters." + d.sleutel(),
                            "deze parameter ontbreekt; elke regelset bevat hem (" + d.omschrijving() + ")."));
            return gelezen;
        }

        /** Ontbrekende velden worden gemeld op de regel van de parametersleutel. */
        private Parameter leesParameter(ParameterDefinitie definitie, NodeTuple parameterTupel, String pad) {
            Node knoop = parameterTupel.getValueNode();
            if (!(knoop instanceof MappingNode mapping)) {
                fout(regel(knoop), pad, "verwacht de velden status, waarde (of demowaarde) en bron.");
                return null;
            }
            Node sleutel = parameterTupel.getKeyNode();
            Map<String, NodeTuple> velden = velden(mapping, pad);
            velden.forEach((naam, t) -> {
                if (!PARAMETERVELDEN.contains(naam)) {
                    fout(regel(t.getKeyNode()), pad + "." + naam, "onbekend veld; toegestaan zijn " + String.join(", ", PARAMETERVELDEN) + ".");
                }
            });
            ParameterStatus status = status(velden.get("status"), sleutel, pad);
            NodeTuple waardeTupel = velden.get("waarde");
            NodeTuple demoTupel = velden.get("demowaarde");
            Waarde waarde = null;
            if (status == ParameterStatus.VASTGESTELD) {
                if (demoTupel != null) {
                    fout(regel(demoTupel.getKeyNode()), pad + ".demowaarde", "een vastgestelde parameter heeft een 'waarde', geen 'demowaarde'.");
                }
                if (waardeTupel == null) {
                    fout(regel(sleutel), pad + ".waarde", "de waarde ontbreekt.");
                } else {
                    waarde = waarde(definitie, waardeTupel.getValueNode(), pad + ".waarde");
                }
            } else if (status == ParameterStatus.VAST_TE_STELLEN) {
                if (waardeTupel != null) {
                    fout(regel(waardeTupel.getKeyNode()), pad + ".waarde",
                            "een nog vast te stellen parameter heeft een 'demowaarde', zodat niemand haar voor een vastgestelde waarde aanziet.");
                }
                if (demoTupel == null) {
                    fout(regel(sleutel), pad + ".demowaarde", "de demowaarde ontbreekt.");
                } else {
                    waarde = waarde(definitie, demoTupel.getValueNode(), pad + ".demowaarde");
                }
            }
            NodeTuple bronTupel = velden.get("bron");
            Bron bron = null;
            if (bronTupel == null) {
                fout(regel(sleutel), pad + ".bron", "de bron ontbreekt; elke parameter noemt document, artikel en regel-id's.");
            } else {
                bron = leesBron(bronTupel.getValueNode(), pad + ".bron", true);
            }
            String toelichting = tekst(velden.get("toelichting"), pad + ".toelichting");
            if (waarde == null || bron == null || status == null) {
                return null;
            }
            return new Parameter(definitie.sleutel(), waarde, status, bron, toelichting);
        }

        private ParameterStatus status(NodeTuple tupel, Node parameter, String pad) {
            if (tupel == null) {
                fout(regel(parameter), pad + ".status", "de status ontbreekt (VASTGESTELD of VAST_TE_STELLEN).");
                return null;
            }
            String tekst = tekst(tupel, pad + ".status");
            try {
                return tekst == null ? null : ParameterStatus.valueOf(tekst);
            } catch (IllegalArgumentException e) {
                fout(regel(tupel.getValueNode()), pad + ".status", "onbekende status '" + tekst + "'; verwacht VASTGESTELD of VAST_TE_STELLEN.");
                return null;
            }
        }

        private Bron leesBron(Node knoop, String pad, boolean regelsVerplicht) {
            if (!(knoop instanceof MappingNode mapping)) {
                fout(regel(knoop), pad, "verwacht {document, artikel, lid, regels}.");
                return null;
            }
            Map<String, NodeTuple> velden = velden(mapping, pad);
            velden.forEach((naam, t) -> {
                boolean toegestaan = BRONVELDEN.contains(naam) && (regelsVerplicht || !naam.equals("regels"));
                if (!toegestaan) {
                    fout(regel(t.getKeyNode()), pad + "." + naam, "onbekend veld in een bron.");
                }
            });
            int aantalFouten = fouten.size();
            String document = tekst(velden.get("document"), pad + ".document");
            String titel = null;
            if (document == null) {
                fout(regel(mapping), pad + ".document", "het document ontbreekt.");
            } else {
                titel = regels.documentTitel(document).orElse(null);
                if (titel == null) {
                    fout(regel(velden.get("document").getValueNode()), pad + ".document", "onbekend document '" + document
                            + "'; bekend zijn " + String.join(", ", regels.documenten().keySet()) + ".");
                }
            }
            String artikel = tekst(velden.get("artikel"), pad + ".artikel");
            if (artikel == null) {
                fout(regel(mapping), pad + ".artikel", "het artikel of de paragraaf ontbreekt.");
            } else if (!ARTIKEL.matcher(artikel).matches()) {
                fout(regel(velden.get("artikel").getValueNode()), pad + ".artikel", "'" + artikel
                        + "' is geen artikel of paragraaf; schrijf bijvoorbeeld \"art. 8\", \"toelichting art. 6\" of \"§5.2.5\".");
            }
            String lid = tekst(velden.get("lid"), pad + ".lid");
            List<String> regelIds = regelsVerplicht ? regelIds(velden.get("regels"), mapping, pad + ".regels") : List.of();
            return fouten.size() > aantalFouten ? null : new Bron(document, titel, artikel, lid, regelIds);
        }

        private List<String> regelIds(NodeTuple tupel, Node bron, String pad) {
            if (tupel == null) {
                fout(regel(bron), pad, "de regel-id's ontbreken; noem minstens één regel uit de catalogus, bijvoorbeeld [V-02].");
                return List.of();
            }
            List<String> ids = teksten(tupel.getValueNode(), pad);
            if (ids != null && ids.isEmpty()) {
                fout(regel(tupel.getValueNode()), pad, "de lijst met regel-id's is leeg; noem minstens één regel.");
            }
            if (ids == null) {
                return List.of();
            }
            for (String id : ids) {
                if (!REGEL_ID.matcher(id).matches() || !regels.bestaat(id)) {
                    fout(regel(tupel.getValueNode()), pad, "onbekende regel-id '" + id + "'; zie regels/catalogus.yaml.");
                }
            }
            return ids;
        }

        private Waarde waarde(ParameterDefinitie definitie, Node knoop, String pad) {
            return switch (definitie.type()) {
                case GETAL -> getal(knoop, pad, definitie.eenheid());
                case BEDRAG -> bedrag(knoop, pad);
                case DUUR -> duur(knoop, pad, definitie.eenheid());
                case BOOLEAN -> waarheid(knoop, pad);
                case LIJST -> {
                    List<String> items = teksten(knoop, pad);
                    yield items == null ? null : new Waarde.Lijst(items);
                }
                case TABEL -> tabel(definitie, knoop, pad);
            };
        }

        private Waarde.Getal getal(Node knoop, String pad, String eenheid) {
            Map<String, NodeTuple> velden = verwachtVelden(knoop, pad, "{getal: 2000, eenheid: " + eenheid + "}", "getal", "eenheid");
            if (velden == null) {
                return null;
            }
            BigDecimal getal = decimaal(velden.get("getal"), knoop, pad + ".getal");
            String gevonden = tekst(velden.get("eenheid"), pad + ".eenheid");
            if (gevonden == null) {
                fout(regel(knoop), pad + ".eenheid", "de eenheid ontbreekt; verwacht '" + eenheid + "'.");
                return null;
            }
            if (!gevonden.equals(eenheid)) {
                fout(regel(velden.get("eenheid").getValueNode()), pad + ".eenheid",
                        "verkeerde eenheid '" + gevonden + "'; deze parameter is in '" + eenheid + "'.");
                return null;
            }
            return getal == null ? null : new Waarde.Getal(getal, eenheid);
        }

        private Waarde.Bedrag bedrag(Node knoop, String pad) {
            Map<String, NodeTuple> velden = verwachtVelden(knoop, pad, "{euro: 20000.00}", "euro");
            if (velden == null) {
                return null;
            }
            BigDecimal euro = decimaal(velden.get("euro"), knoop, pad + ".euro");
            return euro == null ? null : new Waarde.Bedrag(euro);
        }

        private Waarde.Termijn duur(Node knoop, String pad, String soort) {
            Map<String, NodeTuple> velden = verwachtVelden(knoop, pad, "{aantal: 6, eenheid: weken}", "aantal", "eenheid");
            if (velden == null) {
                return null;
            }
            BigDecimal aantal = decimaal(velden.get("aantal"), knoop, pad + ".aantal");
            String naam = tekst(velden.get("eenheid"), pad + ".eenheid");
            if (naam == null) {
                fout(regel(knoop), pad + ".eenheid", "de eenheid ontbreekt; verwacht dagen, weken, maanden, jaren of werkdagen.");
                return null;
            }
            DuurEenheid eenheid = DuurEenheid.vanNaam(naam).orElse(null);
            int regel = regel(velden.get("eenheid").getValueNode());
            if (eenheid == null) {
                fout(regel, pad + ".eenheid", "onbekende eenheid '" + naam + "'; verwacht dagen, weken, maanden, jaren of werkdagen.");
                return null;
            }
            if (ParameterDefinitie.WERKDAGEN.equals(soort) != (eenheid == DuurEenheid.WERKDAGEN)) {
                fout(regel, pad + ".eenheid", "verkeerde eenheid '" + naam + "'; deze termijn is in "
                        + (ParameterDefinitie.WERKDAGEN.equals(soort) ? "werkdagen." : "kalenderdagen, -weken, -maanden of -jaren, niet in werkdagen."));
                return null;
            }
            if (aantal == null) {
                return null;
            }
            if (aantal.signum() < 0 || aantal.stripTrailingZeros().scale() > 0) {
                fout(regel(velden.get("aantal").getValueNode()), pad + ".aantal", "het aantal moet een geheel getal van nul of meer zijn.");
                return null;
            }
            return new Waarde.Termijn(new Duur(aantal.intValueExact(), eenheid));
        }

        private Waarde.Waarheid waarheid(Node knoop, String pad) {
            if (knoop instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
                return new Waarde.Waarheid(Boolean.parseBoolean(s.getValue()));
            }
            fout(regel(knoop), pad, "verkeerd type; verwacht true of false.");
            return null;
        }

        private Waarde.Tabel tabel(ParameterDefinitie definitie, Node knoop, String pad) {
            boolean metEenheid = definitie.celType() == ParameterType.GETAL;
            Map<String, NodeTuple> velden = metEenheid
                    ? verwachtVelden(knoop, pad, "{eenheid: " + definitie.eenheid() + ", rijen: {...}}", "eenheid", "rijen")
                    : verwachtVelden(knoop, pad, "{rijen: {...}}", "rijen");
            if (velden == null) {
                return null;
            }
            if (metEenheid) {
                String eenheid = tekst(velden.get("eenheid"), pad + ".eenheid");
                if (eenheid == null) {
                    fout(regel(knoop), pad + ".eenheid", "de eenheid ontbreekt; verwacht '" + definitie.eenheid() + "'.");
                    return null;
                }
                if (!eenheid.equals(definitie.eenheid())) {
                    fout(regel(velden.get("eenheid").getValueNode()), pad + ".eenheid",
                            "verkeerde eenheid '" + eenheid + "'; deze tabel is in '" + definitie.eenheid() + "'.");
                    return null;
                }
            }
            NodeTuple rijenTupel = velden.get("rijen");
            if (rijenTupel == null || !(rijenTupel.getValueNode() instanceof MappingNode rijen) || rijen.getValue().isEmpty()) {
                fout(regel(knoop), pad + ".rijen", "de tabel heeft geen rijen; verwacht rijen: {sleutel: waarde, ...}.");
                return null;
            }
            int aantalFouten = fouten.size();
            Map<String, Waarde> cellen = new LinkedHashMap<>();
            velden(rijen, pad + ".rijen").forEach((rij, t) -> {
                String celpad = pad + ".rijen." + rij;
                Waarde cel = switch (definitie.celType()) {
                    case GETAL -> {
                        BigDecimal getal = decimaal(t, rijen, celpad);
                        yield getal == null ? null : new Waarde.Getal(getal, definitie.eenheid());
                    }
                    case BEDRAG -> {
                        BigDecimal euro = decimaal(t, rijen, celpad);
                        yield euro == null ? null : new Waarde.Bedrag(euro);
                    }
                    default -> {
                        List<String> items = teksten(t.getValueNode(), celpad);
                        yield items == null ? null : new Waarde.Lijst(items);
                    }
                };
                if (cel != null) {
                    cellen.put(rij, cel);
                }
            });
            return fouten.size() > aantalFouten ? null : new Waarde.Tabel(cellen);
        }

        /** P-05: het tarief voor het sociaal netwerk is altijd lager dan het professionele tarief. */
        private void controleerTarievenP05(Map<String, Parameter> gelezen, NodeTuple parametersTupel) {
            Parameter professioneel = gelezen.get("pgb.tarief.professioneel_per_uur");
            Parameter netwerk = gelezen.get("pgb.tarief.sociaal_netwerk_per_uur");
            if (professioneel == null || netwerk == null) {
                return;
            }
            BigDecimal pro = ((Waarde.Bedrag) professioneel.waarde()).euro();
            BigDecimal sn = ((Waarde.Bedrag) netwerk.waarde()).euro();
            if (sn.compareTo(pro) >= 0) {
                MappingNode lijst = (MappingNode) parametersTupel.getValueNode();
                NodeTuple plek = velden(lijst, null).get("pgb.tarief.sociaal_netwerk_per_uur");
                fout(regel(plek.getKeyNode()), "parameters.pgb.tarief.sociaal_netwerk_per_uur",
                        "het tarief voor het sociaal netwerk (" + netwerk.waarde() + ") moet lager zijn dan het professionele tarief ("
                                + professioneel.waarde() + ") (regel P-05).");
            }
        }

        // --- kleine hulpjes voor knopen ---

        /** Velden van een mapping op naam; meldt dubbele en niet-tekstuele sleutels (als pad niet null is). */
        private Map<String, NodeTuple> velden(MappingNode mapping, String pad) {
            Map<String, NodeTuple> velden = new LinkedHashMap<>();
            for (NodeTuple tupel : mapping.getValue()) {
                if (!(tupel.getKeyNode() instanceof ScalarNode sleutel)) {
                    if (pad != null) {
                        fout(regel(tupel.getKeyNode()), pad, "een sleutel moet een tekst zijn.");
                    }
                    continue;
                }
                NodeTuple eerder = velden.putIfAbsent(sleutel.getValue(), tupel);
                if (eerder != null && pad != null) {
                    fout(regel(sleutel), (pad.isEmpty() ? "" : pad + ".") + sleutel.getValue(),
                            "dubbele sleutel; '" + sleutel.getValue() + "' staat ook op regel " + regel(eerder.getKeyNode()) + ".");
                }
            }
            return velden;
        }

        private Map<String, NodeTuple> verwachtVelden(Node knoop, String pad, String voorbeeld, String... namen) {
            if (!(knoop instanceof MappingNode mapping)) {
                fout(regel(knoop), pad, "verkeerd type; verwacht " + voorbeeld + ".");
                return null;
            }
            Map<String, NodeTuple> velden = velden(mapping, pad);
            List<String> toegestaan = List.of(namen);
            boolean goed = true;
            for (Map.Entry<String, NodeTuple> veld : velden.entrySet()) {
                if (!toegestaan.contains(veld.getKey())) {
                    fout(regel(veld.getValue().getKeyNode()), pad + "." + veld.getKey(),
                            "onbekend veld; verwacht " + voorbeeld + ".");
                    goed = false;
                }
            }
            return goed ? velden : null;
        }

        private BigDecimal decimaal(NodeTuple tupel, Node ouder, String pad) {
            if (tupel == null) {
                fout(regel(ouder), pad, "het getal ontbreekt.");
                return null;
            }
            if (tupel.getValueNode() instanceof ScalarNode s) {
                try {
                    return new BigDecimal(s.getValue().replace("_", ""));
                } catch (NumberFormatException e) {
                    fout(regel(s), pad, "'" + s.getValue() + "' is geen getal; schrijf bijvoorbeeld 2000 of 52.50 (punt als decimaalteken).");
                    return null;
                }
            }
            fout(regel(tupel.getValueNode()), pad, "verkeerd type; verwacht een getal.");
            return null;
        }

        private List<String> teksten(Node knoop, String pad) {
            if (!(knoop instanceof SequenceNode reeks)) {
                fout(regel(knoop), pad, "verkeerd type; verwacht een lijst, bijvoorbeeld [a, b].");
                return null;
            }
            List<String> items = new ArrayList<>();
            for (Node item : reeks.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    items.add(s.getValue().trim());
                } else {
                    fout(regel(item), pad, "elk element van de lijst moet een niet-lege tekst zijn.");
                    return null;
                }
            }
            return items;
        }

        /** Tekst van een veld, of null als het ontbreekt of leeg is; meldt een fout als het geen tekst is. */
        private String tekst(NodeTuple tupel, String pad) {
            if (tupel == null) {
                return null;
            }
            if (tupel.getValueNode() instanceof ScalarNode s) {
                return s.getValue().isBlank() ? null : s.getValue().trim();
            }
            fout(regel(tupel.getValueNode()), pad, "verkeerd type; verwacht een tekst.");
            return null;
        }

        private LocalDate datum(NodeTuple tupel, String pad) {
            String tekst = tekst(tupel, pad);
            if (tekst == null) {
                return null;
            }
            try {
                return LocalDate.parse(tekst);
            } catch (DateTimeParseException e) {
                fout(regel(tupel.getValueNode()), pad, "'" + tekst + "' is geen geldige datum; verwacht JJJJ-MM-DD, bijvoorbeeld 2017-03-01.");
                return null;
            }
        }

        private int regel(Node knoop) {
            return knoop.getStartMark().getLine() + 1;
        }

        private void fout(int regel, String veld, String melding) {
            fouten.add(new RegelsetFout(regel, veld, melding));
        }
    }
}
