package nl.maatwerk.toegang;

import nl.maatwerk.domain.toegang.Onderzoek;

import java.util.Map;

/**
 * The structured answers of the onderzoek: the aspects A-J (T-07), the ladder (C-01) and the facts the
 * Beoordelaar needs. Null leaves a stored answer as it is.
 */
public record OnderzoekGegevens(Map<Onderzoek.Aspect, String> aspecten, Onderzoek.Ladder eigenKracht,
                                Onderzoek.Ladder gebruikelijkeHulp, Onderzoek.Ladder mantelzorg,
                                Onderzoek.Ladder algemeenGebruikelijk, Onderzoek.Ladder algemeneVoorziening,
                                Boolean voorliggendAanspraak, String voorliggendRegeling, Boolean noodzakelijk,
                                Boolean goedkoopstAdequaat, Boolean opClientGericht, Boolean meerkostenAantoonbaar,
                                Boolean zelfTeRegelen, Boolean huisgenootKanHelpen, Boolean hulpGebruikelijk,
                                String gevraagdeVoorziening, Boolean speciaalVoorBeperking, Boolean regulierVerkrijgbaar,
                                Boolean prijsVergelijkbaar, Onderzoek.Prognose prognose, Boolean afwegingenVastgelegd,
                                String afwegingenToelichting, Boolean medischeWeigeringVerwacht) {

    void pasToe(Onderzoek o) {
        if (aspecten != null) aspecten.forEach(o::setAspect);
        if (eigenKracht != null || gebruikelijkeHulp != null || mantelzorg != null || algemeenGebruikelijk != null || algemeneVoorziening != null) {
            o.setLadder(eigenKracht != null ? eigenKracht : o.getLadderEigenKracht(),
                    gebruikelijkeHulp != null ? gebruikelijkeHulp : o.getLadderGebruikelijkeHulp(),
                    mantelzorg != null ? mantelzorg : o.getLadderMantelzorg(),
                    algemeenGebruikelijk != null ? algemeenGebruikelijk : o.getLadderAlgemeenGebruikelijk(),
                    algemeneVoorziening != null ? algemeneVoorziening : o.getLadderAlgemeneVoorziening());
        }
        if (voorliggendAanspraak != null) o.setVoorliggendAanspraak(voorliggendAanspraak);
        if (voorliggendRegeling != null) o.setVoorliggendRegeling(voorliggendRegeling);
        if (noodzakelijk != null) o.setNoodzakelijk(noodzakelijk);
        if (goedkoopstAdequaat != null) o.setGoedkoopstAdequaat(goedkoopstAdequaat);
        if (opClientGericht != null) o.setOpClientGericht(opClientGericht);
        if (meerkostenAantoonbaar != null) o.setMeerkostenAantoonbaar(meerkostenAantoonbaar);
        if (zelfTeRegelen != null) o.setZelfTeRegelen(zelfTeRegelen);
        if (huisgenootKanHelpen != null) o.setHuisgenootKanHelpen(huisgenootKanHelpen);
        if (hulpGebruikelijk != null) o.setHulpGebruikelijk(hulpGebruikelijk);
        if (gevraagdeVoorziening != null) o.setGevraagdeVoorziening(gevraagdeVoorziening.isBlank() ? null : gevraagdeVoorziening.strip());
        if (speciaalVoorBeperking != null) o.setSpeciaalVoorBeperking(speciaalVoorBeperking);
        if (regulierVerkrijgbaar != null) o.setRegulierVerkrijgbaar(regulierVerkrijgbaar);
        if (prijsVergelijkbaar != null) o.setPrijsVergelijkbaar(prijsVergelijkbaar);
        if (prognose != null) o.setPrognose(prognose);
        if (afwegingenVastgelegd != null) o.setAfwegingenVastgelegd(afwegingenVastgelegd);
        if (afwegingenToelichting != null) o.setAfwegingenToelichting(afwegingenToelichting);
        if (medischeWeigeringVerwacht != null) o.setMedischeWeigeringVerwacht(medischeWeigeringVerwacht);
    }
}
