package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.regelset.Waarde;
import nl.maatwerk.verordening.termijn.Duur;
import nl.maatwerk.verordening.termijn.Termijnkalender;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Past de algemene criteria voor een maatwerkvoorziening (C-01 tot en met C-16) toe op een {@link Situatie}.
 *
 * <p>Volgorde: C-16 kiest de regelset; dan de ladder C-01 (stopt bij een trede die het probleem volledig
 * oplost); dan C-07, C-08, C-06, C-12 en C-04, C-11, C-05, C-02, C-03, C-09; dan de regels van de
 * gebiedsmodule; dan C-10 (hardheidsclausule, alleen bij een afwijzing) en C-13 (indicatieduur, alleen bij
 * een toekenning). Alle afwijzingsgronden worden verzameld, zodat de beschikking ze allemaal noemt.
 *
 * <p>Zuiver en zonder toestand: veilig om vanuit meerdere draden te gebruiken.
 */
public final class Beoordelaar {

    private static final List<String> ALGEMEEN_GEBRUIKELIJKE_LIJSTEN = List.of(
            "woon.algemeen_gebruikelijk", "vervoer.algemeen_gebruikelijk", "hulpmiddel.algemeen_gebruikelijk");

    private final Overgangsrecht overgangsrecht;
    private final AfschrijvingstermijnBron afschrijvingstermijnen;
    private final Termijnkalender kalender;

    public Beoordelaar(Regelboek regelboek, AfschrijvingstermijnBron afschrijvingstermijnen, Termijnkalender kalender) {
        this.overgangsrecht = new Overgangsrecht(Objects.requireNonNull(regelboek));
        this.afschrijvingstermijnen = Objects.requireNonNull(afschrijvingstermijnen);
        this.kalender = Objects.requireNonNull(kalender);
    }

    /** Met de standaard afschrijvingstermijnen en de Atw-kalender. */
    public Beoordelaar(Regelboek regelboek) {
        this(regelboek, new StandaardAfschrijvingstermijnen(), new Termijnkalender());
    }

    public Beoordeling beoordeel(Situatie situatie) {
        return beoordeel(situatie, null, List.<Regel<Object>>of());
    }

    /**
     * Beoordeelt met de regels van een gebiedsmodule erbij; die komen na de algemene criteria en vóór de
     * hardheidsclausule, zodat die ook van een gebiedsregel kan afwijken.
     */
    public <C> Beoordeling beoordeel(Situatie situatie, C gebiedscontext, List<? extends Regel<? super C>> gebiedsregels) {
        RegelsetKeuze keuze = overgangsrecht.kies(situatie.gemeente(), situatie.grond(), situatie.peildatum());
        Regelset regelset = keuze.regelset();
        Toetsing toetsing = new Toetsing(situatie, regelset);
        List<RegelToepassing> toepassingen = new ArrayList<>();
        toepassingen.add(keuze.toepassing());

        boolean opgelost = ladder(toetsing, toepassingen);
        if (!opgelost) {
            toepassingen.add(voorliggend(toetsing));
            toepassingen.add(wlz(toetsing));
            toepassingen.add(collectief(toetsing));
            RegelToepassing algemeenGebruikelijk = algemeenGebruikelijk(toetsing);
            toepassingen.add(algemeenGebruikelijk);
            toepassingen.add(weigeringsgronden(toetsing, algemeenGebruikelijk));
            toepassingen.add(voorzienbaarheid(toetsing));
            toepassingen.add(pgbAchteraf(toetsing));
            toepassingen.add(noodzaak(toetsing));
            toepassingen.add(gebruikelijkeHulp(toetsing));
            toepassingen.add(afwegingen(toetsing));
            for (Regel<? super C> regel : gebiedsregels) {
                toepassingen.add(Objects.requireNonNull(regel.toets(gebiedscontext, toetsing), "een regel gaf geen toepassing"));
            }
        }

        Conclusie conclusie = conclusie(toepassingen);
        boolean afwijkend = false;
        Optional<Hardheidsclausule> verzoek = situatie.hardheidsclausule();
        if (verzoek.isPresent()) {
            RegelToepassing hardheid = hardheidsclausule(toetsing, verzoek.get(), conclusie);
            toepassingen.add(hardheid);
            if (hardheid.uitkomst() == Uitkomst.VOLDAAN) {
                afwijkend = true;
                conclusie = new Conclusie(Conclusie.Soort.MAATWERKVOORZIENING_AANGEWEZEN, conclusie.gronden(),
                        "U komt in aanmerking voor een maatwerkvoorziening. Daarbij is in uw voordeel afgeweken van "
                                + "de regels (hardheidsclausule) op: " + ids(conclusie.gronden()) + ".");
            }
        }

        Indicatieduur duur = null;
        if (situatie.indicatieduur().isPresent()) {
            Feiten.Indicatieduur feiten = situatie.indicatieduur().get();
            if (conclusie.soort() == Conclusie.Soort.MAATWERKVOORZIENING_AANGEWEZEN) {
                duur = indicatieduur(feiten, situatie.peildatum(), regelset);
                toepassingen.add(indicatieduurToepassing(toetsing, feiten, duur));
            } else {
                toepassingen.add(toetsing.toepassing("C-13", Uitkomst.NIET_VAN_TOEPASSING,
                        "Omdat u nu geen maatwerkvoorziening krijgt, is er geen indicatieduur"));
            }
        }
        return new Beoordeling(situatie.gemeente(), regelset.versie(), keuze.selectie(), keuze.selectiedatum(),
                situatie.peildatum(), toepassingen, conclusie, afwijkend, duur);
    }

