package nl.maatwerk.domain.toegang;

import jakarta.persistence.*;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The onderzoek after a melding (T-04 … T-08, T-15). The aspects A-J of T-07 are answered one by one; the
 * ladder of C-01 and the facts the Beoordelaar needs are structured answers, not free text.
 */
@Entity
@Table(name = "onderzoek")
public class Onderzoek {

    /** T-06: how the gesprek took place. */
    public enum GesprekVorm { KEUKENTAFEL, TELEFONISCH, VERKORT, OVERGESLAGEN }

    /** The answer on one step of the ladder (C-01): how far it solves the problem. */
    public enum Ladder { VOLLEDIG, GEDEELTELIJK, NIET }

    /** C-13: what is expected of the situation. */
    public enum Prognose { STABIEL, VERSLECHTERING, VERBETERING, BEPERKTE_LEVENSVERWACHTING }

    public enum AdviesSoort { MEDISCH, ANDERS }

    /** T-07: the ten aspects, with the question the consulent answers. */
    public enum Aspect {
        A("Behoefte en voorkeuren van de cliënt"),
        B("Gewenst resultaat"),
        C("Eigen kracht, gebruikelijke hulp en algemeen gebruikelijke voorzieningen"),
        D("Mantelzorg en sociaal netwerk"),
        E("Ondersteuning van de mantelzorger"),
        F("Algemene voorzieningen"),
        G("Voorliggende voorzieningen"),
        H("Mogelijke maatwerkvoorziening"),
        I("Bijdrage in de kosten"),
        J("Mogelijkheid van een Pgb en de gevolgen daarvan");
        private final String vraag;
        Aspect(String vraag) { this.vraag = vraag; }
        public String vraag() { return vraag; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "melding_id")
    private Melding melding;

    private LocalDate uiterlijk;
    @Column(name = "uitstel_meegedeeld_op") private LocalDate uitstelMeegedeeldOp;
    @Size(max = 1000, message = "Reden van het uitstel mag hoogstens 1000 tekens zijn.")
    @Column(name = "uitstel_reden") private String uitstelReden;
    @Column(name = "persoonlijk_plan_uiterlijk") private LocalDate persoonlijkPlanUiterlijk;
    @Column(name = "persoonlijk_plan_op") private LocalDate persoonlijkPlanOp;

    @Enumerated(EnumType.STRING) @Column(name = "gesprek_vorm") private GesprekVorm gesprekVorm;
    @Column(name = "gesprek_datum") private LocalDate gesprekDatum;
    @Size(max = 200, message = "Plaats van het gesprek mag hoogstens 200 tekens zijn.")
    @Column(name = "gesprek_plaats") private String gesprekPlaats;
    @Size(max = 200, message = "Aanwezigen mag hoogstens 200 tekens zijn.")
    private String aanwezigen;
    @Size(max = 1000, message = "Reden om het gesprek over te slaan of in te korten mag hoogstens 1000 tekens zijn.")
    @Column(name = "gesprek_reden_afwijking") private String gesprekRedenAfwijking;

    @Column(name = "identiteit_vastgesteld") private boolean identiteitVastgesteld;
    @Size(max = 40) private String identiteitsbewijs;

    @Size(max = 2000) @Column(name = "aspect_a") private String aspectA;
    @Size(max = 2000) @Column(name = "aspect_b") private String aspectB;
    @Size(max = 2000) @Column(name = "aspect_c") private String aspectC;
    @Size(max = 2000) @Column(name = "aspect_d") private String aspectD;
    @Size(max = 2000) @Column(name = "aspect_e") private String aspectE;
    @Size(max = 2000) @Column(name = "aspect_f") private String aspectF;
    @Size(max = 2000) @Column(name = "aspect_g") private String aspectG;
    @Size(max = 2000) @Column(name = "aspect_h") private String aspectH;
    @Size(max = 2000) @Column(name = "aspect_i") private String aspectI;
    @Size(max = 2000) @Column(name = "aspect_j") private String aspectJ;

