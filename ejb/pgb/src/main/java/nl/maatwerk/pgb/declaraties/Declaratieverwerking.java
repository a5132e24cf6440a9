package nl.maatwerk.pgb.declaraties;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.pgb.DeclaratieOpslag;
import nl.maatwerk.domain.pgb.Declaratieimport;
import nl.maatwerk.domain.pgb.Kostensoort;
import nl.maatwerk.domain.pgb.Overeenkomst;
import nl.maatwerk.domain.pgb.PgbQueries;
import nl.maatwerk.domain.pgb.PgbQueries.Eerder;
import nl.maatwerk.domain.pgb.Pgbbudget;
import nl.maatwerk.domain.pgb.Zorgverlener;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.pgb.declaraties.DeclaratieLezer.Regelfout;
import nl.maatwerk.pgb.regels.Declaratiecontrole;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Leest een declaratiebestand van één gemeente in één transactie en toetst elke declaratie aan de beschikking
 * ({@link Declaratiecontrole}): goedgekeurd, of afgewezen met de regel-id's. Een bestand met vormfouten of
 * onbekende budgethouders of zorgverleners slaat niets op (ook geen importregel); dezelfde declaratie in een
 * later bestand is "al aanwezig" (natuurlijke sleutel) en verandert niets. Streaming met JDBC-batches; het
 * geheugen groeit met het aantal budgetten en hulpen, niet met het bestand.
 */
@Stateless
@RolesAllowed(Rol.FINANCIEEL_)
public class Declaratieverwerking {

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @Inject
    Audit audit;

    @EJB
    RegelboekDienst regelboek;

    @Resource
    SessionContext context;

    /** Wat de import per budget bijhoudt: het budget als feiten, de regelset en het bestede bedrag tot nu toe. */
    private static final class Budgetstand {
        final long id;
        final long clientId;
        final Declaratiecontrole.Budget feiten;
        final Regelset regelset;
        BigDecimal besteed;
        int goedgekeurd;
        int afgewezen;

        Budgetstand(Pgbbudget b, Regelset rs, BigDecimal besteed) {
            this.id = b.getId();
            this.clientId = b.getClient().getId();
            this.feiten = new Declaratiecontrole.Budget(b.getIngang(), b.getEinde(), b.getBedrag(), BigDecimal.ZERO, b.isReiskostenInPlan(),
                    b.isMinderjarigen(), b.getBuitenlandVanaf(), b.getBuitenlandTot());
            this.regelset = rs;
            this.besteed = besteed;
        }
    }

