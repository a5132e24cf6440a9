package nl.maatwerk.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rolstoelen on the real server: an item goes out, comes back and goes out again with its full history; a
 * replacement inside the afschrijvingsduur is refused with the article (R-06, 004 art. 8 lid 3 onder c); a Pgb that
 * ends early is reclaimed pro rata; another gemeente's item is 404, a role without the function 403, and every
 * step is in the audit log. Each API test registers its own items and clients; the browser journey uses the demo
 * item DT-R-1002 (in bruikleen at mevrouw Visser) and re-issues it to de heer Van Dijk (123456782).
 */
class RolstoelenIT extends BrowserIT {

    static final Api DOETINCHEM = Api.als("consulent.doetinchem");
    static final Api LOCHEM = Api.als("consulent.lochem");
    static final LocalDate VANDAAG = LocalDate.now();

    static long nieuweClient(String bsn, String achternaam) {
        var a = DOETINCHEM.post("/api/v1/clienten", """
                {"bsn":"%s","voornamen":"Test","achternaam":"%s","geboortedatum":"1950-05-05",
                 "straat":"Raadhuisstraat","huisnummer":"1","postcode":"7001 aa","woonplaats":"Doetinchem",
                 "gemeenteCode":"0222"}""".formatted(bsn, achternaam));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().getJsonNumber("id").longValue();
    }

    static JsonObject nieuwItem(String serienummer) {
        var a = DOETINCHEM.post("/api/v1/hulpmiddelen", """
                {"gemeente":"0222","soort":"HANDBEWOGEN_ROLSTOEL","merk":"Sunrise Medical","model":"Breezy","serienummer":"%s",
                 "aanschafprijs":2557.00,"aanschafdatum":"2021-03-01","leverancier":"Welzorg","kindmodel":false}""".formatted(serienummer));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json();
    }

    static Api.Antwoord geefUit(long itemId, long versie, long clientId, String extra) {
        return DOETINCHEM.post("/api/v1/hulpmiddelen/" + itemId + "/uitgifte", """
                {"clientId":%d,"versie":%d,"ingang":"%s"%s}""".formatted(clientId, versie, VANDAAG, extra));
    }

    @Test
    void eenHulpmiddelGaatUitKomtTerugEnGaatOpnieuwUitMetZijnGeschiedenis() {
        long eerste = nieuweClient("700000021", "Eerste");
        long tweede = nieuweClient("700000033", "Tweede");
        JsonObject item = nieuwItem("IT-R-0001");
        long id = item.getJsonNumber("id").longValue();
        assertThat(item.getString("status")).isEqualTo("IN_DEPOT");

        var uit = geefUit(id, item.getJsonNumber("versie").longValue(), eerste, "");
        assertThat(uit.status()).as(uit.body()).isEqualTo(201);
        String motivering = uit.json().getJsonArray("motivering").toString();
        assertThat(motivering).contains("regel R-06", "regel C-02", "hergebruik gaat voor een nieuwe aanschaf");
        // Doetinchem's verordening has no bruikleen conditions (R-08 is 001 §3.5.2): named as not applicable.
        assertThat(motivering).contains("regel R-08", "kennen deze regel niet");

        JsonObject na = DOETINCHEM.get("/api/v1/hulpmiddelen/" + id).json().getJsonObject("hulpmiddel");
        assertThat(na.getString("status")).isEqualTo("UITGEGEVEN");
        assertThat(na.getJsonNumber("houderId").longValue()).isEqualTo(eerste);

        var terug = DOETINCHEM.post("/api/v1/hulpmiddelen/" + id + "/inname", """
                {"versie":%d,"datum":"%s","staat":"NORMALE_SLIJTAGE","inspectie":"Banden versleten"}""".formatted(na.getJsonNumber("versie").longValue(), VANDAAG));
        assertThat(terug.status()).as(terug.body()).isEqualTo(200);
        assertThat(terug.json().getString("staatBijInname")).isEqualTo("NORMALE_SLIJTAGE");

        JsonObject inDepot = DOETINCHEM.get("/api/v1/hulpmiddelen?status=IN_DEPOT&tekst=IT-R-0001").json();
        assertThat(inDepot.getJsonNumber("totaal").longValue()).isEqualTo(1);
        long versie = inDepot.getJsonArray("hulpmiddelen").getJsonObject(0).getJsonNumber("versie").longValue();

        // A stale version is refused (optimistic locking), then the current one re-issues to another client.
        assertThat(geefUit(id, versie - 1, tweede, "").status()).isEqualTo(400);
        var weer = geefUit(id, versie, tweede, "");
        assertThat(weer.status()).as(weer.body()).isEqualTo(201);

        JsonObject overzicht = DOETINCHEM.get("/api/v1/hulpmiddelen/" + id).json();
        assertThat(overzicht.getJsonArray("geschiedenis").getValuesAs(JsonObject.class)).extracting(g -> g.getString("soort"))
                .containsExactly("AANGESCHAFT", "UITGEGEVEN", "INGENOMEN", "UITGEGEVEN");
        assertThat(overzicht.getJsonArray("verstrekkingen")).hasSize(2);
        assertThat(overzicht.getInt("afschrijvingsduurMaanden")).isEqualTo(84);
        assertThat(overzicht.getString("afgeschrevenOp")).isEqualTo("2028-03-01");
        assertThat(overzicht.getString("afschrijvingsregel")).contains("7 jaar", "artikel 15 lid 4", "regel R-05");
        assertThat(DOETINCHEM.get("/api/v1/hulpmiddelen/clienten/" + tweede).jsonLijst()).hasSize(1);

        // Every step is in the audit log, with the client and the gemeente.
        List<JsonObject> audit = Api.als("auditor").get("/api/v1/audit?client=" + eerste + "&aantal=200").json()
                .getJsonArray("regels").getValuesAs(JsonObject.class);
        assertThat(audit).allSatisfy(r -> assertThat(r.getString("gemeente")).isEqualTo("0222"));
        assertThat(audit).extracting(r -> r.getString("omschrijving"))
                .anyMatch(o -> o.startsWith("Hulpmiddel in bruikleen gegeven") && o.contains("IT-R-0001"))
                .anyMatch(o -> o.startsWith("Hulpmiddel ingenomen") && o.contains("IT-R-0001"));
        assertThat(Api.als("auditor").get("/api/v1/audit?gebruiker=consulent.doetinchem&aantal=500").body()).contains("Hulpmiddel geregistreerd: handbewogen rolstoel Sunrise Medical Breezy (IT-R-0001)");
    }

