package nl.maatwerk.verordening.dienst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.verordening.GeuploadeRegelset;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.verordening.regelset.Regelset;

import java.time.LocalDateTime;

import static nl.maatwerk.domain.kern.Rol.BEHEERDER_;

/**
 * Stores an accepted upload and its audit line in a transaction of its own that has committed when this
 * returns, so {@link RegelboekDienst} (holding its write lock) adds the version to memory only once it is
 * safely stored: memory and database never disagree.
 */
@Stateless
@RolesAllowed(BEHEERDER_)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RegelsetOpslag {

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    HuidigeGebruiker gebruiker;

    public GeuploadeRegelset bewaar(Regelset regelset, String yaml, String sha256) {
        var opgeslagen = new GeuploadeRegelset(regelset.gemeente(), regelset.versie(), regelset.titel(),
                regelset.geldigVanaf(), regelset.geldigTot(), yaml, sha256, gebruiker.naam(), LocalDateTime.now());
        em.persist(opgeslagen);
        audit.registreer(AuditActie.IMPORTEREN, regelset.gemeente(), null, "Regelset " + regelset.versie()
                + " geüpload (" + regelset.titel() + ", geldig vanaf " + regelset.geldigVanaf() + ", sha256 " + sha256 + ")");
        em.flush();
        return opgeslagen;
    }

    public void weigering(String gemeente, int aantalFouten, String sha256) {
        audit.registreer(AuditActie.GEWEIGERD, gemeente, null, "Regelsetupload geweigerd met " + aantalFouten
                + " fout(en); niets opgeslagen (sha256 " + sha256 + ")");
    }
}
