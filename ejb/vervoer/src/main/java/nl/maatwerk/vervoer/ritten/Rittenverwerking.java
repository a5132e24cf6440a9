package nl.maatwerk.vervoer.ritten;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.audit.Auditopslag;
import nl.maatwerk.domain.vervoer.Ritimport;
import nl.maatwerk.domain.vervoer.RittenOpslag;
import nl.maatwerk.domain.vervoer.VervoerQueries;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.vervoer.dienst.Budgetbewaking;
import nl.maatwerk.vervoer.regels.Budgetstand;
import nl.maatwerk.vervoer.ritten.RittenLezer.PasInfo;
import nl.maatwerk.vervoer.ritten.RittenLezer.Regelfout;

import java.io.Reader;
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
 * Het inlezen zelf, in de transactie van de aanroeper: door een gebruiker ({@link Rittenimport}, met zijn
 * gemeenten) of door de rittenmap ({@link Rittenmap}, met de gemeente van de submap). Een bestand met fouten
 * slaat niets op, tenzij alleen de geldige regels zijn aanvaard; dezelfde rit twee keer wordt één keer
 * opgeslagen. Streaming en in JDBC-batches, zodat het geheugen niet met het bestand groeit (alleen met het
 * aantal passen). Intern: de aanroeper heeft rol en gemeente al bepaald.
 */
@Dependent
public class Rittenverwerking {

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    @EJB
    RegelboekDienst regelboek;

    @Inject
    Budgetbewaking bewaking;

