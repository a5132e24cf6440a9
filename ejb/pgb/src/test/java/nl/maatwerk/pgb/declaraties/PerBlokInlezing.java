package nl.maatwerk.pgb.declaraties;

import nl.maatwerk.domain.pgb.DeclaratieOpslag;
import nl.maatwerk.domain.pgb.DeclaratieVoorlezer;
import nl.maatwerk.domain.pgb.DeclaratieVoorlezer.Bestaande;
import nl.maatwerk.domain.pgb.DeclaratieVoorlezer.Budgetfeiten;
import nl.maatwerk.domain.pgb.DeclaratieVoorlezer.Zorgverlenerfeiten;
import nl.maatwerk.domain.pgb.Kostensoort;
import nl.maatwerk.domain.pgb.PgbQueries.Eerder;
import nl.maatwerk.pgb.declaraties.DeclaratieLezer.Regel;
import nl.maatwerk.pgb.declaraties.DeclaratieLezer.Regelfout;
import nl.maatwerk.pgb.regels.Declaratiecontrole;
import nl.maatwerk.verordening.regelset.Regelset;

import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * REFERENCE ONLY (tests and the benchmark): the import pipeline as it was before the set-based staging, verbatim, so that
 * {@code DeclaratieInlezingTest} can compare the two line by line and the benchmark can measure both in one run.
 * Per block of 500 lines: IN-list pre-reads ({@link DeclaratieVoorlezer}), {@link Declaratiecontrole}, JDBC batches.
 */
public final class PerBlokInlezing {

    public static final int BLOK = DeclaratieOpslag.BATCHGROOTTE;

    /** Per budget: de cliënt en de aantallen van deze import (voor de audit). */
    public record Budgettelling(long budgetId, long clientId, int goedgekeurd, int afgewezen) {
    }

    public record Uitkomst(long regels, long goedgekeurd, long afgewezen, long alAanwezig, long foutregels, BigDecimal teBetalen,
                           List<String> fouten, List<Budgettelling> budgetten) {
    }

    private final Connection verbinding;
    private final String gemeente;
    private final long importId;
    private final Function<String, Regelset> regelsets;
    private final Map<String, Declaratiecontrole.Voorbereid> voorbereid = new HashMap<>();
    /** Groeit met de zorgverleners van de gemeente die het bestand noemt, niet met het aantal regels. */
    private final Map<String, Zorgverlenerfeiten> zorgverleners = new HashMap<>();
    private final Set<String> onbekendeZorgverleners = new java.util.HashSet<>();

    /** Regels en meldingen van het lopende blok, in bestandsvolgorde. */
    private final List<Object> blok = new ArrayList<>();
    private final Map<Long, long[]> perBudget = new HashMap<>(); // budget -> client, goedgekeurd, afgewezen
    private final List<String> fouten = new ArrayList<>();
    private long goedgekeurd;
    private long afgewezen;
    private long alAanwezig;
    private long foutregels;
    private long laatsteFoutregel = -1;
    private BigDecimal teBetalen = BigDecimal.ZERO;

    /**
     * @param regelsets de regelset bij een versie (uit het regelboek)
     */
    public PerBlokInlezing(Connection verbinding, String gemeente, long importId, Function<String, Regelset> regelsets) {
        this.verbinding = verbinding;
        this.gemeente = gemeente;
        this.importId = importId;
        this.regelsets = regelsets;
    }

    public Uitkomst lees(Reader invoer) throws SQLException {
        long regels;
        try (DeclaratieOpslag opslag = new DeclaratieOpslag(verbinding, importId)) {
            regels = new DeclaratieLezer().lees(invoer, r -> {
                blok.add(r);
                if (blok.size() >= BLOK) {
                    verwerkBlok(opslag);
                }
            }, blok::add);
            verwerkBlok(opslag);
        }
        List<Budgettelling> budgetten = new ArrayList<>();
        perBudget.forEach((id, t) -> budgetten.add(new Budgettelling(id, t[0], (int) t[1], (int) t[2])));
        return new Uitkomst(regels, goedgekeurd, afgewezen, alAanwezig, foutregels, teBetalen, List.copyOf(fouten), budgetten);
    }

    private void fout(Regelfout f) {
        if (f.regel() != laatsteFoutregel) {
            foutregels++;
            laatsteFoutregel = f.regel();
        }
        if (fouten.size() < ImportResultaat.MAX_FOUTEN) {
            fouten.add(f.tekst());
        }
    }