    @Test
    void eenVervangingBinnenDeAfschrijvingsduurWordtGeweigerdMetHetArtikel() {
        long client = nieuweClient("700000045", "Vervanging");
        JsonObject eerste = nieuwItem("IT-R-0002");
        JsonObject tweede = nieuwItem("IT-R-0003");
        assertThat(geefUit(eerste.getJsonNumber("id").longValue(), eerste.getJsonNumber("versie").longValue(), client, "").status()).isEqualTo(201);

        var geweigerd = geefUit(tweede.getJsonNumber("id").longValue(), tweede.getJsonNumber("versie").longValue(), client, "");
        assertThat(geweigerd.status()).isEqualTo(400);
        assertThat(geweigerd.body()).contains("artikel 8 lid 3 onder c", "regel R-06", "regel C-04",
                "Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017");
        assertThat(DOETINCHEM.get("/api/v1/hulpmiddelen/" + tweede.getJsonNumber("id").longValue()).json()
                .getJsonObject("hulpmiddel").getString("status")).isEqualTo("IN_DEPOT");

        // Lost through no fault of the client: allowed once the lost item is recorded as returned (verloren).
        var nogIn = geefUit(tweede.getJsonNumber("id").longValue(), tweede.getJsonNumber("versie").longValue(), client,
                ",\"verliesoorzaak\":\"VERLOREN_BUITEN_SCHULD\"");
        assertThat(nogIn.status()).isEqualTo(400);
        assertThat(nogIn.body()).contains("Neem eerst het vorige exemplaar");
        long eersteVersie = DOETINCHEM.get("/api/v1/hulpmiddelen/" + eerste.getJsonNumber("id").longValue()).json()
                .getJsonObject("hulpmiddel").getJsonNumber("versie").longValue();
        assertThat(DOETINCHEM.post("/api/v1/hulpmiddelen/" + eerste.getJsonNumber("id").longValue() + "/inname", """
                {"versie":%d,"datum":"%s","staat":"VERLOREN","inspectie":"Gestolen, aangifte gedaan"}""".formatted(eersteVersie, VANDAAG)).status()).isEqualTo(200);
        assertThat(geefUit(tweede.getJsonNumber("id").longValue(), tweede.getJsonNumber("versie").longValue(), client, "").status())
                .as("verloren door eigen toedoen of onbekend: nog steeds geweigerd").isEqualTo(400);
        var toegestaan = geefUit(tweede.getJsonNumber("id").longValue(), tweede.getJsonNumber("versie").longValue(), client,
                ",\"verliesoorzaak\":\"VERLOREN_BUITEN_SCHULD\"");
        assertThat(toegestaan.status()).as(toegestaan.body()).isEqualTo(201);
        assertThat(toegestaan.json().getJsonArray("motivering").toString()).contains("niet aan u zijn toe te rekenen", "regel C-04");
        assertThat(DOETINCHEM.get("/api/v1/hulpmiddelen/" + eerste.getJsonNumber("id").longValue()).json()
                .getJsonObject("hulpmiddel").getString("status")).isEqualTo("AFGESCHREVEN");
    }

