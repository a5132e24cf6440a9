package nl.maatwerk.rolstoelen.dienst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import nl.maatwerk.domain.rolstoelen.GebeurtenisSoort;
import nl.maatwerk.domain.rolstoelen.Hulpmiddel;
import nl.maatwerk.domain.rolstoelen.HulpmiddelGebeurtenis;
import nl.maatwerk.domain.rolstoelen.HulpmiddelQueries;
import nl.maatwerk.domain.rolstoelen.HulpmiddelStatus;
import nl.maatwerk.domain.rolstoelen.HulpmiddelVerstrekking;
import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.domain.rolstoelen.Staat;
import nl.maatwerk.domain.rolstoelen.Verstrekkingsvorm;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.Validatie;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.kern.client.Pagina;
import nl.maatwerk.rolstoelen.dienst.Gegevens.*;
import nl.maatwerk.rolstoelen.regels.Afschrijving;
import nl.maatwerk.rolstoelen.regels.Bedragen;
import nl.maatwerk.rolstoelen.regels.Bruikleen;
import nl.maatwerk.rolstoelen.regels.Keuze;
import nl.maatwerk.rolstoelen.regels.Pgb;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.StallingBron;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.BeschikkingsonderdeelBron;
import nl.maatwerk.verordening.koppeling.TerugvorderingBron;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron;
import nl.maatwerk.verordening.regelset.Regelset;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Het hulpmiddelendepot en de verstrekkingen: keuze (R-01…R-04), uitgifte in bruikleen met de voorwaarden van R-08,
 * inname met inspectie, hergebruik vóór aanschaf, onderhoud met kosten, afschrijving (R-05…R-07, C-04 onder c) en
 * Pgb (R-05, R-09, R-10, P-18). Elke methode: rol (annotaties), gemeente (via {@link HuidigeGebruiker}; een cliënt
 * of exemplaar van een andere gemeente is "niet gevonden"), en een auditregel in dezelfde transactie.
 */
@Stateless
@RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_, Rol.INTAKE_, Rol.FINANCIEEL_})
public class Hulpmiddelen {

    static final String CLIENT_NIET_GEVONDEN = "Cliënt niet gevonden.";
    static final String NIET_GEVONDEN = "Hulpmiddel niet gevonden.";
    static final String VERSTREKKING_NIET_GEVONDEN = "Verstrekking niet gevonden.";
    static final String GEWIJZIGD = "Iemand anders heeft dit hulpmiddel intussen gewijzigd. Laad de gegevens opnieuw.";

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

    /** Woonvoorzieningen beantwoordt W-17; zonder die module is de stalling "niet vastgelegd". */
    @Inject
    @Any
    Instance<StallingBron> stallingBronnen;

    /** What this area hands to finance and the beschikking; exposed through the API so they can be checked directly. */
    @EJB(beanName = "HulpmiddelBronnen")
    TerugvorderingBron terugvorderingBron;

    @EJB(beanName = "HulpmiddelBronnen")
    VoorzieningenBron voorzieningenBron;

    @EJB(beanName = "HulpmiddelBronnen")
    BeschikkingsonderdeelBron onderdeelBron;

    // --- depot ------------------------------------------------------------------------------------

