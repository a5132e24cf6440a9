package nl.maatwerk.web.api.rolstoelen;

import nl.maatwerk.domain.rolstoelen.Hulpmiddel;
import nl.maatwerk.domain.rolstoelen.HulpmiddelGebeurtenis;
import nl.maatwerk.domain.rolstoelen.HulpmiddelVerstrekking;
import nl.maatwerk.rolstoelen.dienst.Gegevens.Itemoverzicht;
import nl.maatwerk.rolstoelen.regels.Afschrijving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The JSON shapes of /api/v1/hulpmiddelen: records, never entities (no BSN, no lazy relations). */
public final class HulpmiddelJson {

    private HulpmiddelJson() {
    }

    public record Item(long id, long versie, String gemeente, String soort, String merk, String model, String serienummer,
                       BigDecimal aanschafprijs, LocalDate aanschafdatum, String leverancier, boolean kindmodel, String status,
                       Long houderId, String houder) {
        static Item van(Hulpmiddel h) {
            return new Item(h.getId(), h.getVersion(), h.getGemeente().getCode(), h.getSoort().name(), h.getMerk(), h.getModel(),
                    h.getSerienummer(), h.getAanschafprijs(), h.getAanschafdatum(), h.getLeverancier(), h.isKindmodel(), h.getStatus().name(),
                    h.getHouder() == null ? null : h.getHouder().getId(), h.getHouder() == null ? null : h.getHouder().volledigeNaam());
        }
    }

    public record Gebeurtenis(LocalDate datum, String soort, String omschrijving, BigDecimal kosten, Long clientId, String door) {
        static Gebeurtenis van(HulpmiddelGebeurtenis g) {
            return new Gebeurtenis(g.getDatum(), g.getSoort().name(), g.getOmschrijving(), g.getKosten(),
                    g.getClient() == null ? null : g.getClient().getId(), g.getGebruikersnaam());
        }
    }

    public record Verstrekking(long id, long versie, long clientId, String gemeente, String vorm, String soort, Long hulpmiddelId,
                               String serienummer, LocalDate ingang, LocalDate einde, String staatBijInname, String inspectie,
                               BigDecimal pgbBedrag, BigDecimal pgbPlafond, BigDecimal terugvordering, String terugvorderingUitleg,
                               String regelsetVersie, List<String> motivering, List<String> voorwaarden) {
        static Verstrekking van(HulpmiddelVerstrekking v) {
            return new Verstrekking(v.getId(), v.getVersion(), v.getClient().getId(), v.getGemeente().getCode(), v.getVorm().name(),
                    v.getSoort().name(), v.getHulpmiddel() == null ? null : v.getHulpmiddel().getId(),
                    v.getHulpmiddel() == null ? null : v.getHulpmiddel().getSerienummer(), v.getIngang(), v.getEinde(),
                    v.getStaatBijInname() == null ? null : v.getStaatBijInname().name(), v.getInspectie(), v.getPgbBedrag(),
                    v.getPgbPlafond(), v.getTerugvordering(), v.getTerugvorderingUitleg(), v.getRegelsetVersie(),
                    v.getMotiveringZinnen(), regels(v.getVoorwaarden()));
        }
    }

    public record Overzicht(Item hulpmiddel, List<Gebeurtenis> geschiedenis, List<Verstrekking> verstrekkingen,
                            BigDecimal onderhoudskosten, String regelsetVersie, int afschrijvingsduurMaanden, LocalDate afgeschrevenOp,
                            BigDecimal restwaarde, List<Afschrijving.Punt> afschrijving, String afschrijvingsregel) {
        static Overzicht van(Itemoverzicht o) {
            return new Overzicht(Item.van(o.hulpmiddel()), o.geschiedenis().stream().map(Gebeurtenis::van).toList(),
                    o.verstrekkingen().stream().map(Verstrekking::van).toList(), o.onderhoudskosten(), o.regelsetVersie(),
                    o.duur().maanden(), o.afgeschrevenOp(), o.restwaarde(), o.curve(), o.duur().toepassing().motivering());
        }
    }

    static List<String> regels(String tekst) {
        return tekst == null || tekst.isBlank() ? List.of() : Arrays.asList(tekst.split("\n"));
    }
}
