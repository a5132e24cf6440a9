package nl.maatwerk.toegang;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import nl.maatwerk.domain.client.Client;
import nl.maatwerk.domain.toegang.Aanvraag;
import nl.maatwerk.domain.toegang.Beschikking;
import nl.maatwerk.domain.toegang.Melding;
import nl.maatwerk.domain.toegang.Onderzoek;
import nl.maatwerk.domain.toegang.Verslag;
import nl.maatwerk.domain.toegang.Voornemen;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The letters of the toegang as real PDFs in plain Dutch (OpenPDF): ontvangstbevestiging (T-01), verslag (T-09),
 * voornemen (T-17) and beschikking (T-12, with the rules and articles as motivation and the bezwaar clause).
 * Made from stored data only; the bytes are stored with the case as sent.
 */
public final class Brieven {

    private static final Font TITEL = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font KOP = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEKST = new Font(Font.HELVETICA, 10.5f);

    private Brieven() {
    }

    public static byte[] ontvangstbevestiging(Melding m, String gemeentenaam, LocalDate datum) {
        return pdf("Bevestiging van uw melding", gemeentenaam, m.getClient(), datum, d -> {
            tekst(d, "Op " + Datum.voluit(m.datum()) + " hebben wij uw melding ontvangen. U vroeg om hulp bij: " + m.getHulpvraag());
            tekst(d, "Wat gebeurt er nu? Wij nemen contact met u op voor een gesprek. Wij ronden het onderzoek af vóór "
                    + Datum.voluit(m.getOnderzoekUiterlijk()) + ". Lukt dat niet, dan laten wij u dat op tijd weten.");
            tekst(d, "U kunt binnen 7 dagen na uw melding een persoonlijk plan geven. Daarin schrijft u zelf wat u nodig heeft.");
            tekst(d, "U kunt gratis hulp krijgen van een onafhankelijke cliëntondersteuner. Die kan u helpen bij het gesprek "
                    + "en bij het aanvragen van ondersteuning. Dat geldt ook voor uw mantelzorger.");
            bron(d, "Deze brief volgt uit regel T-01 (" + Toegangsregels.ARTIKEL.get("T-01") + ") en regel T-03 ("
                    + Toegangsregels.ARTIKEL.get("T-03") + ").");
        });
    }

    public static byte[] verslag(Melding m, Onderzoek o, String gemeentenaam, LocalDate datum) {
        return pdf("Verslag van ons gesprek", gemeentenaam, m.getClient(), datum, d -> {
            if (o.getGesprekVorm() == Onderzoek.GesprekVorm.OVERGESLAGEN) {
                tekst(d, "Wij hebben in overleg met u geen gesprek gevoerd. De reden: " + o.getGesprekRedenAfwijking());
            } else {
                tekst(d, "Op " + Datum.voluit(o.getGesprekDatum()) + " spraken wij met u"
                        + (o.getGesprekPlaats() == null ? "" : " (" + o.getGesprekPlaats() + ")") + ". Aanwezig waren: "
                        + o.getAanwezigen() + ".");
                if (o.getGesprekRedenAfwijking() != null) {
                    tekst(d, "Het gesprek was " + o.getGesprekVorm().name().toLowerCase() + ". De reden: " + o.getGesprekRedenAfwijking());
                }
            }
            kop(d, "Wat wij samen bespraken");
            for (Onderzoek.Aspect a : Onderzoek.Aspect.values()) {
                tekst(d, a.name() + ". " + a.vraag() + ": " + (o.aspect(a) == null ? "niet besproken" : o.aspect(a)));
            }
            kop(d, "Wat u zelf of met anderen kunt doen");
            tekst(d, "Eigen kracht: " + ladder(o.getLadderEigenKracht()) + ". Hulp van huisgenoten: " + ladder(o.getLadderGebruikelijkeHulp())
                    + ". Mantelzorg en netwerk: " + ladder(o.getLadderMantelzorg()) + ". Algemeen gebruikelijke voorziening: "
                    + ladder(o.getLadderAlgemeenGebruikelijk()) + ". Algemene voorziening: " + ladder(o.getLadderAlgemeneVoorziening()) + ".");
            kop(d, "Wat wij van u vragen");
            tekst(d, "Lees dit verslag. Bent u het ermee eens, zet dan uw handtekening bij 'akkoord'. Bent u het niet helemaal eens, "
                    + "teken dan voor 'gezien' en schrijf erbij waarom. Uw opmerkingen voegen wij bij het verslag. Stuur het verslag "
                    + "binnen 5 dagen terug. Wilt u dat het ondertekende verslag geldt als uw aanvraag? Schrijf dat erbij.");
            tekst(d, "Handtekening: ............................................   akkoord / gezien");
            bron(d, "Regel T-09 (" + Toegangsregels.ARTIKEL.get("T-09") + "), regel T-07 (" + Toegangsregels.ARTIKEL.get("T-07")
                    + "), regel T-10 (" + Toegangsregels.ARTIKEL.get("T-10") + ").");
        });
    }