    public Pagina<Hulpmiddel> depot(HulpmiddelStatus status, Hulpmiddelsoort soort, String tekst, int eerste, int aantal,
                                    String sorteerVeld, boolean oplopend) {
        Set<String> gemeenten = huidige.gemeenten();
        var vraag = new HulpmiddelQueries.Depotvraag(gemeenten, status, soort, tekst);
        List<Hulpmiddel> regels = HulpmiddelQueries.depot(em, vraag, Math.max(0, eerste), Math.max(1, Math.min(aantal, 200)), sorteerVeld, oplopend);
        regels.forEach(h -> {
            h.getGemeente().getNaam();
            if (h.getHouder() != null) h.getHouder().volledigeNaam();
        });
        long totaal = HulpmiddelQueries.aantal(em, vraag);
        audit.registreer(AuditActie.ZOEKEN, null, null, "Hulpmiddelendepot doorzocht (" + totaal + ")");
        return new Pagina<>(regels, totaal);
    }

    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Hulpmiddel registreer(NieuwHulpmiddel n) {
        if (n == null || n.gemeente() == null || !huidige.werktVoor(n.gemeente())) {
            throw new ValidatieException("gemeente", "Gemeente is verplicht (een van uw eigen gemeenten).");
        }
        Gemeente gemeente = em.find(Gemeente.class, n.gemeente());
        Hulpmiddel h = new Hulpmiddel(gemeente, n.soort(), n.merk(), n.model(), n.serienummer(), n.aanschafprijs(),
                n.aanschafdatum(), n.leverancier(), n.kindmodel());
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (n.serienummer() != null && HulpmiddelQueries.opSerienummer(em, n.gemeente(), n.serienummer()).isPresent()) {
            fouten.add(new ValidatieException.Fout("serienummer", "Serienummer " + n.serienummer() + " staat al in het depot van deze gemeente."));
        }
        validatie.valideer(h, fouten);
        em.persist(h);
        em.flush();
        gebeurtenis(h, GebeurtenisSoort.AANGESCHAFT, h.getAanschafdatum(), null,
                "Aangeschaft bij " + h.getLeverancier() + " voor " + Bedragen.euro(h.getAanschafprijs()), null);
        audit.registreer(AuditActie.AANMAKEN, n.gemeente(), null, "Hulpmiddel geregistreerd: " + h.omschrijving());
        return h;
    }

    /** Het exemplaar met geschiedenis, verstrekkingen, onderhoudskosten en de afschrijvingscurve. */
    public Itemoverzicht overzicht(long id, LocalDate vandaag) {
        Hulpmiddel h = gevonden(id);
        if (h.getHouder() != null) h.getHouder().volledigeNaam();
        LocalDate peil = vandaag == null ? LocalDate.now(Clock.systemDefaultZone()) : vandaag;
        Regelset rs = regelset(h.getGemeente().getCode(), h.getAanschafdatum());
        var duur = Afschrijving.duur(rs, h.getSoort(), h.isKindmodel() ? 0 : 99);
        List<HulpmiddelGebeurtenis> geschiedenis = HulpmiddelQueries.geschiedenis(em, id);
        List<HulpmiddelVerstrekking> verstrekkingen = em.createQuery("select v from HulpmiddelVerstrekking v join fetch v.client "
                + "where v.hulpmiddel.id = :h order by v.ingang desc, v.id desc", HulpmiddelVerstrekking.class).setParameter("h", id).getResultList();
        BigDecimal onderhoud = HulpmiddelQueries.onderhoudskosten(em, List.of(id)).getOrDefault(id, BigDecimal.ZERO);
        audit.registreer(AuditActie.LEZEN, h.getGemeente().getCode(), h.getHouder() == null ? null : h.getHouder().getId(),
                "Hulpmiddel bekeken: " + h.omschrijving());
        return new Itemoverzicht(h, geschiedenis, verstrekkingen, onderhoud, rs.versie(), duur, duur.einde(h.getAanschafdatum()),
                Afschrijving.restwaarde(h.getAanschafprijs(), h.getAanschafdatum(), duur, peil),
                Afschrijving.curve(h.getAanschafprijs(), h.getAanschafdatum(), duur, peil));
    }