    // --- C-01: de ladder ------------------------------------------------------------------------

    /** @return waar als een trede het probleem volledig oplost */
    private boolean ladder(Toetsing toetsing, List<RegelToepassing> toepassingen) {
        for (Trede trede : Trede.values()) {
            Optional<LadderAntwoord> antwoord = toetsing.situatie().ladder(trede);
            if (antwoord.isEmpty()) {
                toepassingen.add(toetsing.toepassing("C-01", Uitkomst.ONVOLDOENDE_GEGEVENS,
                        "Het onderzoek heeft niet vastgesteld of uw probleem kan worden opgelost met " + trede.omschrijving()));
                continue;
            }
            String opmerking = antwoord.get().opmerking().isEmpty() ? "" : ": " + antwoord.get().opmerking();
            switch (antwoord.get().oplossing()) {
                case VOLLEDIG -> {
                    toepassingen.add(toetsing.toepassing("C-01", Uitkomst.AFWIJZINGSGROND,
                            "Uw probleem kan worden opgelost met " + trede.omschrijving()
                                    + "; daarom is een maatwerkvoorziening niet nodig" + opmerking));
                    return true;
                }
                case GEDEELTELIJK -> toepassingen.add(toetsing.toepassing("C-01", Uitkomst.VOLDAAN,
                        "Uw probleem kan voor een deel worden opgelost met " + trede.omschrijving()
                                + "; een maatwerkvoorziening is alleen voor wat overblijft" + opmerking));
                case NIET -> toepassingen.add(toetsing.toepassing("C-01", Uitkomst.VOLDAAN,
                        "Uw probleem kan niet worden opgelost met " + trede.omschrijving() + opmerking));
            }
        }
        return false;
    }

    // --- C-07, C-08, C-06 -------------------------------------------------------------------------

    private RegelToepassing voorliggend(Toetsing toetsing) {
        Optional<Feiten.Voorliggend> feiten = toetsing.situatie().voorliggend();
        if (feiten.isEmpty()) {
            return toetsing.toepassing("C-07", Uitkomst.ONVOLDOENDE_GEGEVENS,
                    "Het onderzoek heeft niet vastgesteld of u aanspraak hebt op een voorziening op grond van een andere wet");
        }
        if (feiten.get().aanspraak()) {
            return toetsing.toepassing("C-07", Uitkomst.AFWIJZINGSGROND,
                    "U hebt aanspraak op een voorziening op grond van " + feiten.get().regeling()
                            + "; die gaat voor op een maatwerkvoorziening"
                            + (feiten.get().gedeeltelijkeVergoeding() ? ", ook al vergoedt die regeling maar een deel" : ""));
        }
        return toetsing.toepassing("C-07", Uitkomst.VOLDAAN,
                "U hebt geen aanspraak op een voorziening op grond van een andere wet die voorgaat");
    }

