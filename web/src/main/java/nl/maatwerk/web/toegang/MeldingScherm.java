package nl.maatwerk.web.toegang;

import nl.maatwerk.web.schermen.Stapmeldingen;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.domain.toegang.Melding;
import nl.maatwerk.toegang.MeldingGegevens;
import nl.maatwerk.toegang.Toegang;

import java.io.Serializable;

/** Register a melding for a client (T-01, T-02, T-03, O-05). */
@Named
@ViewScoped
public class MeldingScherm implements Serializable {

    @EJB
    Toegang toegang;

    private Long clientId;
    private Melding.Kanaal kanaal = Melding.Kanaal.TELEFONISCH;
    private Melding.Melder gemeldDoor = Melding.Melder.CLIENT;
    private String melderNaam;
    private String hulpvraag;
    private boolean clientondersteuning;
    private Melding.AndereWet doorverwezenNaar;
    private String toelichting;
    private Melding.Toegangsniveau niveau = Melding.Toegangsniveau.CONSULENT;

    public String registreer() {
        Melding[] m = new Melding[1];
        boolean ok = Stapmeldingen.probeer(() -> m[0] = toegang.registreerMelding(new MeldingGegevens(clientId, null, kanaal, gemeldDoor,
                melderNaam, hulpvraag, clientondersteuning, doorverwezenNaar, toelichting, niveau, null)));
        if (!ok) {
            return null;
        }
        Stapmeldingen.info(m[0].isAfgesloten() ? "De melding is geregistreerd en doorverwezen (regel T-02)." : "De melding is geregistreerd.");
        return "/toegang/zaak?faces-redirect=true&id=" + m[0].getId();
    }

    public Melding.Kanaal[] getKanalen() { return Melding.Kanaal.values(); }
    public Melding.Melder[] getMelders() { return Melding.Melder.values(); }
    public Melding.AndereWet[] getWetten() { return Melding.AndereWet.values(); }
    public Melding.Toegangsniveau[] getNiveaus() { return Melding.Toegangsniveau.values(); }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public Melding.Kanaal getKanaal() { return kanaal; }
    public void setKanaal(Melding.Kanaal kanaal) { this.kanaal = kanaal; }
    public Melding.Melder getGemeldDoor() { return gemeldDoor; }
    public void setGemeldDoor(Melding.Melder gemeldDoor) { this.gemeldDoor = gemeldDoor; }
    public String getMelderNaam() { return melderNaam; }
    public void setMelderNaam(String melderNaam) { this.melderNaam = melderNaam; }
    public String getHulpvraag() { return hulpvraag; }
    public void setHulpvraag(String hulpvraag) { this.hulpvraag = hulpvraag; }
    public boolean isClientondersteuning() { return clientondersteuning; }
    public void setClientondersteuning(boolean clientondersteuning) { this.clientondersteuning = clientondersteuning; }
    public Melding.AndereWet getDoorverwezenNaar() { return doorverwezenNaar; }
    public void setDoorverwezenNaar(Melding.AndereWet doorverwezenNaar) { this.doorverwezenNaar = doorverwezenNaar; }
    public String getToelichting() { return toelichting; }
    public void setToelichting(String toelichting) { this.toelichting = toelichting; }
    public Melding.Toegangsniveau getNiveau() { return niveau; }
    public void setNiveau(Melding.Toegangsniveau niveau) { this.niveau = niveau; }
}
