package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Bron;
import nl.maatwerk.verordening.regelset.Parameter;
import nl.maatwerk.verordening.regelset.Regelset;

import java.util.Comparator;
import java.util.Optional;

/**
 * Wat een regel nodig heeft: de situatie, de gekozen regelset en een manier om een motivering met de juiste
 * bron te maken.
 *
 * @param situatie leeg bij regels die buiten een beoordeling worden getoetst (zie {@link #voor(Regelset)})
 */
public record Toetsing(Situatie situatie, Regelset regelset) {

    /** Voor regels over een lopende indicatie (C-14, C-15, C-17, C-18), zonder situatie van een aanvraag. */
    public static Toetsing voor(Regelset regelset) {
        return new Toetsing(null, regelset);
    }

    /**
     * De bron van een regel in deze regelset: de regeltabel, anders de eerste parameter (op sleutel) die de
     * regel citeert; leeg als de gemeente de regel niet kent.
     */
    public Optional<Bron> bron(String regelId) {
        return regelset.zoekRegelBron(regelId).or(() -> regelset.parameters().values().stream()
                .filter(p -> p.bron().regels().contains(regelId))
                .min(Comparator.comparing(Parameter::sleutel))
                .map(p -> p.bron().voorRegel(regelId)));
    }

    /** Een toepassing met de bron van {@link #bron(String)} in de motivering. */
    public RegelToepassing toepassing(String regelId, Uitkomst uitkomst, String zin) {
        return RegelToepassing.van(regelId, uitkomst, bron(regelId).orElse(null), zin);
    }

    /** Een toepassing die een parameter gebruikt: de bron van die parameter komt in de motivering. */
    public RegelToepassing toepassingMetParameter(String regelId, Uitkomst uitkomst, String parameter, String zin) {
        return RegelToepassing.van(regelId, uitkomst, regelset.parameter(parameter).bron().voorRegel(regelId), zin);
    }

    /** De gemeente kent de regel niet: niet van toepassing, met uitleg. */
    public RegelToepassing onbekendInGemeente(String regelId) {
        return RegelToepassing.van(regelId, Uitkomst.NIET_VAN_TOEPASSING, null,
                "De regels van gemeente " + regelset.gemeentenaam() + " (" + regelset.titel() + ") kennen deze regel niet");
    }
}