    private RegelToepassing wlz(Toetsing toetsing) {
        if (toetsing.bron("C-08").isEmpty()) {
            return toetsing.onbekendInGemeente("C-08");
        }
        Optional<Feiten.Wlz> feiten = toetsing.situatie().wlz();
        if (feiten.isEmpty()) {
            return toetsing.toepassing("C-08", Uitkomst.NIET_VAN_TOEPASSING,
                    "Er zijn geen aanwijzingen dat u aanspraak hebt op verblijf op grond van de Wet langdurige zorg");
        }
        if (feiten.get().aanspraakOpVerblijf()) {
            return toetsing.toepassing("C-08", Uitkomst.AFWIJZINGSGROND,
                    "U hebt aanspraak op verblijf en zorg in een instelling op grond van de Wet langdurige zorg");
        }
        if (feiten.get().vermoedelijkeAanspraak() && feiten.get().weigertMedewerking()) {
            return toetsing.toepassing("C-08", Uitkomst.AFWIJZINGSGROND,
                    "Er zijn redenen om aan te nemen dat u aanspraak hebt op verblijf op grond van de Wet langdurige zorg, "
                            + "en u werkt niet mee aan een besluit daarover");
        }
        return toetsing.toepassing("C-08", Uitkomst.VOLDAAN,
                "U hebt geen aanspraak op verblijf op grond van de Wet langdurige zorg");
    }

    private RegelToepassing collectief(Toetsing toetsing) {
        if (toetsing.bron("C-06").isEmpty()) {
            return toetsing.onbekendInGemeente("C-06");
        }
        Optional<Feiten.CollectieveVoorziening> feiten = toetsing.situatie().collectief();
        if (feiten.isEmpty()) {
            return toetsing.toepassing("C-06", Uitkomst.NIET_VAN_TOEPASSING,
                    "Voor uw probleem bestaat geen collectieve maatwerkvoorziening");
        }
        Feiten.CollectieveVoorziening c = feiten.get();
        if (c.beschikbaar() && c.passend()) {
            return toetsing.toepassing("C-06", Uitkomst.AFWIJZINGSGROND,
                    "U kunt gebruikmaken van " + c.omschrijving() + "; een collectieve voorziening gaat voor een individuele");
        }
        return toetsing.toepassing("C-06", Uitkomst.VOLDAAN, c.beschikbaar()
                ? c.omschrijving() + " is voor u geen passende bijdrage; daarom kan een individuele voorziening"
                : c.omschrijving() + " is voor u niet beschikbaar");
    }

    // --- C-12 en C-04 -----------------------------------------------------------------------------

