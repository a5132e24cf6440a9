package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.termijn.Duur;
import nl.maatwerk.verordening.termijn.DuurEenheid;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Eén geval uit een tabeltest in {@code src/test/resources/regeltests/*.yaml}.
 *
 * <pre>
 * basis:                      # gedeelde feiten; een geval overschrijft ze veld voor veld (ook binnen ladder)
 *   gemeente: "0222"
 *   peildatum: 2017-06-01
 *   beslisdatum: 2017-06-01   # of lopende_indicatie: {versie, einde, nieuw_aanbod_aanvaard_op}
 *   leeftijd: 45
 *   ladder: {eigen_kracht: NIET, ...}   # of {eigen_kracht: {oplossing: NIET, opmerking: "..."}}
 *   voorliggend: geen
 *   ...
 * gevallen:
 *   - naam: Eigen kracht lost het op
 *     situatie: {ladder: {eigen_kracht: VOLLEDIG}}   # null verwijdert een feit uit de basis
 *     verwacht:
 *       conclusie: AFGEWEZEN
 *       versie: 0222-2017-03-01
 *       regels: {C-01: AFWIJZINGSGROND}            # uitkomst van de laatste toepassing per regel
 *       gronden: [C-01]                            # optioneel: precies deze gronden in de conclusie
 *       motivering_bevat: ["..."]                  # optioneel: tekst in de motiveringen
 *       indicatie_einde: 2022-05-31                # optioneel ("geen" = zonder einddatum)
 *       afwijkend: true                            # optioneel
 *       selectie: VERSIE_VAN_LOPENDE_INDICATIE     # optioneel
 *       fout_bevat: "..."                          # in plaats van het bovenstaande: de beoordeling faalt
 * </pre>
 */
record Regeltest(String bestand, String naam, Map<String, Object> situatie, Map<String, Object> verwacht) {

    /** Weergavenaam in het testrapport: bestand, gemeente, naam en de geteste regels. */
    @Override
    public String toString() {
        Object regels = verwacht.get("regels");
        String ids = regels instanceof Map<?, ?> m ? String.join(", ", m.keySet().stream().map(Object::toString).toList()) : "";
        return "[" + situatie.get("gemeente") + "] " + naam + (ids.isEmpty() ? "" : " — " + ids) + " (" + bestand + ")";
    }

    @SuppressWarnings("unchecked")
    static List<Regeltest> lees(String bestand, String yaml) {
        Map<String, Object> wortel = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, Object> basis = (Map<String, Object>) wortel.getOrDefault("basis", Map.of());
        List<Regeltest> gevallen = new ArrayList<>();
        for (Map<String, Object> geval : (List<Map<String, Object>>) wortel.get("gevallen")) {
            Map<String, Object> situatie = samenvoegen(basis, (Map<String, Object>) geval.getOrDefault("situatie", Map.of()));
            gevallen.add(new Regeltest(bestand, (String) geval.get("naam"), situatie, (Map<String, Object>) geval.get("verwacht")));
        }
        return gevallen;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> samenvoegen(Map<String, Object> basis, Map<String, Object> wijziging) {
        Map<String, Object> uit = new LinkedHashMap<>(basis);
        wijziging.forEach((sleutel, waarde) -> {
            if (waarde == null) {
                uit.remove(sleutel);
            } else if (waarde instanceof Map<?, ?> nieuw && uit.get(sleutel) instanceof Map<?, ?> oud) {
                uit.put(sleutel, samenvoegen((Map<String, Object>) oud, (Map<String, Object>) nieuw));
            } else {
                uit.put(sleutel, waarde);
            }
        });
        return uit;
    }

    /** Zet de feiten om in een {@link Situatie}. */
    @SuppressWarnings("unchecked")
    Situatie alsSituatie() {
        Map<String, Object> s = situatie;
        LocalDate peildatum = datum(s.get("peildatum"));
        Toepassingsgrond grond;
        if (s.containsKey("lopende_indicatie")) {
            Map<String, Object> li = (Map<String, Object>) s.get("lopende_indicatie");
            grond = new Toepassingsgrond.LopendeIndicatie((String) li.get("versie"), datum(li.get("einde")), datum(li.get("nieuw_aanbod_aanvaard_op")));
        } else {
            grond = new Toepassingsgrond.NieuweAanvraag(datum(s.getOrDefault("beslisdatum", s.get("peildatum"))));
        }
        Situatie.Bouwer b = Situatie.voor(String.valueOf(s.get("gemeente")), peildatum, grond)
                .leeftijd(((Number) s.get("leeftijd")).intValue());

        Map<String, Object> ladder = (Map<String, Object>) s.getOrDefault("ladder", Map.of());
        ladder.forEach((trede, antwoord) -> {
            Trede t = Trede.valueOf(trede.toUpperCase(Locale.ROOT));
            if (antwoord instanceof Map<?, ?> m) {
                b.ladder(t, Oplossing.valueOf((String) m.get("oplossing")), (String) m.get("opmerking"));
            } else {
                b.ladder(t, Oplossing.valueOf((String) antwoord), "");
            }
        });
        kaart(s, "voorziening").ifPresent(v -> b.voorziening(new Feiten.Voorziening((String) v.get("soort"),
                kaart(v, "kenmerken").map(k -> new Feiten.Kenmerken(ja(k, "speciaal_voor_beperking"),
                        ja(k, "regulier_verkrijgbaar"), ja(k, "prijs_vergelijkbaar"))).orElse(null),
                ja(v, "plotseling_ontstaan"))));
        if ("geen".equals(s.get("voorliggend"))) {
            b.voorliggend(Feiten.Voorliggend.geen());
        } else {
            kaart(s, "voorliggend").ifPresent(v -> b.voorliggend(new Feiten.Voorliggend(ja(v, "aanspraak"),
                    (String) v.get("regeling"), ja(v, "gedeeltelijk"))));
        }
        kaart(s, "wlz").ifPresent(w -> b.wlz(new Feiten.Wlz(ja(w, "aanspraak_op_verblijf"), ja(w, "vermoedelijke_aanspraak"),
                ja(w, "weigert_medewerking"))));
        kaart(s, "collectief").ifPresent(c -> b.collectief(new Feiten.CollectieveVoorziening((String) c.get("omschrijving"),
                ja(c, "beschikbaar"), ja(c, "passend"))));
        kaart(s, "weigeringsfeiten").ifPresent(w -> b.weigeringsfeiten(new Feiten.Weigeringsfeiten(
                ja(w, "meerkosten_aantoonbaar"), ja(w, "redelijkerwijs_zelf_te_regelen"))));
        kaart(s, "eerdere_verstrekking").ifPresent(e -> b.eerdereVerstrekking(new Feiten.EerdereVerstrekking(
                (String) e.get("soort"), datum(e.get("verstrekt_op")), ja(e, "verloren_buiten_schuld"))));
        kaart(s, "pgb_achteraf").ifPresent(p -> b.pgbAchteraf(new Feiten.PgbAchteraf(ja(p, "melding_niet_eerder_mogelijk"),
                ja(p, "onherroepelijke_verplichtingen"), ja(p, "noodzakelijk"))));
        kaart(s, "noodzaak").ifPresent(n -> b.noodzaak(new Feiten.Noodzaak(ja(n, "noodzakelijk"), ja(n, "goedkoopst_adequaat"),
                ja(n, "voornamelijk_op_client_gericht"))));
        kaart(s, "huishouden").ifPresent(h -> b.huishouden(new Feiten.Huishouden(ja(h, "huisgenoot_kan_helpen"),
                ja(h, "hulp_is_gebruikelijk"), duur(h.get("verwachte_duur")))));
        Object afwegingen = s.get("afwegingen");
        if ("alle".equals(afwegingen)) {
            b.afwegingen(Arrays.stream(Afwegingsfactor.values()).map(f -> new Afweging(f, "meegewogen")).toList());
        } else if (afwegingen instanceof List<?> lijst) {
            b.afwegingen(lijst.stream().map(f -> new Afweging(Afwegingsfactor.valueOf((String) f), "meegewogen")).toList());
        }
        kaart(s, "voorzienbaarheid").ifPresent(v -> b.voorzienbaarheid(new Feiten.Voorzienbaarheid(ja(v, "voorzienbaar"),
                (String) v.get("toelichting"))));
        kaart(s, "indicatieduur").ifPresent(i -> b.indicatieduur(new Feiten.Indicatieduur(
                Feiten.Prognose.valueOf((String) i.get("prognose")), duur(i.get("verbetering_binnen")), datum(i.get("ingangsdatum")))));
        kaart(s, "hardheidsclausule").ifPresent(h -> b.hardheidsclausule(new Hardheidsclausule((String) h.get("onderwerp"),
                (String) h.get("reden"), h.containsKey("goedgekeurd_door")
                ? new Hardheidsclausule.Goedkeuring((String) h.get("goedgekeurd_door"), Rol.valueOf((String) h.get("rol")),
                datum(h.get("goedgekeurd_op")))
                : null)));
        return b.bouw();
    }

    @SuppressWarnings("unchecked")
    private static java.util.Optional<Map<String, Object>> kaart(Map<String, Object> ouder, String sleutel) {
        return java.util.Optional.ofNullable((Map<String, Object>) ouder.get(sleutel));
    }

    private static boolean ja(Map<String, Object> kaart, String sleutel) {
        return Boolean.TRUE.equals(kaart.get(sleutel));
    }

    static LocalDate datum(Object waarde) {
        if (waarde == null) {
            return null;
        }
        if (waarde instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC);
        }
        return LocalDate.parse(waarde.toString());
    }

    @SuppressWarnings("unchecked")
    private static Duur duur(Object waarde) {
        if (waarde == null) {
            return null;
        }
        Map<String, Object> m = (Map<String, Object>) waarde;
        return new Duur(((Number) m.get("aantal")).intValue(), DuurEenheid.vanNaam((String) m.get("eenheid")).orElseThrow());
    }

    static String lijst(List<RegelToepassing> toepassingen) {
        return toepassingen.stream().map(t -> t.regelId() + " " + t.uitkomst() + ": " + t.motivering())
                .collect(Collectors.joining("\n"));
    }
}