    @Test
    void pgbPlafondEnTerugvorderingVolgenDeAfschrijvingsduur() {
        // R-05/P-18: natura € 3.400 + 10 % × 7 jaar (€ 2.380) + € 50 × 7 (€ 350) = € 6.130; offerte € 7.000 → € 6.130.
        var pgb = DOETINCHEM.post("/api/v1/hulpmiddelen/pgb?gemeente=0222", """
                {"peildatum":"2026-01-01","soort":"SCOOTMOBIEL","leeftijd":70,"offerte":7000,"naturaprijs":3400}""");
        assertThat(pgb.status()).as(pgb.body()).isEqualTo(200);
        assertThat(pgb.json().getJsonNumber("bedrag").bigDecimalValue()).isEqualByComparingTo("6130.00");
        assertThat(pgb.json().getJsonArray("motivering").toString()).contains("regel R-05", "regel P-18", "artikel 14 lid 1", "€ 870,00");

        // € 3.000 Pgb from 1 January 2026, indicatie ends 1 January 2029: 48 of 84 months left, € 3.000 × 48 / 84 = € 1.714,29.
        long client = nieuweClient("700000057", "Pgb");
        var toegekend = DOETINCHEM.post("/api/v1/hulpmiddelen/pgb/toekenningen", """
                {"clientId":%d,"peildatum":"2026-01-01","soort":"SCOOTMOBIEL","offerte":3000,"naturaprijs":3400}""".formatted(client));
        assertThat(toegekend.status()).as(toegekend.body()).isEqualTo(201);
        assertThat(toegekend.json().getJsonNumber("pgbBedrag").bigDecimalValue()).isEqualByComparingTo("3000.00");
        var einde = DOETINCHEM.post("/api/v1/hulpmiddelen/verstrekkingen/" + toegekend.json().getJsonNumber("id").longValue() + "/beeindiging",
                "{\"versie\":%d,\"einde\":\"2029-01-01\"}".formatted(toegekend.json().getJsonNumber("versie").longValue()));
        assertThat(einde.status()).as(einde.body()).isEqualTo(200);
        assertThat(einde.json().getJsonNumber("terugvordering").bigDecimalValue()).isEqualByComparingTo("1714.29");
        assertThat(einde.json().getJsonArray("motivering").toString()).contains("regel R-07", "artikel 15 lid 4", "48 resterende hele maanden");

        // Lochem's beleidsregels have no R-07: nothing is reclaimed, and the motivering says why.
        var lochem = LOCHEM.post("/api/v1/hulpmiddelen/afschrijving?gemeente=0262", """
                {"soort":"HANDBEWOGEN_ROLSTOEL","leeftijd":8,"prijs":4200,"verstrekt":"2022-06-15","datum":"2027-06-14"}""");
        assertThat(lochem.status()).as(lochem.body()).isEqualTo(200);
        assertThat(lochem.json().getInt("maanden")).isEqualTo(60);
        assertThat(lochem.json().getString("einde")).isEqualTo("2027-06-15");
        assertThat(lochem.json().getJsonNumber("naturakosten").bigDecimalValue()).isEqualByComparingTo("6550.00");
    }

