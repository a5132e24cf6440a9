package nl.maatwerk.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The toegang on the real server through the JSON API: melding → onderzoek → verslag → aanvraag → beschikking
 * with the teamleider's approval → PDF → bezwaar, with gemeente scoping and the rule refusals.
 */
class ToegangIT extends BrowserIT {

    private static final AtomicInteger VOLGNUMMER = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    /** A fresh BSN that passes the elfproef. */
    static String bsn() {
        while (true) {
            String basis = String.format("3%07d", VOLGNUMMER.incrementAndGet() % 10_000_000);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (basis.charAt(i) - '0');
            }
            int controle = som % 11;
            if (controle < 10) {
                return basis + controle;
            }
        }
    }

    static long nieuweClient(Api api, String gemeente) {
        var r = api.post("/api/v1/clienten", """
                {"bsn":"%s","voornamen":"Toos","achternaam":"Toegang","geboortedatum":"1944-05-06",
                 "straat":"Grutstraat","huisnummer":"3","postcode":"7001 bb","woonplaats":"Doetinchem","gemeenteCode":"%s"}"""
                .formatted(bsn(), gemeente));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    static long melding(Api api, long clientId) {
        var r = api.post("/api/v1/meldingen", """
                {"clientId":%d,"kanaal":"TELEFONISCH","gemeldDoor":"CLIENT","hulpvraag":"Kan de trap niet meer op",
                 "toegangsniveau":"CONSULENT"}""".formatted(clientId));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    static void ok(Api.Antwoord r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
    }

    static final String ONDERZOEK = """
            {"aspecten":{"A":"Wil thuis blijven wonen","B":"Veilig naar boven","C":"Kan de trap niet zelf op","D":"Dochter woont ver",
              "E":"Niet nodig","F":"Geen passende","G":"Geen aanspraak via Zvw","H":"Traplift","I":"Bijdrage via CAK besproken",
              "J":"Pgb besproken, kiest natura"},
             "eigenKracht":"NIET","gebruikelijkeHulp":"NIET","mantelzorg":"NIET","algemeenGebruikelijk":"NIET","algemeneVoorziening":"NIET",
             "voorliggendAanspraak":false,"noodzakelijk":true,"goedkoopstAdequaat":true,"opClientGericht":true,
             "meerkostenAantoonbaar":true,"zelfTeRegelen":false,"huisgenootKanHelpen":false,"hulpGebruikelijk":false,
             "gevraagdeVoorziening":"traplift","speciaalVoorBeperking":true,"regulierVerkrijgbaar":false,"prijsVergelijkbaar":false,
             "prognose":"STABIEL","afwegingenVastgelegd":true,"afwegingenToelichting":"Alle factoren besproken"}""";

    @Test
    void vanMeldingTotVerzondenBeschikkingMetVierOgenPdfEnBezwaar() throws IOException {
        var consulent = Api.als("consulent.doetinchem");
        var teamleider = Api.als("teamleider.doetinchem");
        var lochem = Api.als("consulent.lochem");
        long client = nieuweClient(consulent, "0222");
        long id = melding(consulent, client);
        String m = "/api/v1/meldingen/" + id;

        // T-01/T-16 on the werkvoorraad, scoped per gemeente.
        JsonObject zaak = consulent.get(m).json();
        assertThat(zaak.getJsonObject("melding").getString("termijnRegel")).isEqualTo("T-16");
        assertThat(zaak.getJsonObject("melding").getString("regelsetVersie")).isEqualTo("0222-2017-03-01");
        var werk = consulent.get("/api/v1/werkvoorraad?mijn=true&aantal=200&fase=MELDING").json();
        assertThat(werk.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("meldingId").longValue()))
                .contains(id);
        assertThat(lochem.get(m).status()).isEqualTo(404);
        assertThat(lochem.get("/api/v1/werkvoorraad?aantal=200").body()).doesNotContain("\"meldingId\":" + id + ",");
        assertThat(lochem.post(m + "/ontvangstbevestiging", "{}").status()).isEqualTo(404);

        ok(consulent.post(m + "/ontvangstbevestiging", "{}"));
        var t03 = consulent.post(m + "/onderzoek/gesprek", """
                {"vorm":"KEUKENTAFEL","datum":"%s","plaats":"Thuis","aanwezigen":"Cliënt"}""".formatted(LocalDate.now()));
        assertThat(t03.status()).isEqualTo(400);
        assertThat(t03.body()).contains("T-03");
        ok(consulent.post(m + "/clientondersteuning", "{}"));
        ok(consulent.post(m + "/onderzoek/gesprek", """
                {"vorm":"KEUKENTAFEL","datum":"%s","plaats":"Thuis","aanwezigen":"Cliënt en dochter"}""".formatted(LocalDate.now())));
        ok(consulent.put(m + "/onderzoek", ONDERZOEK));
        var t08 = consulent.post(m + "/onderzoek/afronden", "{}");
        assertThat(t08.status()).isEqualTo(400);
        assertThat(t08.body()).contains("T-08");
        var t10 = consulent.post(m + "/aanvraag", """
                {"ingediendDoor":"CLIENT","vorm":"SCHRIFTELIJK","gevraagdeVoorziening":"traplift"}""");
        assertThat(t10.status()).isEqualTo(400);
        assertThat(t10.body()).contains("T-10");
        ok(consulent.post(m + "/onderzoek/identiteit", "{\"identiteitsbewijs\":\"Paspoort\"}"));
        ok(consulent.post(m + "/onderzoek/afronden", "{}"));
        var beoordeling = consulent.get(m + "/beoordeling");
        assertThat(beoordeling.status()).as(beoordeling.body()).isEqualTo(200);
        assertThat(beoordeling.body()).contains("MAATWERKVOORZIENING_AANGEWEZEN").contains("C-01");
        ok(consulent.post(m + "/verslag", "{}"));
        ok(consulent.post(m + "/verslag/retour", "{\"status\":\"AKKOORD\",\"geldtAlsAanvraag\":true}"));

        // The beschikking is worth more than the regelset's amount: four eyes.
        var besluit = consulent.post(m + "/beschikking", """
                {"soort":"TOEKENNING_NATURA","voorziening":"traplift","resultaat":"U kunt weer veilig naar boven",
                 "wijzeVerstrekking":"In bruikleen via de leverancier","waarde":6500,"bijdrage":"U betaalt een eigen bijdrage via het CAK."}""");
        assertThat(besluit.status()).as(besluit.body()).isEqualTo(201);
        assertThat(besluit.json().getString("status")).isEqualTo("TER_GOEDKEURING");
        long beschikking = besluit.json().getJsonNumber("id").longValue();
        String b = "/api/v1/beschikkingen/" + beschikking;
        var teVroeg = consulent.post(b + "/verzending", "{}");
        assertThat(teVroeg.status()).isEqualTo(400);
        assertThat(teVroeg.body()).contains("teamleider");
        assertThat(consulent.post(b + "/goedkeuring", "{\"akkoord\":true}").status()).isEqualTo(403);
        assertThat(lochem.get(b).status()).isEqualTo(404);
        assertThat(teamleider.get("/api/v1/beschikkingen/ter-goedkeuring").body()).contains("\"id\":" + beschikking + ",");
        var goed = teamleider.post(b + "/goedkeuring", "{\"akkoord\":true}");
        assertThat(goed.status()).as(goed.body()).isEqualTo(200);
        assertThat(goed.json().getString("goedgekeurdDoor")).isEqualTo("teamleider.doetinchem");
        var verzonden = consulent.post(b + "/verzending", "{}");
        assertThat(verzonden.status()).as(verzonden.body()).isEqualTo(200);
        assertThat(verzonden.json().getString("status")).isEqualTo("VERZONDEN");
        assertThat(verzonden.json().getString("regelsetVersie")).isEqualTo("0222-2017-03-01");
        assertThat(verzonden.json().getString("motivering")).contains("C-01").contains("C-13").contains("T-17");
        // The beheerder sees that this version decided beschikkingen (RegelsetGebruik, implemented by toegang).
        var versie = Api.als("beheerder").get("/api/v1/regelsets/0222-2017-03-01");
        assertThat(versie.status()).as(versie.body()).isEqualTo(200);
        assertThat(versie.json().getJsonObject("versie").getJsonObject("gebruik").getJsonNumber("beschikkingen").longValue())
                .isGreaterThanOrEqualTo(1);

        // The letters, as PDFs; the beschikking states its grounds and articles.
        zaak = consulent.get(m).json();
        assertThat(zaak.getJsonObject("melding").getBoolean("afgesloten")).isTrue();
        var documenten = zaak.getJsonArray("documenten");
        assertThat(documenten.stream().map(d -> d.asJsonObject().getString("soort")))
                .containsExactly("ONTVANGSTBEVESTIGING", "VERSLAG", "BESCHIKKING");
        long pdfId = documenten.getJsonObject(2).getJsonNumber("id").longValue();
        assertThat(lochem.bytes("/api/v1/meldingen/documenten/" + pdfId).status()).isEqualTo(404);
        var pdf = consulent.bytes("/api/v1/meldingen/documenten/" + pdfId);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.type()).startsWith("application/pdf");
        try (var doc = Loader.loadPDF(pdf.body())) {
            String tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(tekst).contains("Besluit op uw aanvraag").contains("traplift").contains("C-01").contains("artikel 7 lid 1")
                    .contains("C-02").contains("artikel 8 lid 1").contains("Ingangsdatum").contains("Einddatum")
                    .contains("eigen bijdrage").contains("binnen 6 weken").contains("bezwaar").contains("0222-2017-03-01");
        }

        // Bezwaar (T-17), upheld: a new opdracht to the provider within 5 working days (T-18).
        var bezwaar = consulent.post(b + "/bezwaren", "{\"gronden\":\"De traplift komt te laat\"}");
        assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(201);
        assertThat(bezwaar.json().getBoolean("tijdig")).isTrue();
        long bezwaarId = bezwaar.json().getJsonNumber("id").longValue();
        var beslist = consulent.post("/api/v1/beschikkingen/bezwaren/" + bezwaarId + "/beslissing", "{\"uitkomst\":\"GEGROND\"}");
        assertThat(beslist.status()).as(beslist.body()).isEqualTo(200);
        assertThat(beslist.json().getString("aanbiederStartUiterlijk")).isNotBlank();
        assertThat(consulent.get(m).json().getJsonObject("melding").getString("termijnRegel")).isEqualTo("T-18");
    }

    @Test
    void doorverwijzingSluitDeMeldingEnEenIntakeMedewerkerBeslistNiet() {
        var consulent = Api.als("consulent.doetinchem");
        long client = nieuweClient(consulent, "0222");
        var r = consulent.post("/api/v1/meldingen", """
                {"clientId":%d,"kanaal":"SCHRIFTELIJK","gemeldDoor":"MANTELZORGER","hulpvraag":"Opname verpleeghuis",
                 "toegangsniveau":"KERNTEAM","doorverwezenNaar":"WLZ","doorverwijzingToelichting":"CIZ-indicatie aangevraagd"}"""
                .formatted(client));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().getBoolean("afgesloten")).isTrue();
        assertThat(r.json().getString("termijnOmschrijving")).contains("T-02");
        assertThat(Api.als("intake.isd").post("/api/v1/meldingen/" + r.json().getJsonNumber("id") + "/beschikking",
                "{\"soort\":\"AFWIJZING\"}").status()).isEqualTo(403);
        assertThat(Api.als("auditor").get("/api/v1/werkvoorraad").status()).isEqualTo(403);
    }

    private static void vul(Page page, String label, String waarde) {
        page.getByRole(AriaRole.TEXTBOX, naam(label)).fill(waarde);
    }

    private static void knop(Page page, String label) {
        page.getByRole(AriaRole.BUTTON, naam(label)).click();
        page.waitForLoadState();
    }

    @Test
    void schermenVanMeldingTotVerzondenBeschikkingMetGoedkeuringVanDeTeamleider() throws IOException {
        long client = nieuweClient(Api.als("consulent.doetinchem"), "0222");
        {
            Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
            page.navigate(Omgeving.basis() + "/clienten/client.xhtml?id=" + client);
            assertThat(page.locator("#kop-toegang").textContent()).contains("Meldingen en beschikkingen");
            Browser.toegankelijk(page, "cliëntpagina met toegang");
            page.getByRole(AriaRole.LINK, naam("Nieuwe melding registreren")).click();
            page.waitForURL("**/toegang/melding.xhtml?client=*");
            Browser.toegankelijk(page, "melding registreren");
            page.getByLabel("Hulpvraag", new Page.GetByLabelOptions().setExact(true)).fill("Kan de trap niet meer op");
            Browser.vink(page.getByLabel("Gratis cliëntondersteuning is aangeboden (T-03)"));
            knop(page, "Melding registreren");
            page.waitForURL("**/toegang/zaak.xhtml?id=*");
            page.getByText("De melding is geregistreerd.").waitFor();
            String zaakUrl = page.url();
            assertThat(page.locator("#termijn").textContent()).contains("T-16");
            Browser.toegankelijk(page, "zaak na melding");

            page.getByRole(AriaRole.LINK, naam("Werkvoorraad")).click();
            page.waitForURL("**/toegang/werkvoorraad.xhtml");
            assertThat(page.locator("#werkform\\:werk").textContent()).contains("Toos Toegang");
            Browser.toegankelijk(page, "werkvoorraad");
            Browser.schermafdruk(page, "werkvoorraad");
            page.navigate(zaakUrl);

            knop(page, "Ontvangst bevestigen");
            vul(page, "Plaats", "Thuis");
            vul(page, "Aanwezigen", "Cliënt en dochter");
            knop(page, "Gesprek vastleggen");
            vul(page, "Identiteitsbewijs (soort en nummer)", "Paspoort NX1234567");
            knop(page, "Identiteit vastgesteld");
            for (String aspect : new String[]{"A. Behoefte en voorkeuren van de cliënt", "B. Gewenst resultaat",
                    "C. Eigen kracht, gebruikelijke hulp en algemeen gebruikelijke voorzieningen", "D. Mantelzorg en sociaal netwerk",
                    "E. Ondersteuning van de mantelzorger", "F. Algemene voorzieningen", "G. Voorliggende voorzieningen",
                    "H. Mogelijke maatwerkvoorziening", "I. Bijdrage in de kosten", "J. Mogelijkheid van een Pgb en de gevolgen daarvan"}) {
                vul(page, aspect, "Besproken aan de keukentafel");
            }
            for (String trede : new String[]{"Eigen kracht", "Gebruikelijke hulp van huisgenoten", "Mantelzorg en sociaal netwerk",
                    "Algemeen gebruikelijke voorziening", "Algemene voorziening"}) {
                page.getByLabel(trede, new Page.GetByLabelOptions().setExact(true)).selectOption("NIET");
            }
            String[][] feiten = {{"Aanspraak via een andere wet (C-07)", "false"}, {"Maatwerkvoorziening noodzakelijk (C-02)", "true"},
                    {"Goedkoopst adequaat (C-02)", "true"}, {"Voornamelijk op de cliënt gericht (C-02)", "true"},
                    {"Meerkosten aantoonbaar (C-04)", "true"}, {"Redelijkerwijs zelf te regelen (C-04)", "false"},
                    {"Huisgenoot kan helpen (C-03)", "false"}, {"Hulp is gebruikelijk (C-03)", "false"},
                    {"Speciaal voor mensen met een beperking (C-12)", "true"}, {"Gewoon in de winkel te koop (C-12)", "false"},
                    {"Prijs vergelijkbaar met gewone producten (C-12)", "false"}};
            for (String[] f : feiten) {
                page.getByLabel(f[0], new Page.GetByLabelOptions().setExact(true)).selectOption(f[1]);
            }
            vul(page, "Gevraagde voorziening", "traplift");
            page.getByLabel("Verwachting van de situatie (C-13)").selectOption("STABIEL");
            Browser.vink(page.getByLabel("Alle afwegingsfactoren zijn besproken (C-09)"));
            Browser.toegankelijk(page, "onderzoek");
            knop(page, "Onderzoek afronden");
            page.getByText("Het onderzoek is afgerond.").waitFor();
            knop(page, "Verslag versturen");
            knop(page, "Retour vastleggen");
            Browser.toegankelijk(page, "besluit");
            vul(page, "Voorziening", "traplift");
            vul(page, "Beoogd resultaat", "U kunt weer veilig naar boven");
            vul(page, "Hoe de voorziening wordt verstrekt", "In bruikleen via de leverancier");
            vul(page, "Waarde in euro", "6500");
            vul(page, "Bijdrage in de kosten", "U betaalt een eigen bijdrage via het CAK.");
            knop(page, "Besluit vastleggen");
            page.getByText("Het besluit is vastgelegd.").waitFor();
            assertThat(page.locator("#beschikkingen").textContent()).contains("ter goedkeuring");
            assertThat(page.getByRole(AriaRole.BUTTON, naam("Goedkeuren")).count()).isZero();
            Browser.toegankelijk(page, "beschikking ter goedkeuring");

            Page teamleider = Browser.aanmelden(browser.nieuwePagina(), "teamleider.doetinchem");
            teamleider.navigate(zaakUrl);
            Browser.toegankelijk(teamleider, "zaak voor de teamleider");
            knop(teamleider, "Goedkeuren");
            teamleider.getByText("De beschikking is goedgekeurd.").waitFor();
            assertThat(teamleider.locator("#beschikkingen").textContent()).contains("goedgekeurd").contains("teamleider.doetinchem");
            teamleider.context().close();

            page.navigate(zaakUrl);
            knop(page, "Verzenden");
            page.getByText("De beschikking is verzonden; de brief staat bij de documenten.").waitFor();
            assertThat(page.locator("#beschikkingen").textContent()).contains("verzonden");
            Browser.toegankelijk(page, "verzonden beschikking");
            Browser.schermafdruk(page, "beschikking");
            var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    naam("Beschikking: toekenning in natura (PDF)")).click());
            byte[] pdf = Files.readAllBytes(download.path());
            try (var doc = Loader.loadPDF(pdf)) {
                String tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(tekst).contains("Besluit op uw aanvraag").contains("C-01").contains("artikel 7 lid 1")
                        .contains("C-13").contains("binnen 6 weken").contains("tweede medewerker");
            }
            page.context().close();
        }
    }
}
