package nl.maatwerk.toegang;

import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.toegang.Aanvraag;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Bezwaar;
import nl.maatwerk.domain.toegang.Melding;
import nl.maatwerk.domain.toegang.Onderzoek;
import nl.maatwerk.domain.toegang.Verslag;
import nl.maatwerk.domain.toegang.Voornemen;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.verordening.beoordeling.Afweging;
import nl.maatwerk.verordening.beoordeling.Afwegingsfactor;
import nl.maatwerk.verordening.beoordeling.Beoordelaar;
import nl.maatwerk.verordening.beoordeling.Beoordeling;
import nl.maatwerk.verordening.beoordeling.Conclusie;
import nl.maatwerk.verordening.beoordeling.Feiten;
import nl.maatwerk.verordening.beoordeling.Herziening;
import nl.maatwerk.verordening.beoordeling.IndicatieWijzigingen;
import nl.maatwerk.verordening.beoordeling.Oplossing;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;
import nl.maatwerk.verordening.beoordeling.Situatie;
import nl.maatwerk.verordening.beoordeling.Toegangstermijnen;
import nl.maatwerk.verordening.beoordeling.Toepassingsgrond;
import nl.maatwerk.verordening.beoordeling.Trede;
import nl.maatwerk.verordening.beoordeling.Uitkomst;
import nl.maatwerk.verordening.regelset.Bron;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.termijn.Termijnkalender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The steps of the toegang from melding to beschikking and after, with their rules. Pure Java over the
 * entities (no EntityManager, no security): the EJB {@code Toegang} loads, checks the caller and audits;
 * this class decides. Every refusal is a {@link ValidatieException} whose message names the rule id and its
 * article, so the consulent sees why; every deadline comes from the gemeente's regelset through
 * {@link Toegangstermijnen} (Termijnkalender: working days, Algemene termijnenwet).
 */
public final class Toegangsregels {

    /** Where each toegang rule comes from (shared/domain/RULES.md); the C-rules are cited from the regelset. */
    static final Map<String, String> ARTIKEL = Map.ofEntries(
            Map.entry("T-01", "Verordening art. 2; beleidsregels §2.1"),
            Map.entry("T-02", "toelichting Verordening art. 2; beleidsregels §2.1"),
            Map.entry("T-03", "Verordening art. 3; beleidsregels §2.1"),
            Map.entry("T-04", "beleidsregels §2.2; toelichting Verordening art. 6"),
            Map.entry("T-05", "beleidsregels §2.1"),
            Map.entry("T-06", "Verordening art. 4 lid 1 en 5"),
            Map.entry("T-07", "beleidsregels §2.1 (gesprek A-J)"),
            Map.entry("T-08", "toelichting Verordening art. 4; beleidsregels §2.1"),
            Map.entry("T-09", "Verordening art. 5; beleidsregels §2.1"),
            Map.entry("T-10", "Verordening art. 6; beleidsregels §2.1"),
            Map.entry("T-11", "toelichting Verordening art. 6; beleidsregels §2.2"),
            Map.entry("T-12", "beleidsregels §2.1 (beschikking)"),
            Map.entry("T-13", "beleidsregels §2.1"),
            Map.entry("T-14", "beleidsregels §2.1"),
            Map.entry("T-15", "Verordening art. 4 lid 6; beleidsregels §6.1"),
            Map.entry("T-16", "Verordening art. 1 lid 1 onder k"),
            Map.entry("T-17", "beleidsregels §6.5; Awb art. 6:7"),
            Map.entry("T-18", "beleidsregels §4.1.8"),
            Map.entry("O-05", "beleidsplan sociaal domein §4"),
            Map.entry("O-02", "Wmo 2015 art. 2.1.6"),
            Map.entry("O-04", "Wmo 2015 art. 1.2.1"),
            Map.entry("C-13", "beleidsregels §4.1.8"),
            Map.entry("C-14", "beleidsregels §4.1.10"),
            Map.entry("C-15", "beleidsregels §4.1.10"),
            Map.entry("C-17", "Verordening art. 15; beleidsregels §6.2"),
            Map.entry("C-18", "beleidsregels §6.4; Verordening art. 16"));

    private final Regelboek regelboek;
    private final Termijnkalender kalender;
    private final Beoordelaar beoordelaar;

    public Toegangsregels(Regelboek regelboek, Termijnkalender kalender) {
        this.regelboek = Objects.requireNonNull(regelboek);
        this.kalender = Objects.requireNonNull(kalender);
        this.beoordelaar = new Beoordelaar(regelboek);
    }

    public Regelset regelset(String gemeente, LocalDate datum) {
        return regelboek.regelset(gemeente, datum);
    }

    public Toegangstermijnen termijnen(Melding m) {
        return new Toegangstermijnen(regelset(m.getGemeenteCode(), m.datum()), kalender);
    }

    /** "regel T-10, Verordening art. 6": a rule with its article, as it appears in every refusal and motivation. */
    public static String bron(String regel, Regelset regelset) {
        if (regelset != null && regel.startsWith("C-")) {
            var b = regelset.zoekRegelBron(regel);
            if (b.isPresent()) {
                return "regel " + regel + ", " + b.get().tekst();
            }
        }
        return "regel " + regel + ", " + ARTIKEL.getOrDefault(regel, "");
    }

    static ValidatieException weiger(String veld, String regel, String zin) {
        return new ValidatieException(veld, zin + " (" + bron(regel, null) + ").");
    }

    // --- Melding -------------------------------------------------------------------------------

    /**
     * T-01: registers the moment and the deadlines: receipt confirmed "onverwijld" (T-16), onderzoek within 6 weeks
     * (T-04), beschikking within 8 weeks (T-11). T-02: a hulpvraag under another law is referred and the case closed.
     *
     * @return the onderzoek to store, or null when the melding was referred (T-02)
     */
    public Onderzoek registreer(Melding m) {
        if (m.getMoment() == null) {
            throw weiger("moment", "T-01", "Het moment van de melding moet worden vastgelegd");
        }
        if (m.getToegangsniveau() == null) {
            throw weiger("toegangsniveau", "O-05", "Kies het toegangsniveau: kernteam, Wmo-consulent of regisseur");
        }
        Regelset regelset = regelset(m.getGemeenteCode(), m.datum());
        Toegangstermijnen t = new Toegangstermijnen(regelset, kalender);
        m.setRegelsetVersie(regelset.versie());
        m.setOntvangstBevestigenUiterlijk(t.onverwijld(m.datum()));
        m.setOnderzoekUiterlijk(t.onderzoekUiterlijk(m.datum()));
        m.setBeschikkingUiterlijk(t.beschikkingUiterlijk(m.datum()));
        if (m.getDoorverwezenNaar() != null) {
            if (m.getDoorverwijzingToelichting() == null || m.getDoorverwijzingToelichting().isBlank()) {
                throw weiger("doorverwijzingToelichting", "T-02", "Leg vast waarheen en waarom de hulpvraag is doorverwezen");
            }
            m.sluit("Doorverwezen naar de " + m.getDoorverwezenNaar().naam() + " (T-02)");
            return null;
        }
        m.naarFase(Melding.Fase.MELDING, m.getOntvangstBevestigenUiterlijk(), "T-16", "Ontvangst schriftelijk bevestigen (T-01)");
        return new Onderzoek(m, m.getOnderzoekUiterlijk(), t.persoonlijkPlanUiterlijk(m.datum()));
    }