    /** C-12: VOLDAAN = niet algemeen gebruikelijk voor deze cliënt; NIET_VOLDAAN = wel (de weigering staat onder C-04). */
    private RegelToepassing algemeenGebruikelijk(Toetsing toetsing) {
        Optional<Feiten.Voorziening> gevraagd = toetsing.situatie().voorziening();
        if (gevraagd.isEmpty()) {
            return toetsing.toepassing("C-12", Uitkomst.NIET_VAN_TOEPASSING,
                    "Er is geen zaak gevraagd waarvan moet worden beoordeeld of die algemeen gebruikelijk is");
        }
        Feiten.Voorziening v = gevraagd.get();
        Regelset regelset = toetsing.regelset();
        int leeftijd = toetsing.situatie().leeftijd();

        Optional<Integer> vanaf = leeftijdsgrens(regelset, "algemeen_gebruikelijk.vanaf_leeftijd", v.soort());
        Optional<Integer> tot = leeftijdsgrens(regelset, "algemeen_gebruikelijk.tot_leeftijd", v.soort());
        boolean algemeen;
        String reden;
        String parameter = null;
        if (vanaf.isPresent()) {
            algemeen = leeftijd >= vanaf.get();
            reden = "is algemeen gebruikelijk vanaf " + vanaf.get() + " jaar, en u bent " + leeftijd;
            parameter = "algemeen_gebruikelijk.vanaf_leeftijd";
        } else if (tot.isPresent()) {
            algemeen = leeftijd < tot.get();
            reden = "is algemeen gebruikelijk tot " + tot.get() + " jaar, en u bent " + leeftijd;
            parameter = "algemeen_gebruikelijk.tot_leeftijd";
        } else {
            Optional<String> lijst = ALGEMEEN_GEBRUIKELIJKE_LIJSTEN.stream()
                    .filter(sleutel -> regelset.zoekParameter(sleutel)
                            .map(p -> ((Waarde.Lijst) p.waarde()).bevat(v.soort())).orElse(false))
                    .findFirst();
            if (lijst.isPresent()) {
                algemeen = true;
                reden = "staat op de lijst van algemeen gebruikelijke voorzieningen";
                parameter = lijst.get();
            } else if (v.kenmerken() != null) {
                algemeen = v.kenmerken().algemeenGebruikelijk();
                reden = algemeen
                        ? "is niet speciaal bedoeld voor mensen met een beperking, gewoon in de winkel te koop en niet duurder dan vergelijkbare producten"
                        : "is speciaal bedoeld voor mensen met een beperking, niet gewoon te koop of duurder dan vergelijkbare producten";
            } else {
                return toetsing.toepassing("C-12", Uitkomst.ONVOLDOENDE_GEGEVENS,
                        "Het onderzoek heeft niet vastgesteld of " + v.soort() + " voor u algemeen gebruikelijk is");
            }
        }
        String zin = "De gevraagde voorziening (" + v.soort() + ") " + reden;
        if (algemeen && v.plotselingOntstaan()) {
            return c12(toetsing, parameter, Uitkomst.VOLDAAN, zin
                    + "; omdat uw beperking plotseling is ontstaan, geldt dat hier niet als bezwaar");
        }
        return algemeen
                ? c12(toetsing, parameter, Uitkomst.NIET_VOLDAAN, zin + "; voor u is het dus algemeen gebruikelijk")
                : c12(toetsing, parameter, Uitkomst.VOLDAAN, zin + "; voor u is het dus niet algemeen gebruikelijk");
    }

    private RegelToepassing c12(Toetsing toetsing, String parameter, Uitkomst uitkomst, String zin) {
        return parameter == null
                ? toetsing.toepassing("C-12", uitkomst, zin)
                : toetsing.toepassingMetParameter("C-12", uitkomst, parameter, zin);
    }

    private static Optional<Integer> leeftijdsgrens(Regelset regelset, String sleutel, String soort) {
        return regelset.zoekParameter(sleutel).flatMap(p -> ((Waarde.Tabel) p.waarde()).rijen().entrySet().stream()
                .filter(rij -> rij.getKey().equalsIgnoreCase(soort))
                .map(rij -> ((Waarde.Getal) rij.getValue()).alsInt())
                .findFirst());
    }

