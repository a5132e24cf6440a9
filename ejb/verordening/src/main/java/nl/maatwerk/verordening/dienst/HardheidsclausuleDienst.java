package nl.maatwerk.verordening.dienst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.verordening.HardheidsclausuleStatus;
import nl.maatwerk.domain.verordening.HardheidsclausuleToepassing;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.Validatie;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.verordening.beoordeling.Hardheidsclausule;
import nl.maatwerk.verordening.regelset.Bron;
import nl.maatwerk.verordening.regelset.Regelset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static nl.maatwerk.domain.kern.Rol.BEHEERDER_;
import static nl.maatwerk.domain.kern.Rol.CONSULENT_;
import static nl.maatwerk.domain.kern.Rol.TEAMLEIDER_;

/**
 * C-10, the register of the hardheidsclausule: a consulent asks with a written reason, a teamleider who is not
 * the requester approves or refuses, and a beheerder sees the onderwerpen where it is used repeatedly. Whether
 * a gemeente has a hardheidsclausule at all is what its regelset in force says (Lochem's documents have none).
 * Linking a decision to an approved use is up to the area module (through {@link #alsHardheidsclausule}).
 */
@Stateless
@RolesAllowed({CONSULENT_, TEAMLEIDER_})
public class HardheidsclausuleDienst {

    private static final String NIET_GEVONDEN = "Dit hardheidsclausuleverzoek bestaat niet.";

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @Inject
    Audit audit;

    @Inject
    Validatie validatie;

    @EJB
    RegelboekDienst regels;

    public record Aanvraag(String gemeente, String onderwerp, Long clientId, String reden) {
    }

    /**
     * One onderwerp with its number of approved uses. {@code drempel} is the regelset parameter
     * hardheidsclausule.signaal_na_aantal of the version in force (null if that version has none).
     */
    public record Signaal(String gemeente, String gemeentenaam, String onderwerp, long aantal, Integer drempel,
                          boolean herhaald, String bron) {
    }

