package nl.maatwerk.pgb.declaraties;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.audit.AuditActie;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Rol;
import nl.maatwerk.domain.pgb.Declaratieimport;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.pgb.regels.Declaratiecontrole;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.verordening.regelset.Regelset;

import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Leest een declaratiebestand van één gemeente in één transactie en toetst elke declaratie aan de beschikking
 * ({@link Declaratiecontrole}): goedgekeurd, of afgewezen met de regel-id's. Een bestand met vormfouten of
 * onbekende budgethouders of zorgverleners slaat niets op (ook geen importregel); dezelfde declaratie in een
 * later bestand is "al aanwezig" (natuurlijke sleutel) en verandert niets. Het werk doet {@link DeclaratieInlezing}
 * (streaming, staging-tabel, één query per budget gestreamd, COPY of batches); deze bean voegt rechten, gemeentecheck, audit en alles-of-niets toe.
 */
@Stateless
@RolesAllowed(Rol.FINANCIEEL_)
public class Declaratieverwerking {

    @PersistenceContext
    EntityManager em;

    @Inject
    HuidigeGebruiker huidige;

    @Inject
    Audit audit;

    @EJB
    RegelboekDienst regelboek;

    @Resource
    SessionContext context;

    public ImportResultaat importeer(String gemeenteCode, String bestandsnaam, Reader invoer) {
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "declaraties.csv" : bestandsnaam.strip();
        if (naam.length() > 255) {
            throw new ValidatieException("bestand", "De bestandsnaam mag hoogstens 255 tekens zijn.");
        }
        if (gemeenteCode == null || gemeenteCode.isBlank()) {
            throw new ValidatieException("gemeente", "Kies de gemeente van het declaratiebestand.");
        }
        huidige.vereisGemeente(gemeenteCode, "Gemeente " + gemeenteCode + " niet gevonden.");
        Gemeente gemeente = em.find(Gemeente.class, gemeenteCode);
        if (gemeente == null) {
            throw new NietGevondenException("Gemeente " + gemeenteCode + " niet gevonden.");
        }
        Declaratieimport imp = new Declaratieimport(gemeente, naam, huidige.naam(), LocalDateTime.now());
        em.persist(imp);
        em.flush();
        Connection verbinding = em.unwrap(Connection.class);
        Map<String, Regelset> regelsets = new HashMap<>();
        DeclaratieInlezing.Uitkomst u;
        try {
            u = new DeclaratieInlezing(verbinding, gemeenteCode, imp.getId(),
                    v -> regelsets.computeIfAbsent(v, versie -> regelboek.regelboek().versie(versie))).lees(invoer);
        } catch (SQLException e) {
            throw new IllegalStateException("De declaraties konden niet worden opgeslagen: " + e.getMessage(), e);
        }

        if (u.foutregels() > 0 || u.regels() == 0) {
            // Alles of niets: wat al in batches stond, gaat met de transactie terug (ook de importregel).
            context.setRollbackOnly();
            return new ImportResultaat(null, u.regels(), 0, 0, 0, Math.max(u.foutregels(), 1), BigDecimal.ZERO, u.fouten(), false);
        }
        imp.telling((int) u.regels(), (int) u.goedgekeurd(), (int) u.afgewezen(), (int) u.alAanwezig(), u.teBetalen());
        for (DeclaratieInlezing.Budgettelling s : u.budgetten()) {
            audit.registreer(AuditActie.IMPORTEREN, gemeenteCode, s.clientId(), s.goedgekeurd() + " declaratie(s) goedgekeurd en " + s.afgewezen()
                    + " afgewezen op Pgb " + s.budgetId() + " uit " + naam);
        }
        audit.registreer(AuditActie.IMPORTEREN, gemeenteCode, null, "Declaratiebestand " + naam + " ingelezen: " + u.regels() + " regels, "
                + u.goedgekeurd() + " goedgekeurd, " + u.afgewezen() + " afgewezen, " + u.alAanwezig() + " al aanwezig");
        return new ImportResultaat(imp.getId(), u.regels(), u.goedgekeurd(), u.afgewezen(), u.alAanwezig(), 0, u.teBetalen(), List.of(), true);
    }
}
