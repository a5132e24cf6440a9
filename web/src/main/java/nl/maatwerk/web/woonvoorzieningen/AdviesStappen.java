package nl.maatwerk.web.woonvoorzieningen;

import nl.maatwerk.web.schermen.Meldingen;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.woonvoorzieningen.Gebruiksruimte;
import nl.maatwerk.domain.woonvoorzieningen.Woningtype;
import nl.maatwerk.domain.woonvoorzieningen.Woonadvies;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.client.Clientregister;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.woonvoorzieningen.dienst.WoonsituatieGegevens;
import nl.maatwerk.woonvoorzieningen.dienst.Woonvoorzieningen;
import nl.maatwerk.woonvoorzieningen.regels.Advies;
import nl.maatwerk.woonvoorzieningen.regels.Verhuisweging;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * De stappen van het verhuisadvies voor de consulent: 1 woonsituatie, 2 afweging (factoren a tot en met e),
 * 3 kosten naast elkaar, 4 uitkomst met motivering en vastleggen. Stap 1 legt de woonsituatie vast; de
 * uitkomst wordt pas opgeslagen als de consulent hem vastlegt.
 */
@Named("woonadvies")
@ViewScoped
public class AdviesStappen implements Serializable {

    static final String[] STAPPEN = {"Woonsituatie", "Afweging", "Kosten", "Uitkomst"};

    @EJB
    Woonvoorzieningen dienst;

    @EJB
    Clientregister register;

    private Long clientId;
    private Client client;
    private int stap = 1;

    // stap 1
    private Woningtype woningtype = Woningtype.EENGEZINSWONING;
    private boolean eigendom;
    private boolean hoofdverblijf = true;
    private List<Gebruiksruimte> problemen = new ArrayList<>();
    private boolean locatieprobleem;
    // stap 2
    private boolean verhuizenRedelijk = true;
    private boolean voorkeurBlijven;
    private String toelichtingPersoon;
    private boolean mantelzorgInGevaar;
    private String toelichtingMantelzorg;
    private Integer verwachteWoonjaren = 5;
    private String toelichtingDuurzaamheid;
    private boolean alternatiefBeschikbaar;
    private String toelichtingAlternatief;
    private boolean financieelNadeel;
    private String toelichtingVerkoop;
    // stap 3
    private BigDecimal aanpassingskosten;
    private BigDecimal overigeVerhuiskosten = BigDecimal.ZERO;
    private Integer huishoudgrootte = 1;
    private LocalDate peildatum = LocalDate.now();

    private Advies advies;
    private Woonadvies vastgelegd;

