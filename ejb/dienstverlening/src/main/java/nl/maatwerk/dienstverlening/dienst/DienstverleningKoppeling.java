package nl.maatwerk.dienstverlening.dienst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.dienstverlening.regels.Dienstverleningsregels;
import nl.maatwerk.dienstverlening.regels.Resultaatgebied;
import nl.maatwerk.domain.dienstverlening.Arrangement;
import nl.maatwerk.domain.dienstverlening.ArrangementRegel;
import nl.maatwerk.domain.dienstverlening.Calamiteitmelding;
import nl.maatwerk.domain.dienstverlening.DienstverleningQueries;
import nl.maatwerk.domain.dienstverlening.Opdracht;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Toetsing;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.BeschikkingsonderdeelBron;
import nl.maatwerk.verordening.koppeling.Leveringsvorm;
import nl.maatwerk.verordening.koppeling.SignaalBron;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron;
import nl.maatwerk.verordening.regelset.Regelset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Wat de dienstverlening andere gebieden laat zien: de geleverde arrangementen met hun kostprijs per maand (E-02)
 * voor het CAK en de kosten per gemeente, de onderdelen van een beschikking en signalen voor de werkvoorraad. De
 * vrager controleert rol en gemeente en audit; deze bron geeft alleen gemeenten waarvoor de aanroeper werkt.
 * INTAKE mag ook: de werkvoorraad van toegang is ook van de intake en vraagt elke SignaalBron onder diens rol.
 */
