package nl.maatwerk.domain.vervoer;

import jakarta.persistence.*;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;

import java.time.LocalDate;

/**
 * De regiotaxipas (collectief vraagafhankelijk vervoer): houder, gemeente, geldigheid en het jaarbudget in km
 * en/of zones, vastgesteld uit de vervoersbehoefte binnen de grenzen van de regelset (V-02, V-03), met de
 * begeleidingsindicatie (V-06) en extra service (V-04).
 */
@Entity
@Table(name = "regiotaxipas")
public class Regiotaxipas {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Pasnummer is verplicht.")
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "Pasnummer bestaat uit hoogstens 20 hoofdletters, cijfers of streepjes.")
    private String pasnummer;

    @NotNull(message = "Houder van de pas is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @NotNull(message = "Gemeente van de pas is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gemeente_code")
    private Gemeente gemeente;

    @NotNull(message = "Geldig vanaf is verplicht.")
    @Column(name = "geldig_van")
    private LocalDate geldigVan;

    @Column(name = "geldig_tot")
    private LocalDate geldigTot;

    @PositiveOrZero(message = "Kilometerbudget mag niet negatief zijn.")
    @Column(name = "km_per_jaar")
    private Integer kmPerJaar;

    @PositiveOrZero(message = "Zonebudget mag niet negatief zijn.")
    @Column(name = "zones_per_jaar")
    private Integer zonesPerJaar;

    private boolean begeleider;

    @Column(name = "kinderen_mee")
    private boolean kinderenMee;

    @NotNull(message = "Extra service is verplicht.")
    @Enumerated(EnumType.STRING)
    @Column(name = "extra_service")
    private ExtraService extraService = ExtraService.GEEN;

    @NotBlank(message = "Regelsetversie is verplicht.")
    @Size(max = 40, message = "Regelsetversie mag hoogstens 40 tekens zijn.")
    @Column(name = "regelset_versie")
    private String regelsetVersie;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String motivering;

    @Version
    private long version;

    /** Extra service van de regiotaxi (V-04): tillen bestaat bewust niet. */
    public enum ExtraService { GEEN, VANAF_DE_HAL }

    protected Regiotaxipas() {
    }

    public Regiotaxipas(String pasnummer, Client client, Gemeente gemeente, LocalDate geldigVan, LocalDate geldigTot,
                        Integer kmPerJaar, Integer zonesPerJaar, String regelsetVersie) {
        this.pasnummer = pasnummer;
        this.client = client;
        this.gemeente = gemeente;
        this.geldigVan = geldigVan;
        this.geldigTot = geldigTot;
        this.kmPerJaar = kmPerJaar;
        this.zonesPerJaar = zonesPerJaar;
        this.regelsetVersie = regelsetVersie;
    }

    @AssertTrue(message = "Geldig tot mag niet voor geldig vanaf liggen.")
    public boolean isGeldigheidLogisch() {
        return geldigVan == null || geldigTot == null || !geldigTot.isBefore(geldigVan);
    }

    @AssertTrue(message = "Een pas heeft een kilometerbudget, een zonebudget of beide.")
    public boolean isBudgetGezet() {
        return kmPerJaar != null || zonesPerJaar != null;
    }

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(geldigVan) && (geldigTot == null || !datum.isAfter(geldigTot));
    }

    public Long getId() { return id; }
    public String getPasnummer() { return pasnummer; }
    public Client getClient() { return client; }
    public Gemeente getGemeente() { return gemeente; }
    public LocalDate getGeldigVan() { return geldigVan; }
    public LocalDate getGeldigTot() { return geldigTot; }
    public Integer getKmPerJaar() { return kmPerJaar; }
    public Integer getZonesPerJaar() { return zonesPerJaar; }
    public boolean isBegeleider() { return begeleider; }
    public void setBegeleider(boolean begeleider) { this.begeleider = begeleider; }
    public boolean isKinderenMee() { return kinderenMee; }
    public void setKinderenMee(boolean kinderenMee) { this.kinderenMee = kinderenMee; }
    public ExtraService getExtraService() { return extraService; }
    public void setExtraService(ExtraService extraService) { this.extraService = extraService; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public String getMotivering() { return motivering; }
    public void setMotivering(String motivering) { this.motivering = motivering; }
    public long getVersion() { return version; }
}