    private RegelToepassing weigeringsgronden(Toetsing toetsing, RegelToepassing algemeenGebruikelijk) {
        Situatie s = toetsing.situatie();
        List<String> gronden = new ArrayList<>();
        List<String> onbekend = new ArrayList<>();
        if (algemeenGebruikelijk.uitkomst() == Uitkomst.NIET_VOLDAAN) {
            gronden.add("(a) de voorziening is voor u algemeen gebruikelijk");
        } else if (algemeenGebruikelijk.uitkomst() == Uitkomst.ONVOLDOENDE_GEGEVENS) {
            onbekend.add("(a) of de voorziening voor u algemeen gebruikelijk is");
        }
        if (s.weigeringsfeiten().isEmpty()) {
            onbekend.add("(b) of u aantoonbare meerkosten hebt en (d) of u zelf een oplossing kunt regelen");
        } else {
            if (!s.weigeringsfeiten().get().meerkostenAantoonbaar()) {
                gronden.add("(b) u hebt geen aantoonbare meerkosten vergeleken met de situatie vóór uw beperking");
            }
            if (s.weigeringsfeiten().get().redelijkerwijsZelfTeRegelen()) {
                gronden.add("(d) u kunt in redelijkheid zelf of met hulp van anderen voor een passende oplossing zorgen");
            }
        }
        s.eerdereVerstrekking()
                .filter(e -> s.voorziening().map(v -> v.soort().equalsIgnoreCase(e.soort())).orElse(true))
                .ifPresent(e -> eerdereVerstrekking(toetsing, e, gronden, onbekend));

        if (!gronden.isEmpty()) {
            return toetsing.toepassing("C-04", Uitkomst.AFWIJZINGSGROND,
                    "U hebt geen recht op deze maatwerkvoorziening, omdat " + String.join("; ", gronden));
        }
        if (!onbekend.isEmpty()) {
            return toetsing.toepassing("C-04", Uitkomst.ONVOLDOENDE_GEGEVENS,
                    "Het onderzoek heeft niet vastgesteld " + String.join("; ", onbekend));
        }
        return toetsing.toepassing("C-04", Uitkomst.VOLDAAN, "Geen van de weigeringsgronden (a tot en met d) doet zich voor");
    }

    /** C-04 onder c, met de afschrijvingstermijn uit de {@link AfschrijvingstermijnBron}. */
    private void eerdereVerstrekking(Toetsing toetsing, Feiten.EerdereVerstrekking eerder, List<String> gronden, List<String> onbekend) {
        Situatie s = toetsing.situatie();
        // Leeftijd bij verstrekking, op een jaar nauwkeurig: genoeg om kind- en volwassenentermijn te scheiden.
        int leeftijdToen = Math.max(0, s.leeftijd() - Period.between(eerder.verstrektOp(), s.peildatum()).getYears());
        Optional<AfschrijvingstermijnBron.Afschrijvingstermijn> termijn =
                afschrijvingstermijnen.afschrijvingstermijn(eerder.soort(), leeftijdToen, toetsing.regelset());
        if (termijn.isEmpty()) {
            onbekend.add("(c) wat de afschrijvingstermijn is van de " + eerder.soort() + " die u eerder kreeg");
            return;
        }
        LocalDate afgeschreven = kalender.plus(eerder.verstrektOp(), termijn.get().duur());
        if (s.peildatum().isBefore(afgeschreven) && !eerder.verlorenBuitenSchuld()) {
            gronden.add("(c) u kreeg op " + Datums.voluit(eerder.verstrektOp()) + " al een " + eerder.soort()
                    + " en de normale afschrijvingstermijn van " + termijn.get().duur() + " ("
                    + termijn.get().bron().tekst() + ") loopt tot " + Datums.voluit(afgeschreven));
        }
    }

    // --- C-11, C-05, C-02, C-03, C-09 -------------------------------------------------------------

    private RegelToepassing voorzienbaarheid(Toetsing toetsing) {
        if (toetsing.bron("C-11").isEmpty()) {
            return toetsing.onbekendInGemeente("C-11");
        }
        Optional<Feiten.Voorzienbaarheid> feiten = toetsing.situatie().voorzienbaarheid();
        if (feiten.isEmpty()) {
            return toetsing.toepassing("C-11", Uitkomst.NIET_VAN_TOEPASSING, "Voorzienbaarheid is hier niet aan de orde");
        }
        String toelichting = feiten.get().toelichting().isEmpty() ? "" : ": " + feiten.get().toelichting();
        return feiten.get().voorzienbaar()
                ? toetsing.toepassing("C-11", Uitkomst.AFWIJZINGSGROND,
                "U had kunnen voorzien dat u deze voorziening nodig zou hebben en daarvoor kunnen reserveren; de kosten zijn voor uw rekening" + toelichting)
                : toetsing.toepassing("C-11", Uitkomst.VOLDAAN, "U kon niet voorzien dat u deze voorziening nodig zou hebben" + toelichting);
    }