@Stateless
@Local({VoorzieningenBron.class, BeschikkingsonderdeelBron.class, SignaalBron.class})
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class DienstverleningKoppeling implements VoorzieningenBron, BeschikkingsonderdeelBron, SignaalBron {

    public static final String GEBIED = "dienstverlening";
    /** Werkafspraak, geen regel: een opdracht zonder start na zoveel dagen vraagt navraag bij de aanbieder. */
    public static final int DAGEN_ZONDER_START = 14;

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @EJB
    RegelboekDienst regelboek;

    @Override
    public String gebied() {
        return GEBIED;
    }

    /** De gestarte opdrachten: natura, kostprijs per maand volgens E-02, bijdrageplichtig (E-01). */
    @Override
    public List<GeleverdeVoorziening> voorzieningen(Set<String> gemeenten, LocalDate van, LocalDate tot) {
        List<GeleverdeVoorziening> uit = new ArrayList<>();
        for (Opdracht o : DienstverleningQueries.geleverd(em, eigen(gemeenten), van, tot)) {
            Arrangement a = o.getArrangement();
            Regelset rs = regelboek.regelboek().versie(a.getRegelsetVersie());
            Toetsing t = Toetsing.voor(rs);
            String producten = a.getRegels().stream().map(r -> Resultaatgebied.opSleutel(r.getResultaatgebied())
                    .map(g -> g.iwmoCategorie() + "/" + g.productcode(r.getTrede())).orElse(r.getResultaatgebied())).collect(Collectors.joining("+"));
            List<RegelToepassing> motivering = List.of(
                    t.toepassing("E-02", Uitkomst.VAN_TOEPASSING, "De kostprijs van het ondersteuningsarrangement is het laagste tarief van een "
                            + "gecontracteerde aanbieder per onderdeel plus de opslag voor vervoer: " + Dienstverleningsregels.euro(a.getKostprijsPerMaand()) + " per maand"),
                    t.toepassing("E-04", Uitkomst.NIET_VAN_TOEPASSING, "Dienstverlening als maatwerkvoorziening is geen cliëntondersteuning of algemene voorziening; "
                            + "er is een eigen bijdrage verschuldigd"));
            uit.add(new GeleverdeVoorziening(GEBIED, "opdracht-" + o.getToewijzingnummer(), a.getClient().getId(), a.getGemeente().getCode(),
                    producten, omschrijving(a), Leveringsvorm.NATURA, o.getStartdatum(), o.getStopdatum(), a.getKostprijsPerMaand(),
                    Kostprijsbasis.PER_MAAND, true, motivering));
        }
        return uit;
    }

    @Override
    public List<Beschikkingsonderdeel> onderdelen(long aanvraagId) {
        Set<String> gemeenten = huidige.gemeenten();
        List<Beschikkingsonderdeel> uit = new ArrayList<>();
        for (Arrangement a : DienstverleningQueries.arrangementenVanAanvraag(em, aanvraagId)) {
            if (!gemeenten.contains(a.getGemeente().getCode())) {
                continue;
            }
            Toetsing t = Toetsing.voor(regelboek.regelboek().versie(a.getRegelsetVersie()));
            List<RegelToepassing> motivering = a.getToepassingen() == null ? List.of() : a.getToepassingen().lines()
                    .map(l -> l.split("\t", 3)).filter(d -> d.length == 3)
                    .map(d -> new RegelToepassing(d[0], Uitkomst.valueOf(d[1]), t.bron(d[0]).orElse(null), d[2])).toList();
            List<String> voorwaarden = List.of(
                    "De aanbieder neemt contact met u op en legt met u de afspraken vast in een uitvoeringsplan dat u beiden ondertekent (regel D-06).",
                    "Verblijft u langer dan 4 weken niet op uw woonadres, dan meldt u dat aan de gemeente (regel C-15).");
            uit.add(new Beschikkingsonderdeel(GEBIED, omschrijving(a), true, Leveringsvorm.NATURA, a.getIngang(), a.getEinde(), voorwaarden, motivering));
        }
        return uit;
    }

    /** Opdrachten zonder start na {@value #DAGEN_ZONDER_START} dagen, en calamiteiten die de toezichthouder nog onderzoekt (O-01). */
    @Override
    public List<Signaal> signalen(Set<String> gemeenten) {
        Set<String> eigen = eigen(gemeenten);
        List<Signaal> uit = new ArrayList<>();
        for (Opdracht o : DienstverleningQueries.zonderStart(em, eigen, LocalDateTime.now().minusDays(DAGEN_ZONDER_START))) {
            Arrangement a = o.getArrangement();
            uit.add(new Signaal(GEBIED, "opdracht-zonder-start-" + o.getToewijzingnummer(), a.getClient().getId(), a.getGemeente().getCode(), null,
                    "Dienstverleningsopdracht " + o.getToewijzingnummer() + " aan " + o.getAanbieder().getNaam() + " is na " + DAGEN_ZONDER_START
                            + " dagen nog niet gestart (geen WMO305 ontvangen)", o.getVerzondenOp().toLocalDate(),
                    "/dienstverlening/opdracht.xhtml?nummer=" + o.getToewijzingnummer()));
        }
        for (Calamiteitmelding m : DienstverleningQueries.calamiteiten(em, eigen, true)) {
            uit.add(new Signaal(GEBIED, "calamiteit-" + m.getId(), m.getClient() == null ? 0 : m.getClient().getId(), m.getGemeente().getCode(), "O-01",
                    "Melding " + m.getSoort().name().toLowerCase() + " van " + m.getAanbieder().getNaam() + " (" + m.getDatumVoorval()
                            + ") wacht op onderzoek door de toezichthoudend ambtenaar" + (m.isTijdig() ? "" : "; niet onverwijld gemeld"),
                    m.getDatumMelding(), "/dienstverlening/calamiteiten.xhtml"));
        }
        return uit;
    }

    private Set<String> eigen(Set<String> gemeenten) {
        Set<String> s = new HashSet<>(gemeenten);
        s.retainAll(huidige.gemeenten());
        return s;
    }

    static String omschrijving(Arrangement a) {
        return "Ondersteuningsarrangement: " + a.getRegels().stream().map(DienstverleningKoppeling::onderdeel).collect(Collectors.joining("; "));
    }

    private static String onderdeel(ArrangementRegel r) {
        return Resultaatgebied.opSleutel(r.getResultaatgebied()).map(g -> g.naam() + " trede " + r.getTrede()
                + g.trede(r.getTrede()).map(t -> " (" + t.naam() + ")").orElse("")).orElse(r.getResultaatgebied())
                + (r.isVervoer() ? " inclusief vervoer" : "");
    }
}
