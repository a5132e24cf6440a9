package nl.maatwerk.domain.audit;

import jakarta.persistence.*;

import java.time.LocalDateTime;

/**
 * One line of the access log (in the spirit of NEN 7513): who, in which role, for which gemeente
 * and client, did what, when, through which door. Immutable: every column is insert-only and the
 * application has no update or delete path.
 */
@Entity
@Table(name = "audit_regel")
public class AuditRegel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(updatable = false)
    private Long id;

    @Column(nullable = false, updatable = false)
    private LocalDateTime tijdstip;

    @Column(nullable = false, updatable = false)
    private String gebruikersnaam;

    @Column(updatable = false)
    private String rollen;

    @Column(name = "gemeente_code", updatable = false)
    private String gemeenteCode;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditActie actie;

    @Column(nullable = false, updatable = false, length = 1000)
    private String omschrijving;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kanaal kanaal;

    @Column(updatable = false)
    private String herkomst;

    protected AuditRegel() {
    }

    public AuditRegel(LocalDateTime tijdstip, String gebruikersnaam, String rollen, String gemeenteCode, Long clientId,
                      AuditActie actie, String omschrijving, Kanaal kanaal, String herkomst) {
        this.tijdstip = tijdstip;
        this.gebruikersnaam = gebruikersnaam;
        this.rollen = rollen;
        this.gemeenteCode = gemeenteCode;
        this.clientId = clientId;
        this.actie = actie;
        this.omschrijving = omschrijving(omschrijving);
        this.kanaal = kanaal;
        this.herkomst = herkomst;
    }

    /** What fits in the column: a longer text is cut at 997 characters and ends in "...". */
    public static String omschrijving(String tekst) {
        return tekst.length() > 1000 ? tekst.substring(0, 997) + "..." : tekst;
    }

    public Long getId() { return id; }
    public LocalDateTime getTijdstip() { return tijdstip; }
    public String getGebruikersnaam() { return gebruikersnaam; }
    public String getRollen() { return rollen; }
    public String getGemeenteCode() { return gemeenteCode; }
    public Long getClientId() { return clientId; }
    public AuditActie getActie() { return actie; }
    public String getOmschrijving() { return omschrijving; }
    public Kanaal getKanaal() { return kanaal; }
    public String getHerkomst() { return herkomst; }
}
