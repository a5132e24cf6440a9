package nl.maatwerk.web.dienstverlening;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.dienstverlening.dienst.Dienstverlening;
import nl.maatwerk.dienstverlening.dienst.Gegevens.AanbiederOverzicht;
import nl.maatwerk.dienstverlening.dienst.Gegevens.CalamiteitOverzicht;
import nl.maatwerk.dienstverlening.dienst.Gegevens.KlachtOverzicht;

import java.io.Serializable;
import java.util.List;

/**
 * Gecontracteerde aanbieders met hun tarieven, en de calamiteiten (O-01) en klachten (O-03). De teamleider registreert
 * hier aanbieders en contracten met tarieven en rondt als toezichthoudend ambtenaar het onderzoek naar een melding af.
 */
@Named
@ViewScoped
public class AanbiedersScherm implements Serializable {

    @EJB
    Dienstverlening dienst;

    private List<AanbiederOverzicht> aanbieders;
    private List<CalamiteitOverzicht> calamiteiten;
    private List<KlachtOverzicht> klachten;
    private String gemeente;
    private String agbCode;
    private String soort = "CALAMITEIT";
    private java.time.LocalDate datumVoorval;
    private java.time.LocalDate datumMelding = java.time.LocalDate.now();
    private String omschrijving;

    @EJB
    nl.maatwerk.kern.beveiliging.HuidigeGebruiker huidige;

    // aanbieder en contract (teamleider)
    private List<AanbiederOverzicht> geregistreerd = List.of();
    private String nieuweAgb;
    private String nieuweNaam;
    private boolean nieuweKlachtenregeling;
    private boolean nieuweMedezeggenschap;
    private Long contractAanbieder;
    private String contractGemeente;
    private java.time.LocalDate geldigVan;
    private java.time.LocalDate geldigTot;
    private boolean oggz;
    private final List<Tariefregel> tariefregels = new java.util.ArrayList<>(List.of(new Tariefregel()));

    // klacht (O-03) en afronding onderzoek (O-01)
    private String klachtGemeente;
    private String klachtAgb;
    private java.time.LocalDate klachtOntvangen = java.time.LocalDate.now();
    private String klachtOnderwerp;
    private Long onderzoekMelding;
    private String bevinding;

    /** Eén regel van het tarievenformulier; tekst, zodat een fout de regel en het veld in het Nederlands noemt. */
    public static class Tariefregel implements Serializable {
        private String resultaatgebied;
        private String trede;
        private String perMaand;
        private String vervoerstoeslag;

        public String getResultaatgebied() { return resultaatgebied; }
        public void setResultaatgebied(String v) { this.resultaatgebied = v; }
        public String getTrede() { return trede; }
        public void setTrede(String v) { this.trede = v; }
        public String getPerMaand() { return perMaand; }
        public void setPerMaand(String v) { this.perMaand = v; }
        public String getVervoerstoeslag() { return vervoerstoeslag; }
        public void setVervoerstoeslag(String v) { this.vervoerstoeslag = v; }

        boolean leeg() {
            return isLeeg(trede) && isLeeg(perMaand) && isLeeg(vervoerstoeslag);
        }
    }

    public void laadAanbieders() {
        aanbieders = dienst.aanbieders();
        if (isTeamleider()) {
            geregistreerd = dienst.geregistreerdeAanbieders();
        }
    }

