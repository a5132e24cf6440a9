package nl.maatwerk.verordening.regelset;

import java.util.Objects;

/**
 * Wat de catalogus over een sleutel weet.
 *
 * @param eenheid           GETAL: verplichte eenheid; DUUR: "kalender" of "werkdagen"; TABEL: eenheid van de cellen
 * @param celType           alleen bij TABEL: GETAL, BEDRAG of LIJST
 * @param atwVerlenging     een wettelijke termijn, waarop de Algemene termijnenwet van toepassing is
 * @param gemeenteSpecifiek het begrip bestaat niet in elke gemeente (Lochem telt zones, Doetinchem een straal)
 */
public record ParameterDefinitie(String sleutel, ParameterType type, String eenheid, ParameterType celType,
                                 String omschrijving, boolean atwVerlenging, boolean gemeenteSpecifiek) {

    public static final String KALENDER = "kalender";
    public static final String WERKDAGEN = "werkdagen";

    public ParameterDefinitie {
        Objects.requireNonNull(sleutel, "sleutel");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(omschrijving, "omschrijving");
        if (type == ParameterType.TABEL && celType == null) {
            throw new IllegalArgumentException("Tabel zonder celtype: " + sleutel);
        }
    }

    public ParameterDefinitie alsGemeenteSpecifiek() {
        return new ParameterDefinitie(sleutel, type, eenheid, celType, omschrijving, atwVerlenging, true);
    }
}
