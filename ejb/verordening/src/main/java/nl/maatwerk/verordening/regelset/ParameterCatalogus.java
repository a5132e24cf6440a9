package nl.maatwerk.verordening.regelset;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.maatwerk.verordening.regelset.ParameterDefinitie.KALENDER;
import static nl.maatwerk.verordening.regelset.ParameterDefinitie.WERKDAGEN;
import static nl.maatwerk.verordening.regelset.ParameterType.BEDRAG;
import static nl.maatwerk.verordening.regelset.ParameterType.DUUR;
import static nl.maatwerk.verordening.regelset.ParameterType.GETAL;
import static nl.maatwerk.verordening.regelset.ParameterType.LIJST;
import static nl.maatwerk.verordening.regelset.ParameterType.TABEL;

/**
 * Alle sleutels die een regelset mag bevatten, met type, eenheid en omschrijving. Een upload met een
 * onbekende sleutel of een verkeerd type wordt geweigerd. Een nieuwe sleutel komt hier eerst bij.
 *
 * <p>Sleutels die niet {@code gemeenteSpecifiek} zijn, staan in elke regelset: het begrip bestaat in
 * elke gemeente, ook als haar document er (nog) geen getal voor geeft (dan VAST_TE_STELLEN).
 */
public final class ParameterCatalogus {