    @Test
    void keuzeNoemtDeRegelsEnStelteenExemplaarUitHetDepotVoor() {
        long doetinchem = nieuweClient("700000069", "Keuze");
        var rollator = DOETINCHEM.post("/api/v1/hulpmiddelen/keuze", """
                {"clientId":%d,"peildatum":"%s","gevraagd":"rollator"}""".formatted(doetinchem, VANDAAG));
        assertThat(rollator.status()).as(rollator.body()).isEqualTo(200);
        assertThat(rollator.json().getString("conclusie")).isEqualTo("GEWEIGERD");
        assertThat(rollator.json().getJsonArray("motivering").toString()).contains("algemeen gebruikelijk", "regel R-01");

        long wolters = LOCHEM.get("/api/v1/clienten?bsn=999990019").json().getJsonArray("clienten").getJsonObject(0).getJsonNumber("id").longValue();
        var handbewogen = LOCHEM.post("/api/v1/hulpmiddelen/keuze", """
                {"clientId":%d,"peildatum":"%s","gevraagd":"rolstoel","soort":"HANDBEWOGEN_ROLSTOEL",
                 "selectie":{"gebruik":"dagelijks in en om huis","zelfVoortbewegen":true,"kanZelfVoortbewegen":true,
                             "kanElektrischBesturen":false,"spierkrachtMedischPassend":true}}""".formatted(wolters, VANDAAG));
        assertThat(handbewogen.status()).as(handbewogen.body()).isEqualTo(200);
        assertThat(handbewogen.json().getString("conclusie")).isEqualTo("MAATWERK");
        assertThat(handbewogen.json().getJsonArray("motivering").toString()).contains("regel R-02", "regel R-03", "paragraaf 5.3.4", "dagelijks in en om huis");
        assertThat(handbewogen.json().getJsonArray("uitHetDepot").getValuesAs(JsonObject.class)).extracting(h -> h.getString("serienummer")).contains("LO-R-1001");

        var elektrisch = LOCHEM.post("/api/v1/hulpmiddelen/keuze", """
                {"clientId":%d,"peildatum":"%s","gevraagd":"rolstoel","soort":"ELEKTRISCHE_ROLSTOEL",
                 "selectie":{"gebruik":"dagelijks","zelfVoortbewegen":true,"kanZelfVoortbewegen":false,
                             "kanElektrischBesturen":true,"spierkrachtMedischPassend":false}}""".formatted(wolters, VANDAAG));
        assertThat(elektrisch.status()).as(elektrisch.body()).isEqualTo(200);
        assertThat(elektrisch.json().getJsonArray("motivering").toString()).contains("regel R-04", "paragraaf 5.3.5");
        assertThat(DOETINCHEM.post("/api/v1/hulpmiddelen/keuze", "{\"clientId\":%d,\"peildatum\":\"%s\",\"gevraagd\":\"rollator\"}"
                .formatted(wolters, VANDAAG)).status()).isEqualTo(404);
    }

    @Test
    void andereGemeenteIs404EnRollenZonderDezeFunctieKrijgen403() {
        JsonObject item = nieuwItem("IT-R-0004");
        long id = item.getJsonNumber("id").longValue();
        assertThat(LOCHEM.get("/api/v1/hulpmiddelen/" + id).status()).isEqualTo(404);
        assertThat(LOCHEM.get("/api/v1/hulpmiddelen?tekst=IT-R-0004").json().getJsonNumber("totaal").longValue()).isZero();
        long lochemClient = LOCHEM.get("/api/v1/clienten?bsn=999990019").json().getJsonArray("clienten").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(geefUit(id, item.getJsonNumber("versie").longValue(), lochemClient, "").status()).isEqualTo(404);
        assertThat(LOCHEM.post("/api/v1/hulpmiddelen/" + id + "/inname", "{\"versie\":0,\"datum\":\"2026-01-01\",\"staat\":\"GOED\"}").status()).isEqualTo(404);
        assertThat(Api.als("auditor").get("/api/v1/hulpmiddelen").status()).isEqualTo(403);
        assertThat(Api.als("beheerder").get("/api/v1/hulpmiddelen/" + id).status()).isEqualTo(403);
        assertThat(Api.als("financieel").post("/api/v1/hulpmiddelen/" + id + "/uitgifte", "{\"clientId\":1,\"versie\":0,\"ingang\":\"2026-01-01\"}").status()).isEqualTo(403);
        assertThat(Api.anoniem().get("/api/v1/hulpmiddelen").status()).isEqualTo(401);
        var fout = DOETINCHEM.post("/api/v1/hulpmiddelen", "{\"gemeente\":\"0222\",\"soort\":\"TILLIFT\"}");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("Merk is verplicht.", "Serienummer is verplicht.");
    }