    /** T-01: the written confirmation of receipt; from then on the onderzoek's deadline leads (T-04). */
    public void bevestigOntvangst(Melding m, Onderzoek o, LocalDate op) {
        vereisOpen(m);
        if (op.isBefore(m.datum())) {
            throw weiger("datum", "T-01", "De ontvangst kan niet vóór de melding worden bevestigd");
        }
        m.setOntvangstBevestigdOp(op);
        m.naarFase(Melding.Fase.ONDERZOEK, o.getUiterlijk(), "T-04", "Onderzoek afronden");
    }

    /** T-03: the client and the mantelzorger are told of free cliëntondersteuning. */
    public void clientondersteuningAangeboden(Melding m) {
        vereisOpen(m);
        m.setClientondersteuningAangeboden(true);
    }

    /** T-14: a referral to an algemene voorziening is registered; it is no besluit and the client may still apply. */
    public void verwijsNaarAlgemeneVoorziening(Melding m, String voorziening) {
        vereisOpen(m);
        if (voorziening == null || voorziening.isBlank()) {
            throw weiger("algemeneVoorziening", "T-14", "Noem de algemene voorziening waarnaar is verwezen");
        }
        m.setAlgemeneVoorziening(voorziening.strip());
    }

    // --- Onderzoek -----------------------------------------------------------------------------

    /** T-04: more time is allowed only when the client is told before the 6 weeks end, with a reason. */
    public void uitstel(Melding m, Onderzoek o, LocalDate meegedeeldOp, String reden, LocalDate nieuweDatum) {
        vereisOnderzoekOpen(m, o);
        if (reden == null || reden.isBlank()) {
            throw weiger("uitstelReden", "T-04", "Geef de cliënt de reden waarom het onderzoek langer duurt");
        }
        if (meegedeeldOp.isAfter(m.getOnderzoekUiterlijk())) {
            throw weiger("uitstelMeegedeeldOp", "T-04", "Uitstel moet binnen de onderzoekstermijn (tot en met "
                    + Datum.voluit(m.getOnderzoekUiterlijk()) + ") aan de cliënt worden meegedeeld");
        }
        if (nieuweDatum == null || !nieuweDatum.isAfter(o.getUiterlijk())) {
            throw weiger("nieuweDatum", "T-04", "De nieuwe datum ligt na de huidige einddatum van het onderzoek");
        }
        o.setUitstelMeegedeeldOp(meegedeeldOp);
        o.setUitstelReden(reden.strip());
        o.setUiterlijk(nieuweDatum);
        m.naarFase(Melding.Fase.ONDERZOEK, nieuweDatum, "T-04", "Onderzoek afronden (uitstel meegedeeld)");
    }

    /** T-05: a persoonlijk plan is accepted within 7 days of the melding. */
    public void persoonlijkPlan(Melding m, Onderzoek o, LocalDate op) {
        vereisOnderzoekOpen(m, o);
        if (op.isAfter(o.getPersoonlijkPlanUiterlijk())) {
            throw weiger("persoonlijkPlanOp", "T-05", "Een persoonlijk plan kon tot en met "
                    + Datum.voluit(o.getPersoonlijkPlanUiterlijk()) + " worden ingediend");
        }
        o.setPersoonlijkPlanOp(op);
    }

    /**
     * T-06: the gesprek with date, place and who attended; skipping, shortening or phoning only with a recorded
     * reason agreed with the client. T-03: not before free cliëntondersteuning was offered.
     */
    public void gesprek(Melding m, Onderzoek o, Onderzoek.GesprekVorm vorm, LocalDate datum, String plaats, String aanwezigen,
                        String redenAfwijking) {
        vereisOnderzoekOpen(m, o);
        if (!m.isClientondersteuningAangeboden()) {
            throw weiger("clientondersteuning", "T-03",
                    "Vertel de cliënt en de mantelzorger eerst over gratis cliëntondersteuning");
        }
        if (vorm == null) {
            throw weiger("gesprekVorm", "T-06", "Kies hoe het gesprek plaatsvond");
        }
        boolean afwijkend = vorm != Onderzoek.GesprekVorm.KEUKENTAFEL;
        if (afwijkend && (redenAfwijking == null || redenAfwijking.isBlank())) {
            throw weiger("gesprekRedenAfwijking", "T-06", "Een gesprek overslaan, inkorten of telefonisch voeren mag alleen "
                    + "in overleg met de cliënt; leg de reden vast");
        }
        if (vorm != Onderzoek.GesprekVorm.OVERGESLAGEN) {
            if (datum == null) {
                throw weiger("gesprekDatum", "T-06", "De datum van het gesprek is verplicht");
            }
            if (datum.isBefore(m.datum())) {
                throw weiger("gesprekDatum", "T-06", "Het gesprek kan niet vóór de melding plaatsvinden");
            }
            if (aanwezigen == null || aanwezigen.isBlank()) {
                throw weiger("aanwezigen", "T-06", "Leg vast wie bij het gesprek aanwezig waren");
            }
        }
        o.setGesprekVorm(vorm);
        o.setGesprekDatum(vorm == Onderzoek.GesprekVorm.OVERGESLAGEN ? (datum == null ? m.datum() : datum) : datum);
        o.setGesprekPlaats(plaats);
        o.setAanwezigen(aanwezigen);
        o.setGesprekRedenAfwijking(afwijkend ? redenAfwijking.strip() : null);
    }

    /** T-08: identity from an identity document. */
    public void identiteit(Melding m, Onderzoek o, String identiteitsbewijs) {
        vereisOnderzoekOpen(m, o);
        if (identiteitsbewijs == null || identiteitsbewijs.isBlank()) {
            throw weiger("identiteitsbewijs", "T-08", "Stel de identiteit vast aan de hand van een identiteitsbewijs");
        }
        o.setIdentiteitVastgesteld(true);
        o.setIdentiteitsbewijs(identiteitsbewijs.strip());
    }