    public void laad() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (clientId == null) {
            Meldingen.nietGevonden("Cliënt niet gevonden.");
            return;
        }
        try {
            client = register.dossier(clientId);
            dienst.woonsituatie(clientId).ifPresent(s -> {
                woningtype = s.getWoningtype();
                eigendom = s.isEigendom();
                hoofdverblijf = s.isHoofdverblijf();
                problemen = new ArrayList<>(s.getProblemen());
                locatieprobleem = s.isLocatieprobleem();
            });
        } catch (NietGevondenException e) {
            Meldingen.nietGevonden(e.getMessage());
        }
    }

    public void naarAfweging() {
        try {
            dienst.legWoonsituatie(clientId, new WoonsituatieGegevens(woningtype, eigendom, hoofdverblijf,
                    problemen.isEmpty() ? EnumSet.noneOf(Gebruiksruimte.class) : EnumSet.copyOf(problemen), locatieprobleem,
                    null, null, null, null));
            stap = 2;
        } catch (ValidatieException e) {
            Meldingen.toon(e, "stap1");
        }
    }

    public void naarKosten() {
        if (verwachteWoonjaren == null || verwachteWoonjaren < 0) {
            Meldingen.toon(new ValidatieException("verwachteWoonjaren", "Verwachte woonduur in jaren is verplicht (0 of meer)."), "stap2");
            return;
        }
        stap = 3;
    }

    public void vergelijk() {
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (aanpassingskosten == null || aanpassingskosten.signum() < 0) {
            fouten.add(new ValidatieException.Fout("aanpassingskosten", "Kosten van de aanpassing zijn verplicht."));
        }
        if (huishoudgrootte == null || huishoudgrootte < 1) {
            fouten.add(new ValidatieException.Fout("huishoudgrootte", "Huishoudgrootte is minstens 1."));
        }
        if (peildatum == null) {
            fouten.add(new ValidatieException.Fout("peildatum", "Peildatum is verplicht."));
        }
        if (!fouten.isEmpty()) {
            Meldingen.toon(new ValidatieException(fouten), "stap3");
            return;
        }
        try {
            var woning = new nl.maatwerk.woonvoorzieningen.regels.Woonsituatie(woningtype, eigendom, hoofdverblijf,
                    problemen.isEmpty() ? EnumSet.noneOf(Gebruiksruimte.class) : EnumSet.copyOf(problemen),
                    locatieprobleem, null);
            advies = dienst.adviseer(client.getGemeente().getCode(), peildatum, woning, weging());
            stap = 4;
        } catch (ValidatieException e) {
            Meldingen.toon(e, "stap3");
        }
    }

    public void legVast() {
        try {
            vastgelegd = dienst.stelAdviesVast(clientId, peildatum, weging());
            Meldingen.info("Het advies " + vastgelegd.getUitkomst().name().toLowerCase() + " is vastgelegd met regelset "
                    + vastgelegd.getRegelsetVersie() + ".");
        } catch (ValidatieException e) {
            Meldingen.toon(e, "stap4");
        }
    }

    public void terug() {
        if (stap > 1) {
            stap--;
        }
    }

    private Verhuisweging weging() {
        return new Verhuisweging(verhuizenRedelijk, voorkeurBlijven, toelichtingPersoon, mantelzorgInGevaar, toelichtingMantelzorg,
                verwachteWoonjaren, toelichtingDuurzaamheid, alternatiefBeschikbaar, toelichtingAlternatief,
                eigendom ? financieelNadeel : null, toelichtingVerkoop, aanpassingskosten,
                overigeVerhuiskosten == null ? BigDecimal.ZERO : overigeVerhuiskosten, huishoudgrootte);
    }

    public String getStapnaam() { return STAPPEN[stap - 1]; }
    public String[] getStappen() { return STAPPEN; }
    public List<RegelToepassing> getRegels() { return advies == null ? List.of() : advies.toepassingen(); }
    public Woningtype[] getWoningtypen() { return Woningtype.values(); }
    public Gebruiksruimte[] getRuimten() { return Gebruiksruimte.values(); }

    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public Client getClient() { return client; }
    public int getStap() { return stap; }
    public Advies getAdvies() { return advies; }
    public Woonadvies getVastgelegd() { return vastgelegd; }
    public Woningtype getWoningtype() { return woningtype; }
    public void setWoningtype(Woningtype woningtype) { this.woningtype = woningtype; }
    public boolean isEigendom() { return eigendom; }
    public void setEigendom(boolean eigendom) { this.eigendom = eigendom; }
    public boolean isHoofdverblijf() { return hoofdverblijf; }
    public void setHoofdverblijf(boolean hoofdverblijf) { this.hoofdverblijf = hoofdverblijf; }
    /** Een array, geen List: zo kent JSF het enumtype van de aangevinkte waarden. */
    public Gebruiksruimte[] getProblemen() { return problemen.toArray(new Gebruiksruimte[0]); }
    public void setProblemen(Gebruiksruimte[] problemen) { this.problemen = problemen == null ? new ArrayList<>() : new ArrayList<>(List.of(problemen)); }
    public boolean isLocatieprobleem() { return locatieprobleem; }
    public void setLocatieprobleem(boolean locatieprobleem) { this.locatieprobleem = locatieprobleem; }
    public boolean isVerhuizenRedelijk() { return verhuizenRedelijk; }
    public void setVerhuizenRedelijk(boolean v) { this.verhuizenRedelijk = v; }
    public boolean isVoorkeurBlijven() { return voorkeurBlijven; }
    public void setVoorkeurBlijven(boolean v) { this.voorkeurBlijven = v; }
    public String getToelichtingPersoon() { return toelichtingPersoon; }
    public void setToelichtingPersoon(String v) { this.toelichtingPersoon = v; }
    public boolean isMantelzorgInGevaar() { return mantelzorgInGevaar; }
    public void setMantelzorgInGevaar(boolean v) { this.mantelzorgInGevaar = v; }
    public String getToelichtingMantelzorg() { return toelichtingMantelzorg; }
    public void setToelichtingMantelzorg(String v) { this.toelichtingMantelzorg = v; }
    public Integer getVerwachteWoonjaren() { return verwachteWoonjaren; }
    public void setVerwachteWoonjaren(Integer v) { this.verwachteWoonjaren = v; }
    public String getToelichtingDuurzaamheid() { return toelichtingDuurzaamheid; }
    public void setToelichtingDuurzaamheid(String v) { this.toelichtingDuurzaamheid = v; }
    public boolean isAlternatiefBeschikbaar() { return alternatiefBeschikbaar; }
    public void setAlternatiefBeschikbaar(boolean v) { this.alternatiefBeschikbaar = v; }
    public String getToelichtingAlternatief() { return toelichtingAlternatief; }
    public void setToelichtingAlternatief(String v) { this.toelichtingAlternatief = v; }
    public boolean isFinancieelNadeel() { return financieelNadeel; }
    public void setFinancieelNadeel(boolean v) { this.financieelNadeel = v; }
    public String getToelichtingVerkoop() { return toelichtingVerkoop; }
    public void setToelichtingVerkoop(String v) { this.toelichtingVerkoop = v; }
    public BigDecimal getAanpassingskosten() { return aanpassingskosten; }
    public void setAanpassingskosten(BigDecimal v) { this.aanpassingskosten = v; }
    public BigDecimal getOverigeVerhuiskosten() { return overigeVerhuiskosten; }
    public void setOverigeVerhuiskosten(BigDecimal v) { this.overigeVerhuiskosten = v; }
    public Integer getHuishoudgrootte() { return huishoudgrootte; }
    public void setHuishoudgrootte(Integer v) { this.huishoudgrootte = v; }
    public LocalDate getPeildatum() { return peildatum; }
    public void setPeildatum(LocalDate v) { this.peildatum = v; }
}
