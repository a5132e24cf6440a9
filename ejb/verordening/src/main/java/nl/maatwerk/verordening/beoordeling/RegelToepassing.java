package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Bron;

import java.util.Objects;

/**
 * Eén toegepaste regel: id, uitkomst, de bron in de regels van de gemeente (leeg als die de regel niet
 * kent) en een zin die de cliënt kan lezen, met de bron erin.
 */
public record RegelToepassing(String regelId, Uitkomst uitkomst, Bron bron, String motivering) {

    public RegelToepassing {
        Objects.requireNonNull(regelId, "regelId");
        Objects.requireNonNull(uitkomst, "uitkomst");
        Objects.requireNonNull(motivering, "motivering");
    }

    /**
     * Maakt de motivering: "{zin} ({bron voluit}, regel {id})." Bijvoorbeeld: "Uw probleem kan niet worden
     * opgelost met eigen kracht (artikel 7 lid 1 Verordening ... Doetinchem 2017, regel C-01)."
     *
     * @param bron mag null zijn als de gemeente de regel niet kent
     */
    public static RegelToepassing van(String regelId, Uitkomst uitkomst, Bron bron, String zin) {
        String plaats = bron == null ? "regel " + regelId : bron.tekst() + ", regel " + regelId;
        return new RegelToepassing(regelId, uitkomst, bron, zin + " (" + plaats + ").");
    }

    public boolean isAfwijzingsgrond() {
        return uitkomst == Uitkomst.AFWIJZINGSGROND;
    }
}