    /** Wat per budget in dit blok bijgehouden wordt: het bestede bedrag tot nu toe. */
    private static final class Stand {
        final Budgetfeiten budget;
        final Declaratiecontrole.Voorbereid regels;
        BigDecimal besteed = BigDecimal.ZERO;

        Stand(Budgetfeiten budget, Declaratiecontrole.Voorbereid regels) {
            this.budget = budget;
            this.regels = regels;
        }
    }

    private void verwerkBlok(DeclaratieOpslag opslag) {
        if (blok.isEmpty()) {
            return;
        }
        try {
            Set<String> bsns = new LinkedHashSet<>();
            Set<String> codes = new LinkedHashSet<>();
            for (Object o : blok) {
                if (o instanceof Regel r) {
                    bsns.add(r.bsn());
                    codes.add(r.zorgverlener());
                }
            }
            Map<String, List<Budgetfeiten>> budgetten = DeclaratieVoorlezer.budgetten(verbinding, gemeente, bsns);
            // Zorgverleners herhalen zich over blokken; alleen de nog onbekende codes worden gelezen.
            codes.removeAll(zorgverleners.keySet());
            codes.removeAll(onbekendeZorgverleners);
            Map<String, Zorgverlenerfeiten> nieuw = DeclaratieVoorlezer.zorgverleners(verbinding, gemeente, codes);
            zorgverleners.putAll(nieuw);
            codes.removeAll(nieuw.keySet());
            onbekendeZorgverleners.addAll(codes);
            // Alleen de budgetten die de regels van dit blok kiezen: daarvan de overeenkomsten en bestaande declaraties.
            Map<Regel, Budgetfeiten> gekozen = new IdentityHashMap<>();
            Map<Long, Budgetfeiten> perId = new LinkedHashMap<>();
            for (Object o : blok) {
                if (o instanceof Regel r && budgetten.containsKey(r.bsn())) {
                    Budgetfeiten b = kies(budgetten.get(r.bsn()), r);
                    gekozen.put(r, b);
                    perId.put(b.id(), b);
                }
            }
            Set<Long> budgetIds = perId.keySet();
            Map<String, Boolean> overeenkomsten = DeclaratieVoorlezer.overeenkomsten(verbinding, budgetIds);
            List<Bestaande> bestaande = opslag.nieuwBlok(budgetIds);
            Map<Long, Stand> standen = new HashMap<>();
            Map<String, List<Eerder>> eerder = new HashMap<>();
            for (Bestaande d : bestaande) {
                if (d.goedgekeurd()) {
                    Stand stand = stand(standen, perId.get(d.budgetId()));
                    stand.besteed = stand.besteed.add(d.bedrag());
                    eerder.computeIfAbsent(DeclaratieVoorlezer.paar(d.budgetId(), d.zorgverlenerId()), k -> new ArrayList<>())
                            .add(new Eerder(d.van(), d.tot(), d.kostensoort(), d.uren(), d.km()));
                }
            }
            for (Object o : blok) {
                if (o instanceof Regelfout f) {
                    fout(f);
                } else {
                    verwerk((Regel) o, budgetten, gekozen, overeenkomsten, standen, eerder, opslag);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("De declaraties konden niet worden gelezen of opgeslagen: " + e.getMessage(), e);
        } finally {
            blok.clear();
        }
    }

    private Stand stand(Map<Long, Stand> standen, Budgetfeiten b) {
        return standen.computeIfAbsent(b.id(), id -> new Stand(b, voorbereid.computeIfAbsent(b.regelsetVersie(),
                v -> new Declaratiecontrole.Voorbereid(regelsets.apply(v)))));
    }

    private void verwerk(Regel r, Map<String, List<Budgetfeiten>> budgetten, Map<Regel, Budgetfeiten> gekozen, Map<String, Boolean> overeenkomsten, Map<Long, Stand> standen,
                         Map<String, List<Eerder>> eerder, DeclaratieOpslag opslag) throws SQLException {
        boolean geenBudget = !budgetten.containsKey(r.bsn());
        Zorgverlenerfeiten z = zorgverleners.get(r.zorgverlener());
        if (geenBudget) {
            fout(new Regelfout(r.regel(), "budgethouder", "geen Pgb van budgethouder " + r.bsn() + " in deze gemeente."));
        }
        if (z == null) {
            fout(new Regelfout(r.regel(), "zorgverlener", "zorgverlener " + r.zorgverlener() + " is onbekend in deze gemeente."));
        }
        if (geenBudget || z == null) {
            return;
        }
        Budgetfeiten budget = gekozen.get(r);
        switch (opslag.bestaat(budget.id(), z.id(), r.van(), r.tot(), r.kostensoortTekst())) {
            case DIT_BESTAND -> fout(new Regelfout(r.regel(), null,
                    "dezelfde declaratie (budgethouder, zorgverlener, periode, kostensoort) staat al eerder in dit bestand."));
            case EERDERE_IMPORT -> alAanwezig++;
            case NEE -> {
                Stand stand = stand(standen, budget);
                String paar = DeclaratieVoorlezer.paar(budget.id(), z.id());
                boolean overeenkomst = overeenkomsten.getOrDefault(paar, false);
                List<Eerder> vorige = eerder.computeIfAbsent(paar, p -> new ArrayList<>());
                Declaratiecontrole.Oordeel oordeel = toets(stand, z, overeenkomst, vorige, r);
                opslag.voegToe(new DeclaratieOpslag.NieuweDeclaratie((int) r.regel(), budget.id(), z.id(), r.van(), r.tot(),
                        r.kostensoort(), r.kostensoortTekst(), r.uren(), r.bedrag(), r.km(), oordeel.goedgekeurd(),
                        String.join(",", oordeel.afwijzingsregels()), oordeel.goedgekeurd() ? null : oordeel.redenen()));
                long[] telling = perBudget.computeIfAbsent(budget.id(), id -> new long[]{budget.clientId(), 0, 0});
                if (oordeel.goedgekeurd()) {
                    goedgekeurd++;
                    telling[1]++;
                    stand.besteed = stand.besteed.add(r.bedrag());
                    teBetalen = teBetalen.add(r.bedrag());
                    vorige.add(new Eerder(r.van(), r.tot(), r.kostensoort(), r.uren(), r.km()));
                } else {
                    afgewezen++;
                    telling[2]++;
                }
            }
        }
    }

    /** Het budget dat de periode dekt; anders het laatste dat eerder begon; anders het eerste (dan wijst P-08 af). */
    static Budgetfeiten kies(List<Budgetfeiten> budgetten, Regel r) {
        Budgetfeiten gekozen = null;
        for (Budgetfeiten b : budgetten) {
            if (!r.van().isBefore(b.ingang()) && !r.van().isAfter(b.einde())) {
                return b;
            }
            if (!b.ingang().isAfter(r.van())) {
                gekozen = b;
            }
        }
        return gekozen == null ? budgetten.get(0) : gekozen;
    }

    private static Declaratiecontrole.Oordeel toets(Stand stand, Zorgverlenerfeiten z, boolean overeenkomst, List<Eerder> vorige, Regel r) {
        BigDecimal uren = BigDecimal.ZERO;
        BigDecimal km = BigDecimal.ZERO;
        boolean vakantiegeld = false;
        for (Eerder e : vorige) {
            boolean overlapt = !e.van().isAfter(r.tot()) && !e.tot().isBefore(r.van());
            if (overlapt && e.kostensoort() == Kostensoort.ZORG && e.uren() != null) {
                uren = uren.add(e.uren());
            }
            if (overlapt && e.kostensoort() == Kostensoort.REISKOSTEN && e.km() != null) {
                km = km.add(e.km());
            }
            if (e.kostensoort() == Kostensoort.VAKANTIEGELD && e.van().getYear() == r.van().getYear()) {
                vakantiegeld = true;
            }
        }
        Budgetfeiten b = stand.budget;
        Declaratiecontrole.Budget budget = new Declaratiecontrole.Budget(b.ingang(), b.einde(), b.bedrag(), stand.besteed, b.reiskostenInPlan(),
                b.minderjarigen(), b.buitenlandVanaf(), b.buitenlandTot());
        Declaratiecontrole.Hulp hulp = new Declaratiecontrole.Hulp(z.soort(), z.geboortedatum(), z.afstandKm(), z.vog(), overeenkomst);
        return Declaratiecontrole.toets(stand.regels, budget, hulp, new Declaratiecontrole.Declaratie(r.van(), r.tot(), r.kostensoort(),
                r.kostensoortTekst(), r.uren(), r.bedrag(), r.km(), uren, km, vakantiegeld));
    }
}
