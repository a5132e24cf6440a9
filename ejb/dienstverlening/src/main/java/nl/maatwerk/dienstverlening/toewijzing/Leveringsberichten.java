package nl.maatwerk.dienstverlening.toewijzing;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Leest een start- (WMO305) of stopbericht (WMO307) van een aanbieder, in de structuur en met de elementnamen van
 * iWmo 3.2 (zonder XSD-validatie en envelop):
 *
 * <pre>
 * Bericht
 *   Header: BerichtCode (416 = WMO305, 418 = WMO307), Afzender (AGB-code, 8 cijfers), IdentificatieBericht
 *   Client: Bsn
 *   StartProducten / StartProduct*: ToewijzingNummer, Product (Categorie, Code), Begindatum           (WMO305)
 *   StopProducten / StopProduct*:   ToewijzingNummer, Product (Categorie, Code), Einddatum, RedenBeeindiging (WMO307)
 * </pre>
 *
 * Elke fout noemt het element, in het Nederlands; een bericht met een fout levert geen enkele melding op.
 * DTD's en externe entiteiten worden geweigerd.
 */
public final class Leveringsberichten {

    public enum Soort {
        WMO305("416", "StartProduct", "Begindatum"),
        WMO307("418", "StopProduct", "Einddatum");

        private final String berichtCode;
        private final String productElement;
        private final String datumElement;

        Soort(String berichtCode, String productElement, String datumElement) {
            this.berichtCode = berichtCode;
            this.productElement = productElement;
            this.datumElement = datumElement;
        }

        public String berichtCode() {
            return berichtCode;
        }
    }

    /** Eén start of stop van een toewijzing. */
    public record Melding(Soort soort, String toewijzingNummer, String productCode, LocalDate datum, String reden) {
    }

    public record Bericht(Soort soort, String afzenderAgb, String identificatie, String bsn, List<Melding> meldingen) {
    }

    public static final class OngeldigBericht extends Exception {
        private final List<String> fouten;

        public OngeldigBericht(List<String> fouten) {
            super(String.join(" ", fouten));
            this.fouten = List.copyOf(fouten);
        }

        public List<String> fouten() {
            return fouten;
        }
    }

    private Leveringsberichten() {
    }

