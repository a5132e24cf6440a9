package nl.maatwerk.domain.toegang;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maatwerk.domain.client.Client;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A melding (T-01) and, as the case that follows it, the anchor of the werkvoorraad: the next legal
 * deadline of the case is stored here ({@link #getVolgendeTermijn()}) so that the werkvoorraad sorts and
 * filters in the database.
 */
@Entity
@Table(name = "melding")
public class Melding {

    /** T-01: any form. */
    public enum Kanaal { SCHRIFTELIJK, MONDELING, TELEFONISCH, DIGITAAL }

    /** T-01: by or on behalf of the client. */
    public enum Melder { CLIENT, VERTEGENWOORDIGER, MANTELZORGER, ANDERS }

    /** T-02: another law the hulpvraag belongs under. */
    public enum AndereWet {
        ZVW("Zorgverzekeringswet"), WLZ("Wet langdurige zorg"), PARTICIPATIEWET("Participatiewet"), JEUGDWET("Jeugdwet");
        private final String naam;
        AndereWet(String naam) { this.naam = naam; }
        public String naam() { return naam; }
    }

    /** O-05: the access tier. */
    public enum Toegangsniveau { KERNTEAM, CONSULENT, REGISSEUR }

    /** Where the case stands; every open fase has a next deadline. */
    public enum Fase {
        MELDING("Melding"), ONDERZOEK("Onderzoek"), VERSLAG("Verslag bij cliënt"), AANVRAAG("Aanvraag"),
        VOORNEMEN("Voornemen"), GOEDKEURING("Goedkeuring teamleider"), BESLOTEN("Beschikking verzonden"),
        BEZWAAR("Bezwaar"), AFGESLOTEN("Afgesloten");
        private final String omschrijving;
        Fase(String omschrijving) { this.omschrijving = omschrijving; }
        public String omschrijving() { return omschrijving; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "Cliënt is verplicht.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @NotBlank(message = "Gemeente is verplicht.")
    @Column(name = "gemeente_code")
    private String gemeenteCode;

    @NotNull(message = "Moment van de melding is verplicht.")
    private LocalDateTime moment;

    @NotNull(message = "Kanaal is verplicht.")
    @Enumerated(EnumType.STRING)
    private Kanaal kanaal;

    @NotNull(message = "Gemeld door is verplicht.")
    @Enumerated(EnumType.STRING)
    @Column(name = "gemeld_door")
    private Melder gemeldDoor;

    @Size(max = 200, message = "Naam van de melder mag hoogstens 200 tekens zijn.")
    @Column(name = "melder_naam")
    private String melderNaam;

    @NotBlank(message = "Hulpvraag is verplicht.")
    @Size(max = 4000, message = "Hulpvraag mag hoogstens 4000 tekens zijn.")
    private String hulpvraag;

    @Column(name = "clientondersteuning_aangeboden")
    private boolean clientondersteuningAangeboden;

    @Enumerated(EnumType.STRING)
    @Column(name = "doorverwezen_naar")
    private AndereWet doorverwezenNaar;

    @Size(max = 1000, message = "Toelichting bij de doorverwijzing mag hoogstens 1000 tekens zijn.")
    @Column(name = "doorverwijzing_toelichting")
    private String doorverwijzingToelichting;

    /** T-14: a referral to an algemene voorziening (no besluit). */
    @Size(max = 200, message = "Algemene voorziening mag hoogstens 200 tekens zijn.")
    @Column(name = "algemene_voorziening")
    private String algemeneVoorziening;

    @NotNull(message = "Toegangsniveau is verplicht.")
    @Enumerated(EnumType.STRING)
    private Toegangsniveau toegangsniveau;

    @Size(max = 60)
    private String behandelaar;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Fase fase = Fase.MELDING;

    private boolean afgesloten;

    @Column(name = "volgende_termijn")
    private LocalDate volgendeTermijn;

    @Column(name = "termijn_regel")
    private String termijnRegel;

    @Column(name = "termijn_omschrijving")
    private String termijnOmschrijving;

    @Column(name = "onderzoek_uiterlijk")
    private LocalDate onderzoekUiterlijk;

    @Column(name = "beschikking_uiterlijk")
    private LocalDate beschikkingUiterlijk;

    @Column(name = "ontvangst_bevestigen_uiterlijk")
    private LocalDate ontvangstBevestigenUiterlijk;

    @Column(name = "ontvangst_bevestigd_op")
    private LocalDate ontvangstBevestigdOp;

    @NotBlank
    @Column(name = "regelset_versie")
    private String regelsetVersie;

    @Version
    private long version;

    protected Melding() {
    }

    public Melding(Client client, String gemeenteCode, LocalDateTime moment, Kanaal kanaal, Melder gemeldDoor, String hulpvraag,
                   Toegangsniveau toegangsniveau) {
        this.client = client;
        this.gemeenteCode = gemeenteCode;
        this.moment = moment;
        this.kanaal = kanaal;
        this.gemeldDoor = gemeldDoor;
        this.hulpvraag = hulpvraag;
        this.toegangsniveau = toegangsniveau;
    }

    /** Puts the case in a fase with its next deadline; the werkvoorraad reads these three columns. */
    public void naarFase(Fase fase, LocalDate termijn, String regel, String omschrijving) {
        this.fase = fase;
        this.volgendeTermijn = termijn;
        this.termijnRegel = regel;
        this.termijnOmschrijving = omschrijving;
        this.afgesloten = fase == Fase.AFGESLOTEN || fase == Fase.BESLOTEN;
    }

    public void sluit(String omschrijving) {
        naarFase(Fase.AFGESLOTEN, null, null, omschrijving);
    }

    public LocalDate datum() { return moment.toLocalDate(); }

    public Long getId() { return id; }
    public Client getClient() { return client; }
    public String getGemeenteCode() { return gemeenteCode; }
    public LocalDateTime getMoment() { return moment; }
    public Kanaal getKanaal() { return kanaal; }
    public Melder getGemeldDoor() { return gemeldDoor; }
    public String getMelderNaam() { return melderNaam; }
    public void setMelderNaam(String melderNaam) { this.melderNaam = melderNaam; }
    public String getHulpvraag() { return hulpvraag; }
    public boolean isClientondersteuningAangeboden() { return clientondersteuningAangeboden; }
    public void setClientondersteuningAangeboden(boolean v) { this.clientondersteuningAangeboden = v; }
    public AndereWet getDoorverwezenNaar() { return doorverwezenNaar; }
    public void setDoorverwezenNaar(AndereWet v) { this.doorverwezenNaar = v; }
    public String getDoorverwijzingToelichting() { return doorverwijzingToelichting; }
    public void setDoorverwijzingToelichting(String v) { this.doorverwijzingToelichting = v; }
    public String getAlgemeneVoorziening() { return algemeneVoorziening; }
    public void setAlgemeneVoorziening(String v) { this.algemeneVoorziening = v; }
    public Toegangsniveau getToegangsniveau() { return toegangsniveau; }
    public void setToegangsniveau(Toegangsniveau v) { this.toegangsniveau = v; }
    public String getBehandelaar() { return behandelaar; }
    public void setBehandelaar(String behandelaar) { this.behandelaar = behandelaar; }
    public Fase getFase() { return fase; }
    public boolean isAfgesloten() { return afgesloten; }
    public LocalDate getVolgendeTermijn() { return volgendeTermijn; }
    public String getTermijnRegel() { return termijnRegel; }
    public String getTermijnOmschrijving() { return termijnOmschrijving; }
    public LocalDate getOnderzoekUiterlijk() { return onderzoekUiterlijk; }
    public void setOnderzoekUiterlijk(LocalDate v) { this.onderzoekUiterlijk = v; }
    public LocalDate getBeschikkingUiterlijk() { return beschikkingUiterlijk; }
    public void setBeschikkingUiterlijk(LocalDate v) { this.beschikkingUiterlijk = v; }
    public LocalDate getOntvangstBevestigenUiterlijk() { return ontvangstBevestigenUiterlijk; }
    public void setOntvangstBevestigenUiterlijk(LocalDate v) { this.ontvangstBevestigenUiterlijk = v; }
    public LocalDate getOntvangstBevestigdOp() { return ontvangstBevestigdOp; }
    public void setOntvangstBevestigdOp(LocalDate v) { this.ontvangstBevestigdOp = v; }
    public String getRegelsetVersie() { return regelsetVersie; }
    public void setRegelsetVersie(String v) { this.regelsetVersie = v; }
    public long getVersion() { return version; }
}
