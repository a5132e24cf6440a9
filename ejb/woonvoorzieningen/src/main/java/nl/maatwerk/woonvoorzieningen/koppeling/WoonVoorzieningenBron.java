package nl.maatwerk.woonvoorzieningen.koppeling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.woonvoorzieningen.Woonvoorziening;
import nl.maatwerk.domain.woonvoorzieningen.WoonvoorzieningZoekvraag;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.koppeling.Leveringsvorm;
import nl.maatwerk.verordening.koppeling.VoorzieningenBron;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.woonvoorzieningen.regels.Kostprijs;
import nl.maatwerk.woonvoorzieningen.regels.WoonPgb;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * De toegekende woonvoorzieningen voor financiën en het CAK: een woningaanpassing is eenmalig (EENMALIG) en telt
 * in de periode waarin ze werd goedgekeurd; de kostprijs volgens E-02 (prijs van de gekozen offerte, aan het CAK
 * hoogstens het maximum uit de regelset, € 20.000) en wie de bijdrage verschuldigd is volgens E-03 (ouders van
 * een minderjarige). Alleen de gemeenten die de vrager én de gebruiker hebben.
 */
@Stateless
@Local(VoorzieningenBron.class)
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class WoonVoorzieningenBron implements VoorzieningenBron {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(WoonVoorzieningenBron.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @EJB
    RegelboekDienst regelboek;

    @Override
    public String gebied() {
        return WoonBeschikkingsonderdelen.GEBIED;
    }

    @Override
    public List<GeleverdeVoorziening> voorzieningen(Set<String> gemeenten, LocalDate van, LocalDate tot) {
        if (gemeenten == null || van == null || tot == null) {
            return List.of();
        }
        Set<String> toegestaan = new java.util.HashSet<>(gemeenten);
        toegestaan.retainAll(huidige.gemeenten());
        List<GeleverdeVoorziening> uit = new ArrayList<>();
        for (Woonvoorziening w : WoonvoorzieningZoekvraag.toegekend(em, toegestaan, van, tot)) {
            regelset(w).ifPresentOrElse(rs -> uit.add(geleverd(rs, w, w.getClient().getId())), () ->
                    LOG.warning("Woonvoorziening " + w.getId() + " niet doorgegeven: geen regelset van " + w.getClient().getGemeente().getCode()
                            + " op " + w.getGoedgekeurdOp()));
        }
        return uit;
    }

    /** De regelset van de dag van goedkeuring (E-02 geldt op die dag), anders die waarmee werd beoordeeld; leeg als geen van beide er is. */
    private Optional<Regelset> regelset(Woonvoorziening w) {
        var boek = regelboek.regelboek();
        if (w.getRegelsetVersie() != null && boek.zoekRegelset(w.getClient().getGemeente().getCode(), w.getGoedgekeurdOp()).isEmpty()) {
            try {
                return Optional.of(boek.versie(w.getRegelsetVersie()));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return boek.zoekRegelset(w.getClient().getGemeente().getCode(), w.getGoedgekeurdOp());
    }

    /** E-02 en E-03 voor één toegekende woonvoorziening in natura. */
    static GeleverdeVoorziening geleverd(Regelset rs, Woonvoorziening w, long clientId) {
        BigDecimal prijs = w.getGekozenBedrag() == null ? BigDecimal.ZERO : w.getGekozenBedrag();
        WoonPgb.Berekening kostprijs = Kostprijs.voorCak(rs, false, prijs, null);
        LocalDate geboren = w.getClient().getGeboortedatum();
        int leeftijd = geboren == null ? 18 : Period.between(geboren, w.getGoedgekeurdOp()).getYears();
        Kostprijs.Bijdrageplicht plicht = Kostprijs.bijdrageplicht(rs, leeftijd, w.getSoort().isAanpassing(), false);
        List<RegelToepassing> motivering = new ArrayList<>(kostprijs.toepassingen());
        motivering.add(plicht.toepassing());
        return new GeleverdeVoorziening(WoonBeschikkingsonderdelen.GEBIED, "woonvoorziening-" + w.getId(), clientId,
                w.getClient().getGemeente().getCode(), "WOON-" + w.getSoort().name(), w.getOmschrijving(), Leveringsvorm.NATURA,
                w.getGoedgekeurdOp(), w.getOpgeleverdOp(), kostprijs.bedrag(), Kostprijsbasis.EENMALIG,
                plicht.wie() != Kostprijs.Bijdrageplichtige.NIEMAND, motivering);
    }
}