    public static byte[] voornemen(Melding m, Voornemen v, String gemeentenaam) {
        return pdf("Wij zijn van plan een besluit te nemen", gemeentenaam, m.getClient(), v.getVerzondenOp(), d -> {
            tekst(d, v.getStrekking());
            tekst(d, "Voordat wij beslissen, mag u hierop reageren. Dat kan tot en met " + Datum.voluit(v.getReactieUiterlijk())
                    + ", schriftelijk of door ons te bellen. Misschien hebben wij iets gemist; dan kunnen wij dat nog herstellen. "
                    + "Als u en wij dat allebei zinvol vinden, is ook mediation mogelijk.");
            bron(d, "Regel T-17 (" + Toegangsregels.ARTIKEL.get("T-17") + ").");
        });
    }

    public static byte[] beschikking(Beschikking b, Aanvraag a, String gemeentenaam) {
        return beschikking(b, a, gemeentenaam, java.util.List.of());
    }

    /**
     * The beschikking with every area's onderdelen (BeschikkingsonderdeelBron): per onderdeel the voorziening,
     * granted or refused, vorm, looptijd, voorwaarden and each applied rule with its id and article.
     */
    public static byte[] beschikking(Beschikking b, Aanvraag a, String gemeentenaam,
                                     java.util.List<nl.maatwerk.verordening.koppeling.BeschikkingsonderdeelBron.Beschikkingsonderdeel> onderdelen) {
        return pdf("Besluit op uw aanvraag", gemeentenaam, b.getClient(), b.getBeschikkingsdatum(), d -> {
            tekst(d, "Op " + Datum.voluit(a.getOntvangenOp()) + " ontvingen wij uw aanvraag voor: " + a.getGevraagdeVoorziening() + ".");
            kop(d, "Ons besluit");
            switch (b.getSoort()) {
                case TOEKENNING_NATURA -> {
                    tekst(d, "Wij kennen u een maatwerkvoorziening in natura toe: " + b.getVoorziening() + ".");
                    tekst(d, "Het resultaat dat u ermee bereikt: " + b.getResultaat());
                    tekst(d, "Zo krijgt u de voorziening: " + b.getWijzeVerstrekking());
                    if (b.getAndereVoorzieningen() != null) {
                        tekst(d, "Andere voorzieningen die voor u van belang zijn: " + b.getAndereVoorzieningen());
                    }
                }
                case TOEKENNING_PGB -> {
                    tekst(d, "Wij kennen u een persoonsgebonden budget (Pgb) toe van " + euro(b.getPgbBedrag()) + ".");
                    tekst(d, "Het resultaat waarvoor het Pgb is: " + b.getResultaat());
                    tekst(d, "Zo hebben wij het bedrag berekend: " + b.getPgbBerekening());
                    tekst(d, "Aan deze eisen moet de ondersteuning voldoen: " + b.getKwaliteitseisen());
                    tekst(d, "Zo verantwoordt u de besteding: " + b.getVerantwoording());
                }
                case AFWIJZING -> tekst(d, "Wij wijzen uw aanvraag af. Hieronder leest u waarom.");
                case BUITEN_BEHANDELING -> tekst(d, "Wij nemen uw aanvraag niet in behandeling. Hieronder leest u waarom.");
            }
            if (b.getSoort().toekenning()) {
                tekst(d, "Ingangsdatum: " + Datum.voluit(b.getIngangsdatum()) + ". "
                        + (b.getEinddatum() == null ? "De voorziening loopt zonder einddatum." : "Einddatum: " + Datum.voluit(b.getEinddatum()) + "."));
                kop(d, "Bijdrage in de kosten");
                tekst(d, b.getBijdrage());
            }
            if (!onderdelen.isEmpty()) {
                kop(d, "Onderdelen van dit besluit");
                for (var o : onderdelen) {
                    onderdeel(d, o);
                }
            }
            kop(d, "Waarom wij zo besluiten");
            for (String regel : b.getMotivering().split("\n")) {
                tekst(d, regel);
            }
            kop(d, "Bent u het niet eens met dit besluit?");
            tekst(d, "Dan kunt u bezwaar maken. Dat doet u binnen 6 weken na de datum van deze brief, uiterlijk op "
                    + Datum.voluit(b.getBezwaarUiterlijk() == null ? b.getBeschikkingsdatum().plusWeeks(6) : b.getBezwaarUiterlijk())
                    + ". Stuur een brief aan het college van burgemeester en wethouders van de gemeente " + gemeentenaam
                    + ". Schrijf erin: uw naam en adres, de datum, welk besluit u bedoelt en waarom u het er niet mee eens bent. "
                    + "Zet uw handtekening eronder.");
            bron(d, "Besloten met regelset " + b.getRegelsetVersie() + "." + (b.getGoedgekeurdDoor() == null ? ""
                    : " Dit besluit is gecontroleerd door een tweede medewerker."));
        });
    }