    private static final ParameterCatalogus STANDAARD = new ParameterCatalogus(List.of(
            // Toegang en termijnen (T)
            wettelijkeTermijn("toegang.onderzoek.termijn", "Termijn waarbinnen het onderzoek na de melding is afgerond"),
            termijn("toegang.persoonlijk_plan.termijn", "Termijn na de melding om een persoonlijk plan in te dienen (valt binnen de onderzoekstermijn)"),
            termijn("toegang.verslag.termijn", "Termijn na het gesprek waarbinnen de cliënt het verslag ontvangt"),
            termijn("toegang.verslag.retourtermijn", "Termijn waarbinnen de cliënt het ondertekende verslag terugstuurt"),
            wettelijkeTermijn("toegang.beslistermijn", "Termijn na ontvangst van de aanvraag waarbinnen het college beslist"),
            wettelijkeTermijn("toegang.doorlooptijd.max", "Maximale doorlooptijd van melding tot beschikking"),
            werkdagen("toegang.onverwijld", "Betekenis van 'onverwijld': uiterlijk na dit aantal werkdagen"),
            wettelijkeTermijn("toegang.bezwaar.termijn", "Termijn om bezwaar te maken na bekendmaking van de beschikking"),
            werkdagen("toegang.bezwaar.start_aanbieder", "Start van de aanbieder na een nieuwe dienstverleningsopdracht na gegrond bezwaar of beroep"),
            wettelijkeTermijn("toegang.bezwaar.beslistermijn", "Termijn na ontvangst van het bezwaar waarbinnen het college op het bezwaar beslist"),
            werkdagen("toegang.voornemen.reactietermijn", "Termijn waarbinnen de cliënt op een voornemen tot een negatief of afwijkend besluit kan reageren"),
            bedrag("toegang.vier_ogen.bedrag", "Boven deze waarde keurt een teamleider de beschikking van een consulent goed (vier ogen)"),

            // Algemene criteria (C)
            termijn("gebruikelijke_hulp.kortdurend_tot", "Situaties korter dan deze duur: alle hulp wordt van de huisgenoot verwacht"),
            tabel("algemeen_gebruikelijk.vanaf_leeftijd", GETAL, "jaar", "Voorzieningen die vanaf deze leeftijd algemeen gebruikelijk zijn"),
            tabel("algemeen_gebruikelijk.tot_leeftijd", GETAL, "jaar", "Voorzieningen die alleen onder deze leeftijd algemeen gebruikelijk zijn"),
            termijn("indicatie.max_duur", "Maximale duur van een indicatie in een stabiele situatie"),
            termijn("melding.afwezigheid.meldplicht_na", "Afwezigheid van het woonadres langer dan deze duur moet de cliënt melden"),
            termijn("heronderzoek.vooraankondiging", "Indicaties die binnen deze duur aflopen komen in de heronderzoekslijst"),
            getal("heronderzoek.steekproef_percentage", "procent", "Deel van de lopende indicaties dat steekproefsgewijs wordt heronderzocht"),
            getal("hardheidsclausule.signaal_na_aantal", "toepassingen", "Na zoveel toepassingen van de hardheidsclausule op één onderwerp wordt het beleid heroverwogen").alsGemeenteSpecifiek(),

            // Woonvoorzieningen (W)
            termijn("woon.aanpassing.min_woonduur", "De cliënt kan na aanpassing nog minstens zo lang in de woning blijven"),
            termijn("woon.woonvoorziening.wachttijd", "Na een woonvoorziening zo lang geen nieuwe, behalve bij onvoorziene wijziging"),
            termijn("woon.woonwagen_woonschip.min_levensduur", "Minimale resterende technische levensduur van woonwagen of woonschip"),
            termijn("woon.woonwagen_woonschip.min_standplaats", "Minimale resterende beschikbaarheid van stand- of ligplaats"),
            lijst("woon.gemeenschappelijke_ruimte.toegestaan", "Voorzieningen die in gemeenschappelijke ruimten mogen worden aangebracht"),
            lijst("woon.algemeen_gebruikelijk", "Algemeen gebruikelijke woonvoorzieningen"),
            lijst("woon.bruikleen", "Herbruikbare of dure roerende woonvoorzieningen die in bruikleen worden verstrekt").alsGemeenteSpecifiek(),
            getal("woon.pgb.aanpassing.max_percentage", "procent", "Pgb woningaanpassing: maximum als percentage van de goedkoopst compenserende natura"),
            bedrag("woon.pgb.sociale_huurgrens", "Maximale huur per maand bij een Pgb voor dubbele woonlasten"),
            bedrag("woon.pgb.verhuizing.vast_bedrag", "Vast bedrag voor verhuis- en administratiekosten bij een Pgb verhuizing"),
            tabel("woon.pgb.verhuizing.stoffering_per_huishoudgrootte", BEDRAG, "euro", "Vast bedrag voor stoffering en verven/behangen per huishoudgrootte"),

            // Vervoer (V)
            getal("vervoer.cvv.straal_km", "km", "Straal rond het hoofdverblijf waarbinnen collectief vervoer wordt geboden").alsGemeenteSpecifiek(),
            getal("vervoer.cvv.km_per_jaar", "km/jaar", "Maximaal kilometerbudget collectief vervoer per jaar"),
            getal("vervoer.cvv.km_per_jaar_laag", "km/jaar", "Ondergrens van de bandbreedte voor het kilometermaximum").alsGemeenteSpecifiek(),
            getal("vervoer.cvv.reisgebied_zones", "zones", "Omvang van het reisgebied rond het hoofdverblijf (centrumzone telt mee)").alsGemeenteSpecifiek(),
            getal("vervoer.cvv.zones_per_jaar", "zones/jaar", "Maximaal aantal zones per jaar met de regiotaxi, opstapzones inbegrepen").alsGemeenteSpecifiek(),
            getal("vervoer.prioriteitsrit.aanvragen_vooraf", "uur", "Een prioriteitsrit wordt minstens zoveel uren van tevoren aangevraagd"),
            getal("vervoer.prioriteitsrit.max_te_vroeg", "minuten", "Een prioriteitsrit komt hoogstens zoveel minuten vóór de gewenste tijd aan"),
            lijst("vervoer.prioriteitsrit.kosteloos_voor", "Ritten waarvoor een prioriteitsrit zonder extra kosten is"),
            getal("vervoer.begeleiding.verplicht_onder_leeftijd", "jaar", "Kinderen onder deze leeftijd reizen nooit zonder begeleider"),
            lijst("vervoer.algemeen_gebruikelijk", "Algemeen gebruikelijke vervoersvoorzieningen"),
            termijn("vervoer.auto.min_levensduur", "Minimale verwachte levensduur van een auto die wordt aangepast"),
            termijn("vervoer.autoaanpassing.eens_per", "Een autoaanpassing is hoogstens eenmaal per deze periode mogelijk"),

            // Rolstoelen en hulpmiddelen (R)
            lijst("hulpmiddel.algemeen_gebruikelijk", "Algemeen gebruikelijke hulpmiddelen"),
            termijn("hulpmiddel.afschrijvingstermijn.volwassene", "Normale afschrijvingstermijn van een hulpmiddel voor een volwassene"),
            termijn("hulpmiddel.afschrijvingstermijn.kind", "Normale afschrijvingstermijn van een kindvoorziening"),
            getal("hulpmiddel.kind.tot_leeftijd", "jaar", "Tot deze leeftijd geldt de afschrijvingstermijn voor kindvoorzieningen"),
            tabel("hulpmiddel.afschrijvingsduur.per_soort.volwassene", GETAL, "jaren", "Technische afschrijvingsduur per soort hulpmiddel voor een volwassene (nooit korter dan de afschrijvingstermijn)"),
            tabel("hulpmiddel.afschrijvingsduur.per_soort.kind", GETAL, "jaren", "Technische afschrijvingsduur per soort hulpmiddel voor een kind, rekening houdend met de groei (nooit korter dan de afschrijvingstermijn)"),
            getal("hulpmiddel.onderhoud.percentage_per_jaar", "procent", "Onderhoud per jaar als percentage van de aanschafprijs, in de naturakosten over de afschrijvingsduur en het onderhoudsbudget"),
            bedrag("hulpmiddel.verzekering.per_jaar", "Verzekering per jaar voor een hulpmiddel, in de naturakosten over de afschrijvingsduur en het onderhoudsbudget"),

            // Persoonsgebonden budget (P)
            termijn("pgb.besteding.termijn", "Termijn na toekenning waarbinnen het Pgb wordt besteed"),
            getal("pgb.mantelzorger.max_uren_per_week", "uur/week", "Maximaal aantal uren per week dat een mantelzorger declareert"),
            getal("pgb.reiskosten.vanaf_afstand", "km", "Reiskosten alleen als de hulp van verder dan deze afstand komt"),
            getal("pgb.reiskosten.max_km_per_week", "km/week", "Maximaal aantal kilometers reiskosten per week"),
            termijn("pgb.buitenland.max_duur", "Na verblijf in het buitenland langer dan deze duur eindigt het Pgb"),
            getal("pgb.jeugdloon.vanaf_leeftijd", "jaar", "Hulpen vanaf deze leeftijd krijgen hoogstens het minimumjeugdloon"),
            getal("pgb.jeugdloon.tot_leeftijd", "jaar", "Hulpen onder deze leeftijd krijgen hoogstens het minimumjeugdloon"),
            tabel("pgb.jeugdloon.minimumuurloon", BEDRAG, "euro", "Wettelijk minimumuurloon per leeftijd van de hulp"),
            bedrag("pgb.tarief.professioneel_per_uur", "Pgb-uurtarief voor professionele hulp"),
            bedrag("pgb.tarief.sociaal_netwerk_per_uur", "Pgb-uurtarief voor hulp uit het sociaal netwerk (altijd lager dan professioneel)"),
            getal("pgb.tarief.overhead_percentage", "procent", "Percentage overhead dat van het gemiddelde gecontracteerde tarief af gaat").alsGemeenteSpecifiek(),
            lijst("pgb.uitgesloten_kostensoorten", "Kosten die niet uit het Pgb betaald mogen worden"),
            bedrag("pgb.informele_hulp.max_per_uur", "Maximale vergoeding per uur voor informele hulp"),
            bedrag("pgb.logeeropvang.max_per_etmaal", "Maximale vergoeding voor logeeropvang per etmaal"),
            bedrag("pgb.tarief.gecontracteerd_gemiddeld_per_uur", "Gemiddeld uurtarief van de gecontracteerde aanbieders (P-04)"),
            bedrag("pgb.tarief.gecontracteerd_laagst_per_uur", "Laagste uurtarief van een gecontracteerde aanbieder (P-04, E-02)"),
            bedrag("pgb.vier_ogen.bedrag", "Boven dit bedrag keurt een tweede FINANCIEEL of TEAMLEIDER een betaling of export goed (vier ogen)"),
            getal("pgb.wissel.max_per_jaar", "wissels/jaar", "Hoe vaak een cliënt per jaar mag wisselen van aanbieder of tussen Pgb en natura (P-20)").alsGemeenteSpecifiek(),

            // Dienstverlening (D)
            tabel("dienstverlening.resultaatgebieden.treden", GETAL, "treden", "Resultaatgebieden met hun aantal treden"),
            tabel("dienstverlening.combinatie.vereist", LIJST, null, "Resultaatgebied alleen samen met de genoemde resultaatgebieden"),
            tabel("dienstverlening.combinatie.uitgesloten", LIJST, null, "Resultaatgebied nooit samen met de genoemde resultaatgebieden"),
            tabel("dienstverlening.grondslag.uitgesloten", LIJST, null, "Resultaatgebied niet bij de genoemde grondslagen"),
            tabel("dienstverlening.grondslag.vereist", LIJST, null, "Resultaatgebied alleen bij de genoemde grondslagen"),
            getal("dienstverlening.mantelzorgondersteuning.max_etmalen_per_week", "etmalen/week", "Maximaal aantal etmalen mantelzorgondersteuning met verblijf per week"),
            termijn("dienstverlening.spoed.max_duur", "Maximale duur van een tijdelijke voorziening bij spoed"),
            termijn("dienstverlening.nadelige_wijziging.redelijke_termijn", "Redelijke termijn voordat een wijziging ten nadele van de cliënt ingaat").alsGemeenteSpecifiek(),

            // Eigen bijdrage (E)
            bedrag("bijdrage.kostprijs.max_woningaanpassing_vervoer", "Maximale kostprijs per woningaanpassing of vervoershulpmiddel die aan het CAK wordt doorgegeven"),
            lijst("bijdrage.vrijstellingen", "Voorzieningen waarvoor geen bijdrage in de kosten verschuldigd is"),
            termijn("bijdrage.algemene_voorziening.vrij_korter_dan", "Geen bijdrage voor een algemene voorziening die korter duurt dan dit").alsGemeenteSpecifiek()
    ));