    private RegelToepassing pgbAchteraf(Toetsing toetsing) {
        Optional<Feiten.PgbAchteraf> feiten = toetsing.situatie().pgbAchteraf();
        if (feiten.isEmpty()) {
            return toetsing.toepassing("C-05", Uitkomst.NIET_VAN_TOEPASSING,
                    "U vraagt geen persoonsgebonden budget voor een periode vóór uw aanvraag");
        }
        if (toetsing.bron("C-05").isEmpty()) {
            return toetsing.onbekendInGemeente("C-05");
        }
        List<String> ontbreekt = new ArrayList<>();
        if (!feiten.get().meldingNietEerderMogelijk()) {
            ontbreekt.add("(a) u had de melding of aanvraag eerder kunnen doen");
        }
        if (!feiten.get().onherroepelijkeVerplichtingen()) {
            ontbreekt.add("(b) u hebt niet aangetoond dat u onherroepelijke verplichtingen bent aangegaan");
        }
        if (!feiten.get().noodzakelijk()) {
            ontbreekt.add("(c) een maatwerkvoorziening was niet noodzakelijk");
        }
        return ontbreekt.isEmpty()
                ? toetsing.toepassing("C-05", Uitkomst.VOLDAAN, "Een persoonsgebonden budget voor de periode vóór uw aanvraag is mogelijk: "
                + "de melding kon niet eerder, u bent onherroepelijke verplichtingen aangegaan en de voorziening was noodzakelijk")
                : toetsing.toepassing("C-05", Uitkomst.AFWIJZINGSGROND,
                "Wij weigeren een persoonsgebonden budget voor de periode vóór uw aanvraag, omdat " + String.join("; ", ontbreekt));
    }

    private RegelToepassing noodzaak(Toetsing toetsing) {
        Optional<Feiten.Noodzaak> feiten = toetsing.situatie().noodzaak();
        if (feiten.isEmpty()) {
            return toetsing.toepassing("C-02", Uitkomst.ONVOLDOENDE_GEGEVENS,
                    "Het onderzoek heeft niet vastgesteld of de maatwerkvoorziening noodzakelijk, goedkoopst adequaat en op u gericht is");
        }
        List<String> gebreken = new ArrayList<>();
        if (!feiten.get().noodzakelijk()) {
            gebreken.add("de voorziening is niet noodzakelijk voor uw zelfredzaamheid of participatie");
        }
        if (!feiten.get().goedkoopstAdequaat()) {
            gebreken.add("de gevraagde voorziening is niet de goedkoopst adequate oplossing");
        }
        if (!feiten.get().voornamelijkOpClientGericht()) {
            gebreken.add("de voorziening is niet voornamelijk op u gericht");
        }
        return gebreken.isEmpty()
                ? toetsing.toepassing("C-02", Uitkomst.VOLDAAN,
                "De maatwerkvoorziening is noodzakelijk, de goedkoopst adequate oplossing en voornamelijk op u gericht")
                : toetsing.toepassing("C-02", Uitkomst.AFWIJZINGSGROND, "U komt niet in aanmerking, omdat " + String.join("; ", gebreken));
    }