    private static void onderdeel(Document d, nl.maatwerk.verordening.koppeling.BeschikkingsonderdeelBron.Beschikkingsonderdeel o)
            throws DocumentException {
        tekst(d, o.voorziening() + " (" + o.gebied() + "): " + (o.toegekend() ? "toegekend" : "geweigerd") + ".");
        if (o.toegekend()) {
            tekst(d, "Vorm: " + (o.vorm() == null ? "niet vastgelegd"
                    : o.vorm() == nl.maatwerk.verordening.koppeling.Leveringsvorm.PGB ? "persoonsgebonden budget (Pgb)" : "in natura") + ".");
            tekst(d, "Looptijd: " + (o.ingang() == null ? "vanaf de datum van dit besluit" : "vanaf " + Datum.voluit(o.ingang()))
                    + (o.einde() == null ? ", zonder einddatum." : " tot en met " + Datum.voluit(o.einde()) + "."));
        }
        if (o.voorwaarden() != null && !o.voorwaarden().isEmpty()) {
            tekst(d, "Voorwaarden:");
            for (String v : o.voorwaarden()) {
                tekst(d, "- " + v);
            }
        }
        if (o.motivering() != null) {
            for (var t : o.motivering()) {
                tekst(d, "- " + t.regelId() + (t.bron() == null ? "" : " (" + t.bron().kort() + ")") + ": " + t.motivering());
            }
        }
    }

    private static String ladder(Onderzoek.Ladder l) {
        if (l == null) return "niet vastgesteld";
        return switch (l) {
            case VOLLEDIG -> "lost het probleem helemaal op";
            case GEDEELTELIJK -> "lost het probleem voor een deel op";
            case NIET -> "lost het probleem niet op";
        };
    }

    static String euro(BigDecimal bedrag) {
        return bedrag == null ? "" : "€ " + bedrag.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private interface Inhoud {
        void schrijf(Document d) throws DocumentException;
    }

    private static byte[] pdf(String titel, String gemeentenaam, Client client, LocalDate datum, Inhoud inhoud) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document d = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(d, uit);
            d.addTitle(titel);
            d.addAuthor("Gemeente " + gemeentenaam);
            d.open();
            d.add(new Paragraph("Gemeente " + gemeentenaam, KOP));
            d.add(new Paragraph(client.volledigeNaam(), TEKST));
            if (client.getStraat() != null) {
                d.add(new Paragraph(client.getStraat() + " " + client.getHuisnummer(), TEKST));
                d.add(new Paragraph((client.getPostcode() == null ? "" : client.getPostcode() + " ")
                        + (client.getWoonplaats() == null ? "" : client.getWoonplaats()), TEKST));
            }
            d.add(new Paragraph(" ", TEKST));
            d.add(new Paragraph("Datum: " + Datum.voluit(datum), TEKST));
            Paragraph t = new Paragraph(titel, TITEL);
            t.setSpacingBefore(12);
            t.setSpacingAfter(8);
            d.add(t);
            d.add(new Paragraph("Beste " + client.volledigeNaam() + ",", TEKST));
            inhoud.schrijf(d);
            Paragraph groet = new Paragraph("Met vriendelijke groet,\nHet college van burgemeester en wethouders van " + gemeentenaam, TEKST);
            groet.setSpacingBefore(14);
            d.add(groet);
        } catch (DocumentException e) {
            throw new IllegalStateException("De brief kon niet worden gemaakt: " + e.getMessage(), e);
        } finally {
            d.close();
        }
        return uit.toByteArray();
    }

    private static void tekst(Document d, String s) throws DocumentException {
        Paragraph p = new Paragraph(s, TEKST);
        p.setSpacingAfter(5);
        d.add(p);
    }

    private static void kop(Document d, String s) throws DocumentException {
        Paragraph p = new Paragraph(s, KOP);
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        d.add(p);
    }

    private static void bron(Document d, String s) throws DocumentException {
        Paragraph p = new Paragraph(s, new Font(Font.HELVETICA, 8.5f, Font.ITALIC));
        p.setSpacingBefore(8);
        d.add(p);
    }
}
