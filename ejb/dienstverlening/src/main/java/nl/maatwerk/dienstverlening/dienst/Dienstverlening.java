package nl.maatwerk.dienstverlening.dienst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.dienstverlening.dienst.Gegevens.*;
import nl.maatwerk.dienstverlening.regels.Arrangementvraag;
import nl.maatwerk.dienstverlening.regels.Dienstverleningsregels;
import nl.maatwerk.dienstverlening.regels.Dienstverleningsregels.Gecontracteerd;
import nl.maatwerk.dienstverlening.regels.Grondslag;
import nl.maatwerk.dienstverlening.regels.Huisgenoot;
import nl.maatwerk.dienstverlening.regels.Onderdeel;
import nl.maatwerk.dienstverlening.regels.Periode;
import nl.maatwerk.dienstverlening.regels.Resultaatgebied;
import nl.maatwerk.dienstverlening.toewijzing.Leveringsberichten;
import nl.maatwerk.dienstverlening.toewijzing.Leveringsberichten.OngeldigBericht;
import nl.maatwerk.dienstverlening.toewijzing.Toewijzing;
import nl.maatwerk.dienstverlening.toewijzing.ToewijzingBericht;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.dienstverlening.Aanbieder;
import nl.maatwerk.domain.dienstverlening.Arrangement;
import nl.maatwerk.domain.dienstverlening.ArrangementRegel;
import nl.maatwerk.domain.dienstverlening.Calamiteitmelding;
import nl.maatwerk.domain.dienstverlening.Clientervaringsonderzoek;
import nl.maatwerk.domain.dienstverlening.Contract;
import nl.maatwerk.domain.dienstverlening.DienstverleningQueries;
import nl.maatwerk.domain.dienstverlening.Klacht;
import nl.maatwerk.domain.dienstverlening.Leveringsbericht;
import nl.maatwerk.domain.dienstverlening.Opdracht;
import nl.maatwerk.domain.dienstverlening.Tarief;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.Validatie;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.kern.client.Pagina;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.SignaalBron;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron.GeleverdeVoorziening;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Termijnkalender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Arrangementen, aanbieders, opdrachten en hun start en stop. Elke methode: rol via annotaties, gemeente via
 * {@link HuidigeGebruiker} (gegevens van een andere gemeente bestaan niet), audit in dezelfde transactie. De regels
 * staan in {@link Dienstverleningsregels}; een afwijzingsgrond wordt een {@link ValidatieException} met de zin
 * die de regel-id en het artikel noemt, en er wordt niets opgeslagen.
 */