    @Test
    void terugnemenEnAanEenAndereClientUitgevenInDeBrowser() {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        page.getByRole(AriaRole.LINK, naam("Hulpmiddelendepot")).click();
        page.waitForURL("**/rolstoelen/depot.xhtml**");
        Browser.toegankelijk(page, "hulpmiddelendepot");
        page.getByRole(AriaRole.COMBOBOX, naam("Status")).selectOption("UITGEGEVEN");
        page.getByRole(AriaRole.BUTTON, naam("Zoeken")).click();
        assertThat(page.locator("[id='depotform:depot']")).containsText("DT-R-1002");
        Browser.toegankelijk(page, "depot gefilterd op uitgegeven");
        page.getByRole(AriaRole.LINK, naam("DT-R-1002")).click();
        page.waitForURL("**/rolstoelen/hulpmiddel.xhtml?id=*");
        assertThat(page.locator("#status")).hasText("uitgegeven");
        assertThat(page.locator("#afschrijving")).containsText("€");
        Browser.toegankelijk(page, "hulpmiddel uitgegeven");

        String vandaag = VANDAAG.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        veld(page, "Datum van inname (dd-mm-jjjj)").fill(vandaag);
        page.getByRole(AriaRole.COMBOBOX, naam("Staat bij inname")).selectOption("NORMALE_SLIJTAGE");
        veld(page, "Bevindingen van de inspectie").fill("Zitting licht versleten");
        page.getByRole(AriaRole.BUTTON, naam("Innemen")).click();
        assertThat(page.locator("#status")).hasText("in depot");
        assertThat(page.locator("#meldingen")).containsText("Ingenomen van");
        Browser.toegankelijk(page, "hulpmiddel ingenomen");

        // Maintenance before the re-issue, with its cost in the history.
        page.getByRole(AriaRole.COMBOBOX, naam("Soort werk")).selectOption("REPARATIE");
        veld(page, "Wat is er gedaan").fill("Zitting vervangen");
        veld(page, "Kosten (euro)").fill("85.50");
        page.getByRole(AriaRole.BUTTON, naam("Vastleggen")).click();
        assertThat(page.locator("#meldingen")).containsText("Reparatie vastgelegd.");
        assertThat(page.locator("[id='geschiedenis']")).containsText("Zitting vervangen");
        assertThat(page.locator("#itemgegevens")).containsText("85,50");

        veld(page, "BSN van de cliënt").fill("123456782");
        veld(page, "Datum van uitgifte (dd-mm-jjjj)").fill(vandaag);
        page.getByRole(AriaRole.BUTTON, naam("Uitgeven")).click();
        assertThat(page.locator("#status")).hasText("uitgegeven");
        assertThat(page.locator("#meldingen")).containsText("In bruikleen gegeven aan Johannes van Dijk");
        assertThat(page.locator("[id='geschiedenis']")).containsText("ingenomen na inspectie");
        assertThat(page.locator("[id='verstrekkingen']")).containsText("Johannes van Dijk");
        Browser.toegankelijk(page, "hulpmiddel opnieuw uitgegeven");

        page.getByRole(AriaRole.LINK, naam("Johannes van Dijk")).first().click();
        page.waitForURL("**/clienten/client.xhtml?id=*");
        assertThat(page.locator("#hulpmiddelen")).containsText("DT-R-1002");
        Browser.toegankelijk(page, "cliëntpagina met hulpmiddelen");

        // Choosing the next aid for the same client: R-01 named, a handbewogen rolstoel proposed from the depot.
        page.getByRole(AriaRole.LINK, naam("Hulpmiddel kiezen")).click();
        page.waitForURL("**/rolstoelen/keuze.xhtml?client=*");
        Browser.toegankelijk(page, "hulpmiddel kiezen");
        page.getByRole(AriaRole.COMBOBOX, naam("Type hulpmiddel")).selectOption("HANDBEWOGEN_ROLSTOEL");
        veld(page, "Hoe vaak en waarvoor wordt het gebruikt").fill("dagelijks in en om huis");
        page.getByRole(AriaRole.BUTTON, naam("Beoordelen")).click();
        assertThat(page.locator("#keuzemotivering")).containsText("regel R-01");
        assertThat(page.locator("#keuzemotivering")).containsText("kennen deze regel niet (regel R-02)");
        assertThat(page.locator("#voorstel")).containsText("DT-R-1001");
        Browser.toegankelijk(page, "keuze beoordeeld");
    }

    @Test
    void financienBerekentEenPgbEnZietDeTerugvorderingen() {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "financieel");
        page.getByRole(AriaRole.LINK, naam("Pgb hulpmiddel en terugvorderingen")).click();
        page.waitForURL("**/rolstoelen/pgb.xhtml**");
        assertThat(page.getByRole(AriaRole.HEADING, naam("Terugvorderingen (regel R-07)"))).isVisible();
        Browser.toegankelijk(page, "pgb hulpmiddel");

