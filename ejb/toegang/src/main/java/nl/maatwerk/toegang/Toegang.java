package nl.maatwerk.toegang;

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
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.toegang.Aanvraag;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Bezwaar;
import nl.maatwerk.domain.toegang.Melding;
import nl.maatwerk.domain.toegang.Onderzoek;
import nl.maatwerk.domain.toegang.ToegangDocument;
import nl.maatwerk.domain.toegang.ToegangQueries;
import nl.maatwerk.domain.toegang.Verslag;
import nl.maatwerk.domain.toegang.Voornemen;
import nl.maatwerk.domain.toegang.Werkitem;
import nl.maatwerk.domain.toegang.Werkvoorraadvraag;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.Validatie;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.kern.client.Pagina;
import nl.maatwerk.verordening.beoordeling.Beoordeling;
import nl.maatwerk.verordening.beoordeling.Herziening;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.dienst.HardheidsclausuleDienst;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.BeschikkingsonderdeelBron;
import nl.maatwerk.verordening.koppeling.SignaalBron;
import nl.maatwerk.domain.verordening.HardheidsclausuleStatus;
import nl.maatwerk.domain.verordening.HardheidsclausuleToepassing;
import nl.maatwerk.domain.toegang.Mantelzorgerregel;
import nl.maatwerk.domain.toegang.Termijncijfer;
import nl.maatwerk.verordening.termijn.Termijnkalender;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.DayOfWeek;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;

/**
 * The toegang: melding, onderzoek, verslag, aanvraag, beschikking and what follows. Every method checks the
 * role (annotations), the gemeente of the case (another gemeente's case answers "not found") and writes an audit
 * line in the same transaction; the rules themselves are in {@link Toegangsregels}.
 */
@Stateless
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_})
public class Toegang {

    static final String NIET_GEVONDEN = "Melding niet gevonden.";
    private static final Termijnkalender KALENDER = new Termijnkalender();

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @Inject
    Audit audit;

    @Inject
    Validatie validatie;

    @EJB
    RegelboekDienst regelboekDienst;

    /** C-10 lives in verordening's register; toegang links an onderzoek to a request there and never keeps its own. */
    @EJB
    HardheidsclausuleDienst hardheidsclausuleDienst;

    /** Every area's signals for the shared werkvoorraad (an absent area contributes nothing). */
    @Inject
    @Any
    Instance<SignaalBron> signaalBronnen;

    /** Every area's part of a beschikking, printed in the letter. */
    @Inject
    @Any
    Instance<BeschikkingsonderdeelBron> onderdeelBronnen;

    Toegangsregels regels() {
        return new Toegangsregels(regelboekDienst.regelboek(), KALENDER);
    }

    // --- melding ----------------------------------------------------------------------------------

