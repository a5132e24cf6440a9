package nl.maatwerk.rolstoelen.dienst;

import nl.maatwerk.domain.rolstoelen.Hulpmiddel;
import nl.maatwerk.domain.rolstoelen.HulpmiddelGebeurtenis;
import nl.maatwerk.domain.rolstoelen.HulpmiddelVerstrekking;
import nl.maatwerk.domain.rolstoelen.Hulpmiddelsoort;
import nl.maatwerk.domain.rolstoelen.Staat;
import nl.maatwerk.rolstoelen.regels.Afschrijving;
import nl.maatwerk.rolstoelen.regels.Keuze;
import nl.maatwerk.verordening.beoordeling.RegelToepassing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** De invoer en uitvoer van {@link Hulpmiddelen}: records, zodat scherm en API dezelfde vorm gebruiken. */
public final class Gegevens {

    private Gegevens() {
    }

    /** Een nieuw exemplaar voor het depot. */
    public record NieuwHulpmiddel(String gemeente, Hulpmiddelsoort soort, String merk, String model, String serienummer,
                                  BigDecimal aanschafprijs, LocalDate aanschafdatum, String leverancier, boolean kindmodel) {
    }

    /**
     * Uitgifte in bruikleen.
     *
     * @param verliesoorzaak bij vervanging binnen de afschrijvingsduur: waarom (C-04 onder c, R-06)
     * @param aanvraagId     de toegangsaanvraag waar dit bij hoort (optioneel)
     */
    public record Uitgifte(LocalDate ingang, Keuze.Selectie selectie, Afschrijving.Verliesoorzaak verliesoorzaak, Long aanvraagId) {
    }

    public record Inname(LocalDate datum, Staat staat, String inspectie) {
    }

    /** De keuzevraag van R-01…R-04 voor een cliënt; de stalling vraagt de dienst zelf aan woonvoorzieningen. */
    public record Keuzevraag(LocalDate peildatum, String gevraagd, Hulpmiddelsoort soort, boolean incidenteelOfTijdelijk,
                             boolean algemeenToereikend, Keuze.Selectie selectie) {
    }

    /** De keuze met de exemplaren in het depot die passen (hergebruik vóór aanschaf). */
    public record Keuzeadvies(String regelsetVersie, Keuze.Conclusie conclusie, List<RegelToepassing> toepassingen,
                              List<Hulpmiddel> uitHetDepot) {
    }

    /** Een Pgb-berekening zonder cliënt, of de invoer voor een toekenning. */
    public record Pgbvraag(LocalDate peildatum, Hulpmiddelsoort soort, int leeftijd, BigDecimal offerte, BigDecimal naturaprijs,
                           nl.maatwerk.rolstoelen.regels.Pgb.Sport sport, Afschrijving.Verliesoorzaak verliesoorzaak, Long aanvraagId) {
    }

    public record Pgbuitkomst(String regelsetVersie, boolean toegekend, BigDecimal bedrag, BigDecimal plafond,
                              List<RegelToepassing> toepassingen) {
    }

    /** Een exemplaar met zijn geschiedenis, verstrekkingen, onderhoudskosten en afschrijving. */
    public record Itemoverzicht(Hulpmiddel hulpmiddel, List<HulpmiddelGebeurtenis> geschiedenis, List<HulpmiddelVerstrekking> verstrekkingen,
                                BigDecimal onderhoudskosten, String regelsetVersie, Afschrijving.Afschrijvingsduur duur,
                                LocalDate afgeschrevenOp, BigDecimal restwaarde, List<Afschrijving.Punt> curve) {
    }

    /** Een losse afschrijvingsberekening (API). */
    public record Afschrijvingsvraag(LocalDate peildatum, Hulpmiddelsoort soort, int leeftijd, BigDecimal prijs, LocalDate verstrekt,
                                     LocalDate datum) {
    }

    public record Afschrijvingsuitkomst(String regelsetVersie, int maanden, LocalDate einde, BigDecimal restwaarde,
                                        BigDecimal naturakosten, List<Afschrijving.Punt> curve, List<RegelToepassing> toepassingen) {
    }
}
