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

    public void laadAanbieders() {
        aanbieders = dienst.aanbieders();
    }

    public void laadMeldingen() {
        calamiteiten = dienst.calamiteiten(false);
        klachten = dienst.klachten();
    }

    public List<AanbiederOverzicht> getAanbieders() { return aanbieders; }
    public List<CalamiteitOverzicht> getCalamiteiten() { return calamiteiten; }
    public List<KlachtOverzicht> getKlachten() { return klachten; }
}