    public Melding registreerMelding(MeldingGegevens g) {
        if (g.clientId() == null) {
            throw new ValidatieException("client", "Cliënt is verplicht.");
        }
        Client client = em.find(Client.class, g.clientId());
        if (client == null) {
            throw new NietGevondenException("Cliënt niet gevonden.");
        }
        huidige.vereisGemeente(client.getGemeente().getCode(), "Cliënt niet gevonden.");
        Melding m = new Melding(client, client.getGemeente().getCode(), g.moment() == null ? LocalDateTime.now().withNano(0) : g.moment(),
                g.kanaal(), g.gemeldDoor(), leeg(g.hulpvraag()), g.toegangsniveau());
        m.setMelderNaam(leeg(g.melderNaam()));
        m.setClientondersteuningAangeboden(g.clientondersteuningAangeboden());
        m.setDoorverwezenNaar(g.doorverwezenNaar());
        m.setDoorverwijzingToelichting(leeg(g.doorverwijzingToelichting()));
        m.setBehandelaar(leeg(g.behandelaar()) == null ? huidige.naam() : g.behandelaar().strip());
        vereisBehandelaar(m.getBehandelaar(), m);
        m.setRegelsetVersie("-");
        validatie.valideer(m);
        Onderzoek o = regels().registreer(m);
        em.persist(m);
        if (o != null) {
            em.persist(o);
        }
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, m.getGemeenteCode(), client.getId(), "Melding " + m.getId() + " geregistreerd"
                + (m.isAfgesloten() ? " en doorverwezen (T-02)" : ""));
        return m;
    }

    public Zaak zaak(long meldingId) {
        Melding m = gevonden(meldingId);
        Zaak z = laad(m);
        audit.registreer(AuditActie.LEZEN, m.getGemeenteCode(), m.getClient().getId(), "Melding " + m.getId() + " bekeken");
        return z;
    }

    public Melding bevestigOntvangst(long meldingId, LocalDate op) {
        Melding m = gevonden(meldingId);
        Onderzoek o = onderzoek(m);
        LocalDate datum = vandaag(op);
        regels().bevestigOntvangst(m, o, datum);
        bewaar(m, ToegangDocument.Soort.ONTVANGSTBEVESTIGING, "Ontvangstbevestiging melding",
                Brieven.ontvangstbevestiging(m, gemeentenaam(m), datum));
        wijziging(m, "Ontvangst van de melding bevestigd (T-01)");
        return m;
    }

    public Melding clientondersteuningAangeboden(long meldingId) {
        Melding m = gevonden(meldingId);
        regels().clientondersteuningAangeboden(m);
        wijziging(m, "Cliëntondersteuning aangeboden (T-03)");
        return m;
    }

    public Melding verwijsNaarAlgemeneVoorziening(long meldingId, String voorziening) {
        Melding m = gevonden(meldingId);
        regels().verwijsNaarAlgemeneVoorziening(m, voorziening);
        wijziging(m, "Verwezen naar algemene voorziening (T-14)");
        return m;
    }

    /** Reassigns work; a consulent takes work, a teamleider may assign it to anyone of the team. */
    public Melding wijsToe(long meldingId, String behandelaar) {
        Melding m = gevonden(meldingId);
        String nieuw = leeg(behandelaar);
        if (nieuw != null && !nieuw.equals(huidige.naam()) && !huidige.gebruiker().getRollen().contains(Rol.TEAMLEIDER)) {
            throw new ValidatieException("behandelaar", "Alleen een teamleider wijst werk toe aan een ander.");
        }
        vereisBehandelaar(nieuw, m);
        m.setBehandelaar(nieuw);
        wijziging(m, "Toegewezen aan " + (nieuw == null ? "niemand" : nieuw));
        return m;
    }

    // --- onderzoek --------------------------------------------------------------------------------

    public Onderzoek legOnderzoekVast(long meldingId, OnderzoekGegevens g) {
        Melding m = gevonden(meldingId);
        Onderzoek o = onderzoek(m);
        if (o.getAfgerondOp() != null) {
            throw new ValidatieException("onderzoek", "Het onderzoek is al afgerond.");
        }
        g.pasToe(o);
        validatie.valideer(o);
        wijziging(m, "Onderzoek bijgewerkt");
        return o;
    }

    public Onderzoek uitstel(long meldingId, LocalDate meegedeeldOp, String reden, LocalDate nieuweDatum) {
        Melding m = gevonden(meldingId);
        Onderzoek o = onderzoek(m);
        regels().uitstel(m, o, vandaag(meegedeeldOp), reden, nieuweDatum);
        wijziging(m, "Uitstel van het onderzoek meegedeeld (T-04)");
        return o;
    }

    public Onderzoek persoonlijkPlan(long meldingId, LocalDate op) {
        Melding m = gevonden(meldingId);
        Onderzoek o = onderzoek(m);
        regels().persoonlijkPlan(m, o, vandaag(op));
        wijziging(m, "Persoonlijk plan ontvangen (T-05)");
        return o;
    }

    public Onderzoek gesprek(long meldingId, Onderzoek.GesprekVorm vorm, LocalDate datum, String plaats, String aanwezigen, String reden) {
        Melding m = gevonden(meldingId);
        Onderzoek o = onderzoek(m);
        regels().gesprek(m, o, vorm, datum, leeg(plaats), leeg(aanwezigen), leeg(reden));
        validatie.valideer(o);
        wijziging(m, "Gesprek vastgelegd (T-06)");
        return o;
    }

    public Onderzoek identiteit(long meldingId, String identiteitsbewijs) {
        Melding m = gevonden(meldingId);
        Onderzoek o = onderzoek(m);
        regels().identiteit(m, o, identiteitsbewijs);
        wijziging(m, "Identiteit vastgesteld (T-08)");
        return o;
    }

    public Onderzoek advies(long meldingId, Onderzoek.AdviesSoort soort, LocalDate gevraagdOp, LocalDate ontvangenOp, boolean medewerkingGeweigerd) {
        Melding m = gevonden(meldingId);
        Onderzoek o = onderzoek(m);
        regels().advies(m, o, soort, gevraagdOp, ontvangenOp);
        o.setMedewerkingGeweigerd(medewerkingGeweigerd);
        wijziging(m, "Advies vastgelegd (T-15)");
        return o;
    }

    public Onderzoek rondOnderzoekAf(long meldingId, LocalDate op) {
        Melding m = gevonden(meldingId);
        Onderzoek o = onderzoek(m);
        regels().rondOnderzoekAf(m, o, vandaag(op));
        wijziging(m, "Onderzoek afgerond");
        return o;
    }

    // --- verslag en aanvraag ----------------------------------------------------------------------

    public Verslag verstuurVerslag(long meldingId, LocalDate op) {
        Melding m = gevonden(meldingId);
        Onderzoek o = onderzoek(m);
        if (ToegangQueries.eenOfGeen(em, Verslag.class, m.getId()) != null) {
            throw new ValidatieException("verslag", "Het verslag is al verstuurd.");
        }
        LocalDate datum = vandaag(op);
        Verslag v = regels().verstuurVerslag(m, o, datum);
        em.persist(v);
        bewaar(m, ToegangDocument.Soort.VERSLAG, "Verslag van het onderzoek", Brieven.verslag(m, o, gemeentenaam(m), datum));
        wijziging(m, "Verslag verstuurd (T-09)");
        return v;
    }

    public Verslag verslagRetour(long meldingId, Verslag.Status status, LocalDate op, String redenenGezien, String opmerkingen,
                                 boolean geldtAlsAanvraag) {
        Melding m = gevonden(meldingId);
        Verslag v = ToegangQueries.eenOfGeen(em, Verslag.class, m.getId());
        if (v == null) {
            throw new ValidatieException("verslag", "Er is nog geen verslag verstuurd.");
        }
        Aanvraag a = regels().verslagRetour(m, onderzoek(m), v, status, vandaag(op), leeg(redenenGezien), leeg(opmerkingen), geldtAlsAanvraag);
        validatie.valideer(v);
        if (a != null) {
            geenAanvraag(m);
            em.persist(a);
        }
        wijziging(m, "Verslag retour: " + status + (a != null ? ", geldt als aanvraag (T-10)" : ""));
        return v;
    }

    public Aanvraag dienAanvraagIn(long meldingId, Aanvraag.Indiener door, String naamIndiener, Aanvraag.Vorm vorm, String voorziening,
                                   LocalDate ontvangenOp) {
        Melding m = gevonden(meldingId);
        geenAanvraag(m);
        Aanvraag a = regels().aanvraag(m, ToegangQueries.eenOfGeen(em, Onderzoek.class, m.getId()), door, leeg(naamIndiener), vorm,
                leeg(voorziening), vandaag(ontvangenOp));
        validatie.valideer(a);
        em.persist(a);
        wijziging(m, "Aanvraag ontvangen (T-10)");
        return a;
    }

    // --- beoordeling, voornemen, beschikking --------------------------------------------------------

    /** What the Beoordelaar concludes from the onderzoek today: a preview for the consulent. */
    public Beoordeling beoordeling(long meldingId, LocalDate op) {
        Melding m = gevonden(meldingId);
        Beoordeling b = regels().beoordeel(m, onderzoek(m), vandaag(op));
        audit.registreer(AuditActie.LEZEN, m.getGemeenteCode(), m.getClient().getId(), "Beoordeling bekeken bij melding " + m.getId());
        return b;
    }

    public Voornemen voornemen(long meldingId, String strekking, LocalDate op) {
        Melding m = gevonden(meldingId);
        Voornemen v = regels().voornemen(m, strekking, vandaag(op));
        validatie.valideer(v);
        em.persist(v);
        bewaar(m, ToegangDocument.Soort.VOORNEMEN, "Voornemen", Brieven.voornemen(m, v, gemeentenaam(m)));
        wijziging(m, "Voornemen verstuurd (T-17)");
        return v;
    }

    public Voornemen reactieOpVoornemen(long voornemenId, LocalDate op, String reactie) {
        Voornemen v = em.find(Voornemen.class, voornemenId);
        if (v == null) {
            throw new NietGevondenException("Voornemen niet gevonden.");
        }
        Melding m = gevonden(v.getMelding().getId());
        regels().reactieOpVoornemen(v, vandaag(op), reactie);
        validatie.valideer(v);
        wijziging(m, "Reactie op voornemen vastgelegd (T-17)");
        return v;
    }

    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Beschikking besluit(long meldingId, Besluitgegevens g, LocalDate op) {
        Melding m = gevonden(meldingId);
        boolean open = ToegangQueries.beschikkingenVanMelding(em, m.getId()).stream()
                .anyMatch(b -> b.getStatus() != Beschikking.Status.AFGEKEURD);
        if (open) {
            throw new ValidatieException("beschikking", "Op deze aanvraag is al een besluit genomen.");
        }
        Onderzoek o = ToegangQueries.eenOfGeen(em, Onderzoek.class, m.getId());
        Beschikking b = regels().besluit(m, o, ToegangQueries.eenOfGeen(em, Aanvraag.class, m.getId()),
                ToegangQueries.voornemens(em, m.getId()), g, huidige.naam(), vandaag(op), goedgekeurdeHardheidsclausule(m, o));
        validatie.valideer(b);
        em.persist(b);
        em.flush();
        wijziging(m, "Beschikking " + b.getId() + " opgesteld: " + b.getSoort().omschrijving()
                + (b.getVierOgenReden() == null ? "" : "; ter goedkeuring (" + b.getVierOgenReden() + ")"));
        return b;
    }

    @RolesAllowed(Rol.TEAMLEIDER_)
    public Beschikking keurGoed(long beschikkingId, boolean akkoord) {
        Beschikking b = beschikking(beschikkingId);
        Melding m = b.getMelding();
        regels().keurGoed(m, b, huidige.naam(), akkoord, LocalDateTime.now().withNano(0));
        wijziging(m, "Beschikking " + b.getId() + (akkoord ? " goedgekeurd" : " afgekeurd") + " (vier ogen)");
        return b;
    }

    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Beschikking verzend(long beschikkingId, LocalDate op) {
        Beschikking b = beschikking(beschikkingId);
        Melding m = b.getMelding();
        regels().verzend(m, b, vandaag(op));
        Aanvraag a = ToegangQueries.eenOfGeen(em, Aanvraag.class, m.getId());
        if (a != null && a.getBeslotenOp() == null) {
            a.setBeslotenOp(b.getVerzondenOp());
        }
        bewaar(m, ToegangDocument.Soort.BESCHIKKING, "Beschikking: " + b.getSoort().omschrijving(),
                Brieven.beschikking(b, a, gemeentenaam(m), a == null ? List.of() : onderdelen(a.getId())));
        wijziging(m, "Beschikking " + b.getId() + " verzonden");
        return b;
    }

    // --- na de beschikking ----------------------------------------------------------------------------

    public Bezwaar bezwaar(long beschikkingId, LocalDate ontvangen, String gronden) {
        Beschikking b = beschikking(beschikkingId);
        Bezwaar bz = regels().bezwaar(b.getMelding(), b, vandaag(ontvangen), gronden);
        validatie.valideer(bz);
        em.persist(bz);
        em.flush();
        wijziging(b.getMelding(), "Bezwaar " + bz.getId() + " geregistreerd" + (bz.isTijdig() ? "" : " (te laat)"));
        return bz;
    }

    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Bezwaar beslisBezwaar(long bezwaarId, Bezwaar.Uitkomst uitkomst, LocalDate op) {
        Bezwaar bz = em.find(Bezwaar.class, bezwaarId);
        if (bz == null) {
            throw new NietGevondenException("Bezwaar niet gevonden.");
        }
        Melding m = gevonden(bz.getBeschikking().getMelding().getId());
        regels().beslisBezwaar(m, bz, uitkomst, vandaag(op));
        wijziging(m, "Op bezwaar " + bz.getId() + " beslist: " + uitkomst + (bz.getOpdrachtAanbiederOp() != null ? "; nieuwe opdracht aan aanbieder (T-18)" : ""));
        return bz;
    }

    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Herzien herzie(long beschikkingId, Herziening.Omstandigheden feiten, LocalDate op) {
        if (feiten == null || feiten.verstrekking() == null) {
            throw new ValidatieException("verstrekking", "Kies hoe de voorziening is verstrekt (regel C-17).");
        }
        Beschikking b = beschikking(beschikkingId);
        if (b.getStatus() != Beschikking.Status.VERZONDEN || !b.getSoort().toekenning() || b.getBeeindigdOp() != null) {
            throw new ValidatieException("beschikking", "Alleen een verzonden, lopende toekenning kan worden herzien of ingetrokken (regel C-17).");
        }
        Herziening.Resultaat r = regels().herzie(b, feiten, vandaag(op));
        wijziging(b.getMelding(), "Beschikking " + b.getId() + " herzien of ingetrokken (C-17)"
                + (r.geldswaardeTerugvorderbaar() || r.voorzieningTerugvorderbaar() ? "; terugvordering mogelijk" : ""));
        return new Herzien(b, r);
    }

    /** The beschikking as ended and what may be reclaimed (C-17). */
    public record Herzien(Beschikking beschikking, Herziening.Resultaat resultaat) {
    }

    /** C-14: a move; out of the gemeente ends every running indicatie on the moving day. */
    public RegelToepassing verhuizing(long clientId, LocalDate datum, boolean binnenGemeente, boolean herindicatieNodig) {
        Client c = client(clientId);
        List<Beschikking> lopend = ToegangQueries.lopendeIndicaties(em, c.getId(), datum);
        var gevolg = regels().verhuizing(c.getGemeente().getCode(), lopend, datum, binnenGemeente, herindicatieNodig);
        audit.registreer(AuditActie.WIJZIGEN, c.getGemeente().getCode(), c.getId(), "Verhuizing vastgelegd (C-14): "
                + (gevolg.eindeIndicatie().isPresent() ? lopend.size() + " indicatie(s) beëindigd" : "indicaties blijven"));
        return gevolg.toepassing();
    }

    /** C-15: an absence longer than 4 weeks opens a review as a new melding on the werkvoorraad. */
    public RegelToepassing afwezigheid(long clientId, LocalDate vertrek, LocalDate terugkeer) {
        Client c = client(clientId);
        RegelToepassing t = regels().afwezigheid(c.getGemeente().getCode(), vertrek, terugkeer);
        if (t.uitkomst() == Uitkomst.VAN_TOEPASSING) {
            registreerMelding(new MeldingGegevens(c.getId(), null, Melding.Kanaal.SCHRIFTELIJK, Melding.Melder.CLIENT, null,
                    "Heronderzoek: " + t.motivering(), true, null, null, Melding.Toegangsniveau.CONSULENT, null));
        }
        audit.registreer(AuditActie.WIJZIGEN, c.getGemeente().getCode(), c.getId(), "Afwezigheid vastgelegd (C-15)");
        return t;
    }

    // --- hardheidsclausule (C-10) ------------------------------------------------------------------

    /**
     * The consulent asks the register of verordening for a hardheidsclausule for this client (written reason, the
     * regelset must have C-10) and the onderzoek keeps the link; a teamleider other than the requester decides there.
     */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Onderzoek vraagHardheidsclausuleAan(long meldingId, String onderwerp, String reden) {
        Melding m = gevonden(meldingId);
        Onderzoek o = onderzoek(m);
        if (o.getAfgerondOp() != null) {
            throw new ValidatieException("onderzoek", "Het onderzoek is al afgerond.");
        }
        if (o.getHardheidsclausuleId() != null) {
            HardheidsclausuleToepassing oud = hardheidsclausuleDienst.verzoek(o.getHardheidsclausuleId());
            if (oud.getStatus() != HardheidsclausuleStatus.GEWEIGERD) {
                throw new ValidatieException("hardheidsclausule", "Bij dit onderzoek hoort al een verzoek om de hardheidsclausule ("
                        + oud.getStatus().omschrijving() + ").");
            }
        }
        HardheidsclausuleToepassing v = hardheidsclausuleDienst.vraagAan(new HardheidsclausuleDienst.Aanvraag(m.getGemeenteCode(),
                onderwerp, m.getClient().getId(), reden));
        o.setHardheidsclausuleId(v.getId());
        wijziging(m, "Hardheidsclausule aangevraagd (verzoek " + v.getId() + ", C-10)");
        return o;
    }

    /** The C-10 request linked to the onderzoek, or null. */
    public HardheidsclausuleToepassing hardheidsclausule(long meldingId) {
        Melding m = gevonden(meldingId);
        Onderzoek o = ToegangQueries.eenOfGeen(em, Onderzoek.class, m.getId());
        var rollen = huidige.gebruiker().getRollen();
        // The register is for consulenten and teamleiders; the intake desk sees the case without it.
        if (o == null || o.getHardheidsclausuleId() == null || !(rollen.contains(Rol.CONSULENT) || rollen.contains(Rol.TEAMLEIDER))) {
            return null;
        }
        return hardheidsclausuleDienst.verzoek(o.getHardheidsclausuleId());
    }

    /** An approved request deviates (C-10); a pending one blocks the decision; a refused one decides by the rules. */
    private nl.maatwerk.verordening.beoordeling.Hardheidsclausule goedgekeurdeHardheidsclausule(Melding m, Onderzoek o) {
        if (o == null || o.getHardheidsclausuleId() == null) {
            return null;
        }
        HardheidsclausuleToepassing v = hardheidsclausuleDienst.verzoek(o.getHardheidsclausuleId());
        return switch (v.getStatus()) {
            case GOEDGEKEURD -> hardheidsclausuleDienst.alsHardheidsclausule(v.getId());
            case GEWEIGERD -> null;
            default -> throw new ValidatieException("hardheidsclausule", "Het verzoek om de hardheidsclausule (verzoek " + v.getId()
                    + ") wacht nog op een teamleider; beslis daarna (" + Toegangsregels.bron("C-10",
                    regels().regelset(m.getGemeenteCode(), LocalDate.now())) + ").");
        };
    }

    // --- signalen en beschikkingsonderdelen uit alle gebieden ----------------------------------------

    /**
     * A signal for the werkvoorraad with the client's name (the areas give only the id): who it is about, at a glance. No
     * name (null) for a signal about no client, such as a calamity report of a provider (O-01, client id 0).
     */
    public record Werkvoorraadsignaal(String gebied, String referentie, long clientId, String clientNaam, String gemeente,
                                      String regelId, String tekst, LocalDate datum, String link) {
    }

    /** Every area's open signals in the caller's gemeenten (or one of them), oldest first. */
    public List<Werkvoorraadsignaal> signalen(String gemeente) {
        Set<String> gemeenten = scope();
        String g = leeg(gemeente);
        if (g != null) {
            gemeenten = gemeenten.contains(g) ? Set.of(g) : Set.of();
        }
        List<SignaalBron.Signaal> lijst = new ArrayList<>();
        if (!gemeenten.isEmpty()) {
            for (SignaalBron bron : signaalBronnen) {
                Set<String> binnen = gemeenten;
                bron.signalen(gemeenten).stream().filter(s -> binnen.contains(s.gemeente())).forEach(lijst::add);
            }
        }
        lijst.sort(Comparator.comparing(SignaalBron.Signaal::datum, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SignaalBron.Signaal::referentie));
        audit.registreer(AuditActie.ZOEKEN, null, null, "Signalen bekeken (" + lijst.size() + ")");
        Map<Long, String> namen = ToegangQueries.clientnamen(em, lijst.stream().map(SignaalBron.Signaal::clientId).toList());
        return lijst.stream().map(s -> new Werkvoorraadsignaal(s.gebied(), s.referentie(), s.clientId(),
                s.clientId() <= 0 ? null : namen.getOrDefault(s.clientId(), "cliënt " + s.clientId()), s.gemeente(), s.regelId(), s.tekst(), s.datum(), s.link())).toList();
    }

    /** Every area's onderdelen of this aanvraag, in the order of the sources, for the beschikking letter. */
    private List<BeschikkingsonderdeelBron.Beschikkingsonderdeel> onderdelen(long aanvraagId) {
        List<BeschikkingsonderdeelBron.Beschikkingsonderdeel> lijst = new ArrayList<>();
        for (BeschikkingsonderdeelBron bron : onderdeelBronnen) {
            lijst.addAll(bron.onderdelen(aanvraagId));
        }
        return lijst;
    }

    // --- teamleider: termijnen per week -------------------------------------------------------------

    /** Deadlines met and missed per ISO week and behandelaar (T-04 onderzoek, T-11 beslissen). */
    public record Weekcijfer(int jaar, int week, LocalDate maandag, String behandelaar, long gehaald, long gemist, long open) {
    }

    @RolesAllowed(Rol.TEAMLEIDER_)
    public List<Weekcijfer> termijnenPerWeek(String gemeente, LocalDate van, LocalDate tot) {
        LocalDate eind = tot == null ? LocalDate.now() : tot;
        LocalDate begin = (van == null ? eind.minusWeeks(8) : van).with(DayOfWeek.MONDAY);
        if (begin.isAfter(eind)) {
            throw new ValidatieException("van", "De begindatum ligt na de einddatum.");
        }
        if (begin.plusYears(1).isBefore(eind)) {
            throw new ValidatieException("tot", "Kies een periode van hoogstens een jaar.");
        }
        Set<String> gemeenten = scope();
        String g = leeg(gemeente);
        if (g != null) {
            gemeenten = gemeenten.contains(g) ? Set.of(g) : Set.of("----");
        }
        TreeMap<String, long[]> per = new TreeMap<>();
        for (Termijncijfer c : ToegangQueries.termijnen(em, gemeenten, begin, eind, LocalDate.now())) {
            LocalDate maandag = c.datum().with(DayOfWeek.MONDAY);
            String sleutel = maandag + "|" + (c.behandelaar() == null ? "" : c.behandelaar());
            long[] t = per.computeIfAbsent(sleutel, k -> new long[3]);
            t[0] += c.gehaald();
            t[1] += c.gemist();
            t[2] += c.open();
        }
        List<Weekcijfer> r = new ArrayList<>();
        per.forEach((k, t) -> {
            LocalDate maandag = LocalDate.parse(k.substring(0, 10));
            String wie = k.substring(11);
            r.add(new Weekcijfer(maandag.get(IsoFields.WEEK_BASED_YEAR), maandag.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), maandag,
                    wie.isEmpty() ? "(niet toegewezen)" : wie, t[0], t[1], t[2]));
        });
        audit.registreer(AuditActie.ZOEKEN, g, null, "Termijnen per week bekeken (" + begin + " tot en met " + eind + ")");
        return r;
    }

    // --- O-02 en O-04 ------------------------------------------------------------------------------

    /** One mantelzorger on the O-02 list with the rule as applied. */
    public record Mantelzorgwaardering(Mantelzorgerregel mantelzorger, RegelToepassing toepassing) {
    }

    /** O-02: the mantelzorgers of the year's cliënten (melding or voorziening), paged in the database. */
    public List<Mantelzorgwaardering> mantelzorgwaardering(String gemeente, int jaar, int eerste, int aantal) {
        if (jaar < 2015 || jaar > LocalDate.now().getYear() + 1) {
            throw new ValidatieException("jaar", "Kies een jaar vanaf 2015 (Wmo 2015).");
        }
        Set<String> gemeenten = scope();
        String g = leeg(gemeente);
        if (g != null) {
            gemeenten = gemeenten.contains(g) ? Set.of(g) : Set.of("----");
        }
        LocalDate van = LocalDate.of(jaar, 1, 1);
        LocalDate tot = LocalDate.of(jaar, 12, 31);
        List<Mantelzorgerregel> rijen = ToegangQueries.mantelzorgers(em, gemeenten, van, tot, eerste, aantal);
        Map<Long, LocalDate> meldingen = ToegangQueries.laatsteMeldingen(em, rijen.stream().map(Mantelzorgerregel::clientId).distinct().toList(), van, tot);
        Toegangsregels regels = regels();
        List<Mantelzorgwaardering> r = rijen.stream().map(x -> {
            LocalDate melding = meldingen.get(x.clientId());
            // Found without a melding in the year means: through a voorziening running in that year (the query's other branch).
            return new Mantelzorgwaardering(x.metLaatsteMelding(melding), regels.mantelzorgwaardering(x.gemeenteCode(), jaar,
                    nl.maatwerk.domain.client.BetrokkeneSoort.MANTELZORGER, melding, melding == null));
        }).toList();
        audit.registreer(AuditActie.ZOEKEN, g, null, "Mantelzorgers voor de jaarlijkse waardering " + jaar + " bekeken (O-02, "
                + r.size() + ")");
        return r;
    }

    /** O-04: the criteria of beschermd wonen or opvang for a request to this gemeente, whoever's resident the client is. */
    public RegelToepassing toetsBeschermdWonen(String gemeente, BeschermdWonenFeiten feiten, LocalDate op) {
        String g = leeg(gemeente);
        if (g == null) {
            throw new ValidatieException("gemeente", "Gemeente is verplicht.");
        }
        huidige.vereisGemeente(g, "Gemeente " + g + " bestaat niet.");
        RegelToepassing t = regels().beschermdWonen(g, vandaag(op), feiten);
        audit.registreer(AuditActie.LEZEN, g, null, "Beschermd wonen of opvang getoetst (O-04): " + t.uitkomst());
        return t;
    }

    // --- werkvoorraad en lijsten -------------------------------------------------------------------

    public Pagina<Werkitem> werkvoorraad(Werkvoorraadfilter f, int eerste, int aantal, String sorteerVeld, boolean oplopend) {
        var vraag = vraag(f);
        var regels = vraag.resultaten(em, eerste, aantal, sorteerVeld, oplopend);
        long totaal = vraag.aantal(em);
        audit.registreer(AuditActie.ZOEKEN, null, null, "Werkvoorraad bekeken (" + totaal + " items)");
        return new Pagina<>(regels, totaal);
    }

    public long werkvoorraadAantal(Werkvoorraadfilter f) {
        return vraag(f).aantal(em);
    }

    @RolesAllowed(Rol.TEAMLEIDER_)
    public List<Beschikking> terGoedkeuring() {
        List<Beschikking> lijst = ToegangQueries.terGoedkeuring(em, scope());
        lijst.forEach(b -> b.getClient().volledigeNaam());
        audit.registreer(AuditActie.ZOEKEN, null, null, "Beschikkingen ter goedkeuring bekeken (" + lijst.size() + ")");
        return lijst;
    }

    /** C-18: granted indicaties that end within the regelset's period, for heroverweging. */
    public List<Beschikking> aflopendeIndicaties(String gemeente, LocalDate peildatum, int eerste, int aantal) {
        LocalDate peil = vandaag(peildatum);
        Set<String> gemeenten = gemeente == null || gemeente.isBlank() ? scope()
                : (huidige.werktVoor(gemeente) ? Set.of(gemeente) : Set.of("----"));
        // Only gemeenten with rules in force have a heroverwegingstermijn (an ISD gemeente without a regelset has none).
        LocalDate tot = gemeenten.stream().filter(g -> regelboekDienst.regelboek().zoekRegelset(g, peil).isPresent())
                .map(g -> regels().heroverwegingTot(g, peil)).max(LocalDate::compareTo).orElse(peil);
        List<Beschikking> lijst = ToegangQueries.aflopendeIndicaties(em, gemeenten, peil, tot, eerste, aantal);
        lijst.forEach(b -> b.getClient().volledigeNaam());
        audit.registreer(AuditActie.ZOEKEN, null, null, "Aflopende indicaties bekeken (C-18, " + lijst.size() + ")");
        return lijst;
    }

    /** The client page's time line: the client's meldingen and beschikkingen. */
    public Tijdlijn tijdlijn(long clientId) {
        Client c = client(clientId);
        var t = new Tijdlijn(ToegangQueries.meldingenVanClient(em, c.getId()), ToegangQueries.beschikkingenVanClient(em, c.getId()));
        audit.registreer(AuditActie.LEZEN, c.getGemeente().getCode(), c.getId(), "Tijdlijn toegang bekeken");
        return t;
    }

    public ToegangDocument document(long documentId) {
        ToegangDocument d = em.find(ToegangDocument.class, documentId);
        if (d == null) {
            throw new NietGevondenException("Document niet gevonden.");
        }
        Melding m = gevonden(d.getMelding().getId());
        d.getInhoud();
        audit.registreer(AuditActie.DOWNLOADEN, m.getGemeenteCode(), m.getClient().getId(), "Document " + d.getId() + " ("
                + d.getTitel() + ") gedownload");
        return d;
    }

    public Beschikking beschikkingInzien(long beschikkingId) {
        Beschikking b = beschikking(beschikkingId);
        b.getMotivering();
        audit.registreer(AuditActie.LEZEN, b.getGemeenteCode(), b.getClient().getId(), "Beschikking " + b.getId() + " bekeken");
        return b;
    }

    /** Decisions per regelset version (not client data): a regelset in use is not withdrawn. */
    @RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.BEHEERDER_})
    public Map<String, Long> beschikkingenPerRegelset() {
        return ToegangQueries.beschikkingenPerRegelset(em);
    }

    public record Tijdlijn(List<Melding> meldingen, List<Beschikking> beschikkingen) {
    }

    // --- hulpjes --------------------------------------------------------------------------------

    private Werkvoorraadvraag vraag(Werkvoorraadfilter f) {
        Werkvoorraadfilter filter = f == null ? new Werkvoorraadfilter(null, null, null, false, false) : f;
        Set<String> gemeenten = scope();
        String gemeente = leeg(filter.gemeente());
        if (gemeente != null && !gemeenten.contains(gemeente)) {
            gemeenten = Set.of("----");
        }
        String behandelaar = filter.mijn() ? huidige.naam() : leeg(filter.behandelaar());
        return new Werkvoorraadvraag(gemeenten, gemeente, filter.fase(), behandelaar, filter.alleenTeLaat(), LocalDate.now());
    }

    private Set<String> scope() {
        Set<String> g = huidige.gemeenten();
        return g.isEmpty() ? Set.of("----") : g;
    }

    private Melding gevonden(long id) {
        Melding m = em.find(Melding.class, id);
        if (m == null) {
            throw new NietGevondenException(NIET_GEVONDEN);
        }
        huidige.vereisGemeente(m.getGemeenteCode(), NIET_GEVONDEN);
        return m;
    }

    private Beschikking beschikking(long id) {
        Beschikking b = em.find(Beschikking.class, id);
        if (b == null) {
            throw new NietGevondenException("Beschikking niet gevonden.");
        }
        huidige.vereisGemeente(b.getGemeenteCode(), "Beschikking niet gevonden.");
        return b;
    }

    private Client client(long id) {
        return huidige.client(em, id);
    }

    private Onderzoek onderzoek(Melding m) {
        Onderzoek o = ToegangQueries.eenOfGeen(em, Onderzoek.class, m.getId());
        if (o == null) {
            throw new ValidatieException("onderzoek", "Bij deze melding hoort geen onderzoek.");
        }
        return o;
    }

    private void geenAanvraag(Melding m) {
        if (ToegangQueries.eenOfGeen(em, Aanvraag.class, m.getId()) != null) {
            throw new ValidatieException("aanvraag", "Bij deze melding is al een aanvraag ontvangen.");
        }
    }

    private Zaak laad(Melding m) {
        long id = m.getId();
        List<Beschikking> beschikkingen = ToegangQueries.beschikkingenVanMelding(em, id);
        beschikkingen.forEach(Beschikking::getMotivering);
        m.getClient().volledigeNaam();
        return new Zaak(m, ToegangQueries.eenOfGeen(em, Onderzoek.class, id), ToegangQueries.eenOfGeen(em, Verslag.class, id),
                ToegangQueries.eenOfGeen(em, Aanvraag.class, id), ToegangQueries.voornemens(em, id), beschikkingen,
                beschikkingen.stream().flatMap(b -> ToegangQueries.bezwaren(em, b.getId()).stream()).toList(),
                ToegangQueries.documenten(em, id));
    }

    private void bewaar(Melding m, ToegangDocument.Soort soort, String titel, byte[] pdf) {
        em.persist(new ToegangDocument(m, soort, titel, LocalDateTime.now().withNano(0), pdf));
    }

    /** Someone who can take a melding: an active consulent, intake or teamleider of its gemeente. */
    public record Behandelaar(String gebruikersnaam, String naam) implements java.io.Serializable {
    }

    /** Who can handle the work of this gemeente (one of the caller's), by name: the choice when assigning work. */
    public List<Behandelaar> behandelaars(String gemeente) {
        String g = leeg(gemeente);
        huidige.vereisGemeente(g, "Gemeente niet gevonden.");
        return em.createNamedQuery(Gebruiker.VAN_GEMEENTEN, Gebruiker.class).setParameter("gemeenten", Set.of(g)).getResultList().stream()
                .filter(u -> kanBehandelen(u, g)).map(u -> new Behandelaar(u.getGebruikersnaam(), u.getNaam())).toList();
    }

    private static boolean kanBehandelen(Gebruiker u, String gemeente) {
        return u.isActief() && u.gemeenteCodes().contains(gemeente)
                && (u.heeftRol(Rol.CONSULENT) || u.heeftRol(Rol.INTAKE) || u.heeftRol(Rol.TEAMLEIDER));
    }

    /** Work given to a typo or to someone of another gemeente would vanish from every werkvoorraad. */
    private void vereisBehandelaar(String gebruikersnaam, Melding m) {
        if (gebruikersnaam == null || gebruikersnaam.equals(huidige.naam())) {
            return;
        }
        boolean kan = em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class).setParameter("naam", gebruikersnaam).getResultStream()
                .findFirst().filter(u -> kanBehandelen(u, m.getGemeenteCode())).isPresent();
        if (!kan) {
            throw new ValidatieException("behandelaar", "'" + gebruikersnaam + "' is geen actieve consulent, intake of teamleider van "
                    + gemeentenaam(m) + "; kies een behandelaar uit de lijst.");
        }
    }

    private void wijziging(Melding m, String omschrijving) {
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, m.getGemeenteCode(), m.getClient().getId(), "Melding " + m.getId() + ": " + omschrijving);
    }

    private String gemeentenaam(Melding m) {
        Gemeente g = em.find(Gemeente.class, m.getGemeenteCode());
        return g == null ? m.getGemeenteCode() : g.getNaam();
    }

    private static LocalDate vandaag(LocalDate d) {
        return d == null ? LocalDate.now() : d;
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
