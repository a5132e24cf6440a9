package nl.maatwerk.verordening.beoordeling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * De situatie van een cliënt op een peildatum, zoals het onderzoek die vaststelde: de invoer van de
 * {@link Beoordelaar}. Onveranderlijk; maak hem met {@link #voor}.
 *
 * <p>Feiten die het onderzoek altijd vaststelt (ladder, voorliggende voorziening, noodzaak, weigeringsfeiten,
 * huishouden, afwegingen) leiden tot "onvoldoende gegevens" als ze ontbreken. Feiten die alleen soms
 * spelen (Wlz, collectieve voorziening, eerdere verstrekking, Pgb achteraf, voorzienbaarheid, indicatieduur,
 * hardheidsclausule, gevraagde voorziening) betekenen bij ontbreken: niet aan de orde.
 */
public final class Situatie {

    private final String gemeente;
    private final LocalDate peildatum;
    private final Toepassingsgrond grond;
    private final int leeftijd;
    private final Map<Trede, LadderAntwoord> ladder;
    private final Feiten.Voorziening voorziening;
    private final Feiten.Voorliggend voorliggend;
    private final Feiten.Wlz wlz;
    private final Feiten.CollectieveVoorziening collectief;
    private final Feiten.Weigeringsfeiten weigeringsfeiten;
    private final Feiten.EerdereVerstrekking eerdereVerstrekking;
    private final Feiten.PgbAchteraf pgbAchteraf;
    private final Feiten.Noodzaak noodzaak;
    private final Feiten.Huishouden huishouden;
    private final List<Afweging> afwegingen;
    private final Feiten.Voorzienbaarheid voorzienbaarheid;
    private final Feiten.Indicatieduur indicatieduur;
    private final Hardheidsclausule hardheidsclausule;

    private Situatie(Bouwer b) {
        this.gemeente = Objects.requireNonNull(b.gemeente, "gemeente");
        this.peildatum = Objects.requireNonNull(b.peildatum, "peildatum");
        this.grond = Objects.requireNonNull(b.grond, "grond");
        if (b.leeftijd < 0) {
            throw new IllegalArgumentException("De leeftijd van de cliënt ontbreekt");
        }
        this.leeftijd = b.leeftijd;
        this.ladder = Collections.unmodifiableMap(new EnumMap<>(b.ladder));
        this.voorziening = b.voorziening;
        this.voorliggend = b.voorliggend;
        this.wlz = b.wlz;
        this.collectief = b.collectief;
        this.weigeringsfeiten = b.weigeringsfeiten;
        this.eerdereVerstrekking = b.eerdereVerstrekking;
        this.pgbAchteraf = b.pgbAchteraf;
        this.noodzaak = b.noodzaak;
        this.huishouden = b.huishouden;
        this.afwegingen = b.afwegingen == null ? null : List.copyOf(b.afwegingen);
        this.voorzienbaarheid = b.voorzienbaarheid;
        this.indicatieduur = b.indicatieduur;
        this.hardheidsclausule = b.hardheidsclausule;
    }

    /** @param gemeente CBS-code, bijvoorbeeld "0222" */
    public static Bouwer voor(String gemeente, LocalDate peildatum, Toepassingsgrond grond) {
        return new Bouwer(gemeente, peildatum, grond);
    }

    public String gemeente() {
        return gemeente;
    }

    public LocalDate peildatum() {
        return peildatum;
    }

    public Toepassingsgrond grond() {
        return grond;
    }

    public int leeftijd() {
        return leeftijd;
    }

    public Optional<LadderAntwoord> ladder(Trede trede) {
        return Optional.ofNullable(ladder.get(trede));
    }

    public Optional<Feiten.Voorziening> voorziening() {
        return Optional.ofNullable(voorziening);
    }

    public Optional<Feiten.Voorliggend> voorliggend() {
        return Optional.ofNullable(voorliggend);
    }

    public Optional<Feiten.Wlz> wlz() {
        return Optional.ofNullable(wlz);
    }

    public Optional<Feiten.CollectieveVoorziening> collectief() {
        return Optional.ofNullable(collectief);
    }

    public Optional<Feiten.Weigeringsfeiten> weigeringsfeiten() {
        return Optional.ofNullable(weigeringsfeiten);
    }

    public Optional<Feiten.EerdereVerstrekking> eerdereVerstrekking() {
        return Optional.ofNullable(eerdereVerstrekking);
    }

    public Optional<Feiten.PgbAchteraf> pgbAchteraf() {
        return Optional.ofNullable(pgbAchteraf);
    }

    public Optional<Feiten.Noodzaak> noodzaak() {
        return Optional.ofNullable(noodzaak);
    }

    public Optional<Feiten.Huishouden> huishouden() {
        return Optional.ofNullable(huishouden);
    }

    /** Leeg Optional: de afweging is niet vastgelegd. */
    public Optional<List<Afweging>> afwegingen() {
        return Optional.ofNullable(afwegingen);
    }

    public Optional<Feiten.Voorzienbaarheid> voorzienbaarheid() {
        return Optional.ofNullable(voorzienbaarheid);
    }

    public Optional<Feiten.Indicatieduur> indicatieduur() {
        return Optional.ofNullable(indicatieduur);
    }

    public Optional<Hardheidsclausule> hardheidsclausule() {
        return Optional.ofNullable(hardheidsclausule);
    }

    /** Bouwt een {@link Situatie}; alles behalve gemeente, peildatum, grond en leeftijd is optioneel. */
    public static final class Bouwer {
        private final String gemeente;
        private final LocalDate peildatum;
        private final Toepassingsgrond grond;
        private int leeftijd = -1;
        private final Map<Trede, LadderAntwoord> ladder = new EnumMap<>(Trede.class);
        private Feiten.Voorziening voorziening;
        private Feiten.Voorliggend voorliggend;
        private Feiten.Wlz wlz;
        private Feiten.CollectieveVoorziening collectief;
        private Feiten.Weigeringsfeiten weigeringsfeiten;
        private Feiten.EerdereVerstrekking eerdereVerstrekking;
        private Feiten.PgbAchteraf pgbAchteraf;
        private Feiten.Noodzaak noodzaak;
        private Feiten.Huishouden huishouden;
        private List<Afweging> afwegingen;
        private Feiten.Voorzienbaarheid voorzienbaarheid;
        private Feiten.Indicatieduur indicatieduur;
        private Hardheidsclausule hardheidsclausule;

        private Bouwer(String gemeente, LocalDate peildatum, Toepassingsgrond grond) {
            this.gemeente = gemeente;
            this.peildatum = peildatum;
            this.grond = grond;
        }

        public Bouwer leeftijd(int leeftijd) {
            this.leeftijd = leeftijd;
            return this;
        }

        public Bouwer ladder(Trede trede, Oplossing oplossing, String opmerking) {
            ladder.put(trede, new LadderAntwoord(trede, oplossing, opmerking));
            return this;
        }

        public Bouwer voorziening(Feiten.Voorziening voorziening) {
            this.voorziening = voorziening;
            return this;
        }

        public Bouwer voorliggend(Feiten.Voorliggend voorliggend) {
            this.voorliggend = voorliggend;
            return this;
        }

        public Bouwer wlz(Feiten.Wlz wlz) {
            this.wlz = wlz;
            return this;
        }

        public Bouwer collectief(Feiten.CollectieveVoorziening collectief) {
            this.collectief = collectief;
            return this;
        }

        public Bouwer weigeringsfeiten(Feiten.Weigeringsfeiten weigeringsfeiten) {
            this.weigeringsfeiten = weigeringsfeiten;
            return this;
        }

        public Bouwer eerdereVerstrekking(Feiten.EerdereVerstrekking eerdereVerstrekking) {
            this.eerdereVerstrekking = eerdereVerstrekking;
            return this;
        }

        public Bouwer pgbAchteraf(Feiten.PgbAchteraf pgbAchteraf) {
            this.pgbAchteraf = pgbAchteraf;
            return this;
        }

        public Bouwer noodzaak(Feiten.Noodzaak noodzaak) {
            this.noodzaak = noodzaak;
            return this;
        }

        public Bouwer huishouden(Feiten.Huishouden huishouden) {
            this.huishouden = huishouden;
            return this;
        }

        public Bouwer afwegingen(List<Afweging> afwegingen) {
            this.afwegingen = afwegingen == null ? null : new ArrayList<>(afwegingen);
            return this;
        }

        public Bouwer voorzienbaarheid(Feiten.Voorzienbaarheid voorzienbaarheid) {
            this.voorzienbaarheid = voorzienbaarheid;
            return this;
        }

        public Bouwer indicatieduur(Feiten.Indicatieduur indicatieduur) {
            this.indicatieduur = indicatieduur;
            return this;
        }

        public Bouwer hardheidsclausule(Hardheidsclausule hardheidsclausule) {
            this.hardheidsclausule = hardheidsclausule;
            return this;
        }

        public Situatie bouw() {
            return new Situatie(this);
        }
    }
}