    public boolean isTeamleider() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().isUserInRole(nl.maatwerk.domain.kern.Rol.TEAMLEIDER_);
    }

    public List<nl.maatwerk.dienstverlening.regels.Resultaatgebied> getResultaatgebieden() {
        return List.of(nl.maatwerk.dienstverlening.regels.Resultaatgebied.values());
    }

    public void aanbiederRegistreren() {
        AanbiederOverzicht[] nieuw = new AanbiederOverzicht[1];
        if (Stapmeldingen.probeer(() -> nieuw[0] = dienst.aanbiederRegistreren(new nl.maatwerk.dienstverlening.dienst.Gegevens.AanbiederInvoer(nieuweAgb, nieuweNaam,
                nieuweKlachtenregeling, nieuweMedezeggenschap)))) {
            Stapmeldingen.info("Aanbieder " + nieuw[0].naam() + " (AGB " + nieuw[0].agbCode() + ") is geregistreerd. Leg nu een contract met tarieven vast.");
            contractAanbieder = nieuw[0].id();
            nieuweAgb = null;
            nieuweNaam = null;
            nieuweKlachtenregeling = false;
            nieuweMedezeggenschap = false;
            laadAanbieders();
        }
    }

    public void tariefregelToevoegen() {
        tariefregels.add(new Tariefregel());
    }

    /** D-01 en O-03 toetst de EJB; hier alleen of elk veld een getal of bedrag is, met de regel en het veld in de melding. */
    public void contractVastleggen() {
        List<nl.maatwerk.dienstverlening.dienst.Gegevens.TariefInvoer> tarieven = new java.util.ArrayList<>();
        boolean fout = false;
        if (contractAanbieder == null) {
            Stapmeldingen.fout("Aanbieder van het contract is verplicht.");
            fout = true;
        }
        for (int i = 0; i < tariefregels.size(); i++) {
            Tariefregel r = tariefregels.get(i);
            if (r.leeg()) {
                continue;
            }
            String regel = " in tariefregel " + (i + 1);
            Integer trede = null;
            try {
                trede = Integer.valueOf(r.trede == null ? "" : r.trede.strip());
            } catch (NumberFormatException e) {
                Stapmeldingen.fout("Trede" + regel + " is een geheel getal, bijvoorbeeld 2.");
                fout = true;
            }
            java.math.BigDecimal perMaand = bedrag(r.perMaand, "Tarief per maand" + regel);
            java.math.BigDecimal vervoer = isLeeg(r.vervoerstoeslag) ? null : bedrag(r.vervoerstoeslag, "Opslag vervoer" + regel);
            if (perMaand == null || (!isLeeg(r.vervoerstoeslag) && vervoer == null) || trede == null) {
                fout = true;
                continue;
            }
            tarieven.add(new nl.maatwerk.dienstverlening.dienst.Gegevens.TariefInvoer(r.resultaatgebied, trede, perMaand, vervoer));
        }
        if (fout) {
            return;
        }
        nl.maatwerk.dienstverlening.dienst.Gegevens.ContractOverzicht[] c = new nl.maatwerk.dienstverlening.dienst.Gegevens.ContractOverzicht[1];
        if (Stapmeldingen.probeer(() -> c[0] = dienst.contractVastleggen(contractAanbieder,
                new nl.maatwerk.dienstverlening.dienst.Gegevens.ContractInvoer(contractGemeente, geldigVan, geldigTot, oggz, tarieven)))) {
            Stapmeldingen.info("Het contract met gemeente " + c[0].gemeente() + " is vastgelegd met " + c[0].tarieven().size() + " tarieven.");
            tariefregels.clear();
            tariefregels.add(new Tariefregel());
            geldigVan = null;
            geldigTot = null;
            oggz = false;
            laadAanbieders();
        }
    }

    private static java.math.BigDecimal bedrag(String tekst, String veld) {
        try {
            String t = tekst == null ? "" : tekst.strip().replace("€", "").strip();
            // Dutch "1.099,50" as well as "1099.50"
            return new java.math.BigDecimal(t.contains(",") ? t.replace(".", "").replace(',', '.') : t);
        } catch (NumberFormatException e) {
            Stapmeldingen.fout(veld + " is een bedrag in euro, bijvoorbeeld 99,50.");
            return null;
        }
    }

    private static boolean isLeeg(String s) {
        return s == null || s.isBlank();
    }

    /** O-03: een klacht over een aanbieder; de motivering zegt of de aanbieder een klachtenregeling en medezeggenschap heeft. */
    public void klachtRegistreren() {
        if (Stapmeldingen.probeer(() -> dienst.klacht(new nl.maatwerk.dienstverlening.dienst.Gegevens.KlachtInvoer(klachtGemeente, klachtAgb, null,
                klachtOntvangen, klachtOnderwerp)))) {
            Stapmeldingen.info("De klacht is geregistreerd.");
            klachtOnderwerp = null;
            laadMeldingen();
        }
    }

    /** O-01: de toezichthoudend ambtenaar rondt het onderzoek af; het signaal in de werkvoorraad vervalt. */
    public void onderzoekAfronden() {
        if (onderzoekMelding == null) {
            Stapmeldingen.fout("Melding is verplicht: kies de melding waarvan u het onderzoek afrondt.");
            return;
        }
        if (Stapmeldingen.probeer(() -> dienst.onderzoekAfronden(onderzoekMelding, bevinding))) {
            Stapmeldingen.info("Het onderzoek is afgerond en de bevinding vastgelegd.");
            bevinding = null;
            onderzoekMelding = null;
            laadMeldingen();
        }
    }

    public List<CalamiteitOverzicht> getOpenMeldingen() {
        return calamiteiten == null ? List.of() : calamiteiten.stream().filter(m -> !m.onderzocht()).toList();
    }

    public void laadMeldingen() {
        calamiteiten = dienst.calamiteiten(false);
        klachten = dienst.klachten();
        if (aanbieders == null) {
            aanbieders = dienst.aanbieders();
        }
    }

    public List<String> getGemeenten() {
        return huidige.gemeenten().stream().sorted().toList();
    }

    /** O-01: de melding van een aanbieder registreren; de motivering zegt of zij onverwijld was. */
    public void calamiteitRegistreren() {
        if (Stapmeldingen.probeer(() -> dienst.calamiteit(new nl.maatwerk.dienstverlening.dienst.Gegevens.CalamiteitInvoer(gemeente, agbCode, null, soort,
                datumVoorval, datumMelding, omschrijving)))) {
            Stapmeldingen.info("De melding is geregistreerd voor onderzoek door de toezichthoudend ambtenaar.");
            omschrijving = null;
            laadMeldingen();
        }
    }

    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
    public String getAgbCode() { return agbCode; }
    public void setAgbCode(String agbCode) { this.agbCode = agbCode; }
    public String getSoort() { return soort; }
    public void setSoort(String soort) { this.soort = soort; }
    public java.time.LocalDate getDatumVoorval() { return datumVoorval; }
    public void setDatumVoorval(java.time.LocalDate d) { this.datumVoorval = d; }
    public java.time.LocalDate getDatumMelding() { return datumMelding; }
    public void setDatumMelding(java.time.LocalDate d) { this.datumMelding = d; }
    public String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }

    public List<AanbiederOverzicht> getAanbieders() { return aanbieders; }
    public List<AanbiederOverzicht> getGeregistreerd() { return geregistreerd; }
    public String getNieuweAgb() { return nieuweAgb; }
    public void setNieuweAgb(String v) { this.nieuweAgb = v; }
    public String getNieuweNaam() { return nieuweNaam; }
    public void setNieuweNaam(String v) { this.nieuweNaam = v; }
    public boolean isNieuweKlachtenregeling() { return nieuweKlachtenregeling; }
    public void setNieuweKlachtenregeling(boolean v) { this.nieuweKlachtenregeling = v; }
    public boolean isNieuweMedezeggenschap() { return nieuweMedezeggenschap; }
    public void setNieuweMedezeggenschap(boolean v) { this.nieuweMedezeggenschap = v; }
    public Long getContractAanbieder() { return contractAanbieder; }
    public void setContractAanbieder(Long v) { this.contractAanbieder = v; }
    public String getContractGemeente() { return contractGemeente; }
    public void setContractGemeente(String v) { this.contractGemeente = v; }
    public java.time.LocalDate getGeldigVan() { return geldigVan; }
    public void setGeldigVan(java.time.LocalDate v) { this.geldigVan = v; }
    public java.time.LocalDate getGeldigTot() { return geldigTot; }
    public void setGeldigTot(java.time.LocalDate v) { this.geldigTot = v; }
    public boolean isOggz() { return oggz; }
    public void setOggz(boolean v) { this.oggz = v; }
    public List<Tariefregel> getTariefregels() { return tariefregels; }
    public String getKlachtGemeente() { return klachtGemeente; }
    public void setKlachtGemeente(String v) { this.klachtGemeente = v; }
    public String getKlachtAgb() { return klachtAgb; }
    public void setKlachtAgb(String v) { this.klachtAgb = v; }
    public java.time.LocalDate getKlachtOntvangen() { return klachtOntvangen; }
    public void setKlachtOntvangen(java.time.LocalDate v) { this.klachtOntvangen = v; }
    public String getKlachtOnderwerp() { return klachtOnderwerp; }
    public void setKlachtOnderwerp(String v) { this.klachtOnderwerp = v; }
    public Long getOnderzoekMelding() { return onderzoekMelding; }
    public void setOnderzoekMelding(Long v) { this.onderzoekMelding = v; }
    public String getBevinding() { return bevinding; }
    public void setBevinding(String v) { this.bevinding = v; }
    public List<CalamiteitOverzicht> getCalamiteiten() { return calamiteiten; }
    public List<KlachtOverzicht> getKlachten() { return klachten; }
}
