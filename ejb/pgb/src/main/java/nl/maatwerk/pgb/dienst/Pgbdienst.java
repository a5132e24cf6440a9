package nl.maatwerk.pgb.dienst;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.pgb.Declaratie;
import nl.maatwerk.domain.pgb.Declaratieimport;
import nl.maatwerk.domain.pgb.Overeenkomst;
import nl.maatwerk.domain.pgb.PgbQueries;
import nl.maatwerk.domain.pgb.Pgbbudget;
import nl.maatwerk.domain.pgb.Pgbexport;
import nl.maatwerk.domain.pgb.Pgbsignaal;
import nl.maatwerk.domain.pgb.SvbStand;
import nl.maatwerk.domain.pgb.Zorgverlener;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.Validatie;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.pgb.dienst.Pgbgegevens.*;
import nl.maatwerk.pgb.export.CakBestand;
import nl.maatwerk.pgb.export.KostenExcel;
import nl.maatwerk.pgb.export.SvbBestand;
import nl.maatwerk.pgb.regels.Kostenverdeling;
import nl.maatwerk.pgb.regels.Pgbcontrole;
import nl.maatwerk.pgb.regels.Toekenningsregels;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.Leveringsvorm;
import nl.maatwerk.verordening.koppeling.TerugvorderingBron;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron.GeleverdeVoorziening;
import nl.maatwerk.verordening.regelset.Regelset;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * De pgb- en financiëndienst: toekenningen (consulent), zorgverleners, declaratie-imports en hun akkoord met
 * vier ogen, SVB- en CAK-bestanden, de SVB-budgetafsluiting, kosten per gemeente, controle (P-08, P-16, P-19) en
 * terugvorderingen. Elke methode: rol, dan gemeente (een andere gemeente antwoordt "niet gevonden"), dan audit.
 */
@Stateless
@RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_, Rol.CONSULENT_})
public class Pgbdienst {

    static final String VIER_OGEN = "pgb.vier_ogen.bedrag";

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @Inject
    Audit audit;

    @Inject
    Validatie validatie;

    @EJB
    RegelboekDienst regelboek;

    @Resource
    SessionContext context;

    @Inject
    @Any
    Instance<VoorzieningenBron> voorzieningenBronnen;

    @Inject
    @Any
    Instance<TerugvorderingBron> terugvorderingBronnen;

    @Inject
    @Any
    Instance<nl.maatwerk.verordening.koppeling.SignaalBron> signaalBronnen;

    // ---- Budgetten ---------------------------------------------------------------------------------

    /** De gemeenten van de gebruiker (code → naam), voor keuzelijsten. */
    public Map<String, String> gemeenten() {
        Map<String, String> uit = new LinkedHashMap<>();
        huidige.gemeenten().stream().sorted().forEach(c -> uit.put(c, em.find(Gemeente.class, c).getNaam()));
        return uit;
    }

    public Pagina<BudgetRegel> budgetten(int eerste, int aantal) {
        Set<String> g = huidige.gemeenten();
        List<Pgbbudget> lijst = PgbQueries.budgetten(em, g, Math.max(0, eerste), Math.min(Math.max(1, aantal), 200));
        Map<Long, BigDecimal> besteed = PgbQueries.besteed(em, lijst.stream().map(Pgbbudget::getId).toList());
        audit.registreer(AuditActie.ZOEKEN, null, null, "Pgb-budgetten opgevraagd (" + lijst.size() + ")");
        return new Pagina<>(PgbQueries.aantalBudgetten(em, g), lijst.stream().map(b -> regel(b, besteed.getOrDefault(b.getId(), BigDecimal.ZERO))).toList());
    }

    /** De budgetten van één cliënt (cliëntpagina); een cliënt van een andere gemeente bestaat niet. */
    public List<BudgetRegel> budgettenVanClient(long clientId) {
        Client c = em.find(Client.class, clientId);
        if (c == null || !huidige.werktVoor(c.getGemeente().getCode())) {
            throw new NietGevondenException("Cliënt niet gevonden.");
        }
        List<Pgbbudget> lijst = em.createQuery("SELECT b FROM Pgbbudget b WHERE b.client.id = :c ORDER BY b.ingang DESC, b.id DESC", Pgbbudget.class)
                .setParameter("c", clientId).getResultList();
        Map<Long, BigDecimal> besteed = PgbQueries.besteed(em, lijst.stream().map(Pgbbudget::getId).toList());
        audit.registreer(AuditActie.LEZEN, c.getGemeente().getCode(), clientId, "Pgb-budgetten van de cliënt gelezen (" + lijst.size() + ")");
        return lijst.stream().map(b -> regel(b, besteed.getOrDefault(b.getId(), BigDecimal.ZERO))).toList();
    }

    public BudgetDetail budget(long id) {
        Pgbbudget b = vind(id);
        List<String> zv = em.createQuery("SELECT o FROM Overeenkomst o JOIN FETCH o.zorgverlener WHERE o.budget.id = :b ORDER BY o.id", Overeenkomst.class)
                .setParameter("b", id).getResultList().stream()
                .map(o -> o.getZorgverlener().getNaam() + " (" + o.getZorgverlener().getCode() + ", " + o.getZorgverlener().getSoort().omschrijving()
                        + "): overeenkomst " + (o.isGoedgekeurd() ? "goedgekeurd" : "nog niet goedgekeurd")).toList();
        audit.registreer(AuditActie.LEZEN, b.getGemeente().getCode(), b.getClient().getId(), "Pgb " + b.getBudgetnummer() + " gelezen");
        return new BudgetDetail(regel(b, PgbQueries.besteed(em, id)), b.getMotivering(), b.getBerekening(), zv);
    }

