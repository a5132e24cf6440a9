package nl.maatwerk.woonvoorzieningen.dienst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.woonvoorzieningen.AdviesFactor;
import nl.maatwerk.domain.woonvoorzieningen.Status;
import nl.maatwerk.domain.woonvoorzieningen.Woonadvies;
import nl.maatwerk.domain.woonvoorzieningen.Woonsituatie;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.domain.woonvoorzieningen.WoonvoorzieningZoekvraag;
import nl.maatwerk.domain.woonvoorzieningen.Woonweigering;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.Validatie;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.kern.client.Pagina;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.BeschikkingsonderdeelBron;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.woonvoorzieningen.regels.Advies;
import nl.maatwerk.woonvoorzieningen.regels.Kostprijs;
import nl.maatwerk.woonvoorzieningen.regels.WoonPgb;
import nl.maatwerk.woonvoorzieningen.regels.Verhuisadviseur;
import nl.maatwerk.woonvoorzieningen.regels.Verhuisweging;
import nl.maatwerk.woonvoorzieningen.regels.Woonaanvraag;
import nl.maatwerk.woonvoorzieningen.regels.Woonbeoordelaar;
import nl.maatwerk.woonvoorzieningen.regels.Woonbeoordelaar.Conclusie;
import nl.maatwerk.woonvoorzieningen.regels.Woonbeoordelaar.Woonbeoordeling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * De woonvoorzieningen van cliënten: woonsituatie, verhuisadvies, aanvraag met alle weigeringsgronden,
 * offertes en status. Elke methode: rol (annotaties), gemeente (via {@link HuidigeGebruiker}; een cliënt van
 * een andere gemeente is "niet gevonden"), en een auditregel in dezelfde transactie.
 */