    private RegelToepassing gebruikelijkeHulp(Toetsing toetsing) {
        Optional<Feiten.Huishouden> feiten = toetsing.situatie().huishouden();
        if (feiten.isEmpty()) {
            return toetsing.toepassing("C-03", Uitkomst.ONVOLDOENDE_GEGEVENS,
                    "Het onderzoek heeft niet vastgesteld of een huisgenoot gebruikelijke hulp kan bieden");
        }
        Feiten.Huishouden h = feiten.get();
        if (!h.huisgenootKanHelpen()) {
            return toetsing.toepassing("C-03", Uitkomst.NIET_VAN_TOEPASSING,
                    "Er is geen huisgenoot die u gebruikelijke hulp kan bieden");
        }
        LocalDate peildatum = toetsing.situatie().peildatum();
        Duur kortdurend = toetsing.regelset().duur("gebruikelijke_hulp.kortdurend_tot");
        if (h.verwachteDuur() != null && kalender.plus(peildatum, h.verwachteDuur()).isBefore(kalender.plus(peildatum, kortdurend))) {
            return toetsing.toepassingMetParameter("C-03", Uitkomst.AFWIJZINGSGROND, "gebruikelijke_hulp.kortdurend_tot",
                    "Uw situatie duurt naar verwachting " + h.verwachteDuur() + ", korter dan " + kortdurend
                            + "; dan wordt alle hulp van uw huisgenoot verwacht");
        }
        if (h.hulpIsGebruikelijk()) {
            return toetsing.toepassing("C-03", Uitkomst.AFWIJZINGSGROND,
                    "Een huisgenoot kan u deze hulp bieden; dat is gebruikelijke hulp");
        }
        return toetsing.toepassing("C-03", Uitkomst.VOLDAAN,
                "De hulp die u nodig hebt gaat verder dan wat een huisgenoot gebruikelijk biedt");
    }

    private RegelToepassing afwegingen(Toetsing toetsing) {
        if (toetsing.bron("C-09").isEmpty()) {
            return toetsing.onbekendInGemeente("C-09");
        }
        Optional<List<Afweging>> afwegingen = toetsing.situatie().afwegingen();
        Set<Afwegingsfactor> gewogen = EnumSet.noneOf(Afwegingsfactor.class);
        afwegingen.ifPresent(lijst -> lijst.forEach(a -> gewogen.add(a.factor())));
        List<String> ontbreekt = Arrays.stream(Afwegingsfactor.values())
                .filter(f -> !gewogen.contains(f)).map(Afwegingsfactor::omschrijving).toList();
        if (!ontbreekt.isEmpty()) {
            return toetsing.toepassing("C-09", Uitkomst.ONVOLDOENDE_GEGEVENS,
                    "Bij de afweging is nog niet vastgelegd hoe rekening is gehouden met " + String.join(", ", ontbreekt));
        }
        return toetsing.toepassing("C-09", Uitkomst.VOLDAAN, "Wij hebben rekening gehouden met "
                + Arrays.stream(Afwegingsfactor.values()).map(Afwegingsfactor::omschrijving).collect(Collectors.joining(", ")));
    }

    // --- C-10 en C-13 -----------------------------------------------------------------------------

    private RegelToepassing hardheidsclausule(Toetsing toetsing, Hardheidsclausule verzoek, Conclusie conclusie) {
        if (conclusie.soort() == Conclusie.Soort.MAATWERKVOORZIENING_AANGEWEZEN) {
            return toetsing.toepassing("C-10", Uitkomst.NIET_VAN_TOEPASSING,
                    "U komt volgens de regels al in aanmerking; afwijken is niet nodig");
        }
        if (conclusie.soort() == Conclusie.Soort.NADER_ONDERZOEK_NODIG) {
            return toetsing.toepassing("C-10", Uitkomst.NIET_VAN_TOEPASSING,
                    "Over afwijken van de regels kan pas worden beslist als het onderzoek compleet is");
        }
        if (toetsing.regelset().zoekRegelBron("C-10").isEmpty()) {
            return RegelToepassing.van("C-10", Uitkomst.NIET_VOLDAAN, null, "De regels van gemeente "
                    + toetsing.regelset().gemeentenaam() + " (" + toetsing.regelset().titel()
                    + ") bevatten geen hardheidsclausule; afwijken is daarom niet mogelijk");
        }
        Optional<String> gebrek = verzoek.gebrek();
        if (gebrek.isPresent()) {
            return toetsing.toepassing("C-10", Uitkomst.NIET_VOLDAAN,
                    "Er wordt niet van de regels afgeweken, want " + gebrek.get());
        }
        return toetsing.toepassing("C-10", Uitkomst.VOLDAAN,
                "Toepassing van de regels leidt in uw geval tot een onbillijkheid van overwegende aard; daarom wijken wij in uw voordeel af: "
                        + verzoek.schriftelijkeReden() + " (goedgekeurd door " + verzoek.goedkeuring().medewerker()
                        + " op " + Datums.voluit(verzoek.goedkeuring().datum()) + ")");
    }

