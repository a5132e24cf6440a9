package nl.maatwerk.domain.verordening;

import jakarta.persistence.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A regelset version a beheerder uploaded, stored verbatim so that the same reader rebuilds it at
 * start-up. Insert-only: a change to the rules is always a new version.
 */
@Entity
@Table(name = "regelset_versie")
@NamedQuery(name = GeuploadeRegelset.IN_UPLOADVOLGORDE, query = "select r from GeuploadeRegelset r order by r.geuploadOp, r.id")
public class GeuploadeRegelset {

    public static final String IN_UPLOADVOLGORDE = "GeuploadeRegelset.inUploadvolgorde";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(updatable = false)
    private Long id;

    @Column(name = "gemeente_code", nullable = false, updatable = false)
    private String gemeenteCode;

    @Column(nullable = false, updatable = false)
    private String versie;

    @Column(nullable = false, updatable = false)
    private String titel;

    @Column(name = "geldig_vanaf", nullable = false, updatable = false)
    private LocalDate geldigVanaf;

    @Column(name = "geldig_tot", updatable = false)
    private LocalDate geldigTot;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private String inhoud;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "geupload_door", nullable = false, updatable = false)
    private String geuploadDoor;

    @Column(name = "geupload_op", nullable = false, updatable = false)
    private LocalDateTime geuploadOp;

    @Version
    private long version;

    protected GeuploadeRegelset() {
    }

    public GeuploadeRegelset(String gemeenteCode, String versie, String titel, LocalDate geldigVanaf, LocalDate geldigTot,
                             String inhoud, String sha256, String geuploadDoor, LocalDateTime geuploadOp) {
        this.gemeenteCode = gemeenteCode;
        this.versie = versie;
        this.titel = titel.length() > 300 ? titel.substring(0, 297) + "..." : titel;
        this.geldigVanaf = geldigVanaf;
        this.geldigTot = geldigTot;
        this.inhoud = inhoud;
        this.sha256 = sha256;
        this.geuploadDoor = geuploadDoor;
        this.geuploadOp = geuploadOp;
    }

    /** Every upload in the order it was accepted: the order that rebuilds the same Regelboek. */
    public static List<GeuploadeRegelset> inUploadvolgorde(EntityManager em) {
        return em.createNamedQuery(IN_UPLOADVOLGORDE, GeuploadeRegelset.class).getResultList();
    }

    public static long aantal(EntityManager em, String gemeenteCode) {
        return em.createQuery("select count(r) from GeuploadeRegelset r where r.gemeenteCode = :g", Long.class)
                .setParameter("g", gemeenteCode).getSingleResult();
    }

    public Long getId() { return id; }
    public String getGemeenteCode() { return gemeenteCode; }
    public String getVersie() { return versie; }
    public String getTitel() { return titel; }
    public LocalDate getGeldigVanaf() { return geldigVanaf; }
    public LocalDate getGeldigTot() { return geldigTot; }
    public String getInhoud() { return inhoud; }
    public String getSha256() { return sha256; }
    public String getGeuploadDoor() { return geuploadDoor; }
    public LocalDateTime getGeuploadOp() { return geuploadOp; }
}
