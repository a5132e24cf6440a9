package nl.maatwerk.vervoer.dienst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.vervoer.Regiotaxipas;
import nl.maatwerk.domain.vervoer.Rit;
import nl.maatwerk.domain.vervoer.VervoerQueries;
import nl.maatwerk.domain.vervoer.VervoerQueries.Gebruik;
import nl.maatwerk.domain.vervoer.Vervoersignaal;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.Validatie;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.kern.client.Pagina;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.vervoer.regels.Budgetstand;
import nl.maatwerk.vervoer.regels.Vervoerregels;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Regiotaxipassen, hun budgetgebruik per jaar, ritten en signalen. Rol via annotaties, gemeente via
 * {@link HuidigeGebruiker} (een pas van een andere gemeente bestaat niet), audit bij elke inzage of wijziging.
 */
@Stateless
@RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class Vervoer {

    static final String PAS_NIET_GEVONDEN = "Regiotaxipas niet gevonden.";

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

    /**
     * Verstrekt een regiotaxipas: het jaarbudget volgt de behoefte binnen de grenzen van de regelset (V-02, V-03),
     * het bereik wordt getoetst (V-02 straal, V-03 reisgebied), extra service volgens V-04, en de motivering noemt
     * elke regel met bron, ook E-04/V-07 (eigen bijdrage).
     */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public PasOverzicht pasVerstrekken(PasAanvraag a) {
        Client client = em.find(Client.class, a.clientId());
        if (client == null || !huidige.werktVoor(client.getGemeente().getCode())) {
            throw new NietGevondenException("Cliënt niet gevonden.");
        }
        if (a.geldigVan() == null) {
            throw new ValidatieException("geldigVan", "Geldig vanaf is verplicht.");
        }
        if (a.behoefte() == null) {
            throw new ValidatieException("behoefte", "De vervoersbehoefte is verplicht.");
        }
        Regelset rs = regelboek.regelboek().regelset(client.getGemeente().getCode(), a.geldigVan());
        Besluit besluit = besluit(rs, a);
        List<ValidatieException.Fout> fouten = besluit.motivering().stream().filter(RegelToepassing::isAfwijzingsgrond)
                .map(m -> new ValidatieException.Fout(m.regelId().equals("V-04") ? "extraService" : "behoefte", m.motivering()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        if (em.createQuery("select count(p) from Regiotaxipas p where p.pasnummer = :nr", Long.class)
                .setParameter("nr", a.pasnummer()).getSingleResult() > 0) {
            throw new ValidatieException("pasnummer", "Pasnummer " + a.pasnummer() + " is al in gebruik.");
        }
        Regiotaxipas pas = maakPas(client, rs, a, besluit);
        validatie.valideer(pas);
        em.persist(pas);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, client.getGemeente().getCode(), client.getId(), "Regiotaxipas " + pas.getPasnummer() + " verstrekt");
        return overzicht(pas, Gebruik.GEEN, a.geldigVan().getYear());
    }

    /** De regels voor een pas en het jaarbudget; een afwijzingsgrond in de motivering betekent: geen pas. */
    public record Besluit(List<RegelToepassing> motivering, Vervoerregels.Jaarbudget budget) {
    }

    public static Besluit besluit(Regelset rs, PasAanvraag a) {
        Toetsing t = Toetsing.voor(rs);
        List<RegelToepassing> motivering = new ArrayList<>();
        motivering.add(Vervoerregels.REGIOTAXI_EERST.toets(new Vervoerregels.Keuze(Vervoerregels.Voorziening.REGIOTAXI, true, true), t));
        motivering.add(Vervoerregels.STRAAL.toets(a.behoefte(), t));
        motivering.add(Vervoerregels.REISGEBIED.toets(a.behoefte(), t));
        var service = a.extraService() == null ? Vervoerregels.ExtraService.GEEN : a.extraService();
        motivering.add(Vervoerregels.EXTRA_SERVICE.toets(new Vervoerregels.ServiceVraag(service, a.oorzaakInWoning()), t));
        Vervoerregels.Jaarbudget budget = Vervoerregels.jaarbudget(a.behoefte(), rs);
        motivering.addAll(budget.motivering());
        motivering.add(Vervoerregels.BEGELEIDING.toets(new Vervoerregels.Begeleiding(99, a.begeleider(), a.begeleider(), false, a.kinderenMee()), t));
        motivering.addAll(Vervoerregels.eigenBijdrageCollectiefVervoer(rs));
        return new Besluit(List.copyOf(motivering), budget);
    }

    /** Maakt (nog niet opgeslagen) de pas uit een besluit zonder afwijzingsgrond. */
    public static Regiotaxipas maakPas(Client client, Regelset rs, PasAanvraag a, Besluit besluit) {
        Regiotaxipas pas = new Regiotaxipas(a.pasnummer(), client, client.getGemeente(), a.geldigVan(), a.geldigTot(),
                besluit.budget().km(), besluit.budget().zones(), rs.versie());
        pas.setBegeleider(a.begeleider());
        pas.setKinderenMee(a.kinderenMee());
        pas.setExtraService(a.extraService() == Vervoerregels.ExtraService.VANAF_DE_HAL ? Regiotaxipas.ExtraService.VANAF_DE_HAL : Regiotaxipas.ExtraService.GEEN);
        pas.setMotivering("Regels van " + rs.gemeentenaam() + ", versie " + rs.versie() + ":\n"
                + besluit.motivering().stream().map(RegelToepassing::motivering).collect(Collectors.joining("\n")));
        return pas;
    }

    public Pagina<PasOverzicht> passen(int jaar, int eerste, int aantal) {
        Set<String> gemeenten = huidige.gemeenten();
        List<Regiotaxipas> passen = VervoerQueries.passen(em, gemeenten, eerste, aantal);
        Map<Long, Gebruik> gebruik = VervoerQueries.gebruik(em, passen.stream().map(Regiotaxipas::getId).toList(), jaar);
        long totaal = VervoerQueries.aantalPassen(em, gemeenten);
        audit.registreer(AuditActie.ZOEKEN, null, null, "Regiotaxipassen met budgetgebruik " + jaar + " bekeken (" + passen.size() + " van " + totaal + ")");
        return new Pagina<>(passen.stream().map(p -> overzicht(p, gebruik.getOrDefault(p.getId(), Gebruik.GEEN), jaar)).toList(), totaal);
    }

    public PasOverzicht pas(String pasnummer, int jaar) {
        Regiotaxipas p = zoekPas(pasnummer);
        audit.registreer(AuditActie.LEZEN, p.getGemeente().getCode(), p.getClient().getId(), "Budget van regiotaxipas " + pasnummer + " in " + jaar + " bekeken");
        return overzicht(p, VervoerQueries.gebruik(em, p.getId(), jaar), jaar);
    }

    /** De motivering van de pas, met de regels en hun bron. */
    public String motivering(String pasnummer) {
        Regiotaxipas p = zoekPas(pasnummer);
        audit.registreer(AuditActie.LEZEN, p.getGemeente().getCode(), p.getClient().getId(), "Motivering van regiotaxipas " + pasnummer + " bekeken");
        return p.getMotivering();
    }

    public List<PasOverzicht> passenVanClient(long clientId, int jaar) {
        Client c = em.find(Client.class, clientId);
        if (c == null || !huidige.werktVoor(c.getGemeente().getCode())) {
            throw new NietGevondenException("Cliënt niet gevonden.");
        }
        List<Regiotaxipas> passen = VervoerQueries.passenVanClient(em, clientId);
        Map<Long, Gebruik> gebruik = VervoerQueries.gebruik(em, passen.stream().map(Regiotaxipas::getId).toList(), jaar);
        audit.registreer(AuditActie.LEZEN, c.getGemeente().getCode(), clientId, "Regiotaxipassen van de cliënt bekeken");
        return passen.stream().map(p -> overzicht(p, gebruik.getOrDefault(p.getId(), Gebruik.GEEN), jaar)).toList();
    }

    public Pagina<RitRegel> ritten(String pasnummer, int jaar, int eerste, int aantal) {
        Regiotaxipas p = zoekPas(pasnummer);
        List<Rit> ritten = VervoerQueries.ritten(em, p.getId(), jaar, eerste, aantal);
        audit.registreer(AuditActie.LEZEN, p.getGemeente().getCode(), p.getClient().getId(), "Ritten van regiotaxipas " + pasnummer + " in " + jaar + " bekeken");
        return new Pagina<>(ritten.stream().map(r -> new RitRegel(pasnummer, r.getMoment(), r.getVan(), r.getNaar(), r.getKm(),
                r.getZones(), r.isBegeleider(), r.isPrioriteit(), r.isBuitenGebied())).toList(), VervoerQueries.aantalRitten(em, p.getId(), jaar));
    }

    /** Gebruik per maand en cumulatief; alle twaalf maanden, ook zonder ritten. */
    public List<MaandRegel> gebruikPerMaand(String pasnummer, int jaar) {
        Regiotaxipas p = zoekPas(pasnummer);
        Map<Integer, VervoerQueries.MaandGebruik> perMaand = VervoerQueries.gebruikPerMaand(em, p.getId(), jaar).stream()
                .collect(Collectors.toMap(VervoerQueries.MaandGebruik::maand, m -> m));
        audit.registreer(AuditActie.LEZEN, p.getGemeente().getCode(), p.getClient().getId(), "Gebruik per maand van regiotaxipas " + pasnummer + " in " + jaar + " bekeken");
        List<MaandRegel> uit = new ArrayList<>();
        BigDecimal km = BigDecimal.ZERO;
        long zones = 0;
        for (int m = 1; m <= 12; m++) {
            var g = perMaand.get(m);
            BigDecimal mk = g == null ? BigDecimal.ZERO : g.km();
            long mz = g == null ? 0 : g.zones();
            km = km.add(mk);
            zones += mz;
            uit.add(new MaandRegel(m, java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl")), mk, mz,
                    g == null ? 0 : g.ritten(), km, zones));
        }
        return uit;
    }

    public List<SignaalRegel> signalen(boolean alleenOpen, int eerste, int aantal) {
        List<Vervoersignaal> signalen = VervoerQueries.signalen(em, huidige.gemeenten(), alleenOpen, eerste, aantal);
        audit.registreer(AuditActie.ZOEKEN, null, null, "Vervoersignalen bekeken (" + signalen.size() + ")");
        return signalen.stream().map(Vervoer::signaal).toList();
    }

    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public void signaalAfhandelen(long signaalId) {
        Vervoersignaal s = em.find(Vervoersignaal.class, signaalId);
        if (s == null || !huidige.werktVoor(s.getPas().getGemeente().getCode())) {
            throw new NietGevondenException("Signaal niet gevonden.");
        }
        s.setAfgehandeld(true);
        audit.registreer(AuditActie.WIJZIGEN, s.getPas().getGemeente().getCode(), s.getPas().getClient().getId(),
                "Vervoersignaal afgehandeld: " + s.omschrijving());
    }

    private Regiotaxipas zoekPas(String pasnummer) {
        if (pasnummer == null || pasnummer.isBlank()) {
            throw new NietGevondenException(PAS_NIET_GEVONDEN);
        }
        return VervoerQueries.pasOpNummer(em, pasnummer.strip(), huidige.gemeenten())
                .orElseThrow(() -> new NietGevondenException(PAS_NIET_GEVONDEN));
    }

    private static SignaalRegel signaal(Vervoersignaal s) {
        Regiotaxipas p = s.getPas();
        return new SignaalRegel(s.getId(), p.getPasnummer(), p.getClient().getId(), p.getClient().volledigeNaam(), p.getGemeente().getNaam(),
                s.getJaar(), s.getSoort().name(), s.getDrempel(), s.omschrijving(), s.getAangemaaktOp(), s.isAfgehandeld());
    }

    static PasOverzicht overzicht(Regiotaxipas p, Gebruik g, int jaar) {
        Integer kmProcent = p.getKmPerJaar() == null ? null : new Budgetstand(p.getKmPerJaar(), g.km()).percentage();
        Integer zonesProcent = p.getZonesPerJaar() == null ? null : new Budgetstand(p.getZonesPerJaar(), g.zones()).percentage();
        return new PasOverzicht(p.getId(), p.getPasnummer(), p.getClient().getId(), p.getClient().volledigeNaam(), p.getGemeente().getCode(),
                p.getGemeente().getNaam(), p.getGeldigVan(), p.getGeldigTot(), p.getKmPerJaar(), g.km(), kmProcent, p.getZonesPerJaar(),
                g.zones(), zonesProcent, g.ritten(), g.buitenGebied(), p.isBegeleider(), p.isKinderenMee(), p.getExtraService().name(),
                p.getRegelsetVersie(), jaar);
    }
}
