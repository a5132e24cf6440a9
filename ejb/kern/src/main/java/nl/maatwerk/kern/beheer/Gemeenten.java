package nl.maatwerk.kern.beheer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.kern.Gebruiker;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;

import java.util.Comparator;
import java.util.List;

/** The caller's own profile: name, roles and the gemeenten he or she works for. */
@Stateless
@RolesAllowed({Rol.CONSULENT_, Rol.INTAKE_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_, Rol.BEHEERDER_, Rol.AUDITOR_})
public class Gemeenten {

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    public List<Gemeente> mijnGemeenten() {
        return huidige.gebruiker().getGemeenten().stream().sorted(Comparator.comparing(Gemeente::getNaam)).toList();
    }

    public Gebruiker ik() {
        return huidige.gebruiker();
    }
}