    public static Bericht lees(String xml) throws OngeldigBericht {
        if (xml == null || xml.isBlank()) {
            throw new OngeldigBericht(List.of("Het bericht is leeg."));
        }
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows the JAXP property; DTDs are already off
        }
        List<String> fouten = new ArrayList<>();
        Map<String, String> header = new HashMap<>();
        List<Map<String, String>> producten = new ArrayList<>();
        String wortel = null;
        String bsn = null;
        try {
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
            List<String> pad = new ArrayList<>();
            Map<String, String> product = null;
            StringBuilder tekst = new StringBuilder();
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String naam = r.getLocalName();
                    if (wortel == null) {
                        wortel = naam;
                    }
                    pad.add(naam);
                    if (naam.equals("StartProduct") || naam.equals("StopProduct")) {
                        product = new HashMap<>();
                        product.put("#soort", naam);
                    }
                    tekst.setLength(0);
                } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                    tekst.append(r.getText());
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    String naam = r.getLocalName();
                    String waarde = tekst.toString().strip();
                    String ouder = pad.size() >= 2 ? pad.get(pad.size() - 2) : "";
                    if (ouder.equals("Header")) {
                        header.put(naam, waarde);
                    } else if (ouder.equals("Client") && naam.equals("Bsn")) {
                        bsn = waarde;
                    } else if (product != null && (naam.equals("StartProduct") || naam.equals("StopProduct"))) {
                        producten.add(product);
                        product = null;
                    } else if (product != null && !waarde.isEmpty()) {
                        product.put(naam, waarde);
                    }
                    pad.remove(pad.size() - 1);
                    tekst.setLength(0);
                }
            }
        } catch (XMLStreamException e) {
            throw new OngeldigBericht(List.of("Het bericht is geen geldige XML: " + e.getMessage()));
        }
        if (!"Bericht".equals(wortel)) {
            throw new OngeldigBericht(List.of("Het bericht begint niet met het element Bericht."));
        }
        String code = header.get("BerichtCode");
        Soort soort = null;
        for (Soort s : Soort.values()) {
            if (s.berichtCode.equals(code)) {
                soort = s;
            }
        }
        if (code == null) {
            fouten.add("Element Header/BerichtCode ontbreekt (416 voor WMO305, 418 voor WMO307).");
        } else if (soort == null) {
            fouten.add("Element Header/BerichtCode: '" + code + "' is geen WMO305 (416) of WMO307 (418).");
        }
        String agb = header.get("Afzender");
        if (agb == null || !agb.matches("\\d{8}")) {
            fouten.add("Element Header/Afzender: de AGB-code van de aanbieder bestaat uit 8 cijfers" + (agb == null ? "; het element ontbreekt." : ", niet '" + agb + "'."));
        }
        if (bsn == null || !bsn.matches("\\d{9}")) {
            fouten.add("Element Client/Bsn: verwacht een BSN van 9 cijfers" + (bsn == null ? "; het element ontbreekt." : ", niet '" + bsn + "'."));
        }
        List<Melding> meldingen = new ArrayList<>();
        if (soort != null) {
            int n = 0;
            for (Map<String, String> p : producten) {
                n++;
                String waar = soort.productElement + " " + n;
                if (!p.get("#soort").equals(soort.productElement)) {
                    fouten.add("Element " + p.get("#soort") + " " + n + " hoort niet in een " + soort + "-bericht; verwacht " + soort.productElement + ".");
                    continue;
                }
                String nummer = p.get("ToewijzingNummer");
                if (nummer == null) {
                    fouten.add("Element " + waar + "/ToewijzingNummer ontbreekt.");
                }
                LocalDate datum = null;
                String d = p.get(soort.datumElement);
                if (d == null) {
                    fouten.add("Element " + waar + "/" + soort.datumElement + " ontbreekt.");
                } else {
                    try {
                        datum = LocalDate.parse(d);
                    } catch (DateTimeParseException ex) {
                        fouten.add("Element " + waar + "/" + soort.datumElement + ": '" + d + "' is geen datum (jjjj-mm-dd).");
                    }
                }
                String reden = p.get("RedenBeeindiging");
                if (soort == Soort.WMO307 && (reden == null || !reden.matches("\\d{2}"))) {
                    fouten.add("Element " + waar + "/RedenBeeindiging: verwacht een code van 2 cijfers" + (reden == null ? "; het element ontbreekt." : ", niet '" + reden + "'."));
                }
                meldingen.add(new Melding(soort, nummer, p.get("Code"), datum, reden));
            }
            if (producten.isEmpty()) {
                fouten.add("Het bericht bevat geen element " + soort.productElement + ".");
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigBericht(fouten);
        }
        return new Bericht(soort, agb, header.get("IdentificatieBericht"), bsn, List.copyOf(meldingen));
    }

    /** Een start- of stopbericht in dezelfde structuur: voor demo, tests en de aanbieder die een voorbeeld wil. */
    public static String voorbeeld(Soort soort, String agb, String bsn, String toewijzingNummer, String productCode, String categorie,
                                   LocalDate datum, String reden) {
        String product = "<" + soort.productElement + "><ToewijzingNummer>" + toewijzingNummer + "</ToewijzingNummer>"
                + "<Product><Categorie>" + categorie + "</Categorie><Code>" + productCode + "</Code></Product>"
                + "<" + soort.datumElement + ">" + datum + "</" + soort.datumElement + ">"
                + (soort == Soort.WMO307 ? "<RedenBeeindiging>" + reden + "</RedenBeeindiging>" : "")
                + "</" + soort.productElement + ">";
        String lijst = soort == Soort.WMO305 ? "StartProducten" : "StopProducten";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Bericht xmlns=\"http://www.istandaarden.nl/iwmo/3_2/" + soort.name().toLowerCase() + "/schema\">"
                + "<Header><BerichtCode>" + soort.berichtCode + "</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie>"
                + "<Afzender>" + agb + "</Afzender><IdentificatieBericht>" + soort + "-" + toewijzingNummer + "</IdentificatieBericht></Header>"
                + "<Client><Bsn>" + bsn + "</Bsn></Client><" + lijst + ">" + product + "</" + lijst + "></Bericht>";
    }
}
