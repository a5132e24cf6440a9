package nl.maatwerk.vervoer.dienst;

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
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.vervoer.Vervoerbesluit;
import nl.maatwerk.domain.vervoer.Vervoerbesluit.Soort;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.Validatie;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.StallingBron;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.vervoer.regels.Vervoersbeslissing;
import nl.maatwerk.vervoer.regels.Vervoersbeslissing.Uitslag;
import nl.maatwerk.vervoer.regels.Vervoersbeslissing.Vraag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Besluiten over de andere vervoersvoorzieningen (V-05, V-10 … V-13): de consulent legt de aanvraag vast, de
 * regels van de gemeente beslissen, en het besluit (toegekend of niet) wordt met zijn motivering en
 * regelsetversie opgeslagen. Voor een scootmobiel vraagt de dienst de stalling (W-17) aan woonvoorzieningen via
 * {@link StallingBron}, zonder die module te kennen.
 */
@Stateless
@RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class Vervoerbesluiten {

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

    @Inject
    @Any
    Instance<StallingBron> stallingen;

    /** Het besluit met motivering; opgeslagen, ook als het niet wordt toegekend (de cliënt krijgt er een beschikking over). */
    @RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_})
    public Vervoerbesluit beslis(long clientId, Vraag v) {
        Client client = client(clientId);
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (v == null || v.soort() == null) {
            throw new ValidatieException("soort", "Soort vervoersvoorziening is verplicht.");
        }
        if (v.omschrijving() == null || v.omschrijving().isBlank()) fouten.add(new ValidatieException.Fout("omschrijving", "Omschrijving is verplicht."));
        if (v.aangevraagdOp() == null) fouten.add(new ValidatieException.Fout("aangevraagdOp", "Aanvraagdatum is verplicht."));
        switch (v.soort()) {
            case PRIORITEITSRIT -> {
                if (v.ritAangevraagdOp() == null) fouten.add(new ValidatieException.Fout("ritAangevraagdOp", "Moment van aanvragen van de rit is verplicht."));
                if (v.gewensteAankomst() == null) fouten.add(new ValidatieException.Fout("gewensteAankomst", "Gewenste aankomst is verplicht."));
                if (v.geplandeAankomst() == null) fouten.add(new ValidatieException.Fout("geplandeAankomst", "Geplande aankomst is verplicht."));
            }
            case AUTOAANPASSING -> {
                if (v.autoMeeTot() == null) fouten.add(new ValidatieException.Fout("autoMeeTot", "Tot wanneer de auto naar verwachting meegaat is verplicht."));
            }
            case DAGBESTEDING -> {
                if (v.kostenGekozenLocatie() == null || v.kostenGekozenLocatie().signum() < 0)
                    fouten.add(new ValidatieException.Fout("kostenGekozenLocatie", "Vervoerskosten naar de gekozen locatie zijn verplicht en niet negatief."));
                if (v.kostenDichtstbijzijnde() == null || v.kostenDichtstbijzijnde().signum() < 0)
                    fouten.add(new ValidatieException.Fout("kostenDichtstbijzijnde", "Vervoerskosten naar de dichtstbijzijnde passende locatie zijn verplicht en niet negatief."));
            }
            default -> { }
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        Regelset rs = regelboek.regelboek().zoekRegelset(client.getGemeente().getCode(), v.aangevraagdOp()).orElseThrow(() ->
                new ValidatieException("aangevraagdOp", "Er is geen regelset van deze gemeente geldig op " + v.aangevraagdOp() + "."));
        Optional<StallingBron.Stallingsoordeel> stalling = v.soort() == Soort.SCOOTMOBIEL && stallingen.isResolvable()
                ? stallingen.get().stalling(clientId, v.aangevraagdOp()) : Optional.empty();
        Uitslag u = Vervoersbeslissing.beslis(rs, v, stalling);
        String motivering = "Regels van " + rs.gemeentenaam() + ", versie " + rs.versie() + ":\n"
                + u.motivering().stream().map(RegelToepassing::motivering).collect(Collectors.joining("\n"));
        Vervoerbesluit b = new Vervoerbesluit(client, v.soort(), v.omschrijving(), v.aangevraagdOp(), u.toegekend(), u.bedrag(),
                rs.versie(), motivering, huidige.naam());
        validatie.valideer(b);
        em.persist(b);
        em.flush();
        audit.registreer(AuditActie.AANMAKEN, client.getGemeente().getCode(), clientId, "Vervoerbesluit " + v.soort().omschrijving()
                + (u.toegekend() ? " toegekend" : " niet toegekend") + " ("
                + u.motivering().stream().map(RegelToepassing::regelId).distinct().collect(Collectors.joining(", ")) + ")");
        return b;
    }

    public List<Vervoerbesluit> vanClient(long clientId) {
        Client client = client(clientId);
        List<Vervoerbesluit> lijst = Vervoerbesluit.vanClient(em, clientId);
        audit.registreer(AuditActie.LEZEN, client.getGemeente().getCode(), clientId, "Vervoerbesluiten bekeken");
        return lijst;
    }

    private Client client(long clientId) {
        return huidige.client(em, clientId);
    }
}