    /** De consulent kent een Pgb toe (of niet): de regels bepalen uitkomst, bedrag en motivering. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public ToekenningUitkomst kenToe(ToekenningInvoer in) {
        if (in == null) {
            throw new ValidatieException("toekenning", "De toekenning ontbreekt.");
        }
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (in.ingang() == null) {
            fouten.add(new ValidatieException.Fout("ingang", "Ingangsdatum is verplicht."));
        }
        if (in.einde() == null) {
            fouten.add(new ValidatieException.Fout("einde", "Einddatum is verplicht."));
        }
        if (in.ingang() != null && in.einde() != null && in.einde().isBefore(in.ingang())) {
            fouten.add(new ValidatieException.Fout("einde", "Einddatum mag niet voor de ingangsdatum liggen."));
        }
        if (in.omschrijving() == null || in.omschrijving().isBlank() || in.omschrijving().length() > 200) {
            fouten.add(new ValidatieException.Fout("omschrijving", "Omschrijving is verplicht (hoogstens 200 tekens)."));
        }
        if (in.hulpen() == null || in.hulpen().isEmpty()) {
            fouten.add(new ValidatieException.Fout("hulpen", "Noem minstens één zorgverlener uit het budgetplan."));
        }
        Client client = em.find(Client.class, in.clientId());
        if (client == null || !huidige.werktVoor(client.getGemeente().getCode())) {
            throw new NietGevondenException("Cliënt niet gevonden.");
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        String gemeente = client.getGemeente().getCode();
        Regelset rs = regelset(gemeente, in.ingang());
        List<Zorgverlener> zorgverleners = new ArrayList<>();
        List<Toekenningsregels.Hulpplan> plannen = new ArrayList<>();
        for (int i = 0; i < in.hulpen().size(); i++) {
            HulpInvoer h = in.hulpen().get(i);
            String veld = "hulpen[" + i + "].zorgverlenerCode";
            Zorgverlener z = PgbQueries.zorgverlenerOpCode(em, h.zorgverlenerCode() == null ? "" : h.zorgverlenerCode(), gemeente)
                    .orElseThrow(() -> new ValidatieException(veld, "Zorgverlener " + h.zorgverlenerCode() + " is onbekend in deze gemeente."));
            zorgverleners.add(z);
            int leeftijd = z.getGeboortedatum() == null ? 99 : java.time.Period.between(z.getGeboortedatum(), in.ingang()).getYears();
            plannen.add(new Toekenningsregels.Hulpplan(z.getNaam(), z.getSoort(), leeftijd, z.isVog(), h.urenPerWeek(), h.etmalenPerWeek(), h.vasteUren()));
        }
        int wissels = (int) PgbQueries.wissels(em, client.getId(), in.ingang().minusYears(1), in.ingang().minusDays(1));
        Toekenningsregels.Besluit besluit = Toekenningsregels.beslis(rs, new Toekenningsregels.Aanvraag(in.ingang(), in.einde(),
                in.noodzaakVastgesteld(), in.kanPgbBeheren(), in.gemotiveerd(), in.kwaliteitGewaarborgd(), in.budgetplan(),
                in.algemeenGebruikelijk(), in.minderjarigen(), in.wissel(), wissels, in.naturaPerWeek(), plannen));
        List<String> motivering = besluit.toepassingen().stream().map(RegelToepassing::motivering).toList();
        if (!besluit.toegekend()) {
            audit.registreer(AuditActie.AANMAKEN, gemeente, client.getId(), "Pgb geweigerd (" + String.join(", ", besluit.afwijzingsregels()) + ")");
            return new ToekenningUitkomst(null, null, false, BigDecimal.ZERO, besluit.afwijzingsregels(), motivering, besluit.berekening());
        }
        String nummer = "PGB-" + gemeente + "-" + (PgbQueries.aantalBudgetten(em, Set.of(gemeente)) + 1) + "-" + System.currentTimeMillis() % 100000;
        Pgbbudget b = new Pgbbudget(nummer, client, client.getGemeente(), in.omschrijving().strip(), in.ingang(), in.einde(), besluit.bedrag(),
                besluit.perWeek(), rs.versie(), huidige.naam(), LocalDateTime.now());
        b.setReiskostenInPlan(in.reiskostenInPlan());
        b.setMinderjarigen(in.minderjarigen());
        b.setWissel(in.wissel());
        b.setMotivering(String.join("\n", motivering));
        b.setBerekening(String.join("\n", besluit.berekening()));
        validatie.valideer(b);
        em.persist(b);
        for (int i = 0; i < zorgverleners.size(); i++) {
            em.persist(new Overeenkomst(b, zorgverleners.get(i), in.hulpen().get(i).overeenkomstGoedgekeurd()));
        }
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, gemeente, client.getId(), "Pgb " + nummer + " toegekend: " + besluit.bedrag() + " euro");
        return new ToekenningUitkomst(b.getId(), nummer, true, besluit.bedrag(), List.of(), motivering, besluit.berekening());
    }

    /** P-03: de overeenkomst met een hulp is goedgekeurd door gemeente en SVB. */
    @RolesAllowed({Rol.FINANCIEEL_, Rol.CONSULENT_})
    public void keurOvereenkomstGoed(long budgetId, String zorgverlenerCode) {
        Pgbbudget b = vind(budgetId);
        Zorgverlener z = PgbQueries.zorgverlenerOpCode(em, zorgverlenerCode == null ? "" : zorgverlenerCode, b.getGemeente().getCode())
                .orElseThrow(() -> new NietGevondenException("Zorgverlener niet gevonden."));
        Overeenkomst o = PgbQueries.overeenkomst(em, budgetId, z.getId()).orElseGet(() -> {
            Overeenkomst n = new Overeenkomst(b, z, false);
            em.persist(n);
            return n;
        });
        o.setGoedgekeurd(true);
        audit.registreer(AuditActie.WIJZIGEN, b.getGemeente().getCode(), b.getClient().getId(), "Overeenkomst Pgb " + b.getBudgetnummer()
                + " met " + z.getCode() + " goedgekeurd (P-03)");
    }