    /**
     * @param gemeenten  alleen passen van deze gemeenten bestaan voor dit bestand
     * @param gebruiker  wie inleest (gebruikersnaam, of de rittenmap)
     * @param terugdraaien zet de lopende transactie op rollback (bij fouten, tenzij alleen de geldige regels zijn aanvaard)
     */
    public ImportResultaat verwerk(String bestandsnaam, Reader invoer, boolean alleenGeldigeRegels, Set<String> gemeenten,
                                   String gebruiker, Runnable terugdraaien) {
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "ritten.csv" : bestandsnaam.strip();
        if (naam.length() > 255) {
            throw new ValidatieException("bestand", "De bestandsnaam mag hoogstens 255 tekens zijn.");
        }
        Ritimport imp = new Ritimport(naam, gebruiker, LocalDateTime.now(), alleenGeldigeRegels);
        em.persist(imp);
        em.flush();
        Connection verbinding = em.unwrap(Connection.class);

        // Alle passen van deze gemeenten in één query (gegevens, geen entiteiten): tijdens het inlezen gaat er niets
        // anders over de verbinding dan de ritten zelf (op PostgreSQL één doorlopende COPY).
        Map<String, PasInfo> passen = new HashMap<>();
        Map<Long, VervoerQueries.PasBudget> budgetten = new HashMap<>();
        Map<String, Regelset> regelsets = new HashMap<>();
        for (VervoerQueries.PasGegevens p : VervoerQueries.pasGegevens(em, gemeenten)) {
            passen.put(p.pasnummer(), new PasInfo(p.id(), p.pasnummer(), p.gemeente(), p.clientId(), p.geldigVan(), p.geldigTot(), p.regelsetVersie()));
            budgetten.put(p.id(), p.budget());
        }
        Map<Long, Pasgebruik> perPas = new HashMap<>();
        Map<Integer, Map<Long, Budgetbewaking.Importgebruik>> perJaar = new HashMap<>();
        List<String> fouten = new ArrayList<>();
        long[] telling = new long[4]; // opgeslagen, al aanwezig, afgekeurd, laatste foutregel
        telling[3] = -1;

        long start = System.nanoTime();
        long regels;
        String schrijfwijze;
        long opgezocht;
        try (RittenOpslag opslag = new RittenOpslag(verbinding, imp.getId())) {
            opslag.laadVensters(gemeenten);
            RittenLezer.Passen zoeker = nr -> Optional.ofNullable(passen.get(nr));
            java.util.function.Consumer<Regelfout> bijFout = f -> {
                if (f.regel() != telling[3]) {
                    telling[2]++;
                    telling[3] = f.regel();
                }
                if (fouten.size() < ImportResultaat.MAX_FOUTEN) {
                    fouten.add(f.tekst());
                }
            };
            regels = new RittenLezer().lees(invoer, zoeker, r -> {
                try {
                    Regelset rs = regelsets.computeIfAbsent(r.pas().regelsetVersie(), v -> regelboek.regelboek().versie(v));
                    boolean buiten = Budgetstand.buitenStraal(rs, r.km()) || Budgetstand.buitenReisgebied(rs, r.zones());
                    RittenOpslag.NieuweRit rit = new RittenOpslag.NieuweRit(r.pas().id(), r.moment(), r.van(), r.naar(), r.km(), r.zones(),
                            r.begeleider(), r.prioriteit(), buiten);
                    switch (opslag.bestaat(rit)) {
                        case DIT_BESTAND -> bijFout.accept(new Regelfout(r.regel(), null,
                                "dezelfde rit (pas, datum, tijd, van, naar) staat al eerder in dit bestand."));
                        case ANDERE_RIT_DIT_BESTAND -> bijFout.accept(conflict(r, opslag.gevonden(), "eerder in dit bestand"));
                        case ANDERE_RIT_EERDERE_IMPORT -> bijFout.accept(conflict(r, opslag.gevonden(), "uit een eerder ingelezen bestand"));
                        case EERDERE_IMPORT -> telling[1]++;
                        case NEE -> {
                            opslag.voegToe(rit);
                            telling[0]++;
                            perPas.computeIfAbsent(r.pas().id(), k -> new Pasgebruik(r.pas())).tel(rit);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Rit van regel " + r.regel() + " kon niet worden opgeslagen: " + e.getMessage(), e);
                }
            }, bijFout);
            opslag.schrijfBatch();
            // The budget use came past line by line; only a pass that already had trips in a year needs the database's total.
            for (Pasgebruik p : perPas.values()) {
                for (Map.Entry<Integer, Teller> j : p.perJaar.entrySet()) {
                    perJaar.computeIfAbsent(j.getKey(), k -> new HashMap<>()).put(p.pas.id(),
                            new Budgetbewaking.Importgebruik(budgetten.get(p.pas.id()), j.getValue().gebruik(),
                                    opslag.eerdereRitten(p.pas.id(), j.getKey())));
                }
            }
            schrijfwijze = opslag.schrijfwijze();
            opgezocht = opslag.opgezocht();
        } catch (SQLException e) {
            throw new IllegalStateException("De ritten konden niet worden opgeslagen: " + e.getMessage(), e);
        }
        long geladen = System.nanoTime();

        long afgekeurd = telling[2];
        if (afgekeurd > 0 && !alleenGeldigeRegels || regels == 0) {
            // Alles of niets: de ritten die al in batches stonden, gaan met de transactie terug.
            terugdraaien.run();
            return new ImportResultaat(null, regels, 0, 0, Math.max(afgekeurd, regels == 0 ? 1 : 0), List.copyOf(fouten), false, List.of());
        }
        imp.telling((int) regels, (int) telling[0], (int) telling[1], (int) afgekeurd);
        List<String> signalen = bewaking.werkBij(perJaar);
        long bewaakt = System.nanoTime();
        List<Auditopslag.Clientregel> auditregels = new ArrayList<>(perPas.size());
        for (Pasgebruik p : perPas.values()) {
            auditregels.add(new Auditopslag.Clientregel(p.pas.gemeente(), p.pas.clientId(),
                    p.ritten + " rit(ten) ingelezen op pas " + p.pas.pasnummer() + " uit " + naam + " door " + gebruiker));
        }
        audit.registreerPerClient(AuditActie.IMPORTEREN, auditregels);
        audit.registreer(AuditActie.IMPORTEREN, null, null, "Rittenbestand " + naam + " ingelezen: " + regels + " regels, "
                + telling[0] + " opgeslagen, " + telling[1] + " al aanwezig, " + afgekeurd + " afgekeurd"
                + (alleenGeldigeRegels ? " (alleen geldige regels aanvaard)" : ""));
        long klaar = System.nanoTime();
        LOG.info(() -> String.format(java.util.Locale.ROOT, "Rittenbestand %s: %d regels gelezen, gecontroleerd en geladen in %.2f s (%s,"
                        + " %d op de sleutel opgezocht), budgetbewaking %.2f s (%d passen), audit %.2f s", naam, regels, (geladen - start) / 1e9,
                schrijfwijze, opgezocht, (bewaakt - geladen) / 1e9, perPas.size(), (klaar - bewaakt) / 1e9));
        return new ImportResultaat(imp.getId(), regels, telling[0], telling[1], afgekeurd, List.copyOf(fouten), true, signalen);
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Rittenverwerking.class.getName());

    /** Per pas wat deze import schreef: het aantal ritten (voor de audit) en per jaar het gebruik (voor de budgetbewaking). */
    private static final class Pasgebruik {
        final PasInfo pas;
        final Map<Integer, Teller> perJaar = new HashMap<>(2);
        int ritten;
        private int laatsteJaar = Integer.MIN_VALUE;
        private Teller laatste;

        Pasgebruik(PasInfo pas) {
            this.pas = pas;
        }

        void tel(RittenOpslag.NieuweRit rit) {
            ritten++;
            int jaar = rit.moment().getYear();
            if (jaar != laatsteJaar) {
                laatste = perJaar.computeIfAbsent(jaar, j -> new Teller());
                laatsteJaar = jaar;
            }
            laatste.tel(rit);
        }
    }

    /** Het gebruik in één jaar, zoals {@code VervoerQueries.gebruik} het uit de ritten telt. */
    private static final class Teller {
        private java.math.BigDecimal km = java.math.BigDecimal.ZERO;
        private long zones;
        private long ritten;
        private long buitenGebied;

        void tel(RittenOpslag.NieuweRit rit) {
            km = km.add(rit.km());
            zones += rit.zones();
            ritten++;
            if (rit.buitenGebied()) {
                buitenGebied++;
            }
        }

        VervoerQueries.Gebruik gebruik() {
            return new VervoerQueries.Gebruik(km, zones, ritten, buitenGebied);
        }
    }

    private static final java.time.format.DateTimeFormatter DATUM = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final java.time.format.DateTimeFormatter TIJD = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    /**
     * Een andere rit op dezelfde pas en hetzelfde moment: een pashouder begint niet twee ritten tegelijk (de sleutel van
     * een rit is pas en moment, V12). Geen "al ingelezen": de regel wijkt af van wat er staat, dus de gebruiker beslist.
     */
    static Regelfout conflict(RittenLezer.Ritregel r, RittenOpslag.OpgeslagenRit bestaand, String waar) {
        return new Regelfout(r.regel(), "tijd", "pas " + r.pas().pasnummer() + " heeft op " + DATUM.format(r.moment()) + " om "
                + TIJD.format(r.moment()) + " al een andere rit " + waar + " (" + bestaand.van() + " naar " + bestaand.naar() + ", "
                + bestaand.km().toPlainString().replace('.', ',') + " km, " + bestaand.zones() + " zones). Een pashouder kan niet twee"
                + " ritten op hetzelfde moment beginnen; verbeter de regel of vraag de vervoerder welke rit klopt.");
    }
}