    public HardheidsclausuleToepassing vraagAan(Aanvraag a) {
        if (a == null || a.gemeente() == null || a.gemeente().isBlank()) {
            throw new ValidatieException("gemeente", "Gemeente is verplicht.");
        }
        huidige.vereisGemeente(a.gemeente(), "Gemeente " + a.gemeente() + " bestaat niet.");
        Regelset regelset = regels.regelboek().regelset(a.gemeente(), LocalDate.now());
        if (regelset.zoekRegelBron("C-10").isEmpty()) {
            throw new ValidatieException("gemeente", "De regels van gemeente " + regelset.gemeentenaam() + " (regelset "
                    + regelset.versie() + ") bevatten geen hardheidsclausule; afwijken van de regels is daarom niet mogelijk (C-10).");
        }
        if (a.clientId() != null) {
            Client client = em.find(Client.class, a.clientId());
            if (client == null || !client.getGemeente().getCode().equals(a.gemeente())) {
                throw new NietGevondenException("Deze cliënt bestaat niet.");
            }
            huidige.vereisGemeente(client.getGemeente().getCode(), "Deze cliënt bestaat niet.");
        }
        var verzoek = validatie.valideer(new HardheidsclausuleToepassing(a.gemeente(), a.onderwerp(), a.clientId(),
                a.reden(), regelset.versie(), huidige.naam(), LocalDateTime.now()));
        em.persist(verzoek);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, a.gemeente(), a.clientId(), "Hardheidsclausule aangevraagd (verzoek "
                + verzoek.getId() + ", onderwerp " + verzoek.getOnderwerp() + ", C-10)");
        return verzoek;
    }

    @RolesAllowed(TEAMLEIDER_)
    public HardheidsclausuleToepassing keurGoed(long id, String toelichting) {
        return beoordeel(id, true, toelichting);
    }

    @RolesAllowed(TEAMLEIDER_)
    public HardheidsclausuleToepassing weiger(long id, String toelichting) {
        return beoordeel(id, false, toelichting);
    }

    private HardheidsclausuleToepassing beoordeel(long id, boolean goedgekeurd, String toelichting) {
        HardheidsclausuleToepassing verzoek = lees(id);
        if (verzoek.getStatus() != HardheidsclausuleStatus.AANGEVRAAGD) {
            throw new ValidatieException("status", "Over dit verzoek is al beslist: " + verzoek.getStatus().omschrijving() + ".");
        }
        if (verzoek.getAangevraagdDoor().equals(huidige.naam())) {
            throw new ValidatieException("beoordeling", "U hebt dit verzoek zelf ingediend; een andere teamleider moet het "
                    + "goedkeuren of weigeren (vier ogen, C-10).");
        }
        verzoek.beoordeel(goedgekeurd, huidige.naam(), toelichting, LocalDateTime.now());
        validatie.valideer(verzoek);
        audit.registreer(AuditActie.WIJZIGEN, verzoek.getGemeenteCode(), verzoek.getClientId(), "Hardheidsclausule "
                + (goedgekeurd ? "goedgekeurd" : "geweigerd") + " (verzoek " + id + ", onderwerp " + verzoek.getOnderwerp() + ", C-10)");
        return verzoek;
    }

    public HardheidsclausuleToepassing verzoek(long id) {
        HardheidsclausuleToepassing verzoek = lees(id);
        audit.registreer(AuditActie.LEZEN, verzoek.getGemeenteCode(), verzoek.getClientId(), "Hardheidsclausuleverzoek " + id + " bekeken");
        return verzoek;
    }

    /** The register of the caller's gemeenten, newest first. */
    @RolesAllowed({CONSULENT_, TEAMLEIDER_, BEHEERDER_})
    public List<HardheidsclausuleToepassing> register() {
        var lijst = HardheidsclausuleToepassing.vanGemeenten(em, huidige.gemeenten());
        audit.registreer(AuditActie.ZOEKEN, null, null, "Hardheidsclausuleregister bekeken (" + lijst.size() + " verzoeken)");
        return lijst;
    }

    /**
     * Approved uses per onderwerp in the beheerder's gemeenten, with the signal of the regelset in force
     * (toelichting 004 art. 26: repeated use means the policy should change).
     */
    @RolesAllowed(BEHEERDER_)
    public List<Signaal> signalen() {
        LocalDate vandaag = LocalDate.now();
        return HardheidsclausuleToepassing.goedgekeurdPerOnderwerp(em, huidige.gemeenten()).stream().map(t -> {
            Optional<Regelset> r = regels.regelboek().zoekRegelset(t.gemeenteCode(), vandaag);
            Integer drempel = r.flatMap(rs -> rs.zoekParameter("hardheidsclausule.signaal_na_aantal"))
                    .map(p -> r.get().geheelGetal(p.sleutel())).orElse(null);
            String bron = r.flatMap(rs -> rs.zoekParameter("hardheidsclausule.signaal_na_aantal"))
                    .map(p -> p.bron().kort() + (p.isDemo() ? " (demowaarde, vast te stellen)" : "")).orElse("geen drempel in de regelset");
            boolean herhaald = r.map(rs -> Hardheidsclausule.signaleertBeleidswijziging(rs, t.aantal())).orElse(false);
            return new Signaal(t.gemeenteCode(), r.map(Regelset::gemeentenaam).orElse(t.gemeenteCode()), t.onderwerp(),
                    t.aantal(), drempel, herhaald, bron);
        }).toList();
    }

    /**
     * The approved use as the engine's {@link Hardheidsclausule}, for a decision that deviates (C-10).
     *
     * @throws ValidatieException if the request was not approved
     */
    @RolesAllowed({CONSULENT_, TEAMLEIDER_})
    public Hardheidsclausule alsHardheidsclausule(long id) {
        HardheidsclausuleToepassing v = lees(id);
        if (v.getStatus() != HardheidsclausuleStatus.GOEDGEKEURD) {
            throw new ValidatieException("status", "Dit verzoek is niet goedgekeurd: " + v.getStatus().omschrijving() + ".");
        }
        return new Hardheidsclausule(v.getOnderwerp(), v.getReden(), new Hardheidsclausule.Goedkeuring(v.getBeoordeeldDoor(),
                nl.maatwerk.verordening.beoordeling.Rol.TEAMLEIDER, v.getBeoordeeldOp().toLocalDate()));
    }

    /** Whether a gemeente's regelset in force has a hardheidsclausule, and where (empty: it has none). */
    @RolesAllowed({CONSULENT_, TEAMLEIDER_, BEHEERDER_})
    public Optional<Bron> bron(String gemeente) {
        return regels.regelboek().zoekRegelset(gemeente, LocalDate.now()).flatMap(r -> r.zoekRegelBron("C-10"));
    }

    private HardheidsclausuleToepassing lees(long id) {
        HardheidsclausuleToepassing v = em.find(HardheidsclausuleToepassing.class, id);
        if (v == null) {
            throw new NietGevondenException(NIET_GEVONDEN);
        }
        huidige.vereisGemeente(v.getGemeenteCode(), NIET_GEVONDEN);
        return v;
    }
}
