package nl.maatwerk.domain.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A search in the access log by user, client and period; newest first, paged in the database. */
public record AuditZoekvraag(String gebruikersnaam, Long clientId, LocalDate van, LocalDate totEnMet) {

    public List<AuditRegel> resultaten(EntityManager em, int eerste, int aantal) {
        TypedQuery<AuditRegel> q = em.createQuery(
                "select a from AuditRegel a" + waar() + " order by a.tijdstip desc, a.id desc", AuditRegel.class);
        parameters().forEach(q::setParameter);
        return q.setFirstResult(Math.max(0, eerste)).setMaxResults(Math.max(1, Math.min(aantal, 500))).getResultList();
    }

    public long aantal(EntityManager em) {
        TypedQuery<Long> q = em.createQuery("select count(a) from AuditRegel a" + waar(), Long.class);
        parameters().forEach(q::setParameter);
        return q.getSingleResult();
    }

    private String waar() {
        StringBuilder sb = new StringBuilder(" where 1 = 1");
        if (gebruikersnaam != null && !gebruikersnaam.isBlank()) sb.append(" and a.gebruikersnaam = :gebruiker");
        if (clientId != null) sb.append(" and a.clientId = :client");
        if (van != null) sb.append(" and a.tijdstip >= :van");
        if (totEnMet != null) sb.append(" and a.tijdstip < :tot");
        return sb.toString();
    }

    private Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (gebruikersnaam != null && !gebruikersnaam.isBlank()) p.put("gebruiker", gebruikersnaam.strip());
        if (clientId != null) p.put("client", clientId);
        if (van != null) p.put("van", van.atStartOfDay());
        if (totEnMet != null) p.put("tot", totEnMet.plusDays(1).atStartOfDay());
        return p;
    }
}
