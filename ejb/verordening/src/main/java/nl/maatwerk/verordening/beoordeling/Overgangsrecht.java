package nl.maatwerk.verordening.beoordeling;

import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;

import java.time.LocalDate;
import java.util.Objects;

/**
 * C-16: kiest de regelsetversie. Een nieuwe aanvraag volgt de regels op de beslisdatum (004 art. 28 lid 3:
 * ook aanvragen van vóór de nieuwe verordening). Een lopende indicatie houdt haar versie tot zij afloopt of
 * de cliënt een nieuw aanbod accepteert (004 art. 28 lid 2).
 */
public final class Overgangsrecht {

    private final Regelboek regelboek;

    public Overgangsrecht(Regelboek regelboek) {
        this.regelboek = Objects.requireNonNull(regelboek);
    }

    public RegelsetKeuze kies(String gemeente, Toepassingsgrond grond, LocalDate peildatum) {
        if (grond instanceof Toepassingsgrond.NieuweAanvraag aanvraag) {
            Regelset regelset = regelboek.regelset(gemeente, aanvraag.beslisdatum());
            return new RegelsetKeuze(regelset, RegelsetKeuze.Selectie.BESLISDATUM, aanvraag.beslisdatum(),
                    RegelToepassing.van("C-16", Uitkomst.VOLDAAN, regelset.zoekRegelBron("C-16").orElse(null),
                            "Wij beslissen op uw aanvraag volgens de regels die gelden op de beslisdatum "
                                    + Datums.voluit(aanvraag.beslisdatum()) + ": " + regelset.titel()));
        }
        Toepassingsgrond.LopendeIndicatie indicatie = (Toepassingsgrond.LopendeIndicatie) grond;
        Regelset oud = regelboek.versie(indicatie.regelsetVersie());
        if (!oud.gemeente().equals(gemeente)) {
            throw new IllegalArgumentException("Versie " + oud.versie() + " hoort niet bij gemeente " + gemeente);
        }
        boolean afgelopen = indicatie.indicatieEinde() != null && peildatum.isAfter(indicatie.indicatieEinde());
        boolean nieuwAanbod = indicatie.nieuwAanbodAanvaardOp() != null && !peildatum.isBefore(indicatie.nieuwAanbodAanvaardOp());
        if (afgelopen || nieuwAanbod) {
            Regelset nu = regelboek.regelset(gemeente, peildatum);
            String reden = afgelopen
                    ? "Uw eerdere indicatie is op " + Datums.voluit(indicatie.indicatieEinde()) + " afgelopen"
                    : "U hebt op " + Datums.voluit(indicatie.nieuwAanbodAanvaardOp()) + " een nieuw aanbod aanvaard";
            return new RegelsetKeuze(nu, RegelsetKeuze.Selectie.PEILDATUM_NA_EINDE_INDICATIE, peildatum,
                    RegelToepassing.van("C-16", Uitkomst.NIET_VAN_TOEPASSING, nu.zoekRegelBron("C-16").orElse(null),
                            reden + "; daarom gelden de regels van " + Datums.voluit(peildatum) + ": " + nu.titel()));
        }
        return new RegelsetKeuze(oud, RegelsetKeuze.Selectie.VERSIE_VAN_LOPENDE_INDICATIE, peildatum,
                RegelToepassing.van("C-16", Uitkomst.VOLDAAN, regelboek.zoekRegelset(gemeente, peildatum)
                                .flatMap(nu -> nu.zoekRegelBron("C-16"))
                                .or(() -> oud.zoekRegelBron("C-16")).orElse(null),
                        "Uw indicatie is verleend onder " + oud.titel() + " (versie " + oud.versie()
                                + "); die regels blijven voor u gelden tot de indicatie afloopt of u een nieuw aanbod aanvaardt"));
    }
}
