package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelset;

import java.time.LocalDate;

/**
 * Welke regelsetversie wordt toegepast en waarom (C-16).
 *
 * @param selectiedatum de datum die de keuze bepaalde: de beslisdatum, of de peildatum waarop de lopende
 *                      indicatie nog liep of juist was geëindigd
 */
public record RegelsetKeuze(Regelset regelset, Selectie selectie, LocalDate selectiedatum, RegelToepassing toepassing) {

    public enum Selectie {
        /** Nieuwe aanvraag: de regels op de beslisdatum. */
        BESLISDATUM,
        /** Lopende indicatie: de versie waaronder zij is verleend. */
        VERSIE_VAN_LOPENDE_INDICATIE,
        /** De indicatie is afgelopen of de cliënt aanvaardde een nieuw aanbod: de regels op de peildatum. */
        PEILDATUM_NA_EINDE_INDICATIE
    }
}