@Stateless
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class Woonvoorzieningen {

    static final String CLIENT_NIET_GEVONDEN = "Cliënt niet gevonden.";
    static final String NIET_GEVONDEN = "Woonvoorziening niet gevonden.";

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

    @EJB
    Weigeringsregister weigeringen;

    /** By bean name: after merging, other areas implement the same interface. */
    @EJB(beanName = "WoonBeschikkingsonderdelen")
    BeschikkingsonderdeelBron onderdelen;

    // --- zonder cliënt: het advies en de beoordeling als rekenregel ---------------------------------

    /** Het advies voor een beschreven situatie, zonder iets op te slaan; alleen voor de eigen gemeenten. */
    @RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_})
    public Advies adviseer(String gemeente, LocalDate peildatum, nl.maatwerk.woonvoorzieningen.regels.Woonsituatie woning, Verhuisweging weging) {
        return Verhuisadviseur.adviseer(regelset(gemeente, peildatum), woning, weging, peildatum);
    }

    /** De woonregels voor een beschreven aanvraag, zonder iets op te slaan. */
    @RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_})
    public Woonbeoordeling beoordeel(String gemeente, Woonaanvraag aanvraag) {
        return Woonbeoordelaar.beoordeel(regelset(gemeente, aanvraag.peildatum()), aanvraag);
    }

    /** Het soort Pgb voor een woonvoorziening. */
    public enum PgbSoort { WONINGAANPASSING, DUBBELE_WOONLASTEN, VERHUIZING }

    /**
     * @param begroting bij woningaanpassing en verhuizing: de begroting of offerte van de cliënt
     * @param naturaKostprijs bij woningaanpassing: de goedkoopst adequate natura met instandhouding
     */
    public record PgbVraag(PgbSoort soort, BigDecimal begroting, BigDecimal naturaKostprijs, boolean informeel,
                           BigDecimal aannemersaandeel, BigDecimal huurPerMaand, Integer maanden, Integer huishoudgrootte,
                           Integer leeftijd, boolean oudersOntheven) {
    }

    /** Het Pgb-bedrag, de kostprijs voor het CAK en wie de bijdrage verschuldigd is, met de regels die dat bepaalden. */
    public record PgbUitkomst(String regelsetVersie, BigDecimal bedrag, BigDecimal kostprijsCak, Kostprijs.Bijdrageplichtige bijdrageplichtige,
                              List<RegelToepassing> toepassingen) {
    }

    /** W-14 tot en met W-16 met P-17 en P-18, E-02 en E-03 voor een beschreven geval; slaat niets op. */
    @RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
    public PgbUitkomst pgb(String gemeente, LocalDate peildatum, PgbVraag v) {
        Regelset regelset = regelset(gemeente, peildatum);
        if (v == null || v.soort() == null) {
            throw new ValidatieException("soort", "Soort Pgb is verplicht (WONINGAANPASSING, DUBBELE_WOONLASTEN of VERHUIZING).");
        }
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        WoonPgb.Berekening b = switch (v.soort()) {
            case WONINGAANPASSING -> {
                if (v.begroting() == null) fouten.add(new ValidatieException.Fout("begroting", "Begroting is verplicht."));
                if (v.naturaKostprijs() == null) fouten.add(new ValidatieException.Fout("naturaKostprijs", "Kostprijs van de goedkoopst adequate natura is verplicht."));
                yield fouten.isEmpty() ? WoonPgb.aanpassing(regelset, v.begroting(), v.naturaKostprijs(), v.informeel(), v.aannemersaandeel()) : null;
            }
            case DUBBELE_WOONLASTEN -> {
                if (v.huurPerMaand() == null) fouten.add(new ValidatieException.Fout("huurPerMaand", "Huur per maand is verplicht."));
                if (v.maanden() == null || v.maanden() < 1) fouten.add(new ValidatieException.Fout("maanden", "Aantal maanden is minstens 1."));
                yield fouten.isEmpty() ? WoonPgb.dubbeleWoonlasten(regelset, v.huurPerMaand(), v.maanden()) : null;
            }
            case VERHUIZING -> {
                if (v.begroting() == null) fouten.add(new ValidatieException.Fout("begroting", "Begroting is verplicht."));
                if (v.huishoudgrootte() == null || v.huishoudgrootte() < 1) fouten.add(new ValidatieException.Fout("huishoudgrootte", "Huishoudgrootte is minstens 1."));
                yield fouten.isEmpty() ? WoonPgb.verhuizing(regelset, v.begroting(), v.huishoudgrootte()) : null;
            }
        };
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        List<RegelToepassing> toepassingen = new ArrayList<>(b.toepassingen());
        WoonPgb.Berekening kostprijs = Kostprijs.voorCak(regelset, true, b.bedrag(), null);
        toepassingen.addAll(kostprijs.toepassingen());
        Kostprijs.Bijdrageplicht plicht = Kostprijs.bijdrageplicht(regelset, v.leeftijd() == null ? 18 : v.leeftijd(),
                v.soort() == PgbSoort.WONINGAANPASSING, v.oudersOntheven());
        toepassingen.add(plicht.toepassing());
        return new PgbUitkomst(regelset.versie(), b.bedrag(), kostprijs.bedrag(), plicht.wie(), toepassingen);
    }

    // --- woonsituatie -----------------------------------------------------------------------------

    public Optional<Woonsituatie> woonsituatie(long clientId) {
        Client client = client(clientId);
        Optional<Woonsituatie> s = WoonvoorzieningZoekvraag.woonsituatie(em, clientId);
        audit.registreer(AuditActie.LEZEN, gemeente(client), clientId, "Woonsituatie bekeken");
        return s;
    }

    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Woonsituatie legWoonsituatie(long clientId, WoonsituatieGegevens g) {
        Client client = client(clientId);
        if (g.woningtype() == null) {
            throw new ValidatieException("woningtype", "Soort woning is verplicht.");
        }
        Woonsituatie s = WoonvoorzieningZoekvraag.woonsituatie(em, clientId).orElseGet(() -> new Woonsituatie(client));
        boolean nieuw = s.getId() == null;
        s.leg(g.woningtype(), g.eigendom(), g.hoofdverblijf(), g.problemen(), g.locatieprobleem(), huidige.naam());
        s.legStalling(g.stallingAfgesloten(), g.stallingOverdekt(), g.stallingBeschermd(), g.stallingBereikbaar());
        validatie.valideer(s);
        if (nieuw) {
            em.persist(s);
        }
        em.flush();
        audit.registreer(nieuw ? AuditActie.AANMAKEN : AuditActie.WIJZIGEN, gemeente(client), clientId, "Woonsituatie vastgelegd");
        return s;
    }

    // --- advies -----------------------------------------------------------------------------------

    /** Weegt verhuizen tegen aanpassen met de vastgelegde woonsituatie en slaat het advies op (W-01 … W-04, W-16). */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Woonadvies stelAdviesVast(long clientId, LocalDate peildatum, Verhuisweging weging) {
        Client client = client(clientId);
        Woonsituatie s = WoonvoorzieningZoekvraag.woonsituatie(em, clientId).orElseThrow(() ->
                new ValidatieException("woonsituatie", "Leg eerst de woonsituatie vast."));
        Advies advies = Verhuisadviseur.adviseer(regelset(gemeente(client), peildatum), regelsituatie(s), weging, peildatum);
        List<AdviesFactor> factoren = advies.factoren().stream()
                .map(f -> new AdviesFactor(f.letter(), f.richting(), f.motivering())).toList();
        Woonadvies opgeslagen = new Woonadvies(client, advies.uitkomst(), peildatum, advies.regelsetVersie(),
                advies.kosten().aanpassingskosten(), advies.kosten().verhuisPgbMaximum(), advies.kosten().overigeVerhuiskosten(),
                advies.kosten().huishoudgrootte(), advies.motivering(), factoren, huidige.naam());
        validatie.valideer(opgeslagen);
        em.persist(opgeslagen);
        em.flush();
        Regelopslag.bewaar(em, WoonvoorzieningZoekvraag.Eigenaar.ADVIES, opgeslagen.getId(), advies.toepassingen());
        audit.registreer(AuditActie.AANMAKEN, gemeente(client), clientId, "Woonadvies vastgesteld: " + advies.uitkomst());
        return opgeslagen;
    }

    public Optional<Woonadvies> laatsteAdvies(long clientId) {
        Client client = client(clientId);
        Optional<Woonadvies> a = WoonvoorzieningZoekvraag.laatsteAdvies(em, clientId);
        a.ifPresent(x -> x.getFactoren().size());
        audit.registreer(AuditActie.LEZEN, gemeente(client), clientId, "Woonadvies bekeken");
        return a;
    }

    // --- woonvoorzieningen ------------------------------------------------------------------------

    /**
     * Vraagt een woonvoorziening aan. Alle woonregels worden getoetst met de woonsituatie, het laatste advies en
     * de vorige toekenning uit het dossier; een afwijzingsgrond (zoals de wachttijd van W-05) houdt de aanvraag
     * tegen met elke grond en zijn artikel in de melding.
     */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Woonvoorziening vraagAan(long clientId, AanvraagGegevens g) {
        Client client = client(clientId);
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (g.soort() == null) fouten.add(new ValidatieException.Fout("soort", "Soort woonvoorziening is verplicht."));
        if (g.omschrijving() == null || g.omschrijving().isBlank()) fouten.add(new ValidatieException.Fout("omschrijving", "Omschrijving is verplicht."));
        if (g.aangevraagdOp() == null) fouten.add(new ValidatieException.Fout("aangevraagdOp", "Aanvraagdatum is verplicht."));
        if (g.aanvraagId() != null) {
            vereisAanvraagVan(client, g.aanvraagId());
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        Woonvoorziening w = new Woonvoorziening(client, g.soort(), g.omschrijving(), g.ruimte(), g.aangevraagdOp());
        Woonadvies advies = WoonvoorzieningZoekvraag.laatsteAdvies(em, clientId).orElse(null);
        Woonbeoordeling b = beoordeling(client, w, g.aangevraagdOp(), g, advies);
        if (b.conclusie() == Conclusie.GEWEIGERD) {
            // The request rolls back (no half-made woonvoorziening); the refusal with its grounds and the audit
            // line are committed in their own transaction, for the beschikking and the audit trail.
            weigeringen.registreer(clientId, g, b);
            throw new ValidatieException(b.gronden().stream().map(t -> new ValidatieException.Fout(veld(t.regelId()), t.motivering())).toList());
        }
        boolean bruikleen = b.toepassingen().stream().anyMatch(t -> t.regelId().equals("W-12") && t.uitkomst() == Uitkomst.VAN_TOEPASSING);
        w.legBeoordeling(advies, b.regelsetVersie(), b.motivering(), bruikleen, g.onvoorzieneWijziging(), g.toelichtingWijziging());
        w.koppelAanAanvraag(g.aanvraagId());
        validatie.valideer(w);
        em.persist(w);
        em.flush();
        Regelopslag.bewaar(em, WoonvoorzieningZoekvraag.Eigenaar.VOORZIENING, w.getId(), b.toepassingen());
        audit.registreer(AuditActie.AANMAKEN, gemeente(client), clientId, "Woonvoorziening aangevraagd: " + w.getOmschrijving()
                + (g.aanvraagId() == null ? "" : " (aanvraag " + g.aanvraagId() + ")"));
        return w;
    }

    /** Koppelt een woonvoorziening aan de toegangsaanvraag van dezelfde cliënt (of ontkoppelt met null). */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Woonvoorziening koppelAanAanvraag(long id, Long aanvraagId) {
        Woonvoorziening w = gevonden(id);
        if (aanvraagId != null) {
            vereisAanvraagVan(w.getClient(), aanvraagId);
        }
        w.koppelAanAanvraag(aanvraagId);
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, gemeente(w.getClient()), w.getClient().getId(), "Woonvoorziening " + w.getOmschrijving()
                + (aanvraagId == null ? " losgemaakt van de aanvraag" : " gekoppeld aan aanvraag " + aanvraagId));
        return w;
    }

    /**
     * Wat woonvoorzieningen bijdraagt aan de beschikking van een toegangsaanvraag (dezelfde bron die toegang voor de
     * brief verzamelt), voor het scherm en de API; de aanvraag van een cliënt van een andere gemeente bestaat niet.
     */
    public List<BeschikkingsonderdeelBron.Beschikkingsonderdeel> beschikkingsonderdelen(long aanvraagId) {
        long clientId = WoonvoorzieningZoekvraag.clientVanAanvraag(em, aanvraagId)
                .orElseThrow(() -> new NietGevondenException("Aanvraag niet gevonden."));
        Client client = em.find(Client.class, clientId);
        huidige.vereisGemeente(gemeente(client), "Aanvraag niet gevonden.");
        audit.registreer(AuditActie.LEZEN, gemeente(client), clientId, "Woononderdelen van de beschikking op aanvraag " + aanvraagId + " bekeken");
        return onderdelen.onderdelen(aanvraagId);
    }

    /** De geweigerde woonaanvragen van een cliënt met hun gronden. */
    public List<Woonweigering> weigeringen(long clientId) {
        Client client = client(clientId);
        List<Woonweigering> lijst = WoonvoorzieningZoekvraag.weigeringenVanClient(em, clientId);
        audit.registreer(AuditActie.LEZEN, gemeente(client), clientId, "Geweigerde woonaanvragen bekeken");
        return lijst;
    }

    /** De toegepaste regels van een woonvoorziening, met id, uitkomst en bron, zoals de beschikking ze citeert. */
    public List<RegelToepassing> regels(long id) {
        Woonvoorziening w = gevonden(id);
        audit.registreer(AuditActie.LEZEN, gemeente(w.getClient()), w.getClient().getId(), "Regels van woonvoorziening bekeken");
        return Regelopslag.lees(em, WoonvoorzieningZoekvraag.Eigenaar.VOORZIENING, id);
    }

    public List<Woonvoorziening> vanClient(long clientId) {
        Client client = client(clientId);
        List<Woonvoorziening> lijst = WoonvoorzieningZoekvraag.vanClient(em, clientId);
        lijst.forEach(w -> w.getOffertes().size());
        audit.registreer(AuditActie.LEZEN, gemeente(client), clientId, "Woonvoorzieningen bekeken");
        return lijst;
    }

    public Woonvoorziening voorziening(long id) {
        Woonvoorziening w = gevonden(id);
        w.getOffertes().size();
        audit.registreer(AuditActie.LEZEN, gemeente(w.getClient()), w.getClient().getId(), "Woonvoorziening bekeken");
        return w;
    }

    /** De lopende aanpassingen (niet opgeleverd) in de gemeenten van de vrager, of die met één status. */
    public Pagina<Woonvoorziening> lopend(Status status, int eerste, int aantal, String sorteerVeld, boolean oplopend) {
        Set<String> gemeenten = huidige.gemeenten().isEmpty() ? Set.of("----") : huidige.gemeenten();
        var vraag = new WoonvoorzieningZoekvraag(gemeenten, status);
        var regels = vraag.resultaten(em, eerste, aantal, sorteerVeld, oplopend);
        regels.forEach(w -> w.getClient().getGemeente().getNaam());
        long totaal = vraag.aantal(em);
        audit.registreer(AuditActie.ZOEKEN, null, null, "Lopende woonvoorzieningen bekeken (" + totaal + ")");
        return new Pagina<>(regels, totaal);
    }

    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Woonvoorziening voegOfferteToe(long id, String aannemer, BigDecimal bedrag, boolean adequaat, LocalDate ontvangenOp) {
        Woonvoorziening w = gevonden(id);
        if (w.getStatus() != Status.OFFERTE) {
            throw new ValidatieException("status", "Offertes kunnen alleen worden toegevoegd zolang de status offerte is.");
        }
        var o = w.voegOfferteToe(aannemer, bedrag, adequaat, ontvangenOp);
        validatie.valideer(o);
        w.kiesGoedkoopstAdequate();
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, gemeente(w.getClient()), w.getClient().getId(), "Offerte toegevoegd: " + o.getAannemer());
        return w;
    }

    /** W-13: de eigenaar is gehoord. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Woonvoorziening eigenaarGehoord(long id, LocalDate op) {
        Woonvoorziening w = gevonden(id);
        if (op == null) {
            throw new ValidatieException("eigenaarGehoordOp", "Datum waarop de eigenaar is gehoord is verplicht.");
        }
        w.eigenaarGehoord(op);
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, gemeente(w.getClient()), w.getClient().getId(), "Eigenaar gehoord over " + w.getOmschrijving());
        return w;
    }

    /**
     * Zet de status een stap verder. Goedkeuren toetst opnieuw alle woonregels op die datum (W-05 met de
     * laatste toekenning, W-13 met het horen van de eigenaar) en vraagt een gekozen adequate offerte.
     */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Woonvoorziening naarStatus(long id, long versie, Status status, LocalDate op) {
        Woonvoorziening w = gevonden(id);
        if (w.getVersion() != versie) {
            throw new ValidatieException("versie", "Iemand anders heeft deze woonvoorziening intussen gewijzigd. Laad de gegevens opnieuw.");
        }
        if (status == null || op == null) {
            throw new ValidatieException("status", "Nieuwe status en datum zijn verplicht.");
        }
        if (status.ordinal() != w.getStatus().ordinal() + 1) {
            throw new ValidatieException("status", "Een woonvoorziening met status " + w.getStatus().omschrijving()
                    + " kan niet naar " + status.omschrijving() + ".");
        }
        if (status == Status.GOEDGEKEURD) {
            if (w.getGekozenOfferte().isEmpty()) {
                throw new ValidatieException("offerte", "Kies eerst een adequate offerte (de goedkoopst adequate wordt gekozen).");
            }
            AanvraagGegevens g = AanvraagGegevens.eenvoudig(w.getSoort(), w.getOmschrijving(), w.getRuimte(), op);
            if (w.isOnvoorzieneWijziging()) {
                g = g.metOnvoorzieneWijziging(w.getToelichtingWijziging());
            }
            Woonbeoordeling b = beoordeling(w.getClient(), w, op, g, w.getAdvies());
            // Alleen wat sinds de aanvraag kan veranderen: de wachttijd (W-05) en het horen van de eigenaar (W-13).
            List<RegelToepassing> bezwaren = b.toepassingen().stream()
                    .filter(t -> t.regelId().equals("W-05") || t.regelId().equals("W-13"))
                    .filter(t -> t.isAfwijzingsgrond() || t.uitkomst() == Uitkomst.ONVOLDOENDE_GEGEVENS).toList();
            if (!bezwaren.isEmpty()) {
                throw new ValidatieException(bezwaren.stream().map(t -> new ValidatieException.Fout(veld(t.regelId()), t.motivering())).toList());
            }
        }
        w.naarStatus(status, op);
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, gemeente(w.getClient()), w.getClient().getId(),
                "Woonvoorziening " + w.getOmschrijving() + " naar status " + status.omschrijving());
        return w;
    }

    // --- intern -----------------------------------------------------------------------------------

    private Woonbeoordeling beoordeling(Client client, Woonvoorziening w, LocalDate peildatum, AanvraagGegevens g, Woonadvies advies) {
        Woonsituatie s = WoonvoorzieningZoekvraag.woonsituatie(em, client.getId()).orElseThrow(() ->
                new ValidatieException("woonsituatie", "Leg eerst de woonsituatie vast."));
        Woonaanvraag a = Woonaanvraag.voor(peildatum, regelsituatie(s), g.soort(), g.omschrijving(), g.ruimte())
                .gemeenschappelijkeRuimte(g.gemeenschappelijkeRuimte())
                .weigeringsfeiten(new Woonaanvraag.Weigeringsfeiten(g.verhuisdZonderReden(), g.nietNaarMeestGeschikteWoning(),
                        g.nietJaarrondBewoonbaar(), g.probleemDoorMaterialen(), g.achterstalligOnderhoud()))
                .woonwagenOfWoonschip(g.restLevensduurJaren(), g.standplaatsJaren())
                .plotselingeNoodzaak(g.plotselingeNoodzaak())
                .inGewoneWinkel(g.inGewoneWinkel())
                .eigenaarGehoord(w.isEigenaarGehoord())
                .voorzienbaar(g.voorzienbaar(), g.toelichtingVoorzienbaar())
                .ernstigOntremd(g.ernstigOntremd())
                .advies(advies == null ? null : advies.getUitkomst());
        WoonvoorzieningZoekvraag.laatsteToekenning(em, client.getId())
                .ifPresent(d -> a.vorigeWoonvoorziening(d, g.onvoorzieneWijziging()));
        return Woonbeoordelaar.beoordeel(regelset(gemeente(client), peildatum), a);
    }

    static nl.maatwerk.woonvoorzieningen.regels.Woonsituatie regelsituatie(Woonsituatie s) {
        var stalling = s.isStallingOnderzocht()
                ? new nl.maatwerk.woonvoorzieningen.regels.Woonsituatie.Stalling(s.getStallingAfgesloten(), s.getStallingOverdekt(),
                s.getStallingBeschermd(), s.getStallingBereikbaar())
                : null;
        return new nl.maatwerk.woonvoorzieningen.regels.Woonsituatie(s.getWoningtype(), s.isEigendom(), s.isHoofdverblijf(),
                s.getProblemen(), s.isLocatieprobleem(), stalling);
    }

    private static String veld(String regelId) {
        return switch (regelId) {
            case "W-05" -> "vorigeWoonvoorziening";
            case "W-13" -> "eigenaarGehoord";
            default -> "beoordeling";
        };
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

    /** De aanvraag bestaat en is van deze cliënt; anders "niet gevonden" (ook bij een andere gemeente). */
    private void vereisAanvraagVan(Client client, long aanvraagId) {
        Optional<Long> eigenaar = WoonvoorzieningZoekvraag.clientVanAanvraag(em, aanvraagId);
        if (eigenaar.isEmpty() || !eigenaar.get().equals(client.getId())) {
            throw new ValidatieException("aanvraagId", "Aanvraag " + aanvraagId + " is geen aanvraag van deze cliënt.");
        }
    }

    private Woonvoorziening gevonden(long id) {
        Woonvoorziening w = em.find(Woonvoorziening.class, id);
        if (w == null) {
            throw new NietGevondenException(NIET_GEVONDEN);
        }
        huidige.vereisGemeente(w.getClient().getGemeente().getCode(), NIET_GEVONDEN);
        return w;
    }

    private static String gemeente(Client client) {
        return client.getGemeente().getCode();
    }
}
