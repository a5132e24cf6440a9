package nl.maatwerk.web.dienstverlening;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.dienstverlening.dienst.Dienstverlening;
import nl.maatwerk.dienstverlening.dienst.Gegevens.AanbiederOverzicht;
import nl.maatwerk.dienstverlening.dienst.Gegevens.CalamiteitOverzicht;
import nl.maatwerk.dienstverlening.dienst.Gegevens.KlachtOverzicht;

import java.io.Serializable;
import java.util.List;

/** Gecontracteerde aanbieders met hun tarieven, en de calamiteiten (O-01) en klachten (O-03). */
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

    public void laadAanbieders() {
        aanbieders = dienst.aanbieders();
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
        if (Berichten.probeer(() -> dienst.calamiteit(new nl.maatwerk.dienstverlening.dienst.Gegevens.CalamiteitInvoer(gemeente, agbCode, null, soort,
                datumVoorval, datumMelding, omschrijving)))) {
            Berichten.info("De melding is geregistreerd voor onderzoek door de toezichthoudend ambtenaar.");
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
    public List<CalamiteitOverzicht> getCalamiteiten() { return calamiteiten; }
    public List<KlachtOverzicht> getKlachten() { return klachten; }
}
