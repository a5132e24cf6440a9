package nl.maatwerk.pgb.dienst;

import nl.maatwerk.domain.pgb.Zorgverlenersoort;
import nl.maatwerk.pgb.export.KostenExcel;
import nl.maatwerk.pgb.regels.Kostenverdeling;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** De gegevens die de pgb-diensten uitwisselen met schermen en API (serialiseerbaar voor JSF). */
public final class Pgbgegevens {

    private Pgbgegevens() {
    }

    public record BudgetRegel(long id, String budgetnummer, long clientId, String client, String gemeente, String omschrijving,
                              LocalDate ingang, LocalDate einde, BigDecimal bedrag, BigDecimal perWeek, BigDecimal besteed, String status,
                              String svbMutatie, String regelsetVersie) implements Serializable {
    }

    public record BudgetDetail(BudgetRegel budget, String motivering, String berekening, List<String> zorgverleners) implements Serializable {
    }

    public record HulpInvoer(String zorgverlenerCode, BigDecimal urenPerWeek, BigDecimal etmalenPerWeek, boolean vasteUren,
                             boolean overeenkomstGoedgekeurd) implements Serializable {
    }

    public record ToekenningInvoer(long clientId, String omschrijving, LocalDate ingang, LocalDate einde, boolean noodzaakVastgesteld,
                                   boolean kanPgbBeheren, boolean gemotiveerd, boolean kwaliteitGewaarborgd, boolean budgetplan,
                                   boolean algemeenGebruikelijk, boolean minderjarigen, boolean wissel, boolean reiskostenInPlan,
                                   BigDecimal naturaPerWeek, List<HulpInvoer> hulpen) implements Serializable {
    }

    public record ToekenningUitkomst(Long budgetId, String budgetnummer, boolean toegekend, BigDecimal bedrag, List<String> afwijzingsregels,
                                     List<String> motivering, List<String> berekening) implements Serializable {
    }

    public record ZorgverlenerInvoer(String gemeente, String code, String naam, Zorgverlenersoort soort, LocalDate geboortedatum,
                                     BigDecimal afstandKm, boolean vog) implements Serializable {
    }

    public record ZorgverlenerRegel(long id, String gemeente, String code, String naam, String soort, LocalDate geboortedatum,
                                    BigDecimal afstandKm, boolean vog) implements Serializable {
    }

    public record ImportRegel(long id, String gemeente, String bestandsnaam, String gebruiker, LocalDateTime ingelezenOp, int regels,
                              int goedgekeurd, int afgewezen, int alAanwezig, BigDecimal teBetalen, String status, String eersteAkkoord,
                              String tweedeAkkoord) implements Serializable {
    }

    public record DeclaratieRegel(int regelnummer, String budgetnummer, String client, String zorgverlener, LocalDate van, LocalDate tot,
                                  String kostensoort, BigDecimal uren, BigDecimal bedrag, BigDecimal km, boolean goedgekeurd,
                                  String regels, String motivering) implements Serializable {
    }

    public record Pagina<T extends Serializable>(long totaal, List<T> regels) implements Serializable {
    }

    public record ExportRegel(long id, String soort, String gemeente, String aangemaaktDoor, LocalDateTime aangemaaktOp, int regels,
                              BigDecimal bedrag, String status, String eersteAkkoord, String tweedeAkkoord) implements Serializable {
    }

    public record Vergelijking(String budgetnummer, String client, int jaar, BigDecimal eigen, BigDecimal svb, BigDecimal verschil)
            implements Serializable {
    }

    public record StandResultaat(long regels, long verwerkt, List<String> fouten, boolean doorgevoerd) implements Serializable {
    }

    public record Kostenoverzicht(int jaar, BigDecimal uitvoeringskosten, List<Kostenverdeling.Aandeel> verdeling, List<String> toelichting,
                                  List<KostenExcel.Maandregel> maanden) implements Serializable {
    }

    public record SignaalRegel(String referentie, long clientId, String gemeente, String regelId, String tekst, LocalDate datum, String link)
            implements Serializable {
    }

    public record TerugvorderingRegel(String gebied, String referentie, long clientId, String gemeente, String omschrijving,
                                      BigDecimal bedrag, LocalDate datum, String berekening, String motivering) implements Serializable {
    }

    public record SteekproefUitkomst(long zaad, int aantal, List<String> budgetnummers, String motivering) implements Serializable {
    }
}
