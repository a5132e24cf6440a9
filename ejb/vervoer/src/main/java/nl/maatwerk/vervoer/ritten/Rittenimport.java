package nl.maatwerk.vervoer.ritten;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;

import java.io.Reader;

/**
 * Een gebruiker leest het rittenbestand van de vervoerder in, voor de passen van zijn gemeenten, in één transactie
 * (zie {@link Rittenverwerking}).
 */
@Stateless
@RolesAllowed({Rol.CONSULENT_, Rol.TEAMLEIDER_, Rol.FINANCIEEL_})
public class Rittenimport {

    @Inject
    HuidigeGebruiker huidige;

    @Inject
    Rittenverwerking verwerking;

    @Resource
    SessionContext context;

    public ImportResultaat importeer(String bestandsnaam, Reader invoer, boolean alleenGeldigeRegels) {
        return verwerking.verwerk(bestandsnaam, invoer, alleenGeldigeRegels, huidige.gemeenten(), huidige.naam(), context::setRollbackOnly);
    }
}
