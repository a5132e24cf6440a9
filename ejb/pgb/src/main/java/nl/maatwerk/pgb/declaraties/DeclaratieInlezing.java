package nl.maatwerk.pgb.declaraties;

import nl.maatwerk.domain.pgb.DeclaratieOpslag;
import nl.maatwerk.domain.pgb.DeclaratieVoorlezer.Budgetfeiten;
import nl.maatwerk.domain.pgb.DeclaratieVoorlezer.Zorgverlenerfeiten;
import nl.maatwerk.domain.pgb.Kostensoort;
import nl.maatwerk.domain.pgb.Zorgverlenersoort;
import nl.maatwerk.domain.pgb.PgbQueries.Eerder;
import nl.maatwerk.pgb.declaraties.DeclaratieLezer.Regel;
import nl.maatwerk.pgb.declaraties.DeclaratieLezer.Regelfout;
import nl.maatwerk.pgb.regels.Declaratiecontrole;
import nl.maatwerk.verordening.regelset.Regelset;

import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * De import-pijplijn van {@link Declaratieverwerking} zonder applicatieserver (ook gebruikt door de benchmark), op de
 * verbinding en in de transactie van de aanroeper, set-gebaseerd ({@link DeclaratieStaging}):
 * <ol>
 *   <li>streaming lezen ({@link DeclaratieLezer}); vormfouten worden meldingen, geldige regels gaan in een tijdelijke
 *   staging-tabel (PostgreSQL: {@code COPY}; H2: JDBC-batches);</li>
 *   <li>één gestreamde query kiest per regel het budget ({@link #kies}, als window-functie) en geeft per budget eerst de
 *   bestaande declaraties en dan de regels van het bestand in bestandsvolgorde, met de feiten van budget, hulp en
 *   overeenkomst (een regel zonder budget of bekende hulp wordt een melding); per budget wordt elke regel getoetst
 *   ({@link Declaratiecontrole}: de enige plek van de P-regels en motiveringen) en geschreven (PostgreSQL: {@code COPY},
 *   H2: JDBC-batches).</li>
 * </ol>
 *
 * <p>Het geheugen hangt niet af van het aantal regels: de toetsing houdt alleen de stand van één budget vast (bestede
 * bedrag, eerdere declaraties per hulp, sleutels). Alleen de telling per budget (voor de audit), de eerste
 * {@link ImportResultaat#MAX_FOUTEN} meldingen en de voorbereide regelsets groeien, met het aantal budgetten.
 * Meldingen staan in bestandsvolgorde; de uitkomst per regel is dezelfde als bij verwerking in bestandsvolgorde,
 * omdat alles wat een regel beïnvloedt (budget, uren, dubbele sleutel) bij hetzelfde budget hoort.
 */
public final class DeclaratieInlezing {

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

    private final Map<Long, long[]> perBudget = new LinkedHashMap<>(); // budget -> client, goedgekeurd, afgewezen
    private final Meldingen meldingen = new Meldingen(ImportResultaat.MAX_FOUTEN);
    private long goedgekeurd;
    private long afgewezen;
    private long alAanwezig;
    private long foutregels;
    private long laatsteFoutregel = -1;
    private BigDecimal teBetalen = BigDecimal.ZERO;
    /** Milliseconden per fase (lezen en stagen, staging afsluiten, toetsen en schrijven, met onderverdeling), voor de benchmark. */
    private final Map<String, Long> fasen = new LinkedHashMap<>();

    /**
     * @param regelsets de regelset bij een versie (uit het regelboek)
     */
    public DeclaratieInlezing(Connection verbinding, String gemeente, long importId, Function<String, Regelset> regelsets) {
        this.verbinding = verbinding;
        this.gemeente = gemeente;
        this.importId = importId;
        this.regelsets = regelsets;
    }

    public Uitkomst lees(Reader invoer) throws SQLException {
        long regels;
        long t = System.nanoTime();
        try (DeclaratieStaging staging = DeclaratieStaging.voor(verbinding, importId)) {
            SQLException[] fout = new SQLException[1];
            regels = new DeclaratieLezer().lees(invoer, r -> {
                if (fout[0] == null) {
                    try {
                        staging.zet(r);
                    } catch (SQLException e) {
                        fout[0] = e;
                    }
                }
            }, this::vormfout);
            if (fout[0] != null) {
                throw fout[0];
            }
            t = fase("lezen en stagen", t);
            staging.koppel(gemeente);
            t = fase("staging afsluiten", t);
            toetsEnSchrijf(staging);
            staging.schrijfRest();
            fase("toetsen en schrijven", t);
        }
        List<Budgettelling> budgetten = new ArrayList<>();
        perBudget.forEach((id, b) -> budgetten.add(new Budgettelling(id, b[0], (int) b[1], (int) b[2])));
        return new Uitkomst(regels, goedgekeurd, afgewezen, alAanwezig, foutregels, teBetalen, meldingen.lijst(), budgetten);
    }

    /** Milliseconden per fase van de laatste {@link #lees} (voor de benchmark). */
    public Map<String, Long> fasen() {
        return Map.copyOf(fasen);
    }

    private long fase(String naam, long begin) {
        long nu = System.nanoTime();
        fasen.merge(naam, (nu - begin) / 1_000_000, Long::sum);
        return nu;
    }

    /** Vormfouten komen in bestandsvolgorde; een regel met meer fouten telt één keer. */
    private void vormfout(Regelfout f) {
        if (f.regel() != laatsteFoutregel) {
            foutregels++;
            laatsteFoutregel = f.regel();
        }
        // Regel 0 (het bestand brak tijdens het lezen) hoort na alles wat al gelezen was.
        meldingen.voegToe(f.regel() == 0 ? Long.MAX_VALUE : f.regel(), f.tekst());
    }

    /** Een regel zonder budget of bekende hulp in de gemeente: één foutregel, de budgethouder eerst. */
    private void onbekend(long regel, String bsn, boolean geenBudget, String zorgverlener, boolean geenZorgverlener) {
        foutregels++;
        if (geenBudget) {
            meldingen.voegToe(regel, new Regelfout(regel, "budgethouder", "geen Pgb van budgethouder " + bsn + " in deze gemeente.").tekst());
        }
        if (geenZorgverlener) {
            meldingen.voegToe(regel, new Regelfout(regel, "zorgverlener", "zorgverlener " + zorgverlener + " is onbekend in deze gemeente.").tekst());
        }
    }

    /** De eerste {@code max} meldingen in bestandsvolgorde, ook als ze in een andere volgorde binnenkomen. */
    static final class Meldingen {
        private record Melding(long plek, long volgnummer, String tekst) {
        }

        private final int max;
        private long volgnummer;
        private final java.util.TreeSet<Melding> eerste = new java.util.TreeSet<>(
                java.util.Comparator.comparingLong(Melding::plek).thenComparingLong(Melding::volgnummer));

        Meldingen(int max) {
            this.max = max;
        }

        void voegToe(long plek, String tekst) {
            eerste.add(new Melding(plek, volgnummer++, tekst));
            if (eerste.size() > max) {
                eerste.pollLast();
            }
        }

        List<String> lijst() {
            return eerste.stream().map(Melding::tekst).toList();
        }
    }

    /** De stand van één budget: wat al goedgekeurd is, de eerdere declaraties per hulp en de sleutels. */
    private static final class Stand {
        final long budgetId;
        Budgetfeiten budget;
        Declaratiecontrole.Voorbereid regels;
        BigDecimal besteed = BigDecimal.ZERO;
        final Map<Long, List<Eerder>> eerder = new HashMap<>();
        /** Sleutel -> import van een bestaande declaratie. */
        final Map<String, Long> bestaand = new HashMap<>();
        /** Sleutels die deze import op dit budget schreef: een tweede keer is een fout, niet "al aanwezig". */
        final Set<String> ditBestand = new HashSet<>();

        Stand(long budgetId) {
            this.budgetId = budgetId;
        }
    }

    /** Tijdmeting van {@link #toetsEnSchrijf} (nanoseconden). */
    private long schrijven;
    private long motiveren;
    private long eersteRij = -1;

    private void toetsEnSchrijf(DeclaratieStaging staging) throws SQLException {
        long q = System.nanoTime();
        staging.stroom(rs -> {
            Stand stand = null;
            while (rs.next()) {
                if (eersteRij < 0) {
                    eersteRij = System.nanoTime() - q;
                }
                long budgetId = rs.getLong(2);
                boolean geenBudget = rs.wasNull();
                long zorgverlenerId = rs.getLong(4);
                boolean geenZorgverlener = rs.wasNull();
                if (geenBudget || geenZorgverlener) {
                    onbekend(rs.getLong(3), rs.getString(28), geenBudget, rs.getString(29), geenZorgverlener);
                    continue;
                }
                if (stand == null || stand.budgetId != budgetId) {
                    stand = new Stand(budgetId);
                }
                LocalDate van = rs.getDate(5).toLocalDate();
                LocalDate tot = rs.getDate(6).toLocalDate();
                Kostensoort soort = Kostensoort.valueOf(rs.getString(7));
                String soortTekst = rs.getString(8);
                BigDecimal uren = rs.getBigDecimal(9);
                BigDecimal bedrag = rs.getBigDecimal(10);
                BigDecimal km = rs.getBigDecimal(11);
                String sleutel = sleutel(zorgverlenerId, van, tot, soortTekst);
                if (rs.getInt(1) == 0) {
                    stand.bestaand.put(sleutel, rs.getLong(13));
                    if (rs.getBoolean(12)) {
                        stand.besteed = stand.besteed.add(bedrag);
                        stand.eerder.computeIfAbsent(zorgverlenerId, k -> new ArrayList<>()).add(new Eerder(van, tot, soort, uren, km));
                    }
                    continue;
                }
                long regel = rs.getLong(3);
                if (stand.ditBestand.contains(sleutel)) {
                    foutregels++;
                    meldingen.voegToe(regel, new Regelfout(regel, null,
                            "dezelfde declaratie (budgethouder, zorgverlener, periode, kostensoort) staat al eerder in dit bestand.").tekst());
                    continue;
                }
                Long bron = stand.bestaand.get(sleutel);
                if (bron != null) {
                    if (bron == importId) {
                        foutregels++;
                        meldingen.voegToe(regel, new Regelfout(regel, null,
                                "dezelfde declaratie (budgethouder, zorgverlener, periode, kostensoort) staat al eerder in dit bestand.").tekst());
                    } else {
                        alAanwezig++;
                    }
                    continue;
                }
                if (stand.budget == null) {
                    stand.budget = new Budgetfeiten(budgetId, rs.getLong(14), null, datum(rs, 15), datum(rs, 16), rs.getBigDecimal(17), rs.getBoolean(18),
                            rs.getBoolean(19), datum(rs, 20), datum(rs, 21), rs.getString(22));
                    stand.regels = voorbereid.computeIfAbsent(stand.budget.regelsetVersie(), v -> new Declaratiecontrole.Voorbereid(regelsets.apply(v)));
                }
                Zorgverlenerfeiten z = new Zorgverlenerfeiten(zorgverlenerId, null, Zorgverlenersoort.valueOf(rs.getString(23)), datum(rs, 24),
                        rs.getBigDecimal(25), rs.getBoolean(26));
                boolean overeenkomst = rs.getBoolean(27);
                List<Eerder> vorige = stand.eerder.computeIfAbsent(zorgverlenerId, k -> new ArrayList<>());
                DeclaratieLezer.Regel r = new DeclaratieLezer.Regel(regel, null, null, van, tot, uren, bedrag, soort, soortTekst, km);
                Declaratiecontrole.Oordeel oordeel = toets(stand, z, overeenkomst, vorige, r);
                long m = System.nanoTime();
                String afwijzingsregels = String.join(",", oordeel.afwijzingsregels());
                String motivering = oordeel.goedgekeurd() ? null : oordeel.redenen();
                long s = System.nanoTime();
                motiveren += s - m;
                staging.schrijf(new DeclaratieOpslag.NieuweDeclaratie((int) regel, budgetId, zorgverlenerId, van, tot, soort, soortTekst, uren, bedrag, km,
                        oordeel.goedgekeurd(), afwijzingsregels, motivering));
                schrijven += System.nanoTime() - s;
                stand.ditBestand.add(sleutel);
                Budgetfeiten budget = stand.budget;
                long[] telling = perBudget.computeIfAbsent(budgetId, id -> new long[]{budget.clientId(), 0, 0});
                if (oordeel.goedgekeurd()) {
                    goedgekeurd++;
                    telling[1]++;
                    stand.besteed = stand.besteed.add(bedrag);
                    teBetalen = teBetalen.add(bedrag);
                    vorige.add(new Eerder(van, tot, soort, uren, km));
                } else {
                    afgewezen++;
                    telling[2]++;
                }
            }
        });
        fasen.merge("daarvan schrijven", schrijven / 1_000_000, Long::sum);
        fasen.merge("daarvan motivering en regel-id's", motiveren / 1_000_000, Long::sum);
        fasen.merge("daarvan query tot eerste rij", Math.max(0, eersteRij) / 1_000_000, Long::sum);
    }

    private static String sleutel(long zorgverlenerId, LocalDate van, LocalDate tot, String soort) {
        return zorgverlenerId + "\u0000" + van + "\u0000" + tot + "\u0000" + soort;
    }

    private static LocalDate datum(ResultSet rs, int i) throws SQLException {
        java.sql.Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
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
