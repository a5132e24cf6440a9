package nl.maatwerk.dienstverlening.toewijzing;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Schrijft een toewijzing als XML met de elementnamen van het iWmo 3.2-bericht WMO301 (Toewijzing Wmo-ondersteuning).
 * Het is de structuur van WMO301, niet het volledige bericht: geen XSD-validatie, geen envelop (VECOZO/GGK) en een
 * vereenvoudigde header en cliënt. Per resultaatgebied één {@code ToegewezenProduct}:
 *
 * <pre>
 * Bericht (ns http://www.istandaarden.nl/iwmo/3_2/wmo301/schema)
 *   Header: BerichtCode 414, BerichtVersie 3, BerichtSubversie 2, Afzender (gemeentecode), Ontvanger (AGB-code),
 *           IdentificatieBericht, Dagtekening
 *   Client: Bsn, Geboortedatum, Naam/Geslachtsnaam
 *   ToegewezenProducten / ToegewezenProduct*:
 *     ToewijzingNummer, Product (Categorie, Code), Toewijzingsdatum, Ingangsdatum, Einddatum (als er een is),
 *     Omvang (Volume 1, Eenheid 82 = stuks, Frequentie 4 = per maand), Budget (het maandbedrag in eurocenten)
 * </pre>
 */
public final class ToewijzingBericht {

    public static final String NAAMRUIMTE = "http://www.istandaarden.nl/iwmo/3_2/wmo301/schema";

    private ToewijzingBericht() {
    }

    public static String alsXml(Toewijzing t, String berichtId, LocalDate dagtekening) {
        StringWriter uit = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(uit);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Bericht");
            w.writeDefaultNamespace(NAAMRUIMTE);
            w.writeStartElement("Header");
            element(w, "BerichtCode", "414");
            element(w, "BerichtVersie", "3");
            element(w, "BerichtSubversie", "2");
            element(w, "Afzender", t.gemeenteCode());
            element(w, "Ontvanger", t.agbCode());
            element(w, "IdentificatieBericht", berichtId);
            element(w, "Dagtekening", dagtekening.toString());
            w.writeEndElement();
            w.writeStartElement("Client");
            element(w, "Bsn", t.bsn());
            if (t.geboortedatum() != null) {
                element(w, "Geboortedatum", t.geboortedatum().toString());
            }
            w.writeStartElement("Naam");
            element(w, "Geslachtsnaam", t.achternaam());
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("ToegewezenProducten");
            for (Toewijzing.Product p : t.producten()) {
                w.writeStartElement("ToegewezenProduct");
                element(w, "ToewijzingNummer", t.nummer());
                w.writeStartElement("Product");
                element(w, "Categorie", p.categorie());
                element(w, "Code", p.code());
                w.writeEndElement();
                element(w, "Toewijzingsdatum", t.toewijzingsdatum().toString());
                element(w, "Ingangsdatum", t.ingang().toString());
                if (t.einde() != null) {
                    element(w, "Einddatum", t.einde().toString());
                }
                w.writeStartElement("Omvang");
                element(w, "Volume", "1");
                element(w, "Eenheid", "82");
                element(w, "Frequentie", "4");
                w.writeEndElement();
                element(w, "Budget", p.bedragPerMaand().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Toewijzing kon niet als XML worden geschreven: " + e.getMessage(), e);
        }
        return uit.toString();
    }

    private static void element(XMLStreamWriter w, String naam, String tekst) throws XMLStreamException {
        w.writeStartElement(naam);
        w.writeCharacters(tekst == null ? "" : tekst);
        w.writeEndElement();
    }
}
