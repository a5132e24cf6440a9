package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.termijn.Duur;

import java.time.LocalDate;
import java.util.Objects;

/** De feiten die het onderzoek vaststelt, per regel. Zie {@link Situatie}. */
public final class Feiten {

    private Feiten() {
    }

    /**
     * C-07: een voorziening op grond van een andere wet. {@code aanspraak} is onwaar als de andere regeling
     * haar heeft afgewezen of vaststaat dat de cliënt er niet voor in aanmerking komt.
     */
    public record Voorliggend(boolean aanspraak, String regeling, boolean gedeeltelijkeVergoeding) {
        public Voorliggend {
            regeling = regeling == null ? "" : regeling.trim();
        }

        public static Voorliggend geen() {
            return new Voorliggend(false, "", false);
        }
    }

    /** C-08: aanspraak op verblijf op grond van de Wet langdurige zorg. */
    public record Wlz(boolean aanspraakOpVerblijf, boolean vermoedelijkeAanspraak, boolean weigertMedewerking) {
    }

    /** C-06: een collectieve maatwerkvoorziening voor dit probleem (bijvoorbeeld de regiotaxi). */
    public record CollectieveVoorziening(String omschrijving, boolean beschikbaar, boolean passend) {
        public CollectieveVoorziening {
            Objects.requireNonNull(omschrijving, "omschrijving");
        }
    }

    /**
     * C-12: de kenmerken van "algemeen gebruikelijk" voor een voorziening die niet op de lijsten van de
     * gemeente staat: niet speciaal voor mensen met een beperking, in de gewone handel te koop, en niet
     * aanzienlijk duurder dan vergelijkbare producten.
     */
    public record Kenmerken(boolean speciaalVoorBeperking, boolean regulierVerkrijgbaar, boolean prijsVergelijkbaar) {
        public boolean algemeenGebruikelijk() {
            return !speciaalVoorBeperking && regulierVerkrijgbaar && prijsVergelijkbaar;
        }
    }

    /**
     * De gevraagde voorziening.
     *
     * @param soort                 zoals op de lijsten van de gemeente, bijvoorbeeld "verhoogd toilet", "traplift"
     * @param kenmerken             mag null zijn als de soort op een lijst staat
     * @param plotselingOntstaan    de beperking ontstond plotseling (uitzondering op algemeen gebruikelijk, 001 §1.6)
     */
    public record Voorziening(String soort, Kenmerken kenmerken, boolean plotselingOntstaan) {
        public Voorziening {
            Objects.requireNonNull(soort, "soort");
            soort = soort.trim();
        }
    }

    /** C-04 onder b en d. */
    public record Weigeringsfeiten(boolean meerkostenAantoonbaar, boolean redelijkerwijsZelfTeRegelen) {
    }

    /** C-04 onder c: dezelfde voorziening is eerder verstrekt. */
    public record EerdereVerstrekking(String soort, LocalDate verstrektOp, boolean verlorenBuitenSchuld) {
        public EerdereVerstrekking {
            Objects.requireNonNull(soort, "soort");
            Objects.requireNonNull(verstrektOp, "verstrektOp");
        }
    }

    /** C-05: een Pgb voor een periode vóór de aanvraag. */
    public record PgbAchteraf(boolean meldingNietEerderMogelijk, boolean onherroepelijkeVerplichtingen,
                              boolean noodzakelijk) {
    }

    /** C-02. */
    public record Noodzaak(boolean noodzakelijk, boolean goedkoopstAdequaat, boolean voornamelijkOpClientGericht) {
    }

    /**
     * C-03.
     *
     * @param huisgenootKanHelpen er is een huisgenoot die aanwezig is en hulp kan bieden
     * @param hulpIsGebruikelijk  de benodigde hulp is naar algemeen aanvaarde opvattingen gebruikelijke hulp
     * @param verwachteDuur       hoe lang de situatie naar verwachting duurt; null = langdurig
     */
    public record Huishouden(boolean huisgenootKanHelpen, boolean hulpIsGebruikelijk, Duur verwachteDuur) {
    }

    /** C-11. */
    public record Voorzienbaarheid(boolean voorzienbaar, String toelichting) {
        public Voorzienbaarheid {
            toelichting = toelichting == null ? "" : toelichting.trim();
        }
    }

    /** C-13: wat er van de situatie te verwachten is. */
    public enum Prognose {
        STABIEL,
        VERSLECHTERING,
        VERBETERING,
        BEPERKTE_LEVENSVERWACHTING
    }

    /**
     * C-13.
     *
     * @param verbeteringBinnen alleen bij {@link Prognose#VERBETERING}: de verwachte duur tot de verbetering
     * @param ingangsdatum      null: de peildatum (de datum van de beschikking, T-13)
     */
    public record Indicatieduur(Prognose prognose, Duur verbeteringBinnen, LocalDate ingangsdatum) {
        public Indicatieduur {
            Objects.requireNonNull(prognose, "prognose");
            if (prognose == Prognose.VERBETERING && verbeteringBinnen == null) {
                throw new IllegalArgumentException("Bij verwachte verbetering hoort de termijn van die verbetering");
            }
        }
    }
}
