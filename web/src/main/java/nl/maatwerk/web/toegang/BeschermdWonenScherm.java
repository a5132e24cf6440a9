package nl.maatwerk.web.toegang;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.toegang.BeschermdWonenFeiten;
import nl.maatwerk.toegang.Toegang;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** O-04: the criteria of 004 art. 11 for beschermd wonen or opvang, open to every ingezetene of the Netherlands. */
@Named
@ViewScoped
public class BeschermdWonenScherm implements Serializable {

    public record Vraag(String sleutel, String vraag) implements Serializable {
    }

    private static final List<Vraag> VRAGEN = List.of(
            new Vraag("a", "Beschermd wonen a: aangewezen op een beschermende woonomgeving door complexe problemen"),
            new Vraag("b", "Beschermd wonen b: de problemen komen voort uit een acute crisis"),
            new Vraag("c", "Beschermd wonen c: begeleiding of dagbesteding met ambulante zorg is passend"),
            new Vraag("d", "Beschermd wonen d: gericht op zich op eigen kracht handhaven"),
            new Vraag("dakloos", "Opvang: (feitelijk) dakloos"),
            new Vraag("geweld", "Opvang: thuissituatie verlaten wegens huiselijk geweld"));

    @EJB
    Toegang toegang;

    private String gemeente;
    private BeschermdWonenFeiten.Soort soort = BeschermdWonenFeiten.Soort.BESCHERMD_WONEN;
    private boolean ingezeteneVanNederland = true;
    private boolean woontInGemeente;
    private final HashMap<String, Boolean> antwoorden = new HashMap<>();
    private transient RegelToepassing uitkomst;

    public void toets() {
        var f = new BeschermdWonenFeiten(soort, ingezeteneVanNederland, woontInGemeente, antwoorden.get("a"), antwoorden.get("b"),
                antwoorden.get("c"), antwoorden.get("d"), antwoorden.get("dakloos"), antwoorden.get("geweld"));
        RegelToepassing[] r = new RegelToepassing[1];
        if (Stapmeldingen.probeer(() -> r[0] = toegang.toetsBeschermdWonen(gemeente, f, null))) {
            uitkomst = r[0];
        }
    }

    public String getUitkomstTekst() {
        if (uitkomst == null) return null;
        return switch (uitkomst.uitkomst()) {
            case VOLDAAN -> "Komt in aanmerking (regel O-04).";
            case ONVOLDOENDE_GEGEVENS -> "Nog niet te beoordelen: stel eerst de ontbrekende criteria vast (regel O-04).";
            default -> "Komt niet in aanmerking (regel O-04).";
        };
    }

    public List<Vraag> getVragen() { return VRAGEN; }
    public BeschermdWonenFeiten.Soort[] getSoorten() { return BeschermdWonenFeiten.Soort.values(); }
    public Map<String, Boolean> getAntwoorden() { return antwoorden; }
    public RegelToepassing getUitkomst() { return uitkomst; }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String v) { this.gemeente = v; }
    public BeschermdWonenFeiten.Soort getSoort() { return soort; }
    public void setSoort(BeschermdWonenFeiten.Soort v) { this.soort = v; }
    public boolean isIngezeteneVanNederland() { return ingezeteneVanNederland; }
    public void setIngezeteneVanNederland(boolean v) { this.ingezeteneVanNederland = v; }
    public boolean isWoontInGemeente() { return woontInGemeente; }
    public void setWoontInGemeente(boolean v) { this.woontInGemeente = v; }
}