    public ImportResultaat importeer(String gemeenteCode, String bestandsnaam, Reader invoer) {
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "declaraties.csv" : bestandsnaam.strip();
        if (naam.length() > 255) {
            throw new ValidatieException("bestand", "De bestandsnaam mag hoogstens 255 tekens zijn.");
        }
        if (gemeenteCode == null || gemeenteCode.isBlank()) {
            throw new ValidatieException("gemeente", "Kies de gemeente van het declaratiebestand.");
        }
        huidige.vereisGemeente(gemeenteCode, "Gemeente " + gemeenteCode + " niet gevonden.");
        Gemeente gemeente = em.find(Gemeente.class, gemeenteCode);
        if (gemeente == null) {
            throw new NietGevondenException("Gemeente " + gemeenteCode + " niet gevonden.");
        }
        Set<String> alleenDeze = Set.of(gemeenteCode);
        Declaratieimport imp = new Declaratieimport(gemeente, naam, huidige.naam(), LocalDateTime.now());
        em.persist(imp);
        em.flush();
        Connection verbinding = em.unwrap(Connection.class);

        Map<String, List<Pgbbudget>> budgettenPerBsn = new HashMap<>();
        Map<String, Optional<Zorgverlener>> zorgverleners = new HashMap<>();
        Map<Long, Budgetstand> standen = new HashMap<>();
        Map<String, Boolean> overeenkomsten = new HashMap<>();
        Map<String, List<Eerder>> eerder = new HashMap<>();
        Map<String, Regelset> regelsets = new HashMap<>();
        List<String> fouten = new ArrayList<>();
        long[] telling = new long[5]; // goedgekeurd, afgewezen, al aanwezig, foutregels, laatste foutregel
        telling[4] = -1;
        BigDecimal[] teBetalen = {BigDecimal.ZERO};

        long regels;
        try (DeclaratieOpslag opslag = new DeclaratieOpslag(verbinding, imp.getId())) {
            java.util.function.Consumer<Regelfout> bijFout = f -> {
                if (f.regel() != telling[4]) {
                    telling[3]++;
                    telling[4] = f.regel();
                }
                if (fouten.size() < ImportResultaat.MAX_FOUTEN) {
                    fouten.add(f.tekst());
                }
            };
            regels = new DeclaratieLezer().lees(invoer, r -> {
                List<Pgbbudget> budgetten = budgettenPerBsn.computeIfAbsent(r.bsn(), bsn -> PgbQueries.budgettenVanBsn(em, bsn, alleenDeze));
                Optional<Zorgverlener> zv = zorgverleners.computeIfAbsent(r.zorgverlener(), c -> PgbQueries.zorgverlenerOpCode(em, c, gemeenteCode));
                if (budgetten.isEmpty()) {
                    bijFout.accept(new Regelfout(r.regel(), "budgethouder", "geen Pgb van budgethouder " + r.bsn() + " in deze gemeente."));
                }
                if (zv.isEmpty()) {
                    bijFout.accept(new Regelfout(r.regel(), "zorgverlener", "zorgverlener " + r.zorgverlener() + " is onbekend in deze gemeente."));
                }
                if (budgetten.isEmpty() || zv.isEmpty()) {
                    return;
                }
                Pgbbudget budget = kies(budgetten, r);
                Zorgverlener z = zv.get();
                try {
                    switch (opslag.bestaat(budget.getId(), z.getId(), r.van(), r.tot(), r.kostensoortTekst())) {
                        case DIT_BESTAND -> bijFout.accept(new Regelfout(r.regel(), null,
                                "dezelfde declaratie (budgethouder, zorgverlener, periode, kostensoort) staat al eerder in dit bestand."));
                        case EERDERE_IMPORT -> telling[2]++;
                        case NEE -> {
                            Budgetstand stand = standen.computeIfAbsent(budget.getId(), id -> new Budgetstand(budget,
                                    regelsets.computeIfAbsent(budget.getRegelsetVersie(), v -> regelboek.regelboek().versie(v)),
                                    PgbQueries.besteed(em, id)));
                            String paar = budget.getId() + "-" + z.getId();
                            boolean goedgekeurdeOvereenkomst = overeenkomsten.computeIfAbsent(paar,
                                    p -> PgbQueries.overeenkomst(em, budget.getId(), z.getId()).map(Overeenkomst::isGoedgekeurd).orElse(false));
                            List<Eerder> vorige = eerder.computeIfAbsent(paar, p -> new ArrayList<>(PgbQueries.eerder(em, budget.getId(), z.getId())));
                            Declaratiecontrole.Oordeel oordeel = toets(stand, z, goedgekeurdeOvereenkomst, vorige, r);
                            opslag.voegToe(new DeclaratieOpslag.NieuweDeclaratie((int) r.regel(), budget.getId(), z.getId(), r.van(), r.tot(),
                                    r.kostensoort(), r.kostensoortTekst(), r.uren(), r.bedrag(), r.km(), oordeel.goedgekeurd(),
                                    String.join(",", oordeel.afwijzingsregels()), motivering(oordeel)));
                            if (oordeel.goedgekeurd()) {
                                telling[0]++;
                                stand.goedgekeurd++;
                                stand.besteed = stand.besteed.add(r.bedrag());
                                teBetalen[0] = teBetalen[0].add(r.bedrag());
                                vorige.add(new Eerder(r.van(), r.tot(), r.kostensoort(), r.uren(), r.km()));
                            } else {
                                telling[1]++;
                                stand.afgewezen++;
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Declaratie van regel " + r.regel() + " kon niet worden opgeslagen: " + e.getMessage(), e);
                }
            }, bijFout);
        } catch (SQLException e) {
            throw new IllegalStateException("De declaraties konden niet worden opgeslagen: " + e.getMessage(), e);
        }

        if (telling[3] > 0 || regels == 0) {
            // Alles of niets: wat al in batches stond, gaat met de transactie terug (ook de importregel).
            context.setRollbackOnly();
            return new ImportResultaat(null, regels, 0, 0, 0, Math.max(telling[3], 1), BigDecimal.ZERO, List.copyOf(fouten), false);
        }
        imp.telling((int) regels, (int) telling[0], (int) telling[1], (int) telling[2], teBetalen[0]);
        for (Budgetstand s : standen.values()) {
            audit.registreer(AuditActie.IMPORTEREN, gemeenteCode, s.clientId, s.goedgekeurd + " declaratie(s) goedgekeurd en " + s.afgewezen
                    + " afgewezen op Pgb " + s.id + " uit " + naam);
        }
        audit.registreer(AuditActie.IMPORTEREN, gemeenteCode, null, "Declaratiebestand " + naam + " ingelezen: " + regels + " regels, "
                + telling[0] + " goedgekeurd, " + telling[1] + " afgewezen, " + telling[2] + " al aanwezig");
        return new ImportResultaat(imp.getId(), regels, telling[0], telling[1], telling[2], 0, teBetalen[0], List.of(), true);
    }

    /** Het budget dat de periode dekt; anders het laatste dat eerder begon; anders het eerste (dan wijst P-08 af). */
    static Pgbbudget kies(List<Pgbbudget> budgetten, DeclaratieLezer.Regel r) {
        Pgbbudget gekozen = null;
        for (Pgbbudget b : budgetten) {
            if (!r.van().isBefore(b.getIngang()) && !r.van().isAfter(b.getEinde())) {
                return b;
            }
            if (!b.getIngang().isAfter(r.van())) {
                gekozen = b;
            }
        }
        return gekozen == null ? budgetten.get(0) : gekozen;
    }

    private static Declaratiecontrole.Oordeel toets(Budgetstand stand, Zorgverlener z, boolean overeenkomst, List<Eerder> vorige,
                                                    DeclaratieLezer.Regel r) {
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
        Declaratiecontrole.Budget f = stand.feiten;
        Declaratiecontrole.Budget budget = new Declaratiecontrole.Budget(f.ingang(), f.einde(), f.bedrag(), stand.besteed, f.reiskostenInPlan(),
                f.minderjarigenInHuishouden(), f.buitenlandVanaf(), f.buitenlandTot());
        Declaratiecontrole.Hulp hulp = new Declaratiecontrole.Hulp(z.getSoort(), z.getGeboortedatum(), z.getAfstandKm(), z.isVog(), overeenkomst);
        return Declaratiecontrole.toets(stand.regelset, budget, hulp, new Declaratiecontrole.Declaratie(r.van(), r.tot(), r.kostensoort(),
                r.kostensoortTekst(), r.uren(), r.bedrag(), r.km(), uren, km, vakantiegeld));
    }

    /** Alleen de afwijzingen (met bron) worden bewaard; bij goedkeuring is de motivering leeg. */
    private static String motivering(Declaratiecontrole.Oordeel o) {
        return o.goedgekeurd() ? null : o.redenen();
    }
}