        page.getByRole(AriaRole.COMBOBOX, naam("Gemeente")).selectOption("0222");
        page.getByRole(AriaRole.COMBOBOX, naam("Soort hulpmiddel")).selectOption("SCOOTMOBIEL");
        veld(page, "Leeftijd van de cliënt").fill("70");
        veld(page, "Offerte (euro)").fill("7000");
        veld(page, "Prijs goedkoopst adequate natura (euro)").fill("3400");
        page.getByRole(AriaRole.BUTTON, naam("Berekenen")).click();
        // € 3.400 + 10 % × 7 years (€ 2.380) + € 50 × 7 (€ 350) = € 6.130 ceiling; the quote of € 7.000 is capped.
        assertThat(page.locator("#pgbuitkomst")).containsText("6.130,00");
        assertThat(page.locator("#pgbmotivering")).containsText("regel R-05");
        assertThat(page.locator("#pgbmotivering")).containsText("artikel 14 lid 1");
        Browser.toegankelijk(page, "pgb berekend");
    }

    @Test
    void dubbelSerienummerPerGemeenteGeeftEenDuidelijkeMelding() {
        nieuwItem("IT-R-0010");
        var dubbel = DOETINCHEM.post("/api/v1/hulpmiddelen", """
                {"gemeente":"0222","soort":"SCOOTMOBIEL","merk":"Vermeiren","model":"Carpo","serienummer":"IT-R-0010",
                 "aanschafprijs":3400.00,"aanschafdatum":"2024-01-01","leverancier":"Welzorg"}""");
        assertThat(dubbel.status()).isEqualTo(400);
        assertThat(dubbel.body()).contains("Serienummer IT-R-0010 staat al in het depot van deze gemeente.").doesNotContain("uk_hulpmiddel");
        // Per gemeente: Lochem may have its own item with the same number.
        var lochem = LOCHEM.post("/api/v1/hulpmiddelen", """
                {"gemeente":"0262","soort":"SCOOTMOBIEL","merk":"Vermeiren","model":"Carpo","serienummer":"IT-R-0010",
                 "aanschafprijs":3400.00,"aanschafdatum":"2024-01-01","leverancier":"Welzorg"}""");
        assertThat(lochem.status()).as(lochem.body()).isEqualTo(201);
    }

    /** HulpmiddelBronnen on the real server: what finance (TerugvorderingBron, VoorzieningenBron) and the beschikking get. */
    @Test
    void deKoppelingGeeftTerugvorderingVoorzieningEnBeschikkingsonderdeelMetRegels() {
        long[] ca = WoonvoorzieningenIT.clientMetAanvraag(DOETINCHEM);
        long client = ca[0];
        long aanvraag = ca[1];
        // The Pgb goes into that aanvraag's beschikking letter: another client's or an unknown aanvraag is refused.
        long ander = nieuweClient("700000185", "Koppeling");
        for (long vreemd : new long[] {aanvraag, 970_000_001L}) {
            var fout = DOETINCHEM.post("/api/v1/hulpmiddelen/pgb/toekenningen", """
                    {"clientId":%d,"peildatum":"2026-01-01","soort":"SCOOTMOBIEL","offerte":3000,"naturaprijs":3400,"aanvraagId":%d}""".formatted(ander, vreemd));
            assertThat(fout.status()).as(fout.body()).isEqualTo(400);
            assertThat(fout.body()).contains("Aanvraag " + vreemd + " is geen aanvraag van deze cliënt.");
        }
        var toegekend = DOETINCHEM.post("/api/v1/hulpmiddelen/pgb/toekenningen", """
                {"clientId":%d,"peildatum":"2026-01-01","soort":"SCOOTMOBIEL","offerte":3000,"naturaprijs":3400,"aanvraagId":%d}""".formatted(client, aanvraag));
        assertThat(toegekend.status()).as(toegekend.body()).isEqualTo(201);
        long pgbId = toegekend.json().getJsonNumber("id").longValue();

        // BeschikkingsonderdeelBron: the Pgb as a part of the beschikking, with its rules; another gemeente sees nothing.
        var onderdelen = DOETINCHEM.get("/api/v1/hulpmiddelen/aanvragen/" + aanvraag + "/beschikkingsonderdelen");
        assertThat(onderdelen.status()).as(onderdelen.body()).isEqualTo(200);
        List<JsonObject> delen = onderdelen.jsonLijst().getValuesAs(JsonObject.class);
        assertThat(delen).hasSize(1);
        assertThat(delen.get(0).getString("vorm")).isEqualTo("PGB");
        assertThat(delen.get(0).getString("voorziening")).contains("scootmobiel");
        assertThat(delen.get(0).getJsonArray("motivering").toString()).contains("regel R-05", "regel P-18", "artikel 14 lid 1");
        assertThat(LOCHEM.get("/api/v1/hulpmiddelen/aanvragen/" + aanvraag + "/beschikkingsonderdelen").jsonLijst()).isEmpty();

        // TerugvorderingBron: not before the end; after it, € 3.000 × 48 / 84 = € 1.714,29 with R-07 and its article.
        assertThat(Api.als("financieel").get("/api/v1/hulpmiddelen/terugvorderingen").body()).doesNotContain("hulpmiddel-pgb-" + pgbId + "\"");
        assertThat(DOETINCHEM.post("/api/v1/hulpmiddelen/verstrekkingen/" + pgbId + "/beeindiging",
                "{\"versie\":%d,\"einde\":\"2029-01-01\"}".formatted(toegekend.json().getJsonNumber("versie").longValue())).status()).isEqualTo(200);
        var terug = Api.als("financieel").get("/api/v1/hulpmiddelen/terugvorderingen");
        assertThat(terug.status()).as(terug.body()).isEqualTo(200);
        JsonObject t = terug.jsonLijst().getValuesAs(JsonObject.class).stream().filter(o -> o.getString("referentie").equals("hulpmiddel-pgb-" + pgbId)).findFirst().orElseThrow();
        assertThat(t.getJsonNumber("bedrag").bigDecimalValue()).isEqualByComparingTo("1714.29");
        assertThat(t.getJsonNumber("clientId").longValue()).isEqualTo(client);
        assertThat(t.getString("datum")).isEqualTo("2029-01-01");
        assertThat(t.getJsonArray("motivering").toString()).contains("regel R-07", "artikel 15 lid 4");
        assertThat(LOCHEM.get("/api/v1/hulpmiddelen/terugvorderingen").body()).doesNotContain("hulpmiddel-pgb-" + pgbId + "\"");

        // VoorzieningenBron: the Pgb in its period with the E-02 cost price; outside the period it is absent.
        var geleverd = Api.als("financieel").get("/api/v1/hulpmiddelen/geleverd?van=2026-01-01&tot=2026-01-31");
        assertThat(geleverd.status()).as(geleverd.body()).isEqualTo(200);
        JsonObject g = geleverd.jsonLijst().getValuesAs(JsonObject.class).stream().filter(o -> o.getString("referentie").equals("hulpmiddel-verstrekking-" + pgbId)).findFirst().orElseThrow();
        assertThat(g.getString("vorm")).isEqualTo("PGB");
        assertThat(g.getString("productcode")).isEqualTo("HM-SCOOTMOBIEL");
        assertThat(g.getJsonNumber("kostprijs").bigDecimalValue()).isEqualByComparingTo("3000.00");
        assertThat(g.getJsonArray("motivering").toString()).contains("regel E-02");
        assertThat(Api.als("financieel").get("/api/v1/hulpmiddelen/geleverd?van=2030-01-01&tot=2030-01-31").body())
                .doesNotContain("hulpmiddel-verstrekking-" + pgbId + "\"");
        assertThat(Api.als("financieel").get("/api/v1/hulpmiddelen/geleverd?van=2026-01-01").status()).isEqualTo(400);
        assertThat(Api.als("auditor").get("/api/v1/hulpmiddelen/terugvorderingen").status()).isEqualTo(403);
    }

    @Test
    void eenNieuwHulpmiddelRegistrerenInDeBrowser() {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        page.getByRole(AriaRole.LINK, naam("Hulpmiddelendepot")).click();
        page.waitForURL("**/rolstoelen/depot.xhtml**");
        page.getByRole(AriaRole.LINK, naam("Nieuw hulpmiddel registreren")).click();
        page.waitForURL("**/rolstoelen/nieuw.xhtml**");
        Browser.toegankelijk(page, "nieuw hulpmiddel");

        page.getByRole(AriaRole.BUTTON, naam("Opnemen in het depot")).click();
        assertThat(page.locator("#meldingen")).containsText("Merk is verplicht.");
        assertThat(page.locator("#meldingen")).containsText("Serienummer is verplicht.");
        assertThat(page.locator("#meldingen")).containsText("Aanschafprijs is verplicht.");
        Browser.toegankelijk(page, "nieuw hulpmiddel met fouten");

        page.getByRole(AriaRole.COMBOBOX, naam("Gemeente")).selectOption("0222");
        page.getByRole(AriaRole.COMBOBOX, naam("Soort hulpmiddel")).selectOption("TILLIFT");
        veld(page, "Merk").fill("Invacare");
        veld(page, "Model").fill("Birdie");
        veld(page, "Serienummer").fill("DT-R-1001");
        veld(page, "Aanschafprijs (euro)").fill("1850.00");
        veld(page, "Aanschafdatum (dd-mm-jjjj)").fill("01-02-2026");
        veld(page, "Leverancier").fill("Medipoint");
        page.getByRole(AriaRole.BUTTON, naam("Opnemen in het depot")).click();
        assertThat(page.locator("#meldingen")).containsText("Serienummer DT-R-1001 staat al in het depot van deze gemeente.");
        assertThat(page.locator("[id='nieuwform']")).containsText("Serienummer DT-R-1001 staat al in het depot van deze gemeente.");
        Browser.toegankelijk(page, "nieuw hulpmiddel met dubbel serienummer");

        veld(page, "Serienummer").fill("IT-R-0100");
        page.getByRole(AriaRole.BUTTON, naam("Opnemen in het depot")).click();
        page.waitForURL("**/rolstoelen/hulpmiddel.xhtml?id=*");
        assertThat(page.locator("#status")).hasText("in depot");
        assertThat(page.locator("#meldingen")).containsText("Hulpmiddel IT-R-0100 is in het depot opgenomen.");
        assertThat(page.locator("#itemgegevens")).containsText("Medipoint");
        // The chart next to the table (its text alternative): one point per year of the afschrijvingsduur and the end.
        assertThat(page.locator("#afschrijvingsgrafiek svg[role='img']")).isVisible();
        assertThat(page.locator("#afschrijvingsgrafiek circle")).hasCount(page.locator("#afschrijving tbody tr").count());
        Browser.toegankelijk(page, "nieuw hulpmiddel opgenomen, met grafiek en tabel");
    }

    @Test
    void pgbToekennenEnBeeindigenVanafDeClientpagina() {
        long client = nieuweClient("700000070", "Pgbscherm");
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        page.navigate(Omgeving.basis() + "/clienten/client.xhtml?id=" + client);
        page.getByRole(AriaRole.LINK, naam("Pgb hulpmiddel")).click();
        page.waitForURL("**/rolstoelen/clientpgb.xhtml?client=*");
        assertThat(page.locator("#pgbs")).hasCount(0);
        Browser.toegankelijk(page, "pgb hulpmiddel voor een cliënt");

        veld(page, "Ingangsdatum (dd-mm-jjjj)").fill("01-01-2026");
        page.getByRole(AriaRole.COMBOBOX, naam("Soort hulpmiddel")).selectOption("SCOOTMOBIEL");
        veld(page, "Offerte (euro)").fill("7000");
        veld(page, "Prijs goedkoopst adequate natura (euro)").fill("3400");
        page.getByRole(AriaRole.BUTTON, naam("Berekenen")).click();
        // € 3.400 + 10 % × 7 jaar (€ 2.380) + € 50 × 7 (€ 350) = € 6.130 ceiling (R-05, P-18, R-09).
        assertThat(page.locator("#berekening")).containsText("6.130,00");
        assertThat(page.locator("#berekeningsregels")).containsText("regel R-05");
        assertThat(page.locator("#berekeningsregels")).containsText("regel P-18");
        assertThat(page.locator("#berekeningsregels")).containsText("artikel 14 lid 1");
        Browser.toegankelijk(page, "pgb hulpmiddel berekend");

        veld(page, "Offerte (euro)").fill("3000");
        page.getByRole(AriaRole.BUTTON, naam("Pgb toekennen")).click();
        assertThat(page.locator("#meldingen")).containsText("Pgb scootmobiel toegekend.");
        assertThat(page.locator("#pgbs")).containsText("3.000,00");
        assertThat(page.locator("#pgbs")).containsText("regel R-05");
        assertThat(page.locator("#pgbs")).containsText("lopend");
        Browser.toegankelijk(page, "pgb hulpmiddel toegekend");

        // 48 of 84 months left, € 3.000 × 48 / 84 = € 1.714,29.
        veld(page, "Einde indicatie (dd-mm-jjjj)").fill("01-01-2029");
        page.getByRole(AriaRole.BUTTON, naam("Beëindig Pgb")).click();
        assertThat(page.locator("#pgbs")).containsText("1.714,29");
        assertThat(page.locator("#pgbs")).containsText("regel R-07");
        assertThat(page.locator("#pgbs")).containsText("artikel 15 lid 4");
        assertThat(page.locator("#pgbs")).containsText("48 resterende hele maanden");
        assertThat(page.getByRole(AriaRole.BUTTON, naam("Beëindig Pgb"))).hasCount(0);
        Browser.toegankelijk(page, "pgb hulpmiddel beëindigd");
    }
}
