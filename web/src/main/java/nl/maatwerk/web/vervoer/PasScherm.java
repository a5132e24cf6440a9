package nl.maatwerk.web.vervoer;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.vervoer.dienst.MaandRegel;
import nl.maatwerk.vervoer.dienst.PasOverzicht;
import nl.maatwerk.vervoer.dienst.RitRegel;
import nl.maatwerk.vervoer.dienst.Vervoer;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Eén regiotaxipas: budget en gebruik in een jaar, per maand (tabel in plaats van een grafiek), ritten en motivering. */
@Named
@ViewScoped
public class PasScherm implements Serializable {

    @EJB
    Vervoer vervoer;

    private String nummer;
    private Integer jaar;
    private PasOverzicht pas;
    private List<MaandRegel> perMaand;
    private List<RitRegel> ritten;
    private long aantalRitten;
    private String motivering;

    public void laad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (jaar == null) {
            jaar = LocalDate.now().getYear();
        }
        try {
            pas = vervoer.pas(nummer, jaar);
            perMaand = vervoer.gebruikPerMaand(nummer, jaar);
            var p = vervoer.ritten(nummer, jaar, 0, 200);
            ritten = p.regels();
            aantalRitten = p.totaal();
            motivering = vervoer.motivering(nummer);
        } catch (NietGevondenException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Breedte van de balk (0-100) voor het gebruik; de waarde staat er altijd als tekst naast. */
    public int balk(Integer procent) {
        return procent == null ? 0 : Math.min(100, procent);
    }

    public String getNummer() { return nummer; }
    public void setNummer(String nummer) { this.nummer = nummer; }
    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public PasOverzicht getPas() { return pas; }
    public List<MaandRegel> getPerMaand() { return perMaand; }
    public List<RitRegel> getRitten() { return ritten; }
    public long getAantalRitten() { return aantalRitten; }
    public String getMotivering() { return motivering; }
}