@Stateless
@RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class Dienstverlening {

    static final String CLIENT_NIET_GEVONDEN = "Cliënt niet gevonden.";
    static final String ARRANGEMENT_NIET_GEVONDEN = "Arrangement niet gevonden.";
    static final String OPDRACHT_NIET_GEVONDEN = "Opdracht niet gevonden.";
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
    RegelboekDienst regelboek;

    @EJB(beanName = "DienstverleningKoppeling")
    VoorzieningenBron geleverd;

    @EJB(beanName = "DienstverleningKoppeling")
    SignaalBron signaalbron;

    // ------------------------------------------------------------------------------------ aanbieders

    /** De aanbieders met een contract in de eigen gemeenten, met hun tarieven per resultaatgebied en trede. */
    public List<AanbiederOverzicht> aanbieders() {
        List<Contract> contracten = DienstverleningQueries.contracten(em, huidige.gemeenten());
        audit.registreer(AuditActie.ZOEKEN, null, null, "Gecontracteerde aanbieders en tarieven bekeken (" + contracten.size() + " contracten)");
        Map<Long, List<Contract>> perAanbieder = contracten.stream().collect(Collectors.groupingBy(c -> c.getAanbieder().getId(), LinkedHashMap::new, Collectors.toList()));
        return perAanbieder.values().stream().map(cs -> {
            Aanbieder a = cs.get(0).getAanbieder();
            return new AanbiederOverzicht(a.getId(), a.getAgbCode(), a.getNaam(), a.isKlachtenregeling(), a.isMedezeggenschap(),
                    cs.stream().map(c -> new ContractOverzicht(c.getId(), c.getGemeente().getCode(), c.getGeldigVan(), c.getGeldigTot(), c.isOggz(),
                            c.getTarieven().stream().map(Dienstverlening::tarief).toList())).toList());
        }).toList();
    }

    /**
     * Alle geregistreerde aanbieders (de AGB-code is landelijk), met alleen hun contracten in de eigen gemeenten: zo kan de
     * teamleider een aanbieder zonder contract in de eigen gemeente er een geven.
     */
    @RolesAllowed({Rol.TEAMLEIDER_})
    public List<AanbiederOverzicht> geregistreerdeAanbieders() {
        Map<Long, AanbiederOverzicht> metContract = aanbieders().stream().collect(Collectors.toMap(AanbiederOverzicht::id, a -> a));
        return DienstverleningQueries.aanbieders(em).stream().map(a -> metContract.getOrDefault(a.getId(),
                new AanbiederOverzicht(a.getId(), a.getAgbCode(), a.getNaam(), a.isKlachtenregeling(), a.isMedezeggenschap(), List.of()))).toList();
    }

    /** Een aanbieder registreren (AGB-code van 8 cijfers, uniek); contracten volgen per gemeente. */
    @RolesAllowed({Rol.TEAMLEIDER_})
    public AanbiederOverzicht aanbiederRegistreren(AanbiederInvoer in) {
        if (in == null) {
            throw new ValidatieException("agbCode", "Stuur de aanbieder.");
        }
        String agb = in.agbCode() == null ? null : in.agbCode().strip();
        Aanbieder a = validatie.valideer(new Aanbieder(agb, in.naam() == null ? null : in.naam().strip(), in.klachtenregeling(), in.medezeggenschap()));
        if (DienstverleningQueries.aanbiederOpAgb(em, agb).isPresent()) {
            throw new ValidatieException("agbCode", "AGB-code " + agb + " is al geregistreerd.");
        }
        em.persist(a);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, null, null, "Aanbieder " + a.getNaam() + " (AGB " + agb + ") geregistreerd");
        return new AanbiederOverzicht(a.getId(), a.getAgbCode(), a.getNaam(), a.isKlachtenregeling(), a.isMedezeggenschap(), List.of());
    }

    /**
     * Een contract met een gemeente van de teamleider, met tarieven per resultaatgebied en trede (D-01: de trede bestaat
     * in de regels van die gemeente) en, waar de gemeente O-03 kent, een klachtenregeling en medezeggenschap bij de aanbieder.
     */
    @RolesAllowed({Rol.TEAMLEIDER_})
    public ContractOverzicht contractVastleggen(long aanbiederId, ContractInvoer in) {
        Aanbieder a = em.find(Aanbieder.class, aanbiederId);
        if (a == null) {
            throw new NietGevondenException("Aanbieder niet gevonden.");
        }
        if (in == null || in.geldigVan() == null) {
            throw new ValidatieException("geldigVan", "Geldig vanaf is verplicht.");
        }
        Gemeente g = gemeente(in.gemeente());
        Regelset rs = regelboek.regelboek().regelset(g.getCode(), in.geldigVan());
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        RegelToepassing o03 = Dienstverleningsregels.klachtenEnMedezeggenschap(rs, a.getNaam(), a.isKlachtenregeling(), a.isMedezeggenschap());
        if (o03.uitkomst() == nl.maatwerk.verordening.beoordeling.Uitkomst.NIET_VOLDAAN) {
            fouten.add(new ValidatieException.Fout("aanbieder", o03.motivering()));
        }
        Contract c = new Contract(a, g, in.geldigVan(), in.geldigTot(), in.oggz());
        Map<String, nl.maatwerk.verordening.regelset.Waarde> treden = rs.tabel(Dienstverleningsregels.TREDEN);
        List<TariefInvoer> tarieven = in.tarieven() == null ? List.of() : in.tarieven();
        if (tarieven.isEmpty()) {
            fouten.add(new ValidatieException.Fout("tarieven", "Een contract heeft minstens één tarief per resultaatgebied en trede."));
        }
        Set<String> gezien = new java.util.HashSet<>();
        for (TariefInvoer t : tarieven) {
            Optional<Resultaatgebied> r = Resultaatgebied.opSleutel(t.resultaatgebied() == null ? "" : t.resultaatgebied().strip());
            var max = r.map(x -> treden.get(x.sleutel())).orElse(null);
            if (r.isEmpty() || !(max instanceof nl.maatwerk.verordening.regelset.Waarde.Getal getal)) {
                fouten.add(new ValidatieException.Fout("tarieven", "Resultaatgebied '" + t.resultaatgebied() + "' bestaat niet in de regels van " + rs.gemeentenaam() + "."));
            } else if (t.trede() < 1 || t.trede() > getal.alsInt()) {
                fouten.add(new ValidatieException.Fout("tarieven", r.get().naam() + " kent de treden 1 tot en met " + getal.alsInt() + "; trede " + t.trede()
                        + " bestaat niet (" + rs.parameter(Dienstverleningsregels.TREDEN).bron().voorRegel("D-01").tekst() + ", regel D-01)."));
            } else if (t.perMaand() == null || t.perMaand().signum() < 0 || (t.vervoerstoeslag() != null && t.vervoerstoeslag().signum() < 0)) {
                fouten.add(new ValidatieException.Fout("tarieven", "Het tarief bij " + r.get().naam() + " trede " + t.trede() + " is verplicht en niet negatief."));
            } else if (!gezien.add(r.get().sleutel() + "/" + t.trede())) {
                fouten.add(new ValidatieException.Fout("tarieven", r.get().naam() + " trede " + t.trede() + " staat dubbel in het contract."));
            } else {
                c.voegTariefToe(r.get().sleutel(), t.trede(), t.perMaand(), r.get() == Resultaatgebied.DAGBESTEDING ? t.vervoerstoeslag() : null);
            }
        }
        validatie.valideer(c, fouten);
        em.persist(c);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, g.getCode(), null, "Contract van " + a.getNaam() + " met gemeente " + g.getCode() + " vanaf " + in.geldigVan()
                + " vastgelegd (" + c.getTarieven().size() + " tarieven)");
        return new ContractOverzicht(c.getId(), g.getCode(), c.getGeldigVan(), c.getGeldigTot(), c.isOggz(),
                c.getTarieven().stream().map(Dienstverlening::tarief).toList());
    }

    // ---------------------------------------------------------------------------------- arrangement

    /** Past de regels toe zonder iets op te slaan: voor het scherm dat het arrangement opbouwt. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Toets toets(ArrangementInvoer in) {
        Client client = client(in.clientId());
        Afweging a = afweging(client, in);
        audit.registreer(AuditActie.LEZEN, client.getGemeente().getCode(), client.getId(), "Arrangement dienstverlening getoetst aan de regels");
        return new Toets(!Dienstverleningsregels.afgewezen(a.motivering), regels(a.motivering), a.kostprijs,
                a.gecontracteerd.stream().map(g -> new Gecontracteerde(g.aanbieder.getId(), g.aanbieder.getNaam(), g.aanbieder.getAgbCode(), g.bedrag)).toList());
    }

    /**
     * Stelt het arrangement vast (D-01…D-04, C-03, C-13, D-07, D-08, D-10, E-02). Een afwijzingsgrond weigert het
     * geheel met de zin van de regel; bij een wijziging (voorgangerId) eindigt de voorganger de dag vóór de ingang.
     */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public ArrangementOverzicht arrangementVaststellen(ArrangementInvoer in) {
        Client client = client(in.clientId());
        Afweging a = afweging(client, in);
        List<ValidatieException.Fout> fouten = a.motivering.stream().filter(RegelToepassing::isAfwijzingsgrond)
                .map(r -> new ValidatieException.Fout(veld(r.regelId()), r.motivering())).collect(Collectors.toCollection(ArrayList::new));
        if (a.kostprijs == null && fouten.isEmpty()) {
            fouten.add(new ValidatieException.Fout("onderdelen", "Geen gecontracteerde aanbieder heeft een tarief voor elk resultaatgebied en elke trede "
                    + "van dit arrangement; de kostprijs (regel E-02) kan niet worden bepaald."));
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        Arrangement arr = new Arrangement(client, in.besluitdatum(), in.ingang(), in.einde(), a.periode.verloop().name(),
                a.vraag.grondslagen().stream().map(Grondslag::sleutel).sorted().collect(Collectors.joining(",")),
                a.regelset.versie(), huidige.naam(), LocalDateTime.now());
        arr.setAanvraagId(in.aanvraagId());
        arr.setSpoed(in.spoed());
        arr.setVoortzetting(in.voortzetting());
        arr.setTijdelijk(in.tijdelijk());
        arr.setOggz(in.oggz());
        arr.setKostprijsPerMaand(a.kostprijs);
        for (Onderdeel o : a.vraag.onderdelen()) {
            arr.voegRegelToe(o.gebied().sleutel(), o.trede(), String.join("\n", o.subdoelen()), o.vervoer());
        }
        arr.setMotivering(motivering(a.regelset, a.motivering));
        arr.setToepassingen(a.motivering.stream().map(r -> r.regelId() + "\t" + r.uitkomst().name() + "\t" + r.motivering().replace('\n', ' '))
                .collect(Collectors.joining("\n")));
        if (a.voorganger != null) {
            arr.setVoorgangerId(a.voorganger.getId());
            a.voorganger.beeindig(in.ingang().minusDays(1));
        }
        validatie.valideer(arr);
        em.persist(arr);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, client.getGemeente().getCode(), client.getId(), "Arrangement dienstverlening " + arr.getId()
                + " vastgesteld: " + a.vraag.onderdelen().stream().map(Onderdeel::omschrijving).collect(Collectors.joining(", ")));
        return overzicht(arr);
    }

    public ArrangementOverzicht arrangement(long id) {
        Arrangement a = zoekArrangement(id);
        audit.registreer(AuditActie.LEZEN, a.getGemeente().getCode(), a.getClient().getId(), "Arrangement dienstverlening " + id + " bekeken");
        return overzicht(a);
    }

    public List<ArrangementOverzicht> arrangementenVanClient(long clientId) {
        Client c = client(clientId);
        List<Arrangement> lijst = DienstverleningQueries.arrangementenVanClient(em, clientId);
        audit.registreer(AuditActie.LEZEN, c.getGemeente().getCode(), clientId, "Arrangementen dienstverlening van de cliënt bekeken");
        return lijst.stream().map(this::overzicht).toList();
    }

    /** D-09 en C-15: afwezigheid van de cliënt; bij definitief vertrek uit huisvesting eindigt het arrangement. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public List<Regel> afwezigheid(long arrangementId, boolean definitief, LocalDate vanaf, LocalDate tot) {
        Arrangement a = zoekArrangement(arrangementId);
        if (vanaf == null) {
            throw new ValidatieException("vanaf", "Vanaf is verplicht.");
        }
        Regelset rs = regelboek.regelboek().regelset(a.getGemeente().getCode(), vanaf);
        var gevolg = Dienstverleningsregels.afwezigheid(rs, onderdelen(a), definitief, vanaf, tot);
        if (gevolg.einde() != null) {
            a.beeindig(gevolg.einde());
            DienstverleningQueries.opdrachtenVanArrangement(em, a.getId()).stream()
                    .filter(o -> o.getStatus() == Opdracht.Status.GESTART && !gevolg.einde().isBefore(o.getStartdatum()))
                    .forEach(o -> o.stop(gevolg.einde(), "06"));
        }
        audit.registreer(AuditActie.WIJZIGEN, a.getGemeente().getCode(), a.getClient().getId(), "Afwezigheid verwerkt bij arrangement " + arrangementId
                + (gevolg.einde() == null ? "" : "; beëindigd op " + gevolg.einde()));
        return regels(gevolg.motivering());
    }

    // ------------------------------------------------------------------------------------ opdrachten

    /**
     * D-05 en D-06: de opdracht gaat naar de aanbieder die de cliënt koos uit de gecontracteerde (of, bij OGGZ of
     * zonder voorkeur, die de medewerker koos). Het bedrag is het tarief van die aanbieder.
     */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public OpdrachtOverzicht opdrachtVersturen(long arrangementId, Long voorkeurClient, Long keuzeMedewerker) {
        Arrangement arr = zoekArrangement(arrangementId);
        Regelset rs = regelboek.regelboek().versie(arr.getRegelsetVersie());
        if (arr.getStatus() != Arrangement.Status.VASTGESTELD) {
            throw new ValidatieException("arrangement", "Het arrangement is beëindigd; er gaat geen opdracht meer uit.");
        }
        if (DienstverleningQueries.opdrachtenVanArrangement(em, arrangementId).stream().anyMatch(o -> o.getStatus() != Opdracht.Status.GESTOPT)) {
            throw new ValidatieException("arrangement", "Er loopt al een opdracht voor dit arrangement.");
        }
        List<Onderdeel> onderdelen = onderdelen(arr);
        List<Kandidaat> kandidaten = gecontracteerd(arr.getGemeente().getCode(), arr.getIngang(), onderdelen, arr.isOggz());
        var keuze = Dienstverleningsregels.aanbieder(rs, kandidaten.stream().map(k -> new Gecontracteerd(k.aanbieder.getId(), k.aanbieder.getNaam())).toList(),
                voorkeurClient, keuzeMedewerker, arr.isOggz());
        if (!keuze.gelukt()) {
            throw new ValidatieException("aanbieder", keuze.toepassing().motivering());
        }
        Kandidaat gekozen = kandidaten.stream().filter(k -> k.aanbieder.getId().equals(keuze.aanbiederId())).findFirst().orElseThrow();
        RegelToepassing d06 = Dienstverleningsregels.opdracht(rs, true, gekozen.aanbieder.getNaam());
        int volgnummer = DienstverleningQueries.opdrachtenVanArrangement(em, arrangementId).size() + 1;
        Opdracht o = new Opdracht(arr, gekozen.aanbieder, String.format("%06d%02d", arrangementId, volgnummer), LocalDateTime.now(), gekozen.bedrag);
        o.setMotivering(motivering(rs, List.of(keuze.toepassing(), d06)));
        validatie.valideer(o);
        em.persist(o);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, arr.getGemeente().getCode(), arr.getClient().getId(), "Dienstverleningsopdracht " + o.getToewijzingnummer()
                + " verstuurd aan " + gekozen.aanbieder.getNaam() + " (AGB " + gekozen.aanbieder.getAgbCode() + ")");
        return opdracht(o);
    }

    /** De aanbieders die dit arrangement kunnen leveren (contract in de gemeente met een tarief voor elk onderdeel; bij OGGZ een OGGZ-contract). */
    public List<Gecontracteerde> gecontracteerd(long arrangementId) {
        Arrangement arr = zoekArrangement(arrangementId);
        audit.registreer(AuditActie.LEZEN, arr.getGemeente().getCode(), arr.getClient().getId(), "Gecontracteerde aanbieders voor arrangement " + arrangementId + " bekeken");
        return gecontracteerd(arr.getGemeente().getCode(), arr.getIngang(), onderdelen(arr), arr.isOggz()).stream()
                .map(k -> new Gecontracteerde(k.aanbieder.getId(), k.aanbieder.getNaam(), k.aanbieder.getAgbCode(), k.bedrag)).toList();
    }

    public Pagina<OpdrachtOverzicht> opdrachten(String status, int eerste, int aantal) {
        Opdracht.Status s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = Opdracht.Status.valueOf(status.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new ValidatieException("status", "Status is VERZONDEN, GESTART of GESTOPT.");
            }
        }
        Set<String> gemeenten = huidige.gemeenten();
        List<Opdracht> lijst = DienstverleningQueries.opdrachten(em, gemeenten, s, eerste, aantal);
        long totaal = DienstverleningQueries.aantalOpdrachten(em, gemeenten, s);
        audit.registreer(AuditActie.ZOEKEN, null, null, "Dienstverleningsopdrachten bekeken (" + lijst.size() + " van " + totaal + ")");
        return new Pagina<>(lijst.stream().map(Dienstverlening::opdracht).toList(), totaal);
    }

    public OpdrachtOverzicht opdracht(String toewijzingnummer) {
        Opdracht o = zoekOpdracht(toewijzingnummer);
        audit.registreer(AuditActie.LEZEN, o.getArrangement().getGemeente().getCode(), o.getArrangement().getClient().getId(),
                "Dienstverleningsopdracht " + toewijzingnummer + " bekeken");
        return opdracht(o);
    }

    /** De opdracht als toewijzing in de structuur van iWmo WMO301 (zie {@link ToewijzingBericht}). */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public String toewijzing(String toewijzingnummer) {
        Opdracht o = zoekOpdracht(toewijzingnummer);
        Arrangement a = o.getArrangement();
        Client c = a.getClient();
        Map<String, Tarief> tarieven = DienstverleningQueries.tarieven(em, a.getGemeente().getCode(), a.getIngang()).stream()
                .filter(t -> t.getContract().getAanbieder().getId().equals(o.getAanbieder().getId()))
                .collect(Collectors.toMap(t -> t.getResultaatgebied() + "/" + t.getTrede(), t -> t, (x, y) -> x));
        List<Toewijzing.Product> producten = a.getRegels().stream().map(r -> {
            Resultaatgebied g = Resultaatgebied.opSleutel(r.getResultaatgebied()).orElseThrow();
            Tarief t = tarieven.get(r.getResultaatgebied() + "/" + r.getTrede());
            BigDecimal bedrag = t == null ? BigDecimal.ZERO : t.getPerMaand().add(r.isVervoer() && t.getVervoerstoeslag() != null ? t.getVervoerstoeslag() : BigDecimal.ZERO);
            return new Toewijzing.Product(g.iwmoCategorie(), g.productcode(r.getTrede()), g.naam() + " trede " + r.getTrede(), bedrag);
        }).toList();
        String xml = ToewijzingBericht.alsXml(new Toewijzing(o.getToewijzingnummer(), a.getGemeente().getCode(), o.getAanbieder().getAgbCode(),
                c.getBsn(), c.getGeboortedatum(), c.getAchternaam(), o.getVerzondenOp().toLocalDate(), a.getIngang(), a.getEinde(), producten),
                "WMO301-" + o.getToewijzingnummer(), LocalDate.now());
        audit.registreer(AuditActie.EXPORTEREN, a.getGemeente().getCode(), c.getId(), "Toewijzing (WMO301) " + toewijzingnummer + " geëxporteerd");
        return xml;
    }

    /** D-06: het uitvoeringsplan dat aanbieder en cliënt ondertekenden. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public OpdrachtOverzicht uitvoeringsplan(String toewijzingnummer, LocalDate datum, boolean doorClient, boolean doorAanbieder) {
        Opdracht o = zoekOpdracht(toewijzingnummer);
        if (datum == null) {
            throw new ValidatieException("datum", "Datum van het uitvoeringsplan is verplicht.");
        }
        Regelset rs = regelboek.regelboek().versie(o.getArrangement().getRegelsetVersie());
        RegelToepassing d06 = Dienstverleningsregels.uitvoeringsplan(rs, doorClient, doorAanbieder);
        if (d06.uitkomst() != nl.maatwerk.verordening.beoordeling.Uitkomst.VOLDAAN) {
            throw new ValidatieException("uitvoeringsplan", d06.motivering());
        }
        o.legUitvoeringsplanVast(datum, doorClient, doorAanbieder);
        o.setMotivering(o.getMotivering() + "\n" + d06.motivering());
        audit.registreer(AuditActie.WIJZIGEN, o.getArrangement().getGemeente().getCode(), o.getArrangement().getClient().getId(),
                "Uitvoeringsplan bij opdracht " + toewijzingnummer + " vastgelegd");
        return opdracht(o);
    }

    /**
     * Leest een start- (WMO305) of stopbericht (WMO307) in. Alles of niets: één fout (onbekende toewijzing, andere
     * aanbieder of cliënt, datum buiten de toewijzing) en er verandert niets. Een bericht dat al verwerkt is,
     * verandert niets (idempotent); hetzelfde bericht met een andere datum wordt geweigerd.
     */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public ImportUitkomst leveringsbericht(String xml) {
        Leveringsberichten.Bericht b;
        try {
            b = Leveringsberichten.lees(xml);
        } catch (OngeldigBericht e) {
            throw new ValidatieException(e.fouten().stream().map(f -> new ValidatieException.Fout("bericht", f)).toList());
        }
        Set<String> gemeenten = huidige.gemeenten();
        String element = b.soort() == Leveringsberichten.Soort.WMO305 ? "StartProduct" : "StopProduct";
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        List<String> meldingen = new ArrayList<>();
        int verwerkt = 0;
        int alVerwerkt = 0;
        int n = 0;
        List<Runnable> wijzigingen = new ArrayList<>();
        Set<String> gezien = new java.util.HashSet<>();
        for (Leveringsberichten.Melding m : b.meldingen()) {
            n++;
            String waar = "Element " + element + " " + n + "/ToewijzingNummer";
            Optional<Opdracht> oo = DienstverleningQueries.opdrachtOpNummer(em, m.toewijzingNummer(), gemeenten);
            if (oo.isEmpty()) {
                fouten.add(new ValidatieException.Fout("bericht", waar + ": toewijzing " + m.toewijzingNummer() + " is niet bekend."));
                continue;
            }
            Opdracht o = oo.get();
            if (!o.getAanbieder().getAgbCode().equals(b.afzenderAgb())) {
                fouten.add(new ValidatieException.Fout("bericht", "Element Header/Afzender: toewijzing " + m.toewijzingNummer()
                        + " is niet aan AGB-code " + b.afzenderAgb() + " toegewezen."));
                continue;
            }
            if (!o.getArrangement().getClient().getBsn().equals(b.bsn())) {
                fouten.add(new ValidatieException.Fout("bericht", "Element Client/Bsn: toewijzing " + m.toewijzingNummer() + " hoort bij een andere cliënt."));
                continue;
            }
            if (!gezien.add(m.toewijzingNummer())) {
                continue; // one product line per resultaatgebied: the order starts and stops as a whole
            }
            Optional<Leveringsbericht> eerder = DienstverleningQueries.bericht(em, o.getId(), b.soort().name());
            if (eerder.isPresent()) {
                if (eerder.get().getDatum().equals(m.datum())) {
                    alVerwerkt++;
                    meldingen.add("Toewijzing " + m.toewijzingNummer() + ": " + b.soort() + " van " + m.datum() + " was al verwerkt; niets veranderd.");
                } else {
                    fouten.add(new ValidatieException.Fout("bericht", "Element " + element + " " + n + ": toewijzing " + m.toewijzingNummer() + " is al "
                            + (b.soort() == Leveringsberichten.Soort.WMO305 ? "gestart" : "gestopt") + " op " + eerder.get().getDatum() + "."));
                }
                continue;
            }
            Arrangement a = o.getArrangement();
            if (b.soort() == Leveringsberichten.Soort.WMO305) {
                if (m.datum().isBefore(a.getIngang()) || (a.getEinde() != null && m.datum().isAfter(a.getEinde()))) {
                    fouten.add(new ValidatieException.Fout("bericht", "Element StartProduct " + n + "/Begindatum: " + m.datum()
                            + " ligt buiten de toewijzing (" + a.getIngang() + " tot " + (a.getEinde() == null ? "onbepaald" : a.getEinde()) + ")."));
                    continue;
                }
                wijzigingen.add(() -> o.start(m.datum()));
                meldingen.add("Toewijzing " + m.toewijzingNummer() + " gestart op " + m.datum() + " door " + o.getAanbieder().getNaam() + ".");
            } else {
                if (o.getStartdatum() == null) {
                    fouten.add(new ValidatieException.Fout("bericht", "Element StopProduct " + n + ": toewijzing " + m.toewijzingNummer()
                            + " is nog niet gestart; een stop volgt op een start (WMO305)."));
                    continue;
                }
                if (m.datum().isBefore(o.getStartdatum())) {
                    fouten.add(new ValidatieException.Fout("bericht", "Element StopProduct " + n + "/Einddatum: " + m.datum()
                            + " ligt vóór de start op " + o.getStartdatum() + "."));
                    continue;
                }
                wijzigingen.add(() -> o.stop(m.datum(), m.reden()));
                meldingen.add("Toewijzing " + m.toewijzingNummer() + " gestopt op " + m.datum() + " (reden " + m.reden() + ").");
            }
            wijzigingen.add(() -> em.persist(new Leveringsbericht(o, b.soort().name(), m.datum(), m.reden(), LocalDateTime.now())));
            wijzigingen.add(() -> audit.registreer(AuditActie.IMPORTEREN, a.getGemeente().getCode(), a.getClient().getId(),
                    b.soort() + " voor toewijzing " + m.toewijzingNummer() + " ingelezen (" + m.datum() + ")"));
            verwerkt++;
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        wijzigingen.forEach(Runnable::run);
        if (verwerkt == 0) {
            audit.registreer(AuditActie.IMPORTEREN, null, null, b.soort() + " opnieuw ingelezen; niets veranderd");
        }
        return new ImportUitkomst(b.soort().name(), verwerkt, alVerwerkt, meldingen);
    }

    /**
     * Wat de dienstverlening in [van, tot] leverde, zoals financiën het via {@link VoorzieningenBron} ziet: per gestarte
     * opdracht de kostprijs per maand (E-02) en de bijdrageplicht. Voor de controle van de eigen bijdrage en de kosten.
     */
    @RolesAllowed({Rol.TEAMLEIDER_, Rol.FINANCIEEL_, Rol.CONSULENT_})
    public List<GeleverdeVoorziening> geleverd(LocalDate van, LocalDate tot) {
        if (van == null || tot == null || tot.isBefore(van)) {
            throw new ValidatieException("van", "Geef een periode: van en tot, met tot niet vóór van.");
        }
        List<GeleverdeVoorziening> lijst = geleverd.voorzieningen(huidige.gemeenten(), van, tot);
        audit.registreer(AuditActie.EXPORTEREN, null, null, "Geleverde dienstverlening " + van + " tot en met " + tot + " bekeken (" + lijst.size() + ")");
        return lijst;
    }

    /** De signalen van de dienstverlening zoals de werkvoorraad ze via {@link SignaalBron} krijgt. */
    public List<SignaalBron.Signaal> signalen() {
        List<SignaalBron.Signaal> lijst = signaalbron.signalen(huidige.gemeenten());
        audit.registreer(AuditActie.ZOEKEN, null, null, "Signalen dienstverlening bekeken (" + lijst.size() + ")");
        return lijst;
    }

    // ------------------------------------------------------------------------- calamiteiten en klachten

    /** O-01: een calamiteit of geweldsincident dat een aanbieder meldde, voor onderzoek door de toezichthoudend ambtenaar. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public CalamiteitOverzicht calamiteit(CalamiteitInvoer in) {
        Gemeente g = gemeente(in.gemeente());
        Aanbieder aanbieder = aanbieder(in.agbCode());
        Client client = in.clientId() == null ? null : client(in.clientId());
        if (client != null && !client.getGemeente().getCode().equals(g.getCode())) {
            throw new NietGevondenException(CLIENT_NIET_GEVONDEN);
        }
        Calamiteitmelding.Soort soort;
        try {
            soort = Calamiteitmelding.Soort.valueOf(in.soort() == null ? "" : in.soort().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ValidatieException("soort", "Soort is CALAMITEIT of GEWELD.");
        }
        if (in.datumVoorval() == null || in.datumMelding() == null) {
            throw new ValidatieException("datumVoorval", "Datum van het voorval en van de melding zijn verplicht.");
        }
        Regelset rs = regelboek.regelboek().regelset(g.getCode(), in.datumVoorval());
        LocalDate uiterlijk = KALENDER.plus(in.datumVoorval(), rs.duur("toegang.onverwijld"));
        var oordeel = Dienstverleningsregels.calamiteit(rs, in.datumVoorval(), in.datumMelding(), uiterlijk);
        Calamiteitmelding m = new Calamiteitmelding(aanbieder, g, client, soort, in.datumVoorval(), in.datumMelding(), in.omschrijving(),
                oordeel.tijdig(), oordeel.toepassing().motivering());
        validatie.valideer(m);
        em.persist(m);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, g.getCode(), client == null ? null : client.getId(), "Melding " + soort + " van " + aanbieder.getNaam() + " geregistreerd");
        return calamiteit(m);
    }

    public List<CalamiteitOverzicht> calamiteiten(boolean alleenOpen) {
        var lijst = DienstverleningQueries.calamiteiten(em, huidige.gemeenten(), alleenOpen);
        audit.registreer(AuditActie.ZOEKEN, null, null, "Meldingen van calamiteiten en geweld bekeken (" + lijst.size() + ")");
        return lijst.stream().map(Dienstverlening::calamiteit).toList();
    }

    /**
     * O-01 (004 art. 20 lid 3): de toezichthoudend ambtenaar legt de bevinding van het onderzoek vast en rondt het af;
     * daarmee vervalt het signaal in de werkvoorraad. In deze toepassing is dat de teamleider van de gemeente.
     */
    @RolesAllowed({Rol.TEAMLEIDER_})
    public CalamiteitOverzicht onderzoekAfronden(long id, String bevinding) {
        Calamiteitmelding m = em.find(Calamiteitmelding.class, id);
        if (m == null || !huidige.werktVoor(m.getGemeente().getCode())) {
            throw new NietGevondenException("Melding niet gevonden.");
        }
        if (m.isOnderzocht()) {
            throw new ValidatieException("bevinding", "Het onderzoek naar deze melding is al afgerond.");
        }
        String tekst = bevinding == null ? "" : bevinding.strip();
        if (tekst.isEmpty()) {
            throw new ValidatieException("bevinding", "Bevinding is verplicht: wat het onderzoek uitwees en het advies aan het college.");
        }
        if (tekst.length() > 2000) {
            throw new ValidatieException("bevinding", "Bevinding mag hoogstens 2000 tekens zijn.");
        }
        LocalDate vandaag = LocalDate.now();
        Regelset rs = regelboek.regelboek().regelset(m.getGemeente().getCode(), m.getDatumVoorval());
        m.onderzoekAfgerond(tekst, Dienstverleningsregels.calamiteitOnderzocht(rs, vandaag, tekst).motivering());
        validatie.valideer(m);
        em.flush();
        audit.registreer(AuditActie.WIJZIGEN, m.getGemeente().getCode(), m.getClient() == null ? null : m.getClient().getId(),
                "Onderzoek naar melding " + m.getSoort().name().toLowerCase() + " van " + m.getAanbieder().getNaam() + " afgerond");
        return calamiteit(m);
    }

    /** O-03: een klacht over een aanbieder; de motivering zegt of de aanbieder een klachtenregeling en medezeggenschap heeft. */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public KlachtOverzicht klacht(KlachtInvoer in) {
        Gemeente g = gemeente(in.gemeente());
        Aanbieder aanbieder = aanbieder(in.agbCode());
        Client client = in.clientId() == null ? null : client(in.clientId());
        Klacht k = new Klacht(aanbieder, g, client, in.ontvangenOp(), in.onderwerp());
        validatie.valideer(k);
        em.persist(k);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, g.getCode(), client == null ? null : client.getId(), "Klacht over " + aanbieder.getNaam() + " geregistreerd");
        return klacht(k);
    }

    public List<KlachtOverzicht> klachten() {
        var lijst = DienstverleningQueries.klachten(em, huidige.gemeenten());
        audit.registreer(AuditActie.ZOEKEN, null, null, "Klachten over aanbieders bekeken (" + lijst.size() + ")");
        return lijst.stream().map(this::klacht).toList();
    }

    // ------------------------------------------------------------------- cliëntervaringsonderzoek (O-03)

    /**
     * O-03 (004 art. 18 lid 3): wie voor het jaarlijkse cliëntervaringsonderzoek van een gemeente wordt uitgenodigd (elke
     * cliënt met een arrangement dat in het jaar liep) en of het onderzoek over dat jaar al is vastgelegd.
     */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public ErvaringsonderzoekOverzicht ervaringsonderzoek(String gemeente, Integer jaar) {
        Gemeente g = gemeente(gemeente);
        int j = jaar(jaar);
        var overzicht = ervaringsonderzoek(g, j);
        audit.registreer(AuditActie.ZOEKEN, g.getCode(), null, "Cliëntervaringsonderzoek " + j + " bekeken (" + overzicht.uitnodigen().size() + " uit te nodigen)");
        return overzicht;
    }

    /** O-03: het onderzoek over een jaar vastleggen als uitgevoerd, met datum en samenvatting; één keer per gemeente en jaar. */
    @RolesAllowed({Rol.TEAMLEIDER_})
    public ErvaringsonderzoekOverzicht ervaringsonderzoekVastleggen(ErvaringsonderzoekInvoer in) {
        if (in == null) {
            throw new ValidatieException("body", "Stuur het cliëntervaringsonderzoek.");
        }
        Gemeente g = gemeente(in.gemeente());
        int j = jaar(in.jaar());
        Regelset rs = regelsetVoorJaar(g, j);
        var onderzoek = Dienstverleningsregels.clientervaringsonderzoek(rs, j, voorzieningen(g, j));
        if (onderzoek.toepassing().uitkomst() == nl.maatwerk.verordening.beoordeling.Uitkomst.NIET_VAN_TOEPASSING) {
            throw new ValidatieException("gemeente", onderzoek.toepassing().motivering());
        }
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (DienstverleningQueries.ervaringsonderzoek(em, g.getCode(), j).isPresent()) {
            fouten.add(new ValidatieException.Fout("jaar", "Het cliëntervaringsonderzoek over " + j + " is al vastgelegd."));
        }
        if (in.uitgevoerdOp() == null) {
            fouten.add(new ValidatieException.Fout("uitgevoerdOp", "Uitgevoerd op is verplicht."));
        } else if (in.uitgevoerdOp().isBefore(LocalDate.of(j, 1, 1)) || in.uitgevoerdOp().isAfter(LocalDate.now())) {
            fouten.add(new ValidatieException.Fout("uitgevoerdOp", "Uitgevoerd op ligt niet vóór 1 januari " + j + " en niet in de toekomst."));
        }
        Clientervaringsonderzoek o = new Clientervaringsonderzoek(g, j, in.uitgevoerdOp(), onderzoek.uitnodigen().size(),
                in.uitkomst() == null ? null : in.uitkomst().strip(), rs.versie(), onderzoek.toepassing().motivering(), huidige.naam());
        validatie.valideer(o, fouten);
        em.persist(o);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, g.getCode(), null, "Cliëntervaringsonderzoek " + j + " vastgelegd als uitgevoerd op " + in.uitgevoerdOp()
                + " (" + o.getUitgenodigd() + " uitgenodigd)");
        return ervaringsonderzoek(g, j);
    }

    private ErvaringsonderzoekOverzicht ervaringsonderzoek(Gemeente g, int jaar) {
        Regelset rs = regelsetVoorJaar(g, jaar);
        var onderzoek = Dienstverleningsregels.clientervaringsonderzoek(rs, jaar, voorzieningen(g, jaar));
        Uitgevoerd uitgevoerd = DienstverleningQueries.ervaringsonderzoek(em, g.getCode(), jaar)
                .map(o -> new Uitgevoerd(o.getUitgevoerdOp(), o.getUitgenodigd(), o.getUitkomst(), o.getVastgelegdDoor(), o.getRegelsetVersie())).orElse(null);
        return new ErvaringsonderzoekOverzicht(g.getCode(), jaar, onderzoek.toepassing().uitkomst().name(), onderzoek.toepassing().motivering(),
                onderzoek.uitnodigen().stream().map(v -> new Uitnodiging(v.clientId(), v.naam(), v.van(), v.tot())).toList(), uitgevoerd);
    }

    private List<Dienstverleningsregels.Voorziening> voorzieningen(Gemeente g, int jaar) {
        return DienstverleningQueries.arrangementenInPeriode(em, g.getCode(), LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31)).stream()
                .map(a -> new Dienstverleningsregels.Voorziening(a.getClient().getId(), a.getClient().volledigeNaam(), a.getIngang(), a.getEinde())).toList();
    }

    /** De regels die aan het eind van het jaar golden, of vandaag als het jaar nog loopt. */
    private Regelset regelsetVoorJaar(Gemeente g, int jaar) {
        LocalDate eind = LocalDate.of(jaar, 12, 31);
        return regelboek.regelboek().regelset(g.getCode(), eind.isAfter(LocalDate.now()) ? LocalDate.now() : eind);
    }

    private static int jaar(Integer jaar) {
        int huidig = LocalDate.now().getYear();
        if (jaar == null || jaar < 2017 || jaar > huidig) {
            throw new ValidatieException("jaar", "Jaar is verplicht en ligt tussen 2017 en " + huidig + ".");
        }
        return jaar;
    }

    // --------------------------------------------------------------------------------------- intern

    /** De regels op een invoer: alles wat het vaststellen nodig heeft. */
    private static final class Afweging {
        Regelset regelset;
        Arrangementvraag vraag;
        Periode periode;
        Arrangement voorganger;
        List<RegelToepassing> motivering;
        BigDecimal kostprijs;
        List<Kandidaat> gecontracteerd;
    }

    private record Kandidaat(Aanbieder aanbieder, BigDecimal bedrag) {
    }

    private Afweging afweging(Client client, ArrangementInvoer in) {
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (in.besluitdatum() == null) {
            fouten.add(new ValidatieException.Fout("besluitdatum", "Besluitdatum is verplicht."));
        }
        if (in.ingang() == null) {
            fouten.add(new ValidatieException.Fout("ingang", "Ingangsdatum is verplicht."));
        }
        List<Onderdeel> onderdelen = new ArrayList<>();
        for (OnderdeelInvoer o : in.onderdelen() == null ? List.<OnderdeelInvoer>of() : in.onderdelen()) {
            Optional<Resultaatgebied> r = Resultaatgebied.opSleutel(o.resultaatgebied() == null ? "" : o.resultaatgebied().strip());
            if (r.isEmpty()) {
                fouten.add(new ValidatieException.Fout("onderdelen", "Onbekend resultaatgebied '" + o.resultaatgebied() + "'; kies uit "
                        + Arrays.stream(Resultaatgebied.values()).map(Resultaatgebied::sleutel).collect(Collectors.joining(", ")) + "."));
            } else {
                onderdelen.add(new Onderdeel(r.get(), o.trede(), o.subdoelen(), o.vervoer()));
            }
        }
        Set<Grondslag> grondslagen = EnumSet.noneOf(Grondslag.class);
        for (String g : in.grondslagen() == null ? List.<String>of() : in.grondslagen()) {
            Grondslag.opSleutel(g == null ? "" : g.strip()).ifPresentOrElse(grondslagen::add, () -> fouten.add(new ValidatieException.Fout("grondslagen",
                    "Onbekende grondslag '" + g + "'; kies uit " + Arrays.stream(Grondslag.values()).map(Grondslag::sleutel).collect(Collectors.joining(", ")) + ".")));
        }
        if (grondslagen.isEmpty()) {
            fouten.add(new ValidatieException.Fout("grondslagen", "Noem minstens één grondslag."));
        }
        List<Huisgenoot> huisgenoten = new ArrayList<>();
        for (HuisgenootInvoer h : in.huisgenoten() == null ? List.<HuisgenootInvoer>of() : in.huisgenoten()) {
            try {
                huisgenoten.add(new Huisgenoot(Huisgenoot.Relatie.valueOf(h.relatie() == null ? "" : h.relatie().strip().toUpperCase()), h.leeftijd(), h.beperkt(), h.overbelast()));
            } catch (IllegalArgumentException e) {
                fouten.add(new ValidatieException.Fout("huisgenoten", "Relatie van een huisgenoot is PARTNER, KIND of HUISGENOOT."));
            }
        }
        Periode.Verloop verloop = Periode.Verloop.STABIEL;
        if (in.verloop() != null && !in.verloop().isBlank()) {
            try {
                verloop = Periode.Verloop.valueOf(in.verloop().strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                fouten.add(new ValidatieException.Fout("verloop", "Verloop is STABIEL, VERSLECHTEREND, VERBETERING of BEPERKTE_LEVENSVERWACHTING."));
            }
        }
        Arrangement voorganger = null;
        if (in.voorgangerId() != null) {
            voorganger = DienstverleningQueries.arrangement(em, in.voorgangerId(), huidige.gemeenten())
                    .filter(v -> v.getClient().getId().equals(client.getId())).orElseThrow(() -> new NietGevondenException(ARRANGEMENT_NIET_GEVONDEN));
            if (voorganger.getStatus() != Arrangement.Status.VASTGESTELD) {
                fouten.add(new ValidatieException.Fout("voorgangerId", "Het arrangement dat u wijzigt is al beëindigd."));
            }
        }
        String niveau = null;
        if (in.aanvraagId() != null) {
            var aanvraag = DienstverleningQueries.aanvraagToegang(em, in.aanvraagId());
            if (aanvraag.isEmpty() || aanvraag.get().clientId() != client.getId()) {
                fouten.add(new ValidatieException.Fout("aanvraagId", "Aanvraag " + in.aanvraagId() + " is geen aanvraag van deze cliënt."));
            } else {
                niveau = aanvraag.get().toegangsniveau();
            }
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        Afweging a = new Afweging();
        a.regelset = regelboek.regelboek().regelset(client.getGemeente().getCode(), in.besluitdatum());
        a.vraag = new Arrangementvraag(onderdelen, grondslagen, huisgenoten, in.kortdurend(), in.permanentToezicht(),
                in.mantelzorgerOntlastingNodig(), in.vervoerBeperking());
        a.periode = new Periode(in.besluitdatum(), in.ingang(), in.einde(), verloop, in.spoed(), in.voortzetting(), in.feitenVaststaand(), in.tijdelijk());
        a.voorganger = voorganger;
        List<RegelToepassing> m = new ArrayList<>(List.of(Dienstverleningsregels.toegangsniveau(niveau)));
        m.addAll(Dienstverleningsregels.arrangement(a.regelset, a.vraag));
        m.addAll(Dienstverleningsregels.periode(a.regelset, a.periode));
        if (voorganger != null) {
            m.add(Dienstverleningsregels.wijziging(a.regelset, onderdelen(voorganger), onderdelen, in.besluitdatum(), in.ingang()));
        }
        List<Tarief> tarieven = DienstverleningQueries.tarieven(em, client.getGemeente().getCode(), in.ingang());
        var kostprijs = Dienstverleningsregels.kostprijs(a.regelset, onderdelen, tarieven.stream()
                .map(t -> new Dienstverleningsregels.Tarief(t.getContract().getAanbieder().getId(), t.getContract().getAanbieder().getNaam(),
                        Resultaatgebied.opSleutel(t.getResultaatgebied()).orElse(null), t.getTrede(), t.getPerMaand(), t.getVervoerstoeslag()))
                .filter(t -> t.gebied() != null).toList());
        kostprijs.ifPresent(k -> m.addAll(k.motivering()));
        a.kostprijs = kostprijs.map(Dienstverleningsregels.Kostprijsberekening::perMaand).orElse(null);
        a.motivering = List.copyOf(m);
        a.gecontracteerd = onderdelen.isEmpty() ? List.of() : gecontracteerd(client.getGemeente().getCode(), in.ingang(), onderdelen, in.oggz());
        return a;
    }

    /** Aanbieders met een geldig contract dat elk onderdeel dekt, met hun bedrag per maand (tarief plus vervoer). */
    private List<Kandidaat> gecontracteerd(String gemeente, LocalDate datum, List<Onderdeel> onderdelen, boolean oggz) {
        Map<Aanbieder, List<Tarief>> perAanbieder = DienstverleningQueries.tarieven(em, gemeente, datum).stream()
                .filter(t -> !oggz || t.getContract().isOggz())
                .collect(Collectors.groupingBy(t -> t.getContract().getAanbieder(), LinkedHashMap::new, Collectors.toList()));
        List<Kandidaat> uit = new ArrayList<>();
        perAanbieder.forEach((aanbieder, tarieven) -> {
            BigDecimal som = BigDecimal.ZERO;
            for (Onderdeel o : onderdelen) {
                Optional<Tarief> t = tarieven.stream().filter(x -> x.getResultaatgebied().equals(o.gebied().sleutel()) && x.getTrede() == o.trede())
                        .min(Comparator.comparing(Tarief::getPerMaand));
                if (t.isEmpty()) {
                    return;
                }
                som = som.add(t.get().getPerMaand()).add(o.vervoer() && t.get().getVervoerstoeslag() != null ? t.get().getVervoerstoeslag() : BigDecimal.ZERO);
            }
            uit.add(new Kandidaat(aanbieder, som));
        });
        return uit;
    }

    private static String veld(String regelId) {
        return switch (regelId) {
            case "D-03" -> "mantelzorgondersteuning";
            case "O-05" -> "aanvraagId";
            case "C-03", "D-04" -> "huisgenoten";
            case "V-13" -> "vervoer";
            case "D-07", "D-08" -> "ingang";
            case "C-13", "D-10" -> "einde";
            default -> "onderdelen";
        };
    }

    static List<Onderdeel> onderdelen(Arrangement a) {
        return a.getRegels().stream().map(r -> new Onderdeel(Resultaatgebied.opSleutel(r.getResultaatgebied()).orElseThrow(), r.getTrede(),
                r.subdoelenLijst(), r.isVervoer())).toList();
    }

    static String motivering(Regelset rs, List<RegelToepassing> toepassingen) {
        return "Regels van " + rs.gemeentenaam() + ", versie " + rs.versie() + ":\n"
                + toepassingen.stream().map(RegelToepassing::motivering).collect(Collectors.joining("\n"));
    }

    private static List<Regel> regels(List<RegelToepassing> m) {
        return m.stream().map(r -> new Regel(r.regelId(), r.uitkomst().name(), r.motivering())).toList();
    }

    private Client client(long id) {
        return huidige.client(em, id);
    }

    private Gemeente gemeente(String code) {
        Gemeente g = code == null ? null : em.find(Gemeente.class, code.strip());
        if (g == null || !huidige.werktVoor(g.getCode())) {
            throw new ValidatieException("gemeente", "Kies een gemeente waarvoor u werkt.");
        }
        return g;
    }

    private Aanbieder aanbieder(String agb) {
        return DienstverleningQueries.aanbiederOpAgb(em, agb == null ? "" : agb.strip())
                .orElseThrow(() -> new ValidatieException("agbCode", "Geen aanbieder met AGB-code " + agb + "."));
    }

    private Arrangement zoekArrangement(long id) {
        return DienstverleningQueries.arrangement(em, id, huidige.gemeenten()).orElseThrow(() -> new NietGevondenException(ARRANGEMENT_NIET_GEVONDEN));
    }

    private Opdracht zoekOpdracht(String nummer) {
        if (nummer == null || nummer.isBlank()) {
            throw new NietGevondenException(OPDRACHT_NIET_GEVONDEN);
        }
        return DienstverleningQueries.opdrachtOpNummer(em, nummer.strip(), huidige.gemeenten())
                .orElseThrow(() -> new NietGevondenException(OPDRACHT_NIET_GEVONDEN));
    }

    ArrangementOverzicht overzicht(Arrangement a) {
        List<OpdrachtOverzicht> opdrachten = a.getId() == null ? List.of()
                : DienstverleningQueries.opdrachtenVanArrangement(em, a.getId()).stream().map(Dienstverlening::opdracht).toList();
        return new ArrangementOverzicht(a.getId(), a.getClient().getId(), a.getClient().volledigeNaam(), a.getGemeente().getCode(), a.getAanvraagId(),
                a.getVoorgangerId(), a.getBesluitdatum(), a.getIngang(), a.getEinde(), a.getVerloop(), Arrays.asList(a.getGrondslagen().split(",")),
                a.isTijdelijk(), a.isOggz(), a.getStatus().name(), a.getRegels().stream().map(Dienstverlening::onderdeel).toList(),
                a.getKostprijsPerMaand(), a.getRegelsetVersie(), a.getMotivering(), opdrachten, a.getVersion());
    }

    static OnderdeelOverzicht onderdeel(ArrangementRegel r) {
        Resultaatgebied g = Resultaatgebied.opSleutel(r.getResultaatgebied()).orElseThrow();
        var trede = g.trede(r.getTrede());
        return new OnderdeelOverzicht(g.sleutel(), g.naam(), r.getTrede(), trede.map(Resultaatgebied.Trede::naam).orElse(""),
                trede.map(Resultaatgebied.Trede::omschrijving).orElse(""), g.productcode(r.getTrede()), r.subdoelenLijst(), r.isVervoer());
    }

    static OpdrachtOverzicht opdracht(Opdracht o) {
        Arrangement a = o.getArrangement();
        return new OpdrachtOverzicht(o.getToewijzingnummer(), a.getId(), a.getClient().getId(), a.getClient().volledigeNaam(), a.getGemeente().getCode(),
                o.getAanbieder().getId(), o.getAanbieder().getNaam(), o.getAanbieder().getAgbCode(), o.getVerzondenOp(), o.getBedragPerMaand(),
                o.getStatus().name(), o.getStartdatum(), o.getStopdatum(), o.getRedenStop(), o.getPlanDatum(), o.isPlanClient(), o.isPlanAanbieder(), o.getMotivering());
    }

    static TariefOverzicht tarief(Tarief t) {
        var g = Resultaatgebied.opSleutel(t.getResultaatgebied());
        return new TariefOverzicht(t.getResultaatgebied(), g.map(Resultaatgebied::naam).orElse(t.getResultaatgebied()), t.getTrede(),
                g.flatMap(x -> x.trede(t.getTrede())).map(Resultaatgebied.Trede::naam).orElse(""), t.getPerMaand(), t.getVervoerstoeslag());
    }

    static CalamiteitOverzicht calamiteit(Calamiteitmelding m) {
        return new CalamiteitOverzicht(m.getId(), m.getGemeente().getCode(), m.getAanbieder().getNaam(), m.getClient() == null ? null : m.getClient().getId(),
                m.getSoort().name(), m.getDatumVoorval(), m.getDatumMelding(), m.getOmschrijving(), m.isTijdig(), m.isOnderzocht(), m.getMotivering(),
                m.getBevinding());
    }

    KlachtOverzicht klacht(Klacht k) {
        Regelset rs = regelboek.regelboek().regelset(k.getGemeente().getCode(), k.getOntvangenOp());
        RegelToepassing o03 = Dienstverleningsregels.klachtenEnMedezeggenschap(rs, k.getAanbieder().getNaam(), k.getAanbieder().isKlachtenregeling(),
                k.getAanbieder().isMedezeggenschap());
        return new KlachtOverzicht(k.getId(), k.getGemeente().getCode(), k.getAanbieder().getNaam(), k.getClient() == null ? null : k.getClient().getId(),
                k.getOntvangenOp(), k.getOnderwerp(), k.getAfgehandeldOp(), o03.motivering());
    }
}