    private Indicatieduur indicatieduur(Feiten.Indicatieduur feiten, LocalDate peildatum, Regelset regelset) {
        // T-13: is de ingangsdatum niet duidelijk, dan geldt de datum van de beschikking (de peildatum).
        LocalDate ingang = feiten.ingangsdatum() == null ? peildatum : feiten.ingangsdatum();
        LocalDate maximaal = kalender.plus(ingang, regelset.duur("indicatie.max_duur")).minusDays(1);
        return switch (feiten.prognose()) {
            case STABIEL, VERSLECHTERING -> new Indicatieduur(ingang, maximaal);
            case VERBETERING -> {
                LocalDate verbeterd = kalender.plus(ingang, feiten.verbeteringBinnen()).minusDays(1);
                yield new Indicatieduur(ingang, verbeterd.isBefore(maximaal) ? verbeterd : maximaal);
            }
            case BEPERKTE_LEVENSVERWACHTING -> new Indicatieduur(ingang, null);
        };
    }

    private RegelToepassing indicatieduurToepassing(Toetsing toetsing, Feiten.Indicatieduur feiten, Indicatieduur duur) {
        String periode = "Uw indicatie gaat in op " + Datums.voluit(duur.ingang());
        Duur max = toetsing.regelset().duur("indicatie.max_duur");
        return switch (feiten.prognose()) {
            case STABIEL, VERSLECHTERING -> toetsing.toepassingMetParameter("C-13", Uitkomst.VAN_TOEPASSING, "indicatie.max_duur",
                    periode + " en loopt tot en met " + Datums.voluit(duur.einde()) + ": bij een "
                            + (feiten.prognose() == Feiten.Prognose.STABIEL ? "stabiele" : "verslechterende")
                            + " situatie is dat de maximale duur van " + max);
            case VERBETERING -> toetsing.toepassingMetParameter("C-13", Uitkomst.VAN_TOEPASSING, "indicatie.max_duur",
                    periode + " en loopt tot en met " + Datums.voluit(duur.einde())
                            + ": zo lang duurt naar verwachting de verbetering (" + feiten.verbeteringBinnen() + ", hoogstens " + max + ")");
            case BEPERKTE_LEVENSVERWACHTING -> toetsing.toepassing("C-13", Uitkomst.VAN_TOEPASSING,
                    periode + " en loopt tot uw overlijden of uw opname in een instelling op grond van de Wet langdurige zorg");
        };
    }

    // --- conclusie --------------------------------------------------------------------------------

    private static Conclusie conclusie(List<RegelToepassing> toepassingen) {
        List<RegelToepassing> gronden = toepassingen.stream().filter(RegelToepassing::isAfwijzingsgrond).toList();
        if (!gronden.isEmpty()) {
            return new Conclusie(Conclusie.Soort.AFGEWEZEN, gronden,
                    "U komt niet in aanmerking voor een maatwerkvoorziening (gronden: " + ids(gronden) + ").");
        }
        List<RegelToepassing> onbekend = toepassingen.stream().filter(t -> t.uitkomst() == Uitkomst.ONVOLDOENDE_GEGEVENS).toList();
        if (!onbekend.isEmpty()) {
            return new Conclusie(Conclusie.Soort.NADER_ONDERZOEK_NODIG, onbekend,
                    "Er kan nog niet worden beslist: gegevens ontbreken voor " + ids(onbekend) + ".");
        }
        return new Conclusie(Conclusie.Soort.MAATWERKVOORZIENING_AANGEWEZEN, List.of(),
                "U komt in aanmerking voor een maatwerkvoorziening.");
    }

    private static String ids(List<RegelToepassing> toepassingen) {
        return toepassingen.stream().map(RegelToepassing::regelId).distinct().collect(Collectors.joining(", "));
    }
}