    @Enumerated(EnumType.STRING) @Column(name = "ladder_eigen_kracht") private Ladder ladderEigenKracht;
    @Enumerated(EnumType.STRING) @Column(name = "ladder_gebruikelijke_hulp") private Ladder ladderGebruikelijkeHulp;
    @Enumerated(EnumType.STRING) @Column(name = "ladder_mantelzorg") private Ladder ladderMantelzorg;
    @Enumerated(EnumType.STRING) @Column(name = "ladder_algemeen_gebruikelijk") private Ladder ladderAlgemeenGebruikelijk;
    @Enumerated(EnumType.STRING) @Column(name = "ladder_algemene_voorziening") private Ladder ladderAlgemeneVoorziening;

    @Column(name = "voorliggend_aanspraak") private Boolean voorliggendAanspraak;
    @Size(max = 200) @Column(name = "voorliggend_regeling") private String voorliggendRegeling;
    private Boolean noodzakelijk;
    @Column(name = "goedkoopst_adequaat") private Boolean goedkoopstAdequaat;
    @Column(name = "op_client_gericht") private Boolean opClientGericht;
    @Column(name = "meerkosten_aantoonbaar") private Boolean meerkostenAantoonbaar;
    @Column(name = "zelf_te_regelen") private Boolean zelfTeRegelen;
    @Column(name = "huisgenoot_kan_helpen") private Boolean huisgenootKanHelpen;
    @Column(name = "hulp_gebruikelijk") private Boolean hulpGebruikelijk;
    @Enumerated(EnumType.STRING) private Prognose prognose;
    @Size(max = 200, message = "Gevraagde voorziening mag hoogstens 200 tekens zijn.")
    @Column(name = "gevraagde_voorziening") private String gevraagdeVoorziening;

    @Column(name = "speciaal_voor_beperking") private Boolean speciaalVoorBeperking;
    @Column(name = "regulier_verkrijgbaar") private Boolean regulierVerkrijgbaar;
    @Column(name = "prijs_vergelijkbaar") private Boolean prijsVergelijkbaar;
    /** C-09: every factor of the afweging (leefomstandigheden, Zvw, jeugdhulp, …) was weighed. */
    @Column(name = "afwegingen_vastgelegd") private boolean afwegingenVastgelegd;
    @Size(max = 2000, message = "Toelichting bij de afweging mag hoogstens 2000 tekens zijn.")
    @Column(name = "afwegingen_toelichting") private String afwegingenToelichting;

    @Column(name = "medische_weigering_verwacht") private boolean medischeWeigeringVerwacht;
    @Enumerated(EnumType.STRING) @Column(name = "advies_soort") private AdviesSoort adviesSoort;
    @Column(name = "advies_gevraagd_op") private LocalDate adviesGevraagdOp;
    @Column(name = "advies_ontvangen_op") private LocalDate adviesOntvangenOp;
    @Column(name = "medewerking_geweigerd") private boolean medewerkingGeweigerd;
    @Column(name = "afgerond_op") private LocalDate afgerondOp;
    /** The C-10 request in verordening's register this onderzoek relies on for a deviating decision. */
    @Column(name = "hardheidsclausule_id") private Long hardheidsclausuleId;

    @Version
    private long version;

    protected Onderzoek() {
    }

    public Onderzoek(Melding melding, LocalDate uiterlijk, LocalDate persoonlijkPlanUiterlijk) {
        this.melding = melding;
        this.uiterlijk = uiterlijk;
        this.persoonlijkPlanUiterlijk = persoonlijkPlanUiterlijk;
    }

    public String aspect(Aspect a) {
        return switch (a) {
            case A -> aspectA; case B -> aspectB; case C -> aspectC; case D -> aspectD; case E -> aspectE;
            case F -> aspectF; case G -> aspectG; case H -> aspectH; case I -> aspectI; case J -> aspectJ;
        };
    }