    private final Map<String, ParameterDefinitie> definities;

    public ParameterCatalogus(Collection<ParameterDefinitie> definities) {
        Map<String, ParameterDefinitie> map = new LinkedHashMap<>();
        for (ParameterDefinitie d : definities) {
            if (map.put(d.sleutel(), d) != null) {
                throw new IllegalArgumentException("Dubbele sleutel in catalogus: " + d.sleutel());
            }
        }
        this.definities = Collections.unmodifiableMap(map);
    }

    public static ParameterCatalogus standaard() {
        return STANDAARD;
    }

    public Optional<ParameterDefinitie> definitie(String sleutel) {
        return Optional.ofNullable(definities.get(sleutel));
    }

    public Collection<ParameterDefinitie> definities() {
        return definities.values();
    }

    private static ParameterDefinitie getal(String sleutel, String eenheid, String omschrijving) {
        return new ParameterDefinitie(sleutel, GETAL, eenheid, null, omschrijving, false, false);
    }

    private static ParameterDefinitie bedrag(String sleutel, String omschrijving) {
        return new ParameterDefinitie(sleutel, BEDRAG, "euro", null, omschrijving, false, false);
    }

    private static ParameterDefinitie termijn(String sleutel, String omschrijving) {
        return new ParameterDefinitie(sleutel, DUUR, KALENDER, null, omschrijving, false, false);
    }

    /** Een termijn uit de wet (Wmo 2015, Awb): de Algemene termijnenwet verlengt hem. */
    private static ParameterDefinitie wettelijkeTermijn(String sleutel, String omschrijving) {
        return new ParameterDefinitie(sleutel, DUUR, KALENDER, null, omschrijving, true, false);
    }

    private static ParameterDefinitie werkdagen(String sleutel, String omschrijving) {
        return new ParameterDefinitie(sleutel, DUUR, WERKDAGEN, null, omschrijving, false, false);
    }

    private static ParameterDefinitie lijst(String sleutel, String omschrijving) {
        return new ParameterDefinitie(sleutel, LIJST, null, null, omschrijving, false, false);
    }

    private static ParameterDefinitie tabel(String sleutel, ParameterType celType, String eenheid, String omschrijving) {
        return new ParameterDefinitie(sleutel, TABEL, eenheid, celType, omschrijving, false, false);
    }
}