    /** T-15: advice requested and received. */
    public void advies(Melding m, Onderzoek o, Onderzoek.AdviesSoort soort, LocalDate gevraagdOp, LocalDate ontvangenOp) {
        vereisOpen(m);
        if (soort == null || gevraagdOp == null) {
            throw weiger("advies", "T-15", "Soort advies en datum van de adviesvraag zijn verplicht");
        }
        if (ontvangenOp != null && ontvangenOp.isBefore(gevraagdOp)) {
            throw weiger("adviesOntvangenOp", "T-15", "Het advies kan niet vóór de adviesvraag zijn ontvangen");
        }
        o.setAdviesSoort(soort);
        o.setAdviesGevraagdOp(gevraagdOp);
        o.setAdviesOntvangenOp(ontvangenOp);
    }

    /**
     * Closes the onderzoek: the gesprek (T-06), the identity (T-08), every aspect A-J (T-07) and the ladder of C-01
     * answered; where a refusal on medical grounds is expected, medical advice received (T-15). Then the verslag
     * is due within 2 weeks of the gesprek (T-09).
     */
    public void rondOnderzoekAf(Melding m, Onderzoek o, LocalDate op) {
        vereisOnderzoekOpen(m, o);
        List<ValidatieException.Fout> fouten = new ArrayList<>();
        if (o.getGesprekVorm() == null) {
            fouten.add(fout("gesprek", "T-06", "Leg het gesprek vast, of de reden om het over te slaan"));
        }
        if (!o.isIdentiteitVastgesteld()) {
            fouten.add(fout("identiteit", "T-08", "De identiteit van de cliënt is nog niet vastgesteld"));
        }
        List<String> open = Arrays.stream(Onderzoek.Aspect.values()).filter(a -> o.aspect(a) == null).map(Enum::name).toList();
        if (!open.isEmpty()) {
            fouten.add(fout("aspecten", "T-07", "Nog niet beantwoord: aspect " + String.join(", ", open)));
        }
        if (o.getLadderEigenKracht() == null || o.getLadderGebruikelijkeHulp() == null || o.getLadderMantelzorg() == null
                || o.getLadderAlgemeenGebruikelijk() == null || o.getLadderAlgemeneVoorziening() == null) {
            fouten.add(new ValidatieException.Fout("ladder", "Beantwoord elke trede van de ladder (eigen kracht, gebruikelijke hulp, "
                    + "mantelzorg, algemeen gebruikelijke en algemene voorziening) (regel C-01, " + bron("C-01", regelset(m.getGemeenteCode(), m.datum())).substring(12) + ")."));
        }
        if (o.isMedischeWeigeringVerwacht() && !medischAdvies(o)) {
            fouten.add(fout("advies", "T-15", "Een weigering op medische gronden wordt verwacht: vraag eerst medisch advies"));
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        o.setAfgerondOp(op);
        m.naarFase(Melding.Fase.VERSLAG, termijnen(m).verslagUiterlijk(o.getGesprekDatum()), "T-09", "Verslag naar de cliënt sturen");
    }

    // --- Verslag -------------------------------------------------------------------------------

    /** T-09: the verslag goes to the client; the signed copy is due back within 5 days. */
    public Verslag verstuurVerslag(Melding m, Onderzoek o, LocalDate op) {
        vereisOpen(m);
        if (o.getAfgerondOp() == null) {
            throw weiger("verslag", "T-09", "Het verslag volgt op een afgerond onderzoek");
        }
        Toegangstermijnen t = termijnen(m);
        Verslag v = new Verslag(m, o.getGesprekDatum(), t.verslagUiterlijk(o.getGesprekDatum()), op, t.verslagRetourUiterlijk(op));
        m.naarFase(Melding.Fase.VERSLAG, v.getRetourUiterlijk(), "T-09", "Ondertekend verslag terug");
        return v;
    }

    /**
     * T-09: "akkoord", "gezien" (with reasons) or not returned in time (only after the 5 days). The client's remarks
     * are attached. When the client says so, the signed verslag counts as the aanvraag (T-10).
     *
     * @return the aanvraag when the verslag counts as one, else null
     */
    public Aanvraag verslagRetour(Melding m, Onderzoek o, Verslag v, Verslag.Status status, LocalDate op, String redenenGezien,
                                  String opmerkingen, boolean geldtAlsAanvraag) {
        vereisOpen(m);
        if (status == null || status == Verslag.Status.VERZONDEN) {
            throw weiger("status", "T-09", "Kies akkoord, gezien of niet retour");
        }
        if (status == Verslag.Status.GEZIEN && (redenenGezien == null || redenenGezien.isBlank())) {
            throw weiger("redenenGezien", "T-09", "Tekent de cliënt alleen voor gezien, leg dan de redenen vast");
        }
        if (status == Verslag.Status.NIET_RETOUR && !op.isAfter(v.getRetourUiterlijk())) {
            throw weiger("status", "T-09", "Het verslag is pas niet retour na " + Datum.voluit(v.getRetourUiterlijk()));
        }
        if (geldtAlsAanvraag && status == Verslag.Status.NIET_RETOUR) {
            throw weiger("geldtAlsAanvraag", "T-10", "Alleen een ondertekend verslag kan als aanvraag gelden");
        }
        v.retour(status, status == Verslag.Status.NIET_RETOUR ? null : op, redenenGezien, opmerkingen, geldtAlsAanvraag);
        if (geldtAlsAanvraag) {
            return aanvraag(m, o, Aanvraag.Indiener.CLIENT, null, Aanvraag.Vorm.ONDERTEKEND_VERSLAG,
                    o.getGevraagdeVoorziening() == null ? m.getHulpvraag() : o.getGevraagdeVoorziening(), op);
        }
        m.naarFase(Melding.Fase.AANVRAAG, m.getBeschikkingUiterlijk(), "T-11", "Aanvraag van de cliënt afwachten");
        return null;
    }

    // --- Aanvraag ------------------------------------------------------------------------------

    /**
     * T-10: in writing, by the client or a gemachtigde / vertegenwoordiger only; not before the onderzoek is done
     * unless 6 weeks since the melding have passed. T-11: the college decides within 2 weeks.
     */
    public Aanvraag aanvraag(Melding m, Onderzoek o, Aanvraag.Indiener door, String naamIndiener, Aanvraag.Vorm vorm,
                             String gevraagdeVoorziening, LocalDate op) {
        if (m.getDoorverwezenNaar() != null) {
            throw weiger("melding", "T-02", "Deze hulpvraag is doorverwezen naar de " + m.getDoorverwezenNaar().naam());
        }
        vereisOpen(m);
        if (door != Aanvraag.Indiener.CLIENT && door != Aanvraag.Indiener.GEMACHTIGDE && door != Aanvraag.Indiener.VERTEGENWOORDIGER) {
            throw weiger("ingediendDoor", "T-10", "Een aanvraag kan alleen de cliënt of zijn gemachtigde of vertegenwoordiger indienen");
        }
        if (door != Aanvraag.Indiener.CLIENT && (naamIndiener == null || naamIndiener.isBlank())) {
            throw weiger("naamIndiener", "T-10", "Noem de gemachtigde of vertegenwoordiger die de aanvraag indient");
        }
        if (vorm == null) {
            throw weiger("vorm", "T-10", "Een aanvraag is schriftelijk, of het ondertekende verslag als de cliënt dat zegt");
        }
        boolean onderzoekKlaar = o != null && o.getAfgerondOp() != null;
        if (!onderzoekKlaar && !op.isAfter(m.getOnderzoekUiterlijk())) {
            throw weiger("ontvangenOp", "T-10", "Een aanvraag kan pas na het onderzoek, of als het onderzoek niet binnen de "
                    + "termijn klaar is: vanaf " + Datum.voluit(m.getOnderzoekUiterlijk().plusDays(1)));
        }
        if (op.isBefore(m.datum())) {
            throw weiger("ontvangenOp", "T-10", "Een aanvraag kan niet vóór de melding zijn ontvangen");
        }
        LocalDate beslissen = termijnen(m).beslissingUiterlijk(op);
        Aanvraag a = new Aanvraag(m, op, door, naamIndiener, vorm, gevraagdeVoorziening, beslissen);
        m.naarFase(Melding.Fase.AANVRAAG, beslissen, "T-11", "Beslissen op de aanvraag");
        return a;
    }

    // --- Beoordeling, voornemen, beschikking ---------------------------------------------------

    /** The onderzoek's structured answers as the Beoordelaar's input (C-01 … C-13). */
    public Situatie situatie(Melding m, Onderzoek o, LocalDate beslisdatum) {
        return situatie(m, o, beslisdatum, null);
    }

    /**
     * @param hardheidsclausule the approved C-10 request from verordening's register the onderzoek relies on, or null
     */
    public Situatie situatie(Melding m, Onderzoek o, LocalDate beslisdatum, nl.maatwerk.verordening.beoordeling.Hardheidsclausule hardheidsclausule) {
        Client c = m.getClient();
        var b = Situatie.voor(m.getGemeenteCode(), beslisdatum, new Toepassingsgrond.NieuweAanvraag(beslisdatum))
                .leeftijd(Period.between(c.getGeboortedatum(), beslisdatum).getYears());
        ladder(b, Trede.EIGEN_KRACHT, o.getLadderEigenKracht(), o.aspect(Onderzoek.Aspect.C));
        ladder(b, Trede.GEBRUIKELIJKE_HULP, o.getLadderGebruikelijkeHulp(), o.aspect(Onderzoek.Aspect.C));
        ladder(b, Trede.MANTELZORG_EN_SOCIAAL_NETWERK, o.getLadderMantelzorg(), o.aspect(Onderzoek.Aspect.D));
        ladder(b, Trede.ALGEMEEN_GEBRUIKELIJKE_VOORZIENING, o.getLadderAlgemeenGebruikelijk(), o.aspect(Onderzoek.Aspect.C));
        ladder(b, Trede.ALGEMENE_VOORZIENING, o.getLadderAlgemeneVoorziening(), o.aspect(Onderzoek.Aspect.F));
        if (o.getVoorliggendAanspraak() != null) {
            b.voorliggend(new Feiten.Voorliggend(o.getVoorliggendAanspraak(), o.getVoorliggendRegeling(), false));
        }
        if (o.getNoodzakelijk() != null && o.getGoedkoopstAdequaat() != null && o.getOpClientGericht() != null) {
            b.noodzaak(new Feiten.Noodzaak(o.getNoodzakelijk(), o.getGoedkoopstAdequaat(), o.getOpClientGericht()));
        }
        if (o.getMeerkostenAantoonbaar() != null && o.getZelfTeRegelen() != null) {
            b.weigeringsfeiten(new Feiten.Weigeringsfeiten(o.getMeerkostenAantoonbaar(), o.getZelfTeRegelen()));
        }
        if (o.getHuisgenootKanHelpen() != null && o.getHulpGebruikelijk() != null) {
            b.huishouden(new Feiten.Huishouden(o.getHuisgenootKanHelpen(), o.getHulpGebruikelijk(), null));
        }
        if (o.isAfwegingenVastgelegd()) {
            String toelichting = o.getAfwegingenToelichting() == null ? "" : o.getAfwegingenToelichting();
            b.afwegingen(Arrays.stream(Afwegingsfactor.values()).map(f -> new Afweging(f, toelichting)).toList());
        }
        if (o.getGevraagdeVoorziening() != null) {
            Feiten.Kenmerken k = o.getSpeciaalVoorBeperking() == null || o.getRegulierVerkrijgbaar() == null || o.getPrijsVergelijkbaar() == null
                    ? null : new Feiten.Kenmerken(o.getSpeciaalVoorBeperking(), o.getRegulierVerkrijgbaar(), o.getPrijsVergelijkbaar());
            b.voorziening(new Feiten.Voorziening(o.getGevraagdeVoorziening(), k, false));
        }
        if (o.getPrognose() != null && o.getPrognose() != Onderzoek.Prognose.VERBETERING) {
            b.indicatieduur(new Feiten.Indicatieduur(Feiten.Prognose.valueOf(o.getPrognose().name()), null, null));
        }
        if (hardheidsclausule != null) {
            b.hardheidsclausule(hardheidsclausule);
        }
        return b.bouw();
    }

    public Beoordeling beoordeel(Melding m, Onderzoek o, LocalDate beslisdatum) {
        return beoordeel(m, o, beslisdatum, null);
    }

    public Beoordeling beoordeel(Melding m, Onderzoek o, LocalDate beslisdatum, nl.maatwerk.verordening.beoordeling.Hardheidsclausule h) {
        return beoordelaar.beoordeel(situatie(m, o, beslisdatum, h));
    }

    /** T-17: before a negative or deviating decision the client hears what is intended and may respond. */
    public Voornemen voornemen(Melding m, String strekking, LocalDate op) {
        vereisOpen(m);
        if (strekking == null || strekking.isBlank()) {
            throw weiger("strekking", "T-17", "Beschrijf wat het college van plan is te besluiten en waarom");
        }
        Regelset r = regelset(m.getGemeenteCode(), op);
        LocalDate uiterlijk = kalender.einde(op, r.duur("toegang.voornemen.reactietermijn"), false);
        Voornemen v = new Voornemen(m, op, uiterlijk, strekking.strip());
        m.naarFase(Melding.Fase.VOORNEMEN, m.getVolgendeTermijn(), m.getTermijnRegel(),
                "Voornemen verzonden; reactie tot en met " + Datum.voluit(uiterlijk));
        return v;
    }

    public void reactieOpVoornemen(Voornemen v, LocalDate op, String reactie) {
        if (reactie == null || reactie.isBlank()) {
            throw weiger("reactie", "T-17", "Leg de reactie van de cliënt vast");
        }
        v.reactie(op, reactie.strip());
    }

    /**
     * Takes the decision (T-11 … T-15, T-17, C-13, O-05). A toekenning needs the Beoordeling to find a
     * maatwerkvoorziening aangewezen, an afwijzing needs it not to; buiten behandeling only when the client did not
     * cooperate (T-15). Negative or deviating: a voornemen with the client's response or an expired reaction term
     * first (T-17). The beschikking awaits a teamleider when it is negative, deviating or worth more than the
     * regelset's four-eyes amount.
     */
    public Beschikking besluit(Melding m, Onderzoek o, Aanvraag a, List<Voornemen> voornemens, Besluitgegevens g, String door,
                               LocalDate op) {
        return besluit(m, o, a, voornemens, g, door, op, null);
    }

    /** As above, deviating from the rules where a teamleider approved the hardheidsclausule (C-10) in the register. */
    public Beschikking besluit(Melding m, Onderzoek o, Aanvraag a, List<Voornemen> voornemens, Besluitgegevens g, String door,
                               LocalDate op, nl.maatwerk.verordening.beoordeling.Hardheidsclausule hardheidsclausule) {
        vereisOpen(m);
        if (a == null) {
            throw weiger("aanvraag", "T-10", "Er is nog geen aanvraag; het college beslist op een aanvraag");
        }
        if (g.soort() == null) {
            throw weiger("soort", "T-12", "Kies toekenning in natura of als Pgb, afwijzing of buiten behandeling");
        }
        Regelset regelset = regelset(m.getGemeenteCode(), op);
        Beoordeling beoordeling = null;
        boolean afwijkend = false;
        String conclusie;
        if (g.soort() == Beschikking.Soort.BUITEN_BEHANDELING) {
            if (o == null || !o.isMedewerkingGeweigerd()) {
                throw weiger("soort", "T-15", "Buiten behandeling kan alleen als de cliënt niet meewerkt aan het onderzoek of advies");
            }
            conclusie = "BUITEN_BEHANDELING";
        } else {
            beoordeling = beoordeel(m, o, op, hardheidsclausule);
            regelset = regelboek.versie(beoordeling.regelsetVersie());
            afwijkend = beoordeling.afwijkend();
            Conclusie.Soort soort = beoordeling.conclusie().soort();
            conclusie = soort.name();
            if (soort == Conclusie.Soort.NADER_ONDERZOEK_NODIG) {
                throw new ValidatieException("beoordeling", "Het onderzoek is nog niet volledig: " + beoordeling.conclusie().samenvatting());
            }
            if (g.soort().toekenning() && soort != Conclusie.Soort.MAATWERKVOORZIENING_AANGEWEZEN) {
                throw new ValidatieException("soort", "Toekennen kan niet: " + beoordeling.conclusie().samenvatting());
            }
            if (g.soort() == Beschikking.Soort.AFWIJZING && soort == Conclusie.Soort.MAATWERKVOORZIENING_AANGEWEZEN) {
                throw new ValidatieException("soort", "Afwijzen kan niet: volgens de beoordeling is een maatwerkvoorziening "
                        + "aangewezen (" + beoordeling.conclusie().samenvatting() + ")");
            }
            if (g.soort() == Beschikking.Soort.AFWIJZING && o.isMedischeWeigeringVerwacht() && !medischAdvies(o)) {
                throw weiger("advies", "T-15", "Bij een weigering op medische gronden is medisch advies verplicht");
            }
        }
        if (g.soort().toekenning() && m.getToegangsniveau() == Melding.Toegangsniveau.KERNTEAM) {
            throw weiger("toegangsniveau", "O-05", "Het kernteam helpt met algemene en collectieve voorzieningen; "
                    + "een maatwerkvoorziening vraagt een Wmo-consulent of regisseur");
        }
        if (g.soort() == Beschikking.Soort.TOEKENNING_NATURA) {
            vereis(g.voorziening(), "voorziening", "Noem de voorziening");
            vereis(g.resultaat(), "resultaat", "Noem het beoogde resultaat");
            vereis(g.wijzeVerstrekking(), "wijzeVerstrekking", "Noem hoe de voorziening wordt verstrekt");
        } else if (g.soort() == Beschikking.Soort.TOEKENNING_PGB) {
            vereis(g.resultaat(), "resultaat", "Noem het resultaat waarvoor het Pgb is");
            vereis(g.kwaliteitseisen(), "kwaliteitseisen", "Noem de kwaliteitseisen");
            vereis(g.pgbBerekening(), "pgbBerekening", "Noem hoe het bedrag is berekend");
            vereis(g.verantwoording(), "verantwoording", "Noem hoe de besteding wordt verantwoord");
            if (g.pgbBedrag() == null || g.pgbBedrag().signum() <= 0) {
                throw weiger("pgbBedrag", "T-12", "De hoogte van het Pgb is verplicht");
            }
        }
        boolean negatief = !g.soort().toekenning();
        if (negatief || afwijkend) {
            boolean gehoord = voornemens.stream().anyMatch(v -> v.getReactieOp() != null || op.isAfter(v.getReactieUiterlijk()));
            if (!gehoord) {
                throw weiger("voornemen", "T-17", "Stuur de cliënt eerst een voornemen en wacht de reactie of de reactietermijn af");
            }
        }
        // T-13 and C-13: start date and duration.
        LocalDate ingang = g.ingangsdatum() == null ? op : g.ingangsdatum();
        LocalDate einde = null;
        if (g.soort().toekenning()) {
            // C-13: at most the regelset's maximum from the start date; with a limited life expectancy no end.
            LocalDate maximaal = o.getPrognose() == null || o.getPrognose() == Onderzoek.Prognose.BEPERKTE_LEVENSVERWACHTING
                    ? null : kalender.plus(ingang, regelset.duur("indicatie.max_duur")).minusDays(1);
            if (g.einddatum() != null && maximaal != null && g.einddatum().isAfter(maximaal)) {
                throw new ValidatieException("einddatum", "Een indicatie loopt hoogstens tot en met " + Datum.voluit(maximaal)
                        + " (" + bron("C-13", regelset) + ").");
            }
            if (g.einddatum() != null && g.einddatum().isBefore(ingang)) {
                throw weiger("einddatum", "T-12", "De einddatum ligt vóór de ingangsdatum");
            }
            einde = g.einddatum() != null ? g.einddatum() : maximaal;
        }
        Beschikking b = new Beschikking(m, g.soort(), op, regelset.versie(), conclusie,
                motivering(m, a, g, beoordeling, regelset, ingang, einde, op), door);
        b.setVoorziening(g.voorziening());
        b.setResultaat(g.resultaat());
        b.setWijzeVerstrekking(g.wijzeVerstrekking());
        b.setAndereVoorzieningen(g.andereVoorzieningen());
        b.setPgbBedrag(g.pgbBedrag());
        b.setPgbBerekening(g.pgbBerekening());
        b.setKwaliteitseisen(g.kwaliteitseisen());
        b.setVerantwoording(g.verantwoording());
        b.setWaarde(g.waarde() != null ? g.waarde() : g.pgbBedrag());
        b.setBijdrage(g.bijdrage() == null || g.bijdrage().isBlank() ? "U betaalt geen eigen bijdrage." : g.bijdrage().strip());
        b.setIngangsdatum(ingang);
        b.setEinddatum(einde);
        b.setAfwijkend(afwijkend);
        String reden = vierOgenReden(b, regelset);
        b.setVierOgenReden(reden);
        if (reden != null) {
            b.setStatus(Beschikking.Status.TER_GOEDKEURING);
            m.naarFase(Melding.Fase.GOEDKEURING, a.getBeslissenUiterlijk(), "T-11", "Goedkeuring teamleider: " + reden);
        } else {
            b.setStatus(Beschikking.Status.GOEDGEKEURD);
            m.naarFase(Melding.Fase.AANVRAAG, a.getBeslissenUiterlijk(), "T-11", "Beschikking verzenden");
        }
        return b;
    }

    /** Four eyes: negative, deviating (hardheidsclausule) or above the regelset's amount; null when not needed. */
    public static String vierOgenReden(Beschikking b, Regelset regelset) {
        List<String> redenen = new ArrayList<>();
        if (b.negatief()) redenen.add("negatief besluit");
        if (b.isAfwijkend()) redenen.add("afwijking van de regels (hardheidsclausule)");
        BigDecimal grens = regelset.bedrag("toegang.vier_ogen.bedrag");
        if (b.getWaarde() != null && b.getWaarde().compareTo(grens) > 0) {
            redenen.add("waarde boven € " + grens.setScale(2).toPlainString().replace('.', ','));
        }
        return redenen.isEmpty() ? null : String.join(", ", redenen);
    }

    /** Four eyes: a teamleider other than the author approves or rejects. */
    public void keurGoed(Melding m, Beschikking b, String teamleider, boolean akkoord, LocalDateTime op) {
        if (b.getStatus() != Beschikking.Status.TER_GOEDKEURING) {
            throw new ValidatieException("status", "Deze beschikking wacht niet op goedkeuring.");
        }
        if (teamleider.equals(b.getOpgesteldDoor())) {
            throw new ValidatieException("goedkeuring", "Vier ogen: een ander dan de opsteller keurt de beschikking goed.");
        }
        if (akkoord) {
            b.goedkeuren(teamleider, op);
            m.naarFase(Melding.Fase.AANVRAAG, m.getVolgendeTermijn(), m.getTermijnRegel(), "Beschikking verzenden");
        } else {
            b.afkeuren(teamleider, op);
            m.naarFase(Melding.Fase.AANVRAAG, m.getVolgendeTermijn(), m.getTermijnRegel(), "Beschikking afgekeurd: opnieuw beslissen");
        }
    }

    /** Sends an approved beschikking; the bezwaar term of 6 weeks (T-17) runs from the day after. */
    public void verzend(Melding m, Beschikking b, LocalDate op) {
        if (b.getStatus() == Beschikking.Status.TER_GOEDKEURING) {
            throw new ValidatieException("goedkeuring", "Deze beschikking moet eerst door een teamleider worden goedgekeurd ("
                    + b.getVierOgenReden() + ").");
        }
        if (b.getStatus() != Beschikking.Status.GOEDGEKEURD) {
            throw new ValidatieException("status", "Alleen een goedgekeurde beschikking kan worden verzonden.");
        }
        b.verzonden(op, termijnen(m).bezwaarUiterlijk(op));
        m.naarFase(Melding.Fase.BESLOTEN, null, null, "Beschikking verzonden op " + Datum.voluit(op));
    }

    // --- Na de beschikking -----------------------------------------------------------------------

    /** T-17: bezwaar is always possible; whether it came in time is recorded; the college decides within its term. */
    public Bezwaar bezwaar(Melding m, Beschikking b, LocalDate ontvangen, String gronden) {
        if (b.getStatus() != Beschikking.Status.VERZONDEN) {
            throw weiger("beschikking", "T-17", "Bezwaar kan tegen een verzonden beschikking");
        }
        if (gronden == null || gronden.isBlank()) {
            throw new ValidatieException("gronden", "Gronden van het bezwaar zijn verplicht.");
        }
        Regelset r = regelset(m.getGemeenteCode(), ontvangen);
        LocalDate beslissen = kalender.einde(ontvangen, r.duur("toegang.bezwaar.beslistermijn"), true);
        Bezwaar bz = new Bezwaar(b, ontvangen, Toegangstermijnen.tijdig(ontvangen, b.getBezwaarUiterlijk()), gronden.strip(), beslissen);
        m.naarFase(Melding.Fase.BEZWAAR, beslissen, "T-17", "Beslissen op bezwaar");
        return bz;
    }

    /** T-18: when the bezwaar is upheld, a new opdracht goes to the provider, who starts within 5 working days. */
    public void beslisBezwaar(Melding m, Bezwaar bz, Bezwaar.Uitkomst uitkomst, LocalDate op) {
        if (uitkomst == null) {
            throw new ValidatieException("uitkomst", "Uitkomst van het bezwaar is verplicht.");
        }
        if (bz.getUitkomst() != null) {
            throw new ValidatieException("uitkomst", "Op dit bezwaar is al beslist.");
        }
        if (uitkomst == Bezwaar.Uitkomst.GEGROND) {
            LocalDate start = termijnen(m).startAanbiederUiterlijk(op);
            bz.beslist(uitkomst, op, op, start);
            m.naarFase(Melding.Fase.BEZWAAR, start, "T-18", "Aanbieder start met de nieuwe opdracht");
        } else {
            bz.beslist(uitkomst, op, null, null);
            m.naarFase(Melding.Fase.BESLOTEN, null, null, "Bezwaar " + uitkomst.name().toLowerCase().replace('_', ' '));
        }
    }

    public void aanbiederGestart(Melding m, Bezwaar bz, LocalDate op) {
        if (bz.getOpdrachtAanbiederOp() == null) {
            throw weiger("bezwaar", "T-18", "Er is geen nieuwe opdracht aan de aanbieder na een gegrond bezwaar");
        }
        m.naarFase(Melding.Fase.BESLOTEN, null, null, "Aanbieder gestart op " + Datum.voluit(op));
    }

    /** C-17: herziening or intrekking on one of the grounds of the verordening; without a ground it is refused. */
    public Herziening.Resultaat herzie(Beschikking b, Herziening.Omstandigheden feiten, LocalDate op) {
        Regelset r = regelset(b.getGemeenteCode(), op);
        Herziening.Resultaat res = new Herziening(kalender).toets(r, feiten, op);
        if (!res.herzienOfIntrekken()) {
            throw new ValidatieException("grond", res.toepassing().motivering());
        }
        b.beeindig(op, "Herzien of ingetrokken: " + res.toepassing().motivering());
        return res;
    }

    /** C-14: moving out ends every running indicatie on the moving day; moving within keeps them. */
    public IndicatieWijzigingen.Verhuisgevolg verhuizing(String gemeente, List<Beschikking> lopend, LocalDate datum, boolean binnenGemeente,
                                                         boolean herindicatieNodig) {
        var gevolg = new IndicatieWijzigingen(kalender).verhuizing(regelset(gemeente, datum), datum, binnenGemeente, herindicatieNodig);
        gevolg.eindeIndicatie().ifPresent(einde -> lopend.forEach(b -> b.beeindig(einde, gevolg.toepassing().motivering())));
        return gevolg;
    }

    /** C-15: an absence of more than 4 weeks is a changed circumstance: it opens a review. */
    public RegelToepassing afwezigheid(String gemeente, LocalDate vertrek, LocalDate terugkeer) {
        if (terugkeer == null || vertrek == null || terugkeer.isBefore(vertrek)) {
            throw new ValidatieException("terugkeer", "De terugkeer ligt na het vertrek.");
        }
        return new IndicatieWijzigingen(kalender).afwezigheid(regelset(gemeente, vertrek), vertrek, terugkeer);
    }

    /** C-18: the last day of the period within which ending indicaties are listed for heroverweging. */
    public LocalDate heroverwegingTot(String gemeente, LocalDate peildatum) {
        return kalender.plus(peildatum, regelset(gemeente, peildatum).duur("heronderzoek.vooraankondiging"));
    }

    /**
     * The werkvoorraad signal of C-13: a granted indicatie ends (its duration of C-13) within the regelset's
     * vooraankondiging (heronderzoek.vooraankondiging, C-18), so the heronderzoek must start. Empty when the
     * indicatie does not run, has no end date, or ends later.
     *
     * @return the rule application whose motivering is the signal's text, and the day the signal started
     */
    public java.util.Optional<Heronderzoeksignaal> heronderzoek(Beschikking b, LocalDate peildatum) {
        if (!b.getSoort().toekenning() || b.getStatus() != Beschikking.Status.VERZONDEN || b.getBeeindigdOp() != null
                || b.getEinddatum() == null || b.getEinddatum().isBefore(peildatum)) {
            return java.util.Optional.empty();
        }
        Regelset r = regelset(b.getGemeenteCode(), peildatum);
        var duur = r.duur("heronderzoek.vooraankondiging");
        if (b.getEinddatum().isAfter(kalender.plus(peildatum, duur))) {
            return java.util.Optional.empty();
        }
        LocalDate sinds = switch (duur.eenheid()) {
            case DAGEN -> b.getEinddatum().minusDays(duur.aantal());
            case WEKEN -> b.getEinddatum().minusWeeks(duur.aantal());
            case MAANDEN -> b.getEinddatum().minusMonths(duur.aantal());
            case JAREN -> b.getEinddatum().minusYears(duur.aantal());
            case WERKDAGEN -> b.getEinddatum().minusDays(duur.aantal() * 7L / 5);
        };
        String tekst = "Indicatie " + (b.getVoorziening() == null ? "" : b.getVoorziening() + " ") + "loopt af op "
                + Datum.voluit(b.getEinddatum()) + " (" + bron("C-13", r) + "); start het heronderzoek, binnen "
                + duur + " voor het einde (" + bron("C-18", r) + ")";
        return java.util.Optional.of(new Heronderzoeksignaal(new RegelToepassing("C-13", Uitkomst.VAN_TOEPASSING,
                r.zoekRegelBron("C-13").orElse(null), tekst + "."), sinds.isAfter(peildatum) ? peildatum : sinds));
    }

    public record Heronderzoeksignaal(RegelToepassing toepassing, LocalDate sinds) {
    }

    // --- O-02 en O-04 ------------------------------------------------------------------------------

    /** Where a gemeente whose regelset does not place O-02 / O-04 finds them: the law itself. */
    static final Bron WMO_MANTELZORG = new Bron("Wmo2015", "Wet maatschappelijke ondersteuning 2015", "art. 2.1.6", "", List.of("O-02"));
    static final Bron WMO_INGEZETENE = new Bron("Wmo2015", "Wet maatschappelijke ondersteuning 2015", "art. 1.2.1", "", List.of("O-04"));

    /**
     * O-02: the yearly appreciation goes to the mantelzorgers of cliënten: whoever made a melding in the year, also
     * when no voorziening followed, or had an indicatie running then (004 toelichting art. 21: a cliënt is also who
     * made a melding). Where the mantelzorger lives does not matter; a contactpersoon or gemachtigde is no mantelzorger.
     *
     * @param laatsteMelding the client's last melding in the year, or null
     */
    public RegelToepassing mantelzorgwaardering(String gemeente, int jaar, nl.maatwerk.domain.client.BetrokkeneSoort soort,
                                                LocalDate laatsteMelding, boolean voorzieningInJaar) {
        // A gemeente without rules in this application (an ISD gemeente) still owes the appreciation under the Wmo.
        Bron bron = regelboek.zoekRegelset(gemeente, LocalDate.of(jaar, 12, 31)).flatMap(r -> r.zoekRegelBron("O-02")).orElse(WMO_MANTELZORG);
        if (soort != nl.maatwerk.domain.client.BetrokkeneSoort.MANTELZORGER) {
            return RegelToepassing.van("O-02", Uitkomst.NIET_VAN_TOEPASSING, bron, "Een "
                    + soort.omschrijving().toLowerCase() + " is geen mantelzorger; de jaarlijkse waardering is voor mantelzorgers");
        }
        if (laatsteMelding != null && laatsteMelding.getYear() == jaar) {
            return RegelToepassing.van("O-02", Uitkomst.VAN_TOEPASSING, bron, "Mantelzorger van een cliënt die op "
                    + Datum.voluit(laatsteMelding) + " een melding deed" + (voorzieningInJaar ? "" : "; ook zonder voorziening")
                    + " komt in " + jaar + " in aanmerking voor de waardering, waar de mantelzorger ook woont");
        }
        if (voorzieningInJaar) {
            return RegelToepassing.van("O-02", Uitkomst.VAN_TOEPASSING, bron, "Mantelzorger van een cliënt met een voorziening in "
                    + jaar + " komt in aanmerking voor de waardering, waar de mantelzorger ook woont");
        }
        return RegelToepassing.van("O-02", Uitkomst.NIET_VAN_TOEPASSING, bron, "De verzorgde was in " + jaar
                + " geen cliënt (geen melding en geen voorziening); daarom geen waardering voor dat jaar");
    }

    /**
     * O-04: beschermd wonen (art. 11 lid 1, all of a-d) or opvang (art. 11 lid 4: homeless, or left home because of
     * domestic violence), open to every ingezetene of the Netherlands, not only of this gemeente (art. 7 lid 3).
     */
    public RegelToepassing beschermdWonen(String gemeente, LocalDate op, BeschermdWonenFeiten f) {
        Regelset r = regelset(gemeente, op);
        Bron bron = r.zoekRegelBron("O-04").orElse(WMO_INGEZETENE);
        if (f == null || f.soort() == null) {
            throw new ValidatieException("soort", "Kies beschermd wonen of opvang (" + bron("O-04", r) + ").");
        }
        String wat = f.soort().omschrijving();
        if (!f.ingezeteneVanNederland()) {
            return RegelToepassing.van("O-04", Uitkomst.AFWIJZINGSGROND, bron, "Voor " + wat
                    + " moet u ingezetene van Nederland zijn, en dat bent u niet");
        }
        String woonplaats = f.woontInGemeente() ? "" : "; dat u niet in " + r.gemeentenaam()
                + " woont, staat daaraan niet in de weg, want " + wat + " staat open voor iedere ingezetene van Nederland";
        List<String> open = new ArrayList<>();
        List<String> niet = new ArrayList<>();
        if (f.soort() == BeschermdWonenFeiten.Soort.BESCHERMD_WONEN) {
            criterium(f.beschermendeWoonomgeving(), true, "a. u bent door complexe problemen aangewezen op een beschermende woonomgeving", open, niet);
            criterium(f.acuteCrisis(), false, "b. de problemen komen niet voort uit een acute crisis", open, niet);
            criterium(f.ambulantPassend(), false, "c. begeleiding of dagbesteding met ambulante zorg is geen passende bijdrage", open, niet);
            criterium(f.gerichtOpEigenKracht(), true, "d. het beschermd wonen is erop gericht dat u zich op eigen kracht handhaaft", open, niet);
        } else {
            if (f.dakloos() == null && f.huiselijkGeweld() == null) {
                open.add("u bent dakloos of hebt uw thuissituatie verlaten wegens huiselijk geweld");
            } else if (!Boolean.TRUE.equals(f.dakloos()) && !Boolean.TRUE.equals(f.huiselijkGeweld())) {
                niet.add("u bent niet dakloos en hebt uw thuissituatie niet verlaten wegens huiselijk geweld");
            }
        }
        if (!niet.isEmpty()) {
            return RegelToepassing.van("O-04", Uitkomst.AFWIJZINGSGROND, bron, "U komt niet in aanmerking voor " + wat
                    + ", want niet voldaan is aan: " + String.join("; ", niet));
        }
        if (!open.isEmpty()) {
            return RegelToepassing.van("O-04", Uitkomst.ONVOLDOENDE_GEGEVENS, bron, "Voor " + wat
                    + " moet nog worden vastgesteld: " + String.join("; ", open));
        }
        return RegelToepassing.van("O-04", Uitkomst.VOLDAAN, bron, "U komt in aanmerking voor " + wat + woonplaats);
    }

    private static void criterium(Boolean antwoord, boolean nodig, String zin, List<String> open, List<String> niet) {
        if (antwoord == null) {
            open.add(zin);
        } else if (antwoord != nodig) {
            niet.add(zin);
        }
    }

    // --- motivering ----------------------------------------------------------------------------

    String motivering(Melding m, Aanvraag a, Besluitgegevens g, Beoordeling beoordeling, Regelset regelset, LocalDate ingang,
                      LocalDate einde, LocalDate op) {
        StringBuilder sb = new StringBuilder();
        sb.append("Wij hebben beslist met de regels van de ").append(regelset.titel()).append(" (versie ").append(regelset.versie())
                .append(").\n");
        if (beoordeling != null) {
            for (RegelToepassing t : beoordeling.toepassingen()) {
                if (t.uitkomst() == Uitkomst.NIET_VAN_TOEPASSING && !t.regelId().equals("C-13")) {
                    continue;
                }
                sb.append("- ").append(t.regelId()).append(": ").append(t.motivering()).append('\n');
            }
            sb.append("Conclusie: ").append(beoordeling.conclusie().samenvatting()).append('\n');
        } else {
            sb.append("- T-15: U hebt niet meegewerkt aan het onderzoek of het advies dat nodig was om op uw aanvraag te beslissen; "
                    + "daarom nemen wij uw aanvraag niet verder in behandeling (").append(bron("T-15", regelset)).append(").\n");
        }
        sb.append("- T-11: Wij ontvingen uw aanvraag op ").append(Datum.voluit(a.getOntvangenOp()))
                .append(" en beslissen uiterlijk op ").append(Datum.voluit(a.getBeslissenUiterlijk())).append(" (").append(bron("T-11", regelset)).append(").\n");
        if (g.soort().toekenning()) {
            sb.append("- T-13: ").append(g.ingangsdatum() == null
                    ? "Omdat de ingangsdatum niet vaststond, gaat de voorziening in op de datum van deze beschikking, "
                    : "De voorziening gaat in op ").append(Datum.voluit(ingang)).append(" (").append(bron("T-13", regelset)).append(").\n");
        }
        sb.append("- T-17: Bent u het niet eens met dit besluit, dan kunt u binnen 6 weken bezwaar maken (")
                .append(bron("T-17", regelset)).append(").\n");
        return sb.toString();
    }

    // --- hulpjes -------------------------------------------------------------------------------

    private static boolean medischAdvies(Onderzoek o) {
        return o.getAdviesSoort() == Onderzoek.AdviesSoort.MEDISCH && o.getAdviesOntvangenOp() != null;
    }

    private static void ladder(Situatie.Bouwer b, Trede trede, Onderzoek.Ladder antwoord, String opmerking) {
        if (antwoord != null) {
            b.ladder(trede, Oplossing.valueOf(antwoord.name()), opmerking == null ? "" : opmerking);
        }
    }

    private static ValidatieException.Fout fout(String veld, String regel, String zin) {
        return new ValidatieException.Fout(veld, zin + " (" + bron(regel, null) + ").");
    }

    private static void vereis(String waarde, String veld, String zin) {
        if (waarde == null || waarde.isBlank()) {
            throw weiger(veld, "T-12", zin);
        }
    }

    private static void vereisOpen(Melding m) {
        if (m.isAfgesloten()) {
            throw new ValidatieException("melding", "Deze melding is afgesloten: " + m.getTermijnOmschrijving() + ".");
        }
    }

    private static void vereisOnderzoekOpen(Melding m, Onderzoek o) {
        vereisOpen(m);
        if (o == null) {
            throw new ValidatieException("onderzoek", "Bij deze melding hoort geen onderzoek.");
        }
        if (o.getAfgerondOp() != null) {
            throw new ValidatieException("onderzoek", "Het onderzoek is al afgerond.");
        }
    }

    static String lijst(List<String> s) {
        return s.stream().collect(Collectors.joining(", "));
    }
}