    public void setAspect(Aspect a, String tekst) {
        String t = tekst == null || tekst.isBlank() ? null : tekst.strip();
        switch (a) {
            case A -> aspectA = t; case B -> aspectB = t; case C -> aspectC = t; case D -> aspectD = t; case E -> aspectE = t;
            case F -> aspectF = t; case G -> aspectG = t; case H -> aspectH = t; case I -> aspectI = t; case J -> aspectJ = t;
        }
    }

    public void setLadder(Ladder eigenKracht, Ladder gebruikelijkeHulp, Ladder mantelzorg, Ladder algemeenGebruikelijk,
                          Ladder algemeneVoorziening) {
        this.ladderEigenKracht = eigenKracht;
        this.ladderGebruikelijkeHulp = gebruikelijkeHulp;
        this.ladderMantelzorg = mantelzorg;
        this.ladderAlgemeenGebruikelijk = algemeenGebruikelijk;
        this.ladderAlgemeneVoorziening = algemeneVoorziening;
    }

    public Long getId() { return id; }
    public Melding getMelding() { return melding; }
    public LocalDate getUiterlijk() { return uiterlijk; }
    public void setUiterlijk(LocalDate v) { this.uiterlijk = v; }
    public LocalDate getUitstelMeegedeeldOp() { return uitstelMeegedeeldOp; }
    public void setUitstelMeegedeeldOp(LocalDate v) { this.uitstelMeegedeeldOp = v; }
    public String getUitstelReden() { return uitstelReden; }
    public void setUitstelReden(String v) { this.uitstelReden = v; }
    public LocalDate getPersoonlijkPlanUiterlijk() { return persoonlijkPlanUiterlijk; }
    public LocalDate getPersoonlijkPlanOp() { return persoonlijkPlanOp; }
    public void setPersoonlijkPlanOp(LocalDate v) { this.persoonlijkPlanOp = v; }
    public GesprekVorm getGesprekVorm() { return gesprekVorm; }
    public void setGesprekVorm(GesprekVorm v) { this.gesprekVorm = v; }
    public LocalDate getGesprekDatum() { return gesprekDatum; }
    public void setGesprekDatum(LocalDate v) { this.gesprekDatum = v; }
    public String getGesprekPlaats() { return gesprekPlaats; }
    public void setGesprekPlaats(String v) { this.gesprekPlaats = v; }
    public String getAanwezigen() { return aanwezigen; }
    public void setAanwezigen(String v) { this.aanwezigen = v; }
    public String getGesprekRedenAfwijking() { return gesprekRedenAfwijking; }
    public void setGesprekRedenAfwijking(String v) { this.gesprekRedenAfwijking = v; }
    public boolean isIdentiteitVastgesteld() { return identiteitVastgesteld; }
    public void setIdentiteitVastgesteld(boolean v) { this.identiteitVastgesteld = v; }
    public String getIdentiteitsbewijs() { return identiteitsbewijs; }
    public void setIdentiteitsbewijs(String v) { this.identiteitsbewijs = v; }
    public Ladder getLadderEigenKracht() { return ladderEigenKracht; }
    public Ladder getLadderGebruikelijkeHulp() { return ladderGebruikelijkeHulp; }
    public Ladder getLadderMantelzorg() { return ladderMantelzorg; }
    public Ladder getLadderAlgemeenGebruikelijk() { return ladderAlgemeenGebruikelijk; }
    public Ladder getLadderAlgemeneVoorziening() { return ladderAlgemeneVoorziening; }
    public Boolean getVoorliggendAanspraak() { return voorliggendAanspraak; }
    public void setVoorliggendAanspraak(Boolean v) { this.voorliggendAanspraak = v; }
    public String getVoorliggendRegeling() { return voorliggendRegeling; }
    public void setVoorliggendRegeling(String v) { this.voorliggendRegeling = v; }
    public Boolean getNoodzakelijk() { return noodzakelijk; }
    public void setNoodzakelijk(Boolean v) { this.noodzakelijk = v; }
    public Boolean getGoedkoopstAdequaat() { return goedkoopstAdequaat; }
    public void setGoedkoopstAdequaat(Boolean v) { this.goedkoopstAdequaat = v; }
    public Boolean getOpClientGericht() { return opClientGericht; }
    public void setOpClientGericht(Boolean v) { this.opClientGericht = v; }
    public Boolean getMeerkostenAantoonbaar() { return meerkostenAantoonbaar; }
    public void setMeerkostenAantoonbaar(Boolean v) { this.meerkostenAantoonbaar = v; }
    public Boolean getZelfTeRegelen() { return zelfTeRegelen; }
    public void setZelfTeRegelen(Boolean v) { this.zelfTeRegelen = v; }
    public Boolean getHuisgenootKanHelpen() { return huisgenootKanHelpen; }
    public void setHuisgenootKanHelpen(Boolean v) { this.huisgenootKanHelpen = v; }
    public Boolean getHulpGebruikelijk() { return hulpGebruikelijk; }
    public void setHulpGebruikelijk(Boolean v) { this.hulpGebruikelijk = v; }
    public Prognose getPrognose() { return prognose; }
    public void setPrognose(Prognose v) { this.prognose = v; }
    public String getGevraagdeVoorziening() { return gevraagdeVoorziening; }
    public void setGevraagdeVoorziening(String v) { this.gevraagdeVoorziening = v; }
    public Boolean getSpeciaalVoorBeperking() { return speciaalVoorBeperking; }
    public void setSpeciaalVoorBeperking(Boolean v) { this.speciaalVoorBeperking = v; }
    public Boolean getRegulierVerkrijgbaar() { return regulierVerkrijgbaar; }
    public void setRegulierVerkrijgbaar(Boolean v) { this.regulierVerkrijgbaar = v; }
    public Boolean getPrijsVergelijkbaar() { return prijsVergelijkbaar; }
    public void setPrijsVergelijkbaar(Boolean v) { this.prijsVergelijkbaar = v; }
    public boolean isAfwegingenVastgelegd() { return afwegingenVastgelegd; }
    public void setAfwegingenVastgelegd(boolean v) { this.afwegingenVastgelegd = v; }
    public String getAfwegingenToelichting() { return afwegingenToelichting; }
    public void setAfwegingenToelichting(String v) { this.afwegingenToelichting = v; }
    public boolean isMedischeWeigeringVerwacht() { return medischeWeigeringVerwacht; }
    public void setMedischeWeigeringVerwacht(boolean v) { this.medischeWeigeringVerwacht = v; }
    public AdviesSoort getAdviesSoort() { return adviesSoort; }
    public void setAdviesSoort(AdviesSoort v) { this.adviesSoort = v; }
    public LocalDate getAdviesGevraagdOp() { return adviesGevraagdOp; }
    public void setAdviesGevraagdOp(LocalDate v) { this.adviesGevraagdOp = v; }
    public LocalDate getAdviesOntvangenOp() { return adviesOntvangenOp; }
    public void setAdviesOntvangenOp(LocalDate v) { this.adviesOntvangenOp = v; }
    public boolean isMedewerkingGeweigerd() { return medewerkingGeweigerd; }
    public void setMedewerkingGeweigerd(boolean v) { this.medewerkingGeweigerd = v; }
    public LocalDate getAfgerondOp() { return afgerondOp; }
    public void setAfgerondOp(LocalDate v) { this.afgerondOp = v; }
    public Long getHardheidsclausuleId() { return hardheidsclausuleId; }
    public void setHardheidsclausuleId(Long v) { this.hardheidsclausuleId = v; }
    public long getVersion() { return version; }
}
