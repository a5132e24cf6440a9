package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Termijnkalender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * C-17: gronden voor herziening of intrekking van een maatwerkvoorziening of Pgb, en wat daarna kan worden
 * teruggevorderd (004 art. 15, 001 §6.2). Het besluit zelf neemt de consulent; dit bepaalt wat mag.
 */
public final class Herziening {

    public enum Grond {
        ONJUISTE_GEGEVENS("u hebt onjuiste of onvolledige gegevens verstrekt die tot een andere beslissing zouden hebben geleid"),
        NIET_LANGER_AANGEWEZEN("u bent niet langer op de voorziening aangewezen"),
        NIET_LANGER_TOEREIKEND("de voorziening is niet langer toereikend"),
        VOORWAARDEN_NIET_NAGEKOMEN("u voldoet niet aan de voorwaarden die aan de voorziening zijn verbonden"),
        NIET_OF_ANDERS_GEBRUIKT("u gebruikt de voorziening niet of voor een ander doel"),
        PGB_NIET_BINNEN_TERMIJN_BESTEED("u hebt het persoonsgebonden budget niet binnen de bestedingstermijn besteed");

        private final String omschrijving;

        Grond(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public enum Verstrekking { NATURA_BRUIKLEEN, NATURA_EIGENDOM, DIENST, PGB }

    /**
     * @param pgbToegekendOp alleen bij een Pgb: datum van toekenning
     * @param pgbBesteed     alleen bij een Pgb: is het (voor het doel) besteed
     */
    public record Omstandigheden(Verstrekking verstrekking, boolean onjuisteGegevens, boolean opzettelijk,
                         boolean nietLangerAangewezen, boolean nietLangerToereikend, boolean voorwaardenNietNagekomen,
                         boolean nietOfAndersGebruikt, LocalDate pgbToegekendOp, boolean pgbBesteed) {
        public Omstandigheden {
            Objects.requireNonNull(verstrekking, "verstrekking");
        }
    }

    /**
     * @param geldswaardeTerugvorderbaar alleen bij opzettelijk onjuiste gegevens
     * @param voorzieningTerugvorderbaar een ingetrokken voorziening in bruikleen of eigendom
     */
    public record Resultaat(List<Grond> gronden, boolean herzienOfIntrekken, boolean geldswaardeTerugvorderbaar,
                           boolean voorzieningTerugvorderbaar, RegelToepassing toepassing) {
        public Resultaat {
            gronden = List.copyOf(gronden);
        }
    }

    private final Termijnkalender kalender;

    public Herziening(Termijnkalender kalender) {
        this.kalender = Objects.requireNonNull(kalender);
    }

    public Resultaat toets(Regelset regelset, Omstandigheden feiten, LocalDate peildatum) {
        List<Grond> gronden = new ArrayList<>();
        if (feiten.onjuisteGegevens()) {
            gronden.add(Grond.ONJUISTE_GEGEVENS);
        }
        if (feiten.nietLangerAangewezen()) {
            gronden.add(Grond.NIET_LANGER_AANGEWEZEN);
        }
        if (feiten.nietLangerToereikend()) {
            gronden.add(Grond.NIET_LANGER_TOEREIKEND);
        }
        if (feiten.voorwaardenNietNagekomen()) {
            gronden.add(Grond.VOORWAARDEN_NIET_NAGEKOMEN);
        }
        if (feiten.nietOfAndersGebruikt()) {
            gronden.add(Grond.NIET_OF_ANDERS_GEBRUIKT);
        }
        if (feiten.verstrekking() == Verstrekking.PGB && feiten.pgbToegekendOp() != null && !feiten.pgbBesteed()
                && peildatum.isAfter(kalender.plus(feiten.pgbToegekendOp(), regelset.duur("pgb.besteding.termijn")))) {
            gronden.add(Grond.PGB_NIET_BINNEN_TERMIJN_BESTEED);
        }
        Toetsing toetsing = Toetsing.voor(regelset);
        if (gronden.isEmpty()) {
            return new Resultaat(gronden, false, false, false, toetsing.toepassing("C-17", Uitkomst.NIET_VAN_TOEPASSING,
                    "Er is geen grond om uw voorziening te herzien of in te trekken"));
        }
        boolean geldswaarde = feiten.onjuisteGegevens() && feiten.opzettelijk();
        boolean voorziening = feiten.verstrekking() == Verstrekking.NATURA_BRUIKLEEN || feiten.verstrekking() == Verstrekking.NATURA_EIGENDOM;
        String zin = "Uw voorziening kan worden herzien of ingetrokken, omdat "
                + gronden.stream().map(Grond::omschrijving).collect(Collectors.joining("; "))
                + (geldswaarde ? "; omdat de gegevens opzettelijk onjuist waren, kan de geldswaarde worden teruggevorderd" : "")
                + (voorziening ? "; de voorziening in " + (feiten.verstrekking() == Verstrekking.NATURA_BRUIKLEEN ? "bruikleen" : "eigendom")
                + " kan worden teruggevorderd" : "");
        return new Resultaat(gronden, true, geldswaarde, voorziening,
                toetsing.toepassing("C-17", Uitkomst.VAN_TOEPASSING, zin));
    }
}