    /** P-14: de cliënt gaat naar het buitenland (tot leeg: nog weg). */
    @RolesAllowed({Rol.FINANCIEEL_, Rol.CONSULENT_})
    public void buitenland(long budgetId, LocalDate vanaf, LocalDate tot) {
        Pgbbudget b = vind(budgetId);
        if (vanaf == null || (tot != null && tot.isBefore(vanaf))) {
            throw new ValidatieException("vanaf", "Vertrekdatum is verplicht en ligt niet na de terugkeer.");
        }
        b.setBuitenland(vanaf, tot);
        audit.registreer(AuditActie.WIJZIGEN, b.getGemeente().getCode(), b.getClient().getId(), "Verblijf buitenland vastgelegd op Pgb " + b.getBudgetnummer());
    }

    // ---- Zorgverleners -----------------------------------------------------------------------------

    @RolesAllowed({Rol.FINANCIEEL_, Rol.CONSULENT_})
    public long registreerZorgverlener(ZorgverlenerInvoer in) {
        if (in == null) {
            throw new ValidatieException("zorgverlener", "De zorgverlener ontbreekt.");
        }
        huidige.vereisGemeente(in.gemeente(), "Gemeente niet gevonden.");
        if (PgbQueries.zorgverlenerOpCode(em, in.code() == null ? "" : in.code(), in.gemeente()).isPresent()) {
            throw new ValidatieException("code", "Er is al een zorgverlener met code " + in.code() + " in deze gemeente.");
        }
        Zorgverlener z = validatie.valideer(new Zorgverlener(em.find(Gemeente.class, in.gemeente()), in.code(), in.naam(), in.soort(),
                in.geboortedatum(), in.afstandKm(), in.vog()));
        em.persist(z);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, in.gemeente(), null, "Zorgverlener " + in.code() + " geregistreerd");
        return z.getId();
    }

    public List<ZorgverlenerRegel> zorgverleners() {
        return PgbQueries.zorgverleners(em, huidige.gemeenten()).stream().map(z -> new ZorgverlenerRegel(z.getId(), z.getGemeente().getCode(),
                z.getCode(), z.getNaam(), z.getSoort().omschrijving(), z.getGeboortedatum(), z.getAfstandKm(), z.isVog())).toList();
    }

    // ---- Declaratie-imports en het akkoord (vier ogen) ------------------------------------------------

    @RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_})
    public List<ImportRegel> imports() {
        return PgbQueries.imports(em, huidige.gemeenten(), 100).stream().map(Pgbdienst::regel).toList();
    }

    @RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_})
    public ImportRegel declaratieimport(long id) {
        return regel(vindImport(id));
    }

    @RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_})
    public Pagina<DeclaratieRegel> declaraties(long importId, boolean alleenAfgewezen, int eerste, int aantal) {
        Declaratieimport imp = vindImport(importId);
        List<Declaratie> lijst = PgbQueries.declaraties(em, importId, alleenAfgewezen, Math.max(0, eerste), Math.min(Math.max(1, aantal), 500));
        lijst.stream().map(d -> d.getBudget().getClient().getId()).distinct().forEach(c ->
                audit.registreer(AuditActie.LEZEN, imp.getGemeente().getCode(), c, "Declaraties gelezen uit import " + importId));
        return new Pagina<>(PgbQueries.aantalDeclaraties(em, importId, alleenAfgewezen), lijst.stream().map(d -> new DeclaratieRegel(
                d.getRegelnummer(), d.getBudget().getBudgetnummer(), naam(d.getBudget().getClient()), d.getZorgverlener().getNaam(),
                d.getPeriodeVan(), d.getPeriodeTot(), d.getKostensoortTekst(), d.getUren(), d.getBedrag(), d.getKm(), d.isGoedgekeurd(),
                d.getRegels(), d.getMotivering())).toList());
    }

    /**
     * Akkoord op de betaling van de goedgekeurde declaraties. Het eerste akkoord geeft een FINANCIEEL; boven
     * {@code pgb.vier_ogen.bedrag} is een tweede akkoord nodig van een andere FINANCIEEL of een TEAMLEIDER.
     */
    @RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_})
    public ImportRegel akkoordBetaling(long importId) {
        Declaratieimport imp = vindImport(importId);
        if (imp.getStatus() == Declaratieimport.Status.INGELEZEN && !context.isCallerInRole(Rol.FINANCIEEL_)) {
            throw new EJBAccessException("Het eerste akkoord op een betaling geeft een financieel medewerker.");
        }
        BigDecimal grens = grens(imp.getGemeente().getCode());
        try {
            imp.akkoord(huidige.naam(), grens, LocalDateTime.now());
        } catch (IllegalStateException e) {
            throw new ValidatieException("akkoord", e.getMessage());
        }
        audit.registreer(AuditActie.WIJZIGEN, imp.getGemeente().getCode(), null, "Akkoord betaling import " + importId + " ("
                + imp.getTeBetalen() + " euro): " + imp.getStatus());
        return regel(imp);
    }

    // ---- SVB ----------------------------------------------------------------------------------------

    /** Maakt het SVB-toekenningsbestand (nieuw, wijziging, einde) als concept; het gaat pas na akkoord (vier ogen). */
    @RolesAllowed(Rol.FINANCIEEL_)
    public ExportRegel maakSvbExport(String gemeente) {
        huidige.vereisGemeente(gemeente, "Gemeente niet gevonden.");
        List<Pgbbudget> mutaties = PgbQueries.svbMutaties(em, gemeente);
        if (mutaties.isEmpty()) {
            throw new ValidatieException("gemeente", "Er zijn geen nieuwe, gewijzigde of beëindigde budgetten voor de SVB.");
        }
        List<SvbBestand.Toekenning> regels = mutaties.stream().map(b -> new SvbBestand.Toekenning(b.getSvbMutatie().name(), b.getBudgetnummer(),
                b.getClient().getBsn(), gemeente, b.getIngang(), b.getEinde(), b.getBedrag(), b.getPerWeek(), b.getOmschrijving())).toList();
        BigDecimal totaal = mutaties.stream().map(Pgbbudget::getBedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDateTime nu = LocalDateTime.now();
        Pgbexport e = new Pgbexport(Pgbexport.Soort.SVB, em.find(Gemeente.class, gemeente), huidige.naam(), nu, regels.size(), totaal,
                SvbBestand.schrijf(gemeente, nu, regels));
        em.persist(e);
        em.flush();
        mutaties.forEach(b -> audit.registreer(AuditActie.EXPORTEREN, gemeente, b.getClient().getId(), "Pgb " + b.getBudgetnummer()
                + " in SVB-bestand " + e.getId() + " (" + b.getSvbMutatie() + ")"));
        return regel(e);
    }

    /** Akkoord op een export; een goedgekeurd SVB-bestand markeert zijn budgetten als verzonden. */
    @RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_})
    public ExportRegel akkoordExport(long exportId) {
        Pgbexport e = vindExport(exportId);
        if (e.getStatus() == Pgbexport.Status.CONCEPT && !context.isCallerInRole(Rol.FINANCIEEL_)) {
            throw new EJBAccessException("Het eerste akkoord op een export geeft een financieel medewerker.");
        }
        try {
            e.akkoord(huidige.naam(), grens(e.getGemeente().getCode()));
        } catch (IllegalStateException ex) {
            throw new ValidatieException("akkoord", ex.getMessage());
        }
        if (e.getStatus() == Pgbexport.Status.GOEDGEKEURD && e.getSoort() == Pgbexport.Soort.SVB) {
            PgbQueries.svbMutaties(em, e.getGemeente().getCode()).stream()
                    .filter(b -> e.getInhoud().contains(";" + b.getBudgetnummer() + ";"))
                    .forEach(Pgbbudget::svbVerzonden);
        }
        audit.registreer(AuditActie.WIJZIGEN, e.getGemeente().getCode(), null, "Akkoord export " + exportId + " (" + e.getSoort() + "): " + e.getStatus());
        return regel(e);
    }

    @RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_})
    public List<ExportRegel> exports() {
        return PgbQueries.exports(em, huidige.gemeenten(), 50).stream().map(Pgbdienst::regel).toList();
    }

    /** De inhoud van een export; alleen na akkoord. */
    @RolesAllowed(Rol.FINANCIEEL_)
    public String exportInhoud(long exportId) {
        Pgbexport e = vindExport(exportId);
        if (e.getStatus() != Pgbexport.Status.GOEDGEKEURD) {
            throw new ValidatieException("export", "De export is nog niet goedgekeurd (vier ogen).");
        }
        audit.registreer(AuditActie.DOWNLOADEN, e.getGemeente().getCode(), null, "Export " + exportId + " (" + e.getSoort() + ") gedownload");
        return e.getInhoud();
    }

    /** Leest de budgetafsluiting van de SVB; een bestand met fouten verandert niets. Opnieuw inlezen overschrijft de maand. */
    @RolesAllowed(Rol.FINANCIEEL_)
    public StandResultaat importeerSvbStand(String gemeente, Reader invoer) {
        huidige.vereisGemeente(gemeente, "Gemeente niet gevonden.");
        List<String> fouten = new ArrayList<>();
        List<SvbBestand.Stand> standen = new ArrayList<>();
        long n = SvbBestand.leesStand(invoer, standen::add, fouten::add);
        Map<String, Pgbbudget> budgetten = new HashMap<>();
        for (SvbBestand.Stand s : standen) {
            Pgbbudget b = budgetten.computeIfAbsent(s.budgetnummer(), nr -> PgbQueries.budgetOpNummer(em, nr, Set.of(gemeente)).orElse(null));
            if (b == null) {
                fouten.add("Regel " + s.regel() + ", veld budgetnummer: budget " + s.budgetnummer() + " is onbekend in deze gemeente.");
            }
        }
        if (!fouten.isEmpty() || n == 0) {
            return new StandResultaat(n, 0, fouten, false);
        }
        LocalDateTime nu = LocalDateTime.now();
        for (SvbBestand.Stand s : standen) {
            Pgbbudget b = budgetten.get(s.budgetnummer());
            PgbQueries.svbStand(em, b.getId(), s.jaar(), s.maand()).ifPresentOrElse(x -> x.setBesteed(s.besteed(), nu),
                    () -> em.persist(new SvbStand(b, s.jaar(), s.maand(), s.besteed(), nu)));
        }
        budgetten.values().stream().map(b -> b.getClient().getId()).distinct().forEach(c ->
                audit.registreer(AuditActie.IMPORTEREN, gemeente, c, "SVB-budgetafsluiting ingelezen"));
        return new StandResultaat(n, standen.size(), List.of(), true);
    }

    /** De SVB-cijfers naast de eigen goedgekeurde declaraties, per budget en jaar. */
    @RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_})
    public List<Vergelijking> vergelijkSvb(String gemeente, int jaar) {
        huidige.vereisGemeente(gemeente, "Gemeente niet gevonden.");
        List<Pgbbudget> lijst = PgbQueries.budgettenIn(em, Set.of(gemeente), LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
        List<Long> ids = lijst.stream().map(Pgbbudget::getId).toList();
        Map<Long, BigDecimal> eigen = PgbQueries.besteedInJaar(em, ids, jaar);
        Map<Long, BigDecimal> svb = PgbQueries.svbStand(em, ids, jaar);
        audit.registreer(AuditActie.LEZEN, gemeente, null, "SVB-vergelijking " + jaar + " (" + lijst.size() + " budgetten)");
        return lijst.stream().map(b -> {
            BigDecimal e = eigen.getOrDefault(b.getId(), BigDecimal.ZERO);
            BigDecimal s = svb.getOrDefault(b.getId(), BigDecimal.ZERO);
            return new Vergelijking(b.getBudgetnummer(), naam(b.getClient()), jaar, e, s, s.subtract(e));
        }).toList();
    }

    // ---- CAK ----------------------------------------------------------------------------------------

    /** Start/stop eigen bijdrage voor het CAK uit elk gebied (VoorzieningenBron), als concept met vier ogen. */
    @RolesAllowed(Rol.FINANCIEEL_)
    public ExportRegel maakCakExport(String gemeente, LocalDate van, LocalDate tot) {
        huidige.vereisGemeente(gemeente, "Gemeente niet gevonden.");
        if (van == null || tot == null || tot.isBefore(van)) {
            throw new ValidatieException("periode", "Geef een periode met een begin dat niet na het einde ligt.");
        }
        List<GeleverdeVoorziening> alle = new ArrayList<>();
        for (VoorzieningenBron bron : voorzieningenBronnen) {
            alle.addAll(bron.voorzieningen(Set.of(gemeente), van, tot));
        }
        List<CakBestand.Regel> regels = CakBestand.regels(alle, van, tot);
        Map<Long, String> bsn = new HashMap<>();
        String inhoud = CakBestand.schrijf(gemeente, van, tot, LocalDateTime.now(), regels,
                c -> bsn.computeIfAbsent(c, id -> { Client cl = em.find(Client.class, id); return cl == null ? "" : cl.getBsn(); }));
        BigDecimal totaal = regels.stream().map(r -> r.v().kostprijs()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Pgbexport e = new Pgbexport(Pgbexport.Soort.CAK, em.find(Gemeente.class, gemeente), huidige.naam(), LocalDateTime.now(), regels.size(),
                totaal, inhoud);
        em.persist(e);
        em.flush();
        regels.stream().map(r -> r.v().clientId()).distinct().forEach(c ->
                audit.registreer(AuditActie.EXPORTEREN, gemeente, c, "Start/stop eigen bijdrage in CAK-bestand " + e.getId()));
        return regel(e);
    }

    // ---- Kosten per gemeente (O-06, O-07) ------------------------------------------------------------

    /**
     * O-06: de uitvoeringskosten naar inwoners over de gemeenten van de gebruiker, de maatwerkkosten naar wat elke
     * gemeente kreeg (natura uit elk gebied, Pgb naar goedgekeurde declaraties); O-07 per gemeente en maand.
     */
    @RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_})
    public Kostenoverzicht kosten(int jaar, BigDecimal uitvoeringskosten) {
        if (jaar < 2000 || jaar > 2100) {
            throw new ValidatieException("jaar", "Jaar moet tussen 2000 en 2100 liggen.");
        }
        BigDecimal uitv = uitvoeringskosten == null ? BigDecimal.ZERO : uitvoeringskosten;
        if (uitv.signum() < 0) {
            throw new ValidatieException("uitvoeringskosten", "Uitvoeringskosten mogen niet negatief zijn.");
        }
        Set<String> gemeenten = huidige.gemeenten();
        LocalDate van = LocalDate.of(jaar, 1, 1);
        LocalDate tot = LocalDate.of(jaar, 12, 31);
        List<GeleverdeVoorziening> natura = new ArrayList<>();
        for (VoorzieningenBron bron : voorzieningenBronnen) {
            if (!"pgb".equals(bron.gebied())) {
                natura.addAll(bron.voorzieningen(gemeenten, van, tot));
            }
        }
        // Per gemeente en maand: kosten, cliënten en het Pgb-deel.
        Map<String, Map<Integer, BigDecimal>> kosten = new TreeMap<>();
        Map<String, Map<Integer, Set<Long>>> clienten = new TreeMap<>();
        Map<String, Map<Integer, BigDecimal>> pgb = new TreeMap<>();
        for (GeleverdeVoorziening v : natura) {
            for (int m = 1; m <= 12; m++) {
                YearMonth ym = YearMonth.of(jaar, m);
                boolean loopt = !v.ingang().isAfter(ym.atEndOfMonth()) && (v.einde() == null || !v.einde().isBefore(ym.atDay(1)));
                boolean telt = v.basis() == VoorzieningenBron.Kostprijsbasis.PER_MAAND ? loopt : YearMonth.from(v.ingang()).equals(ym);
                if (telt) {
                    kosten.computeIfAbsent(v.gemeente(), k -> new TreeMap<>()).merge(m, v.kostprijs(), BigDecimal::add);
                    clienten.computeIfAbsent(v.gemeente(), k -> new TreeMap<>()).computeIfAbsent(m, k -> new HashSet<>()).add(v.clientId());
                    if (v.vorm() == Leveringsvorm.PGB) {
                        pgb.computeIfAbsent(v.gemeente(), k -> new TreeMap<>()).merge(m, v.kostprijs(), BigDecimal::add);
                    }
                }
            }
        }
        for (PgbQueries.Maandkosten mk : PgbQueries.pgbKostenPerMaand(em, gemeenten, van, tot)) {
            kosten.computeIfAbsent(mk.gemeente(), k -> new TreeMap<>()).merge(mk.maand(), mk.bedrag(), BigDecimal::add);
            pgb.computeIfAbsent(mk.gemeente(), k -> new TreeMap<>()).merge(mk.maand(), mk.bedrag(), BigDecimal::add);
        }
        for (Object[] r : PgbQueries.pgbClientenPerMaand(em, gemeenten, van, tot)) {
            clienten.computeIfAbsent((String) r[0], k -> new TreeMap<>()).computeIfAbsent(((Number) r[1]).intValue(), k -> new HashSet<>())
                    .add(((Number) r[2]).longValue());
        }
        Map<String, Gemeente> gem = new LinkedHashMap<>();
        gemeenten.stream().sorted().forEach(c -> gem.put(c, em.find(Gemeente.class, c)));
        Map<String, Long> inwoners = new LinkedHashMap<>();
        Map<String, BigDecimal> maatwerk = new LinkedHashMap<>();
        gem.forEach((c, g) -> {
            inwoners.put(c, g.getInwoners() == null ? 0L : g.getInwoners().longValue());
            maatwerk.put(c, kosten.getOrDefault(c, Map.of()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        });
        // O-06 geldt voor de gemeenten van een ISD: alleen zij delen de uitvoeringskosten; een zelfstandige gemeente
        // draagt haar eigen uitvoering (hier 0) en alleen haar maatwerkkosten.
        Map<String, Long> isdInwoners = new LinkedHashMap<>();
        gem.forEach((c, g) -> {
            if (g.getOrganisatie() != null && g.getOrganisatie().getSoort() == nl.maatwerk.domain.kern.OrganisatieSoort.ISD) {
                isdInwoners.put(c, inwoners.get(c));
            }
        });
        Kostenverdeling.Verdeling isd = isdInwoners.values().stream().mapToLong(Long::longValue).sum() > 0
                ? Kostenverdeling.verdeel(uitv, isdInwoners, maatwerk)
                : new Kostenverdeling.Verdeling(List.of(), List.of());
        List<Kostenverdeling.Aandeel> aandelen = new ArrayList<>(isd.aandelen());
        List<RegelToepassing> o06 = new ArrayList<>(isd.toepassingen());
        gem.forEach((c, g) -> {
            if (!isdInwoners.containsKey(c)) {
                BigDecimal mw = maatwerk.get(c).setScale(2, java.math.RoundingMode.HALF_UP);
                aandelen.add(new Kostenverdeling.Aandeel(c, inwoners.get(c), BigDecimal.ZERO.setScale(2), mw, mw));
                o06.add(RegelToepassing.van("O-06", nl.maatwerk.verordening.beoordeling.Uitkomst.NIET_VAN_TOEPASSING, Kostenverdeling.BRON_O06,
                        "Gemeente " + g.getNaam() + " is geen deel van een ISD; zij deelt geen uitvoeringskosten, haar maatwerkkosten zijn "
                                + nl.maatwerk.pgb.regels.Bedragen.euro(mw)));
            }
        });
        aandelen.sort(Comparator.comparing(Kostenverdeling.Aandeel::gemeente));
        Kostenverdeling.Verdeling verdeling = new Kostenverdeling.Verdeling(aandelen, o06);
        List<KostenExcel.Maandregel> maanden = new ArrayList<>();
        gem.forEach((c, g) -> {
            for (int m = 1; m <= 12; m++) {
                BigDecimal k = kosten.getOrDefault(c, Map.of()).getOrDefault(m, BigDecimal.ZERO);
                long cl = clienten.getOrDefault(c, Map.of()).getOrDefault(m, Set.of()).size();
                BigDecimal p = pgb.getOrDefault(c, Map.of()).getOrDefault(m, BigDecimal.ZERO);
                maanden.add(KostenExcel.Maandregel.van(g.getNaam(), jaar, m, Kostenverdeling.kengetallen(c, k, cl, inwoners.get(c), p)));
            }
        });
        audit.registreer(AuditActie.LEZEN, null, null, "Kosten per gemeente " + jaar + " opgevraagd");
        List<String> toelichting = new ArrayList<>(verdeling.toepassingen().stream().map(RegelToepassing::motivering).toList());
        toelichting.add(RegelToepassing.van("O-07", nl.maatwerk.verordening.beoordeling.Uitkomst.VAN_TOEPASSING, Kostenverdeling.BRON_O07,
                "Per gemeente en maand: de kosten per cliënt, per inwoner en het aandeel Pgb tegenover natura").motivering());
        return new Kostenoverzicht(jaar, uitv, verdeling.aandelen(), toelichting, maanden);
    }

    @RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_})
    public byte[] kostenExcel(int jaar, BigDecimal uitvoeringskosten) {
        Kostenoverzicht k = kosten(jaar, uitvoeringskosten);
        audit.registreer(AuditActie.EXPORTEREN, null, null, "Kosten per gemeente " + jaar + " als Excel");
        return KostenExcel.maak(k.verdeling(), k.maanden());
    }

    // ---- Controle: P-08, P-16, P-19 -----------------------------------------------------------------

    /** De open pgb-signalen (P-08 niet gebruikt, P-16 intrekkingsgronden), zoals de werkvoorraad ze krijgt. */
    public List<SignaalRegel> signalen() {
        List<SignaalRegel> uit = new ArrayList<>();
        for (var bron : signaalBronnen) {
            for (var s : bron.signalen(huidige.gemeenten())) {
                if (PgbBronnen.GEBIED.equals(s.gebied())) {
                    uit.add(new SignaalRegel(s.referentie(), s.clientId(), s.gemeente(), s.regelId(), s.tekst(), s.datum(), s.link()));
                }
            }
        }
        audit.registreer(AuditActie.LEZEN, null, null, "Pgb-signalen opgevraagd (" + uit.size() + ")");
        return uit;
    }

    /** P-16: een intrekkingsgrond wordt een signaal voor de werkvoorraad. */
    public SignaalRegel meldIntrekkingsgrond(long budgetId, Pgbcontrole.Intrekkingsgrond grond) {
        if (grond == null) {
            throw new ValidatieException("grond", "Kies een intrekkingsgrond (a tot en met f).");
        }
        Pgbbudget b = vind(budgetId);
        Regelset rs = regelboek.regelboek().versie(b.getRegelsetVersie());
        RegelToepassing t = Pgbcontrole.intrekkingsgronden(rs, EnumSet.of(grond)).get(0);
        String ref = "pgb-budget-" + b.getId() + "-" + t.regelId() + "-" + grond.letter();
        if (!PgbQueries.signaalBestaat(em, ref)) {
            em.persist(new Pgbsignaal(b, ref, t.regelId(), t.motivering(), LocalDate.now()));
        }
        audit.registreer(AuditActie.AANMAKEN, b.getGemeente().getCode(), b.getClient().getId(), "Intrekkingsgrond " + grond.letter()
                + " gemeld op Pgb " + b.getBudgetnummer() + " (" + t.regelId() + ")");
        return new SignaalRegel(ref, b.getClient().getId(), b.getGemeente().getCode(), t.regelId(), t.motivering(), LocalDate.now(), link(b));
    }

    /** P-19: een reproduceerbare steekproef van de lopende budgetten van een gemeente voor een kwartaal. */
    @RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_})
    public SteekproefUitkomst steekproef(String gemeente, int jaar, int kwartaal) {
        huidige.vereisGemeente(gemeente, "Gemeente niet gevonden.");
        if (kwartaal < 1 || kwartaal > 4) {
            throw new ValidatieException("kwartaal", "Kwartaal is 1, 2, 3 of 4.");
        }
        LocalDate begin = LocalDate.of(jaar, 3 * kwartaal - 2, 1);
        List<Pgbbudget> lijst = PgbQueries.budgettenIn(em, Set.of(gemeente), begin, begin.plusMonths(3).minusDays(1));
        Regelset rs = regelset(gemeente, begin);
        Pgbcontrole.Steekproef s = Pgbcontrole.steekproef(rs, lijst.stream().map(Pgbbudget::getId).toList(), Pgbcontrole.zaad(gemeente, jaar, kwartaal));
        Map<Long, Pgbbudget> perId = lijst.stream().collect(Collectors.toMap(Pgbbudget::getId, b -> b));
        List<String> nummers = s.budgetten().stream().map(id -> perId.get(id).getBudgetnummer()).toList();
        s.budgetten().forEach(id -> audit.registreer(AuditActie.LEZEN, gemeente, perId.get(id).getClient().getId(),
                "Pgb " + perId.get(id).getBudgetnummer() + " in steekproef " + jaar + "-K" + kwartaal + " (P-19)"));
        return new SteekproefUitkomst(s.zaad(), s.aantal(), nummers, s.toepassing().motivering());
    }

    /** De terugvorderingen van alle gebieden (TerugvorderingBron; de eigen P-08 komen uit PgbBronnen). */
    @RolesAllowed({Rol.FINANCIEEL_, Rol.TEAMLEIDER_})
    public List<TerugvorderingRegel> terugvorderingen() {
        Set<String> g = huidige.gemeenten();
        List<TerugvorderingRegel> uit = new ArrayList<>();
        for (TerugvorderingBron bron : terugvorderingBronnen) {
            for (TerugvorderingBron.Terugvordering t : bron.terugvorderingen(g)) {
                uit.add(new TerugvorderingRegel(t.gebied(), t.referentie(), t.clientId(), t.gemeente(), t.omschrijving(), t.bedrag(), t.datum(),
                        t.berekening(), String.join(" ", t.motivering().stream().map(RegelToepassing::motivering).toList())));
            }
        }
        uit.sort(Comparator.comparing(TerugvorderingRegel::datum).reversed().thenComparing(TerugvorderingRegel::referentie));
        audit.registreer(AuditActie.LEZEN, null, null, "Terugvorderingen opgevraagd (" + uit.size() + ")");
        return uit;
    }

    /** P-08: een betaling zonder rechtsgrond wordt teruggevorderd. */
    @RolesAllowed(Rol.FINANCIEEL_)
    public long vorderTerug(long budgetId, BigDecimal bedrag, String omschrijving) {
        Pgbbudget b = vind(budgetId);
        Regelset rs = regelboek.regelboek().versie(b.getRegelsetVersie());
        RegelToepassing t = nl.maatwerk.verordening.beoordeling.Toetsing.voor(rs).toepassingMetParameter("P-08",
                nl.maatwerk.verordening.beoordeling.Uitkomst.VAN_TOEPASSING, "pgb.besteding.termijn",
                "Betalingen zonder rechtsgrond worden teruggevorderd: " + (omschrijving == null ? "" : omschrijving));
        var tv = validatie.valideer(new nl.maatwerk.domain.pgb.PgbTerugvordering(b, "P-08", omschrijving, bedrag, LocalDate.now(),
                bedrag == null ? "" : "Terug te vorderen: " + nl.maatwerk.pgb.regels.Bedragen.euro(bedrag), t.motivering()));
        em.persist(tv);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, b.getGemeente().getCode(), b.getClient().getId(), "Terugvordering " + bedrag + " op Pgb " + b.getBudgetnummer());
        return tv.getId();
    }

    // ---- hulp ---------------------------------------------------------------------------------------

    private Pgbbudget vind(long id) {
        Pgbbudget b = em.find(Pgbbudget.class, id);
        if (b == null || !huidige.werktVoor(b.getGemeente().getCode())) {
            throw new NietGevondenException("Pgb niet gevonden.");
        }
        return b;
    }

    private Declaratieimport vindImport(long id) {
        Declaratieimport i = em.find(Declaratieimport.class, id);
        if (i == null || i.getGemeente() == null || !huidige.werktVoor(i.getGemeente().getCode())) {
            throw new NietGevondenException("Declaratie-import niet gevonden.");
        }
        return i;
    }

    private Pgbexport vindExport(long id) {
        Pgbexport e = em.find(Pgbexport.class, id);
        if (e == null || !huidige.werktVoor(e.getGemeente().getCode())) {
            throw new NietGevondenException("Export niet gevonden.");
        }
        return e;
    }

    private Regelset regelset(String gemeente, LocalDate datum) {
        return regelboek.regelboek().zoekRegelset(gemeente, datum).orElseThrow(() -> new ValidatieException("gemeente",
                "Voor gemeente " + gemeente + " gelden op " + datum + " geen regels (regelset); een Pgb kan daar nog niet worden beoordeeld."));
    }

    private BigDecimal grens(String gemeente) {
        return regelset(gemeente, LocalDate.now()).bedrag(VIER_OGEN);
    }

    static String link(Pgbbudget b) {
        return "/pgb/budget.xhtml?id=" + b.getId();
    }

    static String naam(Client c) {
        return (c.getVoornamen() + " " + (c.getTussenvoegsel() == null ? "" : c.getTussenvoegsel() + " ") + c.getAchternaam()).strip();
    }

    private static BudgetRegel regel(Pgbbudget b, BigDecimal besteed) {
        return new BudgetRegel(b.getId(), b.getBudgetnummer(), b.getClient().getId(), naam(b.getClient()), b.getGemeente().getCode(),
                b.getOmschrijving(), b.getIngang(), b.getEinde(), b.getBedrag(), b.getPerWeek(), besteed, b.getStatus().name(),
                b.getSvbMutatie() == null ? "" : b.getSvbMutatie().name(), b.getRegelsetVersie());
    }

    private static ImportRegel regel(Declaratieimport i) {
        return new ImportRegel(i.getId(), i.getGemeente() == null ? "" : i.getGemeente().getCode(), i.getBestandsnaam(), i.getGebruikersnaam(),
                i.getIngelezenOp(), i.getRegels(), i.getGoedgekeurd(), i.getAfgewezen(), i.getAlAanwezig(), i.getTeBetalen(), i.getStatus().name(),
                i.getEersteAkkoord(), i.getTweedeAkkoord());
    }

    private static ExportRegel regel(Pgbexport e) {
        return new ExportRegel(e.getId(), e.getSoort().name(), e.getGemeente().getCode(), e.getAangemaaktDoor(), e.getAangemaaktOp(), e.getRegels(),
                e.getBedrag(), e.getStatus().name(), e.getEersteAkkoord(), e.getTweedeAkkoord());
    }
}
