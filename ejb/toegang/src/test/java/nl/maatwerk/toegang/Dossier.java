package nl.maatwerk.toegang;

import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.kern.Gemeente;
import nl.maatwerk.domain.kern.Organisatie;
import nl.maatwerk.domain.kern.OrganisatieSoort;
import nl.maatwerk.domain.toegang.Aanvraag;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Melding;
import nl.maatwerk.domain.toegang.Onderzoek;
import nl.maatwerk.domain.toegang.Voornemen;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.termijn.Termijnkalender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A case in memory for the rule tests: the real regelsets, the real kalender, no database. */
final class Dossier {

    static final Regelboek REGELBOEK = Regelboek.standaard();
    static final Toegangsregels REGELS = new Toegangsregels(REGELBOEK, new Termijnkalender());

    final Melding melding;
    Onderzoek onderzoek;
    Aanvraag aanvraag;
    final List<Voornemen> voornemens = new ArrayList<>();

    Dossier(String gemeente, LocalDate datum, Melding.Toegangsniveau niveau) {
        var g = new Gemeente(gemeente, gemeente.equals("0222") ? "Doetinchem" : "Lochem", 30000,
                new Organisatie("Gemeente", OrganisatieSoort.GEMEENTE));
        var c = new Client("111222333", "Anna", null, "Jansen", LocalDate.of(1945, 4, 1), g);
        melding = new Melding(c, gemeente, datum.atTime(10, 0), Melding.Kanaal.TELEFONISCH, Melding.Melder.CLIENT,
                "Kan de trap niet meer op", niveau);
        onderzoek = REGELS.registreer(melding);
    }

    static Dossier doetinchem(LocalDate datum) {
        return new Dossier("0222", datum, Melding.Toegangsniveau.CONSULENT);
    }

    /** The onderzoek done: gesprek, identity, A-J, the ladder and the facts that make a traplift aangewezen. */
    Dossier onderzocht(LocalDate gesprek) {
        REGELS.bevestigOntvangst(melding, onderzoek, melding.datum());
        REGELS.clientondersteuningAangeboden(melding);
        REGELS.gesprek(melding, onderzoek, Onderzoek.GesprekVorm.KEUKENTAFEL, gesprek, "Thuis", "Cliënt, mantelzorger", null);
        REGELS.identiteit(melding, onderzoek, "Paspoort");
        for (Onderzoek.Aspect a : Onderzoek.Aspect.values()) {
            onderzoek.setAspect(a, "Besproken: " + a.vraag());
        }
        onderzoek.setLadder(Onderzoek.Ladder.NIET, Onderzoek.Ladder.NIET, Onderzoek.Ladder.NIET, Onderzoek.Ladder.NIET, Onderzoek.Ladder.NIET);
        onderzoek.setVoorliggendAanspraak(false);
        onderzoek.setNoodzakelijk(true);
        onderzoek.setGoedkoopstAdequaat(true);
        onderzoek.setOpClientGericht(true);
        onderzoek.setMeerkostenAantoonbaar(true);
        onderzoek.setZelfTeRegelen(false);
        onderzoek.setHuisgenootKanHelpen(false);
        onderzoek.setHulpGebruikelijk(false);
        onderzoek.setAfwegingenVastgelegd(true);
        onderzoek.setGevraagdeVoorziening("traplift");
        onderzoek.setSpeciaalVoorBeperking(true);
        onderzoek.setRegulierVerkrijgbaar(false);
        onderzoek.setPrijsVergelijkbaar(false);
        onderzoek.setPrognose(Onderzoek.Prognose.STABIEL);
        REGELS.rondOnderzoekAf(melding, onderzoek, gesprek);
        return this;
    }

    Dossier aangevraagd(LocalDate op) {
        aanvraag = REGELS.aanvraag(melding, onderzoek, Aanvraag.Indiener.CLIENT, null, Aanvraag.Vorm.SCHRIFTELIJK, "traplift", op);
        return this;
    }

    Beschikking besluit(Besluitgegevens g, String door, LocalDate op) {
        return REGELS.besluit(melding, onderzoek, aanvraag, voornemens, g, door, op);
    }

    static Besluitgegevens natura(BigDecimal waarde) {
        return new Besluitgegevens(Beschikking.Soort.TOEKENNING_NATURA, "traplift", "U kunt weer veilig naar boven",
                "In bruikleen via de leverancier van de gemeente", "Geen", null, null, null, null, waarde,
                "U betaalt een eigen bijdrage volgens het CAK.", null, null);
    }

    static Besluitgegevens afwijzing() {
        return new Besluitgegevens(Beschikking.Soort.AFWIJZING, "traplift", null, null, null, null, null, null, null, null, null, null, null);
    }
}