    /** Onderhoud of reparatie met kosten; een exemplaar in onderhoud kan daarna terug naar het depot. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Hulpmiddel registreerOnderhoud(long id, long versie, GebeurtenisSoort soort, LocalDate datum, String omschrijving,
                                         BigDecimal kosten, boolean terugNaarDepot) {
        Hulpmiddel h = gevonden(id);
        versie(h, versie);
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (soort != GebeurtenisSoort.ONDERHOUD && soort != GebeurtenisSoort.REPARATIE) fouten.add(new ValidatieException.Fout("soort", "Soort is onderhoud of reparatie."));
        if (datum == null) fouten.add(new ValidatieException.Fout("datum", "Datum is verplicht."));
        if (omschrijving == null || omschrijving.isBlank()) fouten.add(new ValidatieException.Fout("omschrijving", "Omschrijving is verplicht."));
        if (kosten != null && kosten.signum() < 0) fouten.add(new ValidatieException.Fout("kosten", "Kosten mogen niet negatief zijn."));
        if (!fouten.isEmpty()) throw new ValidatieException(fouten);
        gebeurtenis(h, soort, datum, h.getHouder(), omschrijving.trim(), kosten);
        if (terugNaarDepot && h.getStatus() == HulpmiddelStatus.IN_ONDERHOUD) {
            h.naarStatus(HulpmiddelStatus.IN_DEPOT);
        }
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, h.getGemeente().getCode(), h.getHouder() == null ? null : h.getHouder().getId(),
                soort.omschrijving() + " geregistreerd: " + h.omschrijving());
        return h;
    }

    /** Afschrijven van een exemplaar in het depot of in onderhoud. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Hulpmiddel schrijfAf(long id, long versie, LocalDate datum, String reden) {
        Hulpmiddel h = gevonden(id);
        versie(h, versie);
        if (h.getStatus() == HulpmiddelStatus.UITGEGEVEN || h.getStatus() == HulpmiddelStatus.AFGESCHREVEN) {
            throw new ValidatieException("status", "Alleen een hulpmiddel in depot of in onderhoud kan worden afgeschreven.");
        }
        if (datum == null || reden == null || reden.isBlank()) {
            throw new ValidatieException("reden", "Datum en reden van afschrijven zijn verplicht.");
        }
        h.naarStatus(HulpmiddelStatus.AFGESCHREVEN);
        gebeurtenis(h, GebeurtenisSoort.AFGESCHREVEN, datum, null, reden.trim(), null);
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, h.getGemeente().getCode(), null, "Hulpmiddel afgeschreven: " + h.omschrijving());
        return h;
    }

    // --- kiezen -----------------------------------------------------------------------------------

    /** R-01…R-04 met de stalling van woonvoorzieningen, en de passende exemplaren in het depot (hergebruik vóór aanschaf). */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_, Rol.INTAKE_})
    public Keuzeadvies kies(long clientId, Keuzevraag v) {
        Client client = client(clientId);
        if (v == null || v.peildatum() == null) {
            throw new ValidatieException("peildatum", "Peildatum is verplicht.");
        }
        Regelset rs = regelset(gemeente(client), v.peildatum());
        Optional<StallingBron.Stallingsoordeel> stalling = v.soort() != null && v.soort().isElektrisch()
                ? stalling(clientId, v.peildatum()) : Optional.empty();
        Keuze.Advies advies = Keuze.kies(rs, new Keuze.Vraag(v.gevraagd(), v.soort(), v.incidenteelOfTijdelijk(), v.algemeenToereikend(),
                v.selectie(), stalling));
        List<Hulpmiddel> depot = v.soort() == null || advies.conclusie() == Keuze.Conclusie.GEWEIGERD ? List.of()
                : HulpmiddelQueries.beschikbaar(em, gemeente(client), v.soort(), leeftijd(client, v.peildatum()) < rs.geheelGetal("hulpmiddel.kind.tot_leeftijd"));
        audit.registreer(AuditActie.LEZEN, gemeente(client), clientId, "Keuze hulpmiddel beoordeeld: " + advies.conclusie());
        return new Keuzeadvies(rs.versie(), advies.conclusie(), advies.toepassingen(), depot);
    }

    private Optional<StallingBron.Stallingsoordeel> stalling(long clientId, LocalDate peildatum) {
        if (stallingBronnen.isUnsatisfied()) {
            return Optional.empty();
        }
        for (StallingBron bron : stallingBronnen) {
            Optional<StallingBron.Stallingsoordeel> o = bron.stalling(clientId, peildatum);
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    // --- uitgifte en inname -----------------------------------------------------------------------

    /**
     * Geeft een exemplaar uit het depot in bruikleen aan de cliënt. Eerst R-06 / C-04 onder c: loopt de
     * afschrijvingsduur van een eerder verstrekt hulpmiddel van dezelfde soort nog (in gebruik, verloren of beschadigd
     * ingeleverd) en is dat niet buiten de schuld van de cliënt, dan wordt geweigerd met het artikel. De beschikking
     * krijgt de voorwaarden van R-08 en de motivering met elke regel.
     */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public HulpmiddelVerstrekking geefUit(long clientId, long hulpmiddelId, long versie, Uitgifte u) {
        Client client = client(clientId);
        Hulpmiddel h = gevonden(hulpmiddelId);
        versie(h, versie);
        if (u == null || u.ingang() == null) {
            throw new ValidatieException("ingang", "Datum van uitgifte is verplicht.");
        }
        if (!h.getGemeente().getCode().equals(gemeente(client))) {
            throw new ValidatieException("hulpmiddel", "Dit hulpmiddel hoort bij het depot van een andere gemeente dan de cliënt.");
        }
        if (h.getStatus() != HulpmiddelStatus.IN_DEPOT) {
            throw new ValidatieException("hulpmiddel", "Dit hulpmiddel is niet beschikbaar: het is " + h.getStatus().omschrijving() + ".");
        }
        aanvraagVan(client, u.aanvraagId());
        Regelset rs = regelset(gemeente(client), u.ingang());
        int leeftijd = leeftijd(client, u.ingang());
        List<RegelToepassing> motivering = new ArrayList<>(vervangingstoets(rs, client, h.getSoort(), u.ingang(), u.verliesoorzaak()));
        Toetsing t = Toetsing.voor(rs);
        motivering.add(t.toepassing("C-02", Uitkomst.VOLDAAN, "U krijgt een " + h.getSoort().omschrijving() + " die al in het depot van de gemeente stond ("
                + h.getMerk() + " " + h.getModel() + ", serienummer " + h.getSerienummer() + "); hergebruik gaat voor een nieuwe aanschaf"));
        Bruikleen.Voorwaarden voorwaarden = Bruikleen.voorwaarden(rs);
        motivering.add(voorwaarden.toepassing());
        HulpmiddelVerstrekking v = HulpmiddelVerstrekking.bruikleen(client, h, u.ingang(), leeftijd, rs.versie(), huidige.naam());
        v.legMotivering(tekst(motivering), String.join("\n", voorwaarden.voorwaarden()),
                u.selectie() == null ? null : u.selectie().samenvatting(), u.verliesoorzaak() == null ? null : u.verliesoorzaak().name(), u.aanvraagId());
        h.geefUit(client);
        validatie.valideer(v);
        validatie.valideer(h);
        em.persist(v);
        gebeurtenis(h, GebeurtenisSoort.UITGEGEVEN, u.ingang(), client, "In bruikleen aan " + client.volledigeNaam(), null);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, gemeente(client), clientId, "Hulpmiddel in bruikleen gegeven: " + h.omschrijving());
        return v;
    }

    /** Inname na inspectie (R-08 onder h): goed of normale slijtage terug naar het depot, schade in onderhoud, verloren afgeschreven. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public HulpmiddelVerstrekking neemIn(long hulpmiddelId, long versie, Inname i) {
        Hulpmiddel h = gevonden(hulpmiddelId);
        versie(h, versie);
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (i == null || i.datum() == null) fouten.add(new ValidatieException.Fout("datum", "Datum van inname is verplicht."));
        if (i == null || i.staat() == null) fouten.add(new ValidatieException.Fout("staat", "Staat bij inname is verplicht."));
        if (i != null && i.inspectie() != null && i.inspectie().length() > 2000) fouten.add(new ValidatieException.Fout("inspectie", "Inspectie mag hoogstens 2000 tekens zijn."));
        if (!fouten.isEmpty()) throw new ValidatieException(fouten);
        HulpmiddelVerstrekking v = HulpmiddelQueries.lopendeVerstrekking(em, hulpmiddelId).orElseThrow(() ->
                new ValidatieException("hulpmiddel", "Dit hulpmiddel is niet uitgegeven."));
        if (i.datum().isBefore(v.getIngang())) {
            throw new ValidatieException("datum", "Datum van inname ligt voor de uitgifte (" + v.getIngang() + ").");
        }
        Client client = v.getClient();
        Regelset rs = regelset(gemeente(client), i.datum());
        RegelToepassing r08 = Bruikleen.inname(rs, i.staat());
        String inspectie = (i.inspectie() == null || i.inspectie().isBlank() ? "" : i.inspectie().trim() + " ") + "— " + r08.motivering();
        v.voegMotiveringToe(tekst(List.of(r08)));
        v.neemIn(i.datum(), i.staat(), inspectie.length() > 2000 ? inspectie.substring(0, 2000) : inspectie);
        HulpmiddelStatus nieuw = switch (i.staat()) {
            case GOED, NORMALE_SLIJTAGE -> HulpmiddelStatus.IN_DEPOT;
            case SCHADE -> HulpmiddelStatus.IN_ONDERHOUD;
            case VERLOREN -> HulpmiddelStatus.AFGESCHREVEN;
        };
        h.neemIn(nieuw);
        gebeurtenis(h, GebeurtenisSoort.INGENOMEN, i.datum(), client, "Ingenomen van " + client.volledigeNaam() + " (" + i.staat().omschrijving()
                + "): " + inspectie, null);
        if (nieuw == HulpmiddelStatus.AFGESCHREVEN) {
            gebeurtenis(h, GebeurtenisSoort.AFGESCHREVEN, i.datum(), client, "Afgeschreven: verloren of onherstelbaar", null);
        }
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, gemeente(client), client.getId(), "Hulpmiddel ingenomen (" + i.staat().omschrijving() + "): " + h.omschrijving());
        return v;
    }

    public List<HulpmiddelVerstrekking> vanClient(long clientId) {
        Client client = client(clientId);
        List<HulpmiddelVerstrekking> lijst = HulpmiddelQueries.vanClient(em, clientId);
        lijst.forEach(v -> v.getMotivering());
        audit.registreer(AuditActie.LEZEN, gemeente(client), clientId, "Hulpmiddelen van cliënt bekeken");
        return lijst;
    }

    // --- Pgb --------------------------------------------------------------------------------------

    /** R-05, P-18, R-09, R-10 voor een beschreven geval; slaat niets op. */
    public Pgbuitkomst pgb(String gemeente, Pgbvraag v) {
        Regelset rs = regelset(gemeente, v == null ? null : v.peildatum());
        Pgb.Pgbbesluit b = pgbBesluit(rs, v);
        audit.registreer(AuditActie.LEZEN, gemeente, null, "Pgb hulpmiddel berekend");
        return new Pgbuitkomst(rs.versie(), b.toegekend(), b.bedrag(), b.plafond(), b.toepassingen());
    }

    /** Kent een Pgb voor een hulpmiddel toe (na R-06 / C-04 onder c) en legt het vast met de motivering. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public HulpmiddelVerstrekking kenPgbToe(long clientId, Pgbvraag v) {
        Client client = client(clientId);
        aanvraagVan(client, v == null ? null : v.aanvraagId());
        Regelset rs = regelset(gemeente(client), v == null ? null : v.peildatum());
        int leeftijd = leeftijd(client, v.peildatum());
        Pgbvraag metLeeftijd = new Pgbvraag(v.peildatum(), v.soort(), leeftijd, v.offerte(), v.naturaprijs(), v.sport(), v.verliesoorzaak(), v.aanvraagId());
        List<RegelToepassing> motivering = new ArrayList<>(vervangingstoets(rs, client, v.soort(), v.peildatum(), v.verliesoorzaak()));
        Pgb.Pgbbesluit b = pgbBesluit(rs, metLeeftijd);
        if (!b.toegekend()) {
            throw new ValidatieException(b.toepassingen().stream().filter(RegelToepassing::isAfwijzingsgrond)
                    .map(r -> new ValidatieException.Fout("pgb", r.motivering())).toList());
        }
        motivering.addAll(b.toepassingen());
        HulpmiddelVerstrekking p = HulpmiddelVerstrekking.pgb(client, v.soort(), v.peildatum(), leeftijd, b.bedrag(), b.plafond(), rs.versie(), huidige.naam());
        p.legMotivering(tekst(motivering), null, null, v.verliesoorzaak() == null ? null : v.verliesoorzaak().name(), v.aanvraagId());
        validatie.valideer(p);
        em.persist(p);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, gemeente(client), clientId, "Pgb hulpmiddel toegekend: " + v.soort().omschrijving() + " " + Bedragen.euro(b.bedrag()));
        return p;
    }

    /** de indicatie van een Pgb eindigt; de terugvordering naar rato van de resterende afschrijvingsduur. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public HulpmiddelVerstrekking beeindigPgb(long verstrekkingId, long versie, LocalDate einde) {
        HulpmiddelVerstrekking p = em.find(HulpmiddelVerstrekking.class, verstrekkingId);
        if (p == null) {
            throw new NietGevondenException(VERSTREKKING_NIET_GEVONDEN);
        }
        huidige.vereisGemeente(p.getGemeente().getCode(), VERSTREKKING_NIET_GEVONDEN);
        if (p.getVersion() != versie) {
            throw new ValidatieException("versie", GEWIJZIGD);
        }
        if (p.getVorm() != Verstrekkingsvorm.PGB || !p.isLopend()) {
            throw new ValidatieException("verstrekking", "Alleen een lopend Pgb kan worden beëindigd.");
        }
        if (einde == null || einde.isBefore(p.getIngang())) {
            throw new ValidatieException("einde", "Einddatum is verplicht en ligt niet voor de ingangsdatum.");
        }
        Regelset rs = regelset(p.getGemeente().getCode(), einde);
        var duur = Afschrijving.duur(rs, p.getSoort(), p.getLeeftijd());
        Afschrijving.Berekening b = Afschrijving.terugvordering(rs, duur, p.getPgbBedrag(), p.getIngang(), einde);
        p.voegMotiveringToe(tekst(b.toepassingen()));
        p.beeindig(einde, b.bedrag(), b.uitleg());
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, p.getGemeente().getCode(), p.getClient().getId(),
                "Pgb hulpmiddel beëindigd; terugvordering " + Bedragen.euro(b.bedrag()));
        return p;
    }

    /** de Pgb's voor een hulpmiddel met een terugvordering, in de gemeenten van de vrager (voor financiën). */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
    public List<HulpmiddelVerstrekking> terugvorderingen() {
        List<HulpmiddelVerstrekking> lijst = HulpmiddelQueries.terugvorderingen(em, huidige.gemeenten());
        lijst.forEach(v -> v.getGemeente().getNaam());
        audit.registreer(AuditActie.ZOEKEN, null, null, "Terugvorderingen hulpmiddelen bekeken (" + lijst.size() + ")");
        return lijst;
    }

    /** De terugvorderingen zoals financiën ze via {@link TerugvorderingBron} krijgt, met de R-07-motivering. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
    public List<TerugvorderingBron.Terugvordering> terugvorderingenVoorFinancien() {
        List<TerugvorderingBron.Terugvordering> lijst = terugvorderingBron.terugvorderingen(huidige.gemeenten());
        audit.registreer(AuditActie.ZOEKEN, null, null, "Terugvorderingen hulpmiddelen (koppeling) bekeken (" + lijst.size() + ")");
        return lijst;
    }

    /** De verstrekkingen in [van, tot] met hun kostprijs (E-02), zoals financiën ze via {@link VoorzieningenBron} krijgt. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
    public List<VoorzieningenBron.GeleverdeVoorziening> geleverd(LocalDate van, LocalDate tot) {
        if (van == null || tot == null || tot.isBefore(van)) {
            throw new ValidatieException("periode", "Periode is verplicht: van en tot (tot niet voor van).");
        }
        List<VoorzieningenBron.GeleverdeVoorziening> lijst = voorzieningenBron.voorzieningen(huidige.gemeenten(), van, tot);
        audit.registreer(AuditActie.ZOEKEN, null, null, "Geleverde hulpmiddelen " + van + " tot " + tot + " bekeken (" + lijst.size() + ")");
        return lijst;
    }

    /**
     * Een verstrekking bij een aanvraag komt in de beschikkingsbrief van die aanvraag (toegang, BeschikkingsonderdeelBron):
     * de aanvraag moet dus van deze cliënt zijn, anders leest een ander zijn hulpmiddel in haar brief.
     */
    private void aanvraagVan(Client client, Long aanvraagId) {
        if (aanvraagId == null) {
            return;
        }
        boolean eigen = em.createQuery("select m.client.id from Aanvraag a join a.melding m where a.id = :id", Long.class)
                .setParameter("id", aanvraagId).getResultStream().findFirst().filter(id -> id.equals(client.getId())).isPresent();
        if (!eigen) {
            throw new ValidatieException("aanvraagId", "Aanvraag " + aanvraagId + " is geen aanvraag van deze cliënt.");
        }
    }

    /** De onderdelen van de beschikking bij een aanvraag, zoals de beschikking ze via {@link BeschikkingsonderdeelBron} krijgt. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public List<BeschikkingsonderdeelBron.Beschikkingsonderdeel> beschikkingsonderdelen(long aanvraagId) {
        List<BeschikkingsonderdeelBron.Beschikkingsonderdeel> lijst = onderdeelBron.onderdelen(aanvraagId);
        audit.registreer(AuditActie.LEZEN, null, null, "Beschikkingsonderdelen hulpmiddelen van aanvraag " + aanvraagId + " bekeken (" + lijst.size() + ")");
        return lijst;
    }

    /** Een losse afschrijvingsberekening voor een soort, leeftijd en prijs; slaat niets op. */
    public Afschrijvingsuitkomst afschrijving(String gemeente, Afschrijvingsvraag v) {
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (v == null || v.soort() == null) fouten.add(new ValidatieException.Fout("soort", "Soort is verplicht."));
        if (v == null || v.prijs() == null || v.prijs().signum() < 0) fouten.add(new ValidatieException.Fout("prijs", "Prijs is verplicht en niet negatief."));
        if (v == null || v.verstrekt() == null) fouten.add(new ValidatieException.Fout("verstrekt", "Datum van verstrekking is verplicht."));
        if (!fouten.isEmpty()) throw new ValidatieException(fouten);
        Regelset rs = regelset(gemeente, v.peildatum() == null ? v.verstrekt() : v.peildatum());
        var duur = Afschrijving.duur(rs, v.soort(), v.leeftijd());
        LocalDate datum = v.datum() == null ? v.verstrekt() : v.datum();
        var natura = Afschrijving.naturakosten(rs, duur, v.prijs());
        audit.registreer(AuditActie.LEZEN, gemeente, null, "Afschrijving hulpmiddel berekend");
        return new Afschrijvingsuitkomst(rs.versie(), duur.maanden(), duur.einde(v.verstrekt()),
                Afschrijving.restwaarde(v.prijs(), v.verstrekt(), duur, datum), natura.bedrag(),
                Afschrijving.curve(v.prijs(), v.verstrekt(), duur, datum), natura.toepassingen());
    }

    // --- intern -----------------------------------------------------------------------------------

    private Pgb.Pgbbesluit pgbBesluit(Regelset rs, Pgbvraag v) {
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (v == null || v.soort() == null) fouten.add(new ValidatieException.Fout("soort", "Soort hulpmiddel is verplicht."));
        if (v == null || v.offerte() == null || v.offerte().signum() <= 0) fouten.add(new ValidatieException.Fout("offerte", "Offerte is verplicht en groter dan nul."));
        if (v == null || v.naturaprijs() == null || v.naturaprijs().signum() <= 0) fouten.add(new ValidatieException.Fout("naturaprijs", "Prijs van de goedkoopst adequate natura is verplicht en groter dan nul."));
        if (v != null && v.leeftijd() < 0) fouten.add(new ValidatieException.Fout("leeftijd", "Leeftijd mag niet negatief zijn."));
        if (!fouten.isEmpty()) throw new ValidatieException(fouten);
        return Pgb.bereken(rs, Afschrijving.duur(rs, v.soort(), v.leeftijd()), v.offerte(), v.naturaprijs(), v.sport());
    }

    /**
     * R-06 / C-04 onder c tegen de laatste verstrekking van dezelfde soort die de cliënt nog heeft of verloor. Een
     * weigering is een ValidatieException met het artikel; anders de toegepaste regels voor de motivering.
     */
    private List<RegelToepassing> vervangingstoets(Regelset rs, Client client, Hulpmiddelsoort soort, LocalDate op, Afschrijving.Verliesoorzaak oorzaak) {
        if (soort == null) {
            throw new ValidatieException("soort", "Soort hulpmiddel is verplicht.");
        }
        Optional<HulpmiddelVerstrekking> vorige = HulpmiddelQueries.laatsteVanSoort(em, client.getId(), soort)
                .filter(v -> v.isLopend() || v.getStaatBijInname() == Staat.SCHADE || v.getStaatBijInname() == Staat.VERLOREN);
        if (vorige.isEmpty()) {
            return List.of(Toetsing.voor(rs).toepassing("R-06", Uitkomst.NIET_VAN_TOEPASSING,
                    "U hebt geen eerder verstrekte " + soort.omschrijving() + " die nog in gebruik is of verloren ging"));
        }
        HulpmiddelVerstrekking p = vorige.get();
        var duur = Afschrijving.duur(rs, soort, p.getLeeftijd());
        Afschrijving.Vervanging v = Afschrijving.vervanging(rs, duur, p.getIngang(), op, oorzaak);
        if (!v.toegestaan()) {
            throw new ValidatieException(v.toepassingen().stream().filter(RegelToepassing::isAfwijzingsgrond)
                    .map(r -> new ValidatieException.Fout("vervanging", r.motivering())).toList());
        }
        if (p.isLopend() && p.getVorm() == Verstrekkingsvorm.BRUIKLEEN) {
            throw new ValidatieException("vervanging", "Neem eerst het vorige exemplaar (" + p.getHulpmiddel().getSerienummer()
                    + ") in, ook als het verloren is (staat: verloren).");
        }
        return v.toepassingen();
    }

    private void gebeurtenis(Hulpmiddel h, GebeurtenisSoort soort, LocalDate datum, Client client, String omschrijving, BigDecimal kosten) {
        String tekst = omschrijving.length() > 2000 ? omschrijving.substring(0, 2000) : omschrijving;
        HulpmiddelGebeurtenis g = new HulpmiddelGebeurtenis(h, soort, datum, client, tekst, kosten, huidige.naam(), LocalDateTime.now());
        validatie.valideer(g);
        em.persist(g);
    }

    /** The motivering as stored: per rule its id, outcome and sentence (see {@link HulpmiddelVerstrekking.Motiveringsregel}). */
    static String tekst(List<RegelToepassing> toepassingen) {
        return String.join("\n", toepassingen.stream().map(t ->
                new HulpmiddelVerstrekking.Motiveringsregel(t.regelId(), t.uitkomst().name(), t.motivering()).opgeslagen()).toList());
    }

    private static void versie(Hulpmiddel h, long versie) {
        if (h.getVersion() != versie) {
            throw new ValidatieException("versie", GEWIJZIGD);
        }
    }

    static int leeftijd(Client client, LocalDate op) {
        return client.getGeboortedatum() == null ? 99 : Math.max(0, Period.between(client.getGeboortedatum(), op).getYears());
    }

    Regelset regelset(String gemeente, LocalDate peildatum) {
        if (gemeente == null || !huidige.werktVoor(gemeente)) {
            throw new NietGevondenException("Gemeente niet gevonden.");
        }
        if (peildatum == null) {
            throw new ValidatieException("peildatum", "Peildatum is verplicht.");
        }
        return regelboek.regelboek().zoekRegelset(gemeente, peildatum).orElseThrow(() ->
                new ValidatieException("peildatum", "Er is geen regelset van deze gemeente geldig op " + peildatum + "."));
    }

    private Client client(long clientId) {
        return huidige.client(em, clientId);
    }

    private Hulpmiddel gevonden(long id) {
        Hulpmiddel h = em.find(Hulpmiddel.class, id);
        if (h == null) {
            throw new NietGevondenException(NIET_GEVONDEN);
        }
        huidige.vereisGemeente(h.getGemeente().getCode(), NIET_GEVONDEN);
        return h;
    }

    private static String gemeente(Client client) {
        return client.getGemeente().getCode();
    }
}
