package nl.maatwerk.it;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pgb and finance on the real server. Demo data (PgbDemodata): PGB-0222-DEMO-1 for 111222333 (Doetinchem) with
 * ZV-D-01 Jan Visser (mantelzorger, 12 km, agreement approved), ZV-D-02 Thuiszorg De Achterhoek (professional,
 * approved), ZV-D-03 Sanne de Boer (20 years, agreement not approved); PGB-0222-DEMO-2 for 123456782 (never used);
 * PGB-0262-DEMO-1 for 999990019 (Lochem, ZV-L-01). Each test uses its own weeks of 2026.
 */
class PgbIT extends BrowserIT {

    static final String KOP = "budgethouder;zorgverlener;periode_van;periode_tot;uren;bedrag;kostensoort;km\n";
    static final Api FINANCIEEL = Api.als("financieel");
    static final Api TEAMLEIDER = Api.als("teamleider.doetinchem");

    static long budgetId(String nummer) {
        for (JsonValue v : FINANCIEEL.get("/api/v1/pgb/budgetten?aantal=200").json().getJsonArray("regels")) {
            if (v.asJsonObject().getString("budgetnummer").equals(nummer)) {
                return v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("Budget " + nummer + " niet gevonden");
    }

    static String besteed(String nummer) {
        return FINANCIEEL.get("/api/v1/pgb/budgetten/" + budgetId(nummer)).json().getJsonObject("budget").getJsonNumber("besteed")
                .bigDecimalValue().stripTrailingZeros().toPlainString();
    }

    static int aantalImports() {
        return FINANCIEEL.get("/api/v1/pgb/imports").jsonLijst().size();
    }

    @Test
    void declaratiesWordenGetoetstMetRegelsEnOpnieuwInlezenVerandertNiets() {
        String voor = besteed("PGB-0222-DEMO-1");
        String csv = KOP
                + "111222333;ZV-D-01;02-03-2026;08-03-2026;36;720,00;zorg;\n"        // P-09: exactly 36 hours, approved
                + "111222333;ZV-D-01;09-03-2026;15-03-2026;37;740,00;zorg;\n"        // P-09: 37 hours, rejected
                + "111222333;ZV-D-01;02-03-2026;08-03-2026;;30,00;reiskosten;150\n"  // P-11: 12 km away, exactly 150 km, approved
                + "111222333;ZV-D-02;02-03-2026;08-03-2026;2;120,00;zorg;\n"         // P-05: 60 per hour for a professional
                + "111222333;ZV-D-03;02-03-2026;08-03-2026;2;40,00;zorg;\n"          // P-03 no agreement, P-10 age 20
                + "111222333;ZV-D-02;02-03-2026;08-03-2026;;100,00;tussenpersoon;\n"; // P-06
        var a = FINANCIEEL.postCsv("/api/v1/pgb/declaraties?gemeente=0222&bestandsnaam=maart.csv", csv);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonObject r = a.json();
        assertThat(r.getJsonNumber("goedgekeurd").longValue()).isEqualTo(2);
        assertThat(r.getJsonNumber("afgewezen").longValue()).isEqualTo(4);
        assertThat(r.getJsonNumber("teBetalen").bigDecimalValue()).isEqualByComparingTo("750");
        long importId = r.getJsonNumber("importId").longValue();

        var afgewezen = FINANCIEEL.get("/api/v1/pgb/imports/" + importId + "/declaraties?afgewezen=true").json().getJsonArray("regels");
        Map<Integer, String> regels = new LinkedHashMap<>();
        afgewezen.forEach(v -> regels.put(v.asJsonObject().getInt("regelnummer"), v.asJsonObject().getString("regels")));
        assertThat(regels).containsExactly(Map.entry(3, "P-09"), Map.entry(5, "P-05"), Map.entry(6, "P-03,P-10"), Map.entry(7, "P-06"));
        assertThat(afgewezen.getJsonObject(0).getString("motivering")).contains("meer dan 36 uur per week", "artikel 13 lid 10", "regel P-09");
        assertThat(afgewezen.getJsonObject(2).getString("motivering")).contains("20 jaar", "minimumuurloon", "regel P-10", "regel P-03");
        assertThat(new java.math.BigDecimal(besteed("PGB-0222-DEMO-1"))).isEqualByComparingTo(new java.math.BigDecimal(voor).add(java.math.BigDecimal.valueOf(750)));

        // The same file again: every declaratie is already there, nothing changes.
        var b = FINANCIEEL.postCsv("/api/v1/pgb/declaraties?gemeente=0222&bestandsnaam=maart-opnieuw.csv", csv);
        assertThat(b.status()).isEqualTo(200);
        assertThat(b.json().getJsonNumber("alAanwezig").longValue()).isEqualTo(6);
        assertThat(b.json().getJsonNumber("goedgekeurd").longValue()).isZero();
        assertThat(b.json().getJsonNumber("afgewezen").longValue()).isZero();
        assertThat(new java.math.BigDecimal(besteed("PGB-0222-DEMO-1"))).isEqualByComparingTo(new java.math.BigDecimal(voor).add(java.math.BigDecimal.valueOf(750)));
    }

    @Test
    void kapotteBestandenVeranderenNietsEnGevenRegelmeldingen() {
        String voor = besteed("PGB-0222-DEMO-1");
        int imports = aantalImports();
        String goed = "111222333;ZV-D-01;06-04-2026;12-04-2026;10;200,00;zorg;\n";
        Map<String, String> bestanden = new LinkedHashMap<>();
        bestanden.put("bsn;zv\n1;2\n", "Regel 1: de kolommen zijn 'bsn;zv' maar moeten");
        bestanden.put("", "Regel 1: het bestand is leeg");
        bestanden.put(KOP, "Regel 2: het bestand bevat geen declaraties");
        bestanden.put(KOP + goed + "999990019;ZV-D-01;06-04-2026;12-04-2026;1;20;zorg;\n", "Regel 3, veld budgethouder: geen Pgb van budgethouder 999990019");
        bestanden.put(KOP + goed + "111222333;ZV-X;06-04-2026;12-04-2026;1;20;zorg;\n", "Regel 3, veld zorgverlener: zorgverlener ZV-X is onbekend");
        bestanden.put(KOP + goed + "111222333;ZV-D-01;31-04-2026;12-04-2026;1;20;zorg;\n", "Regel 3, veld periode_van: '31-04-2026' is geen geldige datum");
        bestanden.put(KOP + goed + "111222333;ZV-D-01;13-04-2026;19-04-2026;1;-20;zorg;\n", "Regel 3, veld bedrag: mag niet negatief zijn");
        bestanden.put(KOP + goed + goed, "Regel 3: dezelfde declaratie");
        bestanden.put(KOP + goed + "111222333;\"ZV-D-01;13-04-2026\n", "Regel 3: het bestand is geen geldig CSV-bestand: een aanhalingsteken in deze regel"
                + " wordt niet gesloten");
        bestanden.forEach((inhoud, melding) -> {
            var a = FINANCIEEL.postCsv("/api/v1/pgb/declaraties?gemeente=0222&bestandsnaam=kapot.csv", inhoud);
            assertThat(a.status()).as(melding + " / " + a.body()).isEqualTo(400);
            assertThat(a.json().getBoolean("doorgevoerd")).isFalse();
            assertThat(a.json().getJsonArray("fouten").getString(0)).as(a.body()).startsWith(melding);
        });
        assertThat(besteed("PGB-0222-DEMO-1")).isEqualTo(voor);
        assertThat(aantalImports()).isEqualTo(imports);
        // The good line was not stored with any broken file: alone it is new.
        var los = FINANCIEEL.postCsv("/api/v1/pgb/declaraties?gemeente=0222", KOP + goed);
        assertThat(los.json().getJsonNumber("goedgekeurd").longValue()).isEqualTo(1);
    }

    @Test
    void vierOgenOpBetalingenBovenDeGrens() {
        StringBuilder csv = new StringBuilder(KOP);
        java.time.LocalDate maandag = java.time.LocalDate.of(2026, 9, 7);
        var f = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
        for (int w = 0; w < 8; w++) {
            csv.append("111222333;ZV-D-01;").append(f.format(maandag.plusWeeks(w))).append(';').append(f.format(maandag.plusWeeks(w).plusDays(6)))
                    .append(";36;720,00;zorg;\n");
        }
        var a = FINANCIEEL.postCsv("/api/v1/pgb/declaraties?gemeente=0222&bestandsnaam=najaar.csv", csv.toString());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        long id = a.json().getJsonNumber("importId").longValue();
        assertThat(a.json().getJsonNumber("teBetalen").bigDecimalValue()).isEqualByComparingTo("5760");

        // A teamleider cannot give the first approval; a financieel can, and above 5000 a second one is needed.
        assertThat(TEAMLEIDER.post("/api/v1/pgb/imports/" + id + "/akkoord", "").status()).isEqualTo(403);
        var eerste = FINANCIEEL.post("/api/v1/pgb/imports/" + id + "/akkoord", "");
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(200);
        assertThat(eerste.json().getString("status")).isEqualTo("WACHT_OP_TWEEDE");
        var nogmaals = FINANCIEEL.post("/api/v1/pgb/imports/" + id + "/akkoord", "");
        assertThat(nogmaals.status()).isEqualTo(400);
        assertThat(nogmaals.body()).contains("Vier ogen");
        var tweede = TEAMLEIDER.post("/api/v1/pgb/imports/" + id + "/akkoord", "");
        assertThat(tweede.status()).as(tweede.body()).isEqualTo(200);
        assertThat(tweede.json().getString("status")).isEqualTo("BETAALBAAR");
        assertThat(tweede.json().getString("tweedeAkkoord")).isEqualTo("teamleider.doetinchem");
        assertThat(FINANCIEEL.post("/api/v1/pgb/imports/" + id + "/akkoord", "").status()).isEqualTo(400);
    }

    @Test
    void scopingEnRollen() {
        var lochem = FINANCIEEL.postCsv("/api/v1/pgb/declaraties?gemeente=0262&bestandsnaam=lochem.csv",
                KOP + "999990019;ZV-L-01;02-03-2026;08-03-2026;10;200,00;zorg;\n");
        assertThat(lochem.status()).as(lochem.body()).isEqualTo(200);
        long id = lochem.json().getJsonNumber("importId").longValue();
        // The teamleider works for Doetinchem only: Lochem's import and budget do not exist for him.
        assertThat(TEAMLEIDER.get("/api/v1/pgb/imports/" + id).status()).isEqualTo(404);
        assertThat(TEAMLEIDER.get("/api/v1/pgb/budgetten/" + budgetId("PGB-0262-DEMO-1")).status()).isEqualTo(404);
        assertThat(TEAMLEIDER.post("/api/v1/pgb/imports/" + id + "/akkoord", "").status()).isEqualTo(404);
        assertThat(TEAMLEIDER.postCsv("/api/v1/pgb/declaraties?gemeente=0222", KOP).status()).isEqualTo(403);
        assertThat(Api.als("consulent.doetinchem").postCsv("/api/v1/pgb/declaraties?gemeente=0222", KOP).status()).isEqualTo(403);
        assertThat(Api.als("auditor").get("/api/v1/pgb/budgetten").status()).isEqualTo(403);
        assertThat(Api.als("intake.isd").get("/api/v1/pgb/imports").status()).isEqualTo(403);
        assertThat(Api.anoniem().get("/api/v1/pgb/budgetten").status()).isEqualTo(401);
        assertThat(Api.als("consulent.doetinchem").get("/api/v1/pgb/budgetten").body()).doesNotContain("PGB-0262-DEMO-1");
    }

    @Test
    void svbToekenningsbestandMetVierOgenEnDeBudgetafsluiting() {
        var concept = FINANCIEEL.post("/api/v1/pgb/exports/svb?gemeente=0222", "");
        assertThat(concept.status()).as(concept.body()).isEqualTo(201);
        long id = concept.json().getJsonNumber("id").longValue();
        assertThat(concept.json().getString("status")).isEqualTo("CONCEPT");
        assertThat(FINANCIEEL.get("/api/v1/pgb/exports/" + id + "/inhoud").status()).isEqualTo(400);
        assertThat(FINANCIEEL.post("/api/v1/pgb/exports/" + id + "/akkoord", "").json().getString("status")).isEqualTo("WACHT_OP_TWEEDE");
        assertThat(TEAMLEIDER.post("/api/v1/pgb/exports/" + id + "/akkoord", "").json().getString("status")).isEqualTo("GOEDGEKEURD");
        var inhoud = FINANCIEEL.get("/api/v1/pgb/exports/" + id + "/inhoud");
        assertThat(inhoud.status()).isEqualTo(200);
        assertThat(inhoud.body()).contains("mutatie;budgetnummer;bsn;gemeente;ingang;einde;bedrag;per_week;omschrijving",
                "NIEUW;PGB-0222-DEMO-1;111222333;0222;2026-01-01;2026-12-31;");
        // Sent: the next file has nothing new for these budgets.
        assertThat(FINANCIEEL.get("/api/v1/pgb/budgetten/" + budgetId("PGB-0222-DEMO-1")).json().getJsonObject("budget").getString("svbMutatie")).isEmpty();

        var stand = FINANCIEEL.postCsv("/api/v1/pgb/svb/standen?gemeente=0222", "budgetnummer;jaar;maand;besteed\nPGB-0222-DEMO-2;2026;3;210,00\n");
        assertThat(stand.status()).as(stand.body()).isEqualTo(200);
        assertThat(FINANCIEEL.postCsv("/api/v1/pgb/svb/standen?gemeente=0222", "budgetnummer;jaar;maand;besteed\nPGB-0262-DEMO-1;2026;3;1\n").status())
                .isEqualTo(400);
        var vergelijking = FINANCIEEL.get("/api/v1/pgb/svb/vergelijking?gemeente=0222&jaar=2026").jsonLijst();
        assertThat(vergelijking.stream().map(JsonValue::asJsonObject).filter(v -> v.getString("budgetnummer").equals("PGB-0222-DEMO-2")).findFirst()
                .orElseThrow().getJsonNumber("verschil").bigDecimalValue()).isEqualByComparingTo("210");
    }

    @Test
    void cakStartStopUitAlleGebiedenEnKostenPerGemeente() {
        var cak = FINANCIEEL.post("/api/v1/pgb/exports/cak?gemeente=0222&van=2026-01-01&tot=2026-01-31", "");
        assertThat(cak.status()).as(cak.body()).isEqualTo(201);
        long id = cak.json().getJsonNumber("id").longValue();
        assertThat(cak.json().getInt("regels")).isGreaterThanOrEqualTo(2);
        var akkoord = FINANCIEEL.post("/api/v1/pgb/exports/" + id + "/akkoord", "").json();
        if (akkoord.getString("status").equals("WACHT_OP_TWEEDE")) {
            TEAMLEIDER.post("/api/v1/pgb/exports/" + id + "/akkoord", "");
        }
        String inhoud = FINANCIEEL.get("/api/v1/pgb/exports/" + id + "/inhoud").body();
        assertThat(inhoud).contains("bericht;gemeente;bsn;referentie;gebied;productcode;leveringsvorm;datum;kostprijs;kostprijsbasis;regels",
                "START;0222;111222333;pgb-budget-", ";PGB;2026-01-01;", "E-01,E-02,E-04");

        var kosten = FINANCIEEL.get("/api/v1/pgb/kosten?jaar=2026&uitvoeringskosten=100000").json();
        var verdeling = kosten.getJsonArray("verdeling");
        assertThat(verdeling.size()).isEqualTo(4);
        assertThat(verdeling.stream().map(v -> v.asJsonObject().getJsonNumber("uitvoeringskosten").bigDecimalValue())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo("100000");
        assertThat(kosten.getJsonArray("toelichting").toString()).contains("regel O-06", "regel O-07");
        assertThat(kosten.getJsonArray("maanden")).hasSize(48);
        var excel = FINANCIEEL.bytes("/api/v1/pgb/kosten.xlsx?jaar=2026&uitvoeringskosten=100000");
        assertThat(excel.status()).isEqualTo(200);
        assertThat(new String(excel.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(Api.als("consulent.doetinchem").get("/api/v1/pgb/kosten?jaar=2026").status()).isEqualTo(403);
    }

    @Test
    void toekenningDoorDeConsulentNoemtElkeRegel() {
        Api lochem = Api.als("consulent.lochem");
        long clientId = lochem.get("/api/v1/clienten?bsn=999990019").json().getJsonArray("clienten").getJsonObject(0).getJsonNumber("id").longValue();
        String aanvraag = "{\"clientId\":" + clientId + ",\"omschrijving\":\"Begeleiding door mantelzorger\",\"ingang\":\"2026-12-01\","
                + "\"einde\":\"2026-12-28\",\"noodzaakVastgesteld\":true,\"kanPgbBeheren\":true,\"gemotiveerd\":true,\"kwaliteitGewaarborgd\":true,"
                + "\"budgetplan\":%s,\"algemeenGebruikelijk\":false,\"minderjarigen\":false,\"wissel\":false,\"reiskostenInPlan\":false,"
                + "\"hulpen\":[{\"zorgverlenerCode\":\"ZV-L-01\",\"urenPerWeek\":40,\"vasteUren\":false,\"overeenkomstGoedgekeurd\":true}]}";
        var geweigerd = lochem.post("/api/v1/pgb/budgetten", aanvraag.formatted("false"));
        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(200);
        assertThat(geweigerd.json().getBoolean("toegekend")).isFalse();
        assertThat(geweigerd.json().getJsonArray("afwijzingsregels").toString()).isEqualTo("[\"P-02\"]");
        var toegekend = lochem.post("/api/v1/pgb/budgetten", aanvraag.formatted("true"));
        assertThat(toegekend.status()).as(toegekend.body()).isEqualTo(201);
        // P-09: 40 hours in the plan, 36 paid; 36 × € 20 × 4 weeks.
        assertThat(toegekend.json().getJsonNumber("bedrag").bigDecimalValue()).isEqualByComparingTo("2880");
        assertThat(toegekend.json().getJsonArray("motivering").toString()).contains("regel P-01", "regel P-02", "regel P-09", "regel P-05",
                "regel P-07", "regel P-20", "paragraaf 3.5.1");
        assertThat(Api.als("consulent.doetinchem").post("/api/v1/pgb/budgetten", aanvraag.formatted("true")).status()).isEqualTo(404);
    }

    @Test
    void signalenEnTerugvorderingen() {
        long lochem = budgetId("PGB-0262-DEMO-1");
        var p16 = FINANCIEEL.post("/api/v1/pgb/budgetten/" + lochem + "/intrekkingsgronden", "{\"grond\":\"GEEN_VASTE_WOONPLAATS\"}");
        assertThat(p16.status()).as(p16.body()).isEqualTo(200);
        assertThat(p16.json().getString("regelId")).isEqualTo("P-16");
        assertThat(FINANCIEEL.post("/api/v1/pgb/budgetten/" + lochem + "/intrekkingsgronden", "{\"grond\":\"X\"}").status()).isEqualTo(400);
        List<String> signalen = FINANCIEEL.get("/api/v1/pgb/signalen").jsonLijst().stream()
                .map(v -> v.asJsonObject().getString("regelId") + " " + v.asJsonObject().getString("tekst")).toList();
        // PGB-0222-DEMO-2 started on 1 January 2026 and was never used (P-08); the P-16 ground just reported.
        assertThat(signalen).anyMatch(s -> s.startsWith("P-08 Pgb PGB-0222-DEMO-2") && s.contains("niet gebruikt"));
        assertThat(signalen).anyMatch(s -> s.startsWith("P-16 Pgb PGB-0262-DEMO-1") && s.contains("vaste woon- of verblijfplaats"));
        assertThat(TEAMLEIDER.get("/api/v1/pgb/signalen").body()).doesNotContain("PGB-0262");

        var tv = FINANCIEEL.post("/api/v1/pgb/budgetten/" + budgetId("PGB-0222-DEMO-2") + "/terugvorderingen",
                "{\"bedrag\":125.50,\"omschrijving\":\"Betaald na einde overeenkomst\"}");
        assertThat(tv.status()).as(tv.body()).isEqualTo(201);
        assertThat(FINANCIEEL.get("/api/v1/pgb/terugvorderingen").body()).contains("Betaald na einde overeenkomst", "125.5", "regel P-08");
        var steekproef = FINANCIEEL.get("/api/v1/pgb/steekproef?gemeente=0222&jaar=2026&kwartaal=1").json();
        assertThat(steekproef.getJsonNumber("zaad").longValue()).isEqualTo(22_220_261L);
        assertThat(steekproef.getString("motivering")).contains("regel P-19");
        assertThat(FINANCIEEL.get("/api/v1/pgb/steekproef?gemeente=0222&jaar=2026&kwartaal=1").json()).isEqualTo(steekproef);
    }

    @Test
    void financieelLeestInBekijktAfwijzingenKeurtGoedMetVierOgenEnExporteert() throws Exception {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "financieel");
        page.getByRole(AriaRole.LINK, naam("Declaraties")).click();
        page.waitForURL("**/pgb/declaraties.xhtml**");
        Browser.toegankelijk(page, "declaraties");
        StringBuilder csv = new StringBuilder(KOP);
        java.time.LocalDate maandag = java.time.LocalDate.of(2026, 5, 4);
        var f = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
        for (int w = 0; w < 8; w++) {
            csv.append("111222333;ZV-D-01;").append(f.format(maandag.plusWeeks(w))).append(';').append(f.format(maandag.plusWeeks(w).plusDays(6)))
                    .append(";36;720,00;zorg;\n");
        }
        csv.append("111222333;ZV-D-02;04-05-2026;10-05-2026;1;99,00;zorg;\n");
        page.getByLabel("Gemeente").selectOption("0222");
        page.getByLabel("Declaratiebestand (CSV)").setInputFiles(new FilePayload("mei.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, naam("Inlezen")).click();
        assertThat(page.locator("#resultaat")).containsText("8 goedgekeurd, 1 afgewezen");
        Browser.toegankelijk(page, "resultaat van het inlezen");

        page.getByRole(AriaRole.LINK, naam("Bekijk de afgewezen declaraties van deze import")).click();
        page.waitForURL("**/pgb/import.xhtml**");
        String importUrl = page.url();
        assertThat(page.locator("#declaraties")).containsText("afgewezen: P-05");
        assertThat(page.locator("#declaraties")).containsText("regel P-05");
        Browser.toegankelijk(page, "afgewezen declaraties");
        page.getByRole(AriaRole.BUTTON, naam("Akkoord op betaling")).click();
        assertThat(page.locator("#status")).containsText("wacht op een tweede akkoord");
        page.getByRole(AriaRole.BUTTON, naam("Akkoord op betaling")).click();
        assertThat(page.locator("#meldingenlijst")).containsText("Vier ogen");
        Browser.toegankelijk(page, "vier ogen geweigerd");

        Page teamleider = Browser.aanmelden(browser.nieuwePagina(), "teamleider.doetinchem");
        teamleider.navigate(importUrl);
        teamleider.getByRole(AriaRole.BUTTON, naam("Akkoord op betaling")).click();
        assertThat(teamleider.locator("#status")).containsText("betaalbaar");
        assertThat(teamleider.locator("#status")).containsText("Tweede akkoord: teamleider.doetinchem");
        Browser.toegankelijk(teamleider, "import na tweede akkoord");

        page.getByRole(AriaRole.LINK, naam("SVB en CAK")).click();
        page.waitForURL("**/pgb/exports.xhtml**");
        Browser.toegankelijk(page, "exports");
        page.getByLabel("Gemeente").selectOption("0222");
        veld(page, "CAK-periode van (dd-mm-jjjj)").fill("01-01-2026");
        veld(page, "CAK-periode tot en met (dd-mm-jjjj)").fill("31-01-2026");
        page.getByRole(AriaRole.BUTTON, naam("CAK-bestand maken")).click();
        assertThat(page.locator("#meldingenlijst")).containsText("CAK-bestand");
        String nummer = page.locator("#meldingenlijst").innerText().replaceAll("(?s).*CAK-bestand (\\d+).*", "$1");
        page.getByRole(AriaRole.BUTTON, naam("Akkoord op export " + nummer)).click();
        if (page.getByRole(AriaRole.BUTTON, naam("Download export " + nummer)).count() == 0) {
            Page tl = Browser.aanmelden(browser.nieuwePagina(), "teamleider.doetinchem");
            tl.navigate(Omgeving.basis() + "/pgb/exports.xhtml");
            tl.getByRole(AriaRole.BUTTON, naam("Akkoord op export " + nummer)).click();
            page.reload();
        }
        Browser.toegankelijk(page, "export goedgekeurd");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, naam("Download export " + nummer)).click());
        String inhoud = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(inhoud).contains("START;0222;111222333;pgb-budget-");

        page.getByRole(AriaRole.LINK, naam("Kosten per gemeente")).click();
        page.waitForURL("**/pgb/kosten.xhtml**");
        veld(page, "Uitvoeringskosten ISD (euro)").fill("100000");
        page.getByRole(AriaRole.BUTTON, naam("Toon")).click();
        assertThat(page.locator("#verdeling")).containsText("0534");
        Browser.toegankelijk(page, "kosten per gemeente");

        page.getByRole(AriaRole.LINK, naam("Pgb-budgetten")).click();
        page.waitForURL("**/pgb/budgetten.xhtml**");
        Browser.toegankelijk(page, "budgetten");
        page.getByRole(AriaRole.LINK, naam("PGB-0222-DEMO-1")).click();
        page.waitForURL("**/pgb/budget.xhtml**");
        assertThat(page.locator("main")).containsText("regel P-09");
        Browser.toegankelijk(page, "budget");

        page.getByRole(AriaRole.LINK, naam("Terugvorderingen")).click();
        page.waitForURL("**/pgb/terugvorderingen.xhtml**");
        Browser.toegankelijk(page, "terugvorderingen");

        long clientId = FINANCIEEL.get("/api/v1/clienten?bsn=111222333").json().getJsonArray("clienten").getJsonObject(0).getJsonNumber("id").longValue();
        page.navigate(Omgeving.basis() + "/clienten/client.xhtml?id=" + clientId);
        assertThat(page.locator("#pgbbudgetten")).containsText("PGB-0222-DEMO-1");
        Browser.toegankelijk(page, "cliëntpagina met Pgb");
    }

    /** The consulent's toekenning screen (P-01, P-02, P-17 with the computation), zorgverleners, and the SVB closing figures. */
    @Test
    void consulentKentToeEnRegistreertZorgverlenerFinancieelLeestSvbAfsluitingIn() {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        page.getByRole(AriaRole.LINK, naam("Zorgverleners")).click();
        page.waitForURL("**/pgb/zorgverleners.xhtml**");
        assertThat(page.locator("#zorgverleners")).containsText("Sanne de Boer");
        Browser.toegankelijk(page, "zorgverleners");
        veld(page, "Code").fill("ZV-D-09");
        veld(page, "Geboortedatum (dd-mm-jjjj)").fill("geen datum");
        page.getByRole(AriaRole.BUTTON, naam("Registreer zorgverlener")).click();
        assertThat(page.locator("main")).containsText("Geboortedatum van de zorgverlener is geen datum (dd-mm-jjjj).");
        Browser.toegankelijk(page, "zorgverlener met een vormfout");
        veld(page, "Geboortedatum (dd-mm-jjjj)").fill("01-06-2005");
        page.getByRole(AriaRole.BUTTON, naam("Registreer zorgverlener")).click();
        assertThat(page.locator("#meldingenlijst")).containsText("Naam van de zorgverlener is verplicht.");
        assertThat(page.locator("#meldingenlijst")).containsText("Soort zorgverlener is verplicht.");
        Browser.toegankelijk(page, "zorgverlener met Nederlandse meldingen");
        veld(page, "Code").fill("ZV-D-09");
        veld(page, "Naam").fill("Noor Hendriks");
        page.getByLabel("Soort hulp").selectOption("SOCIAAL_NETWERK");
        veld(page, "Afstand tot de cliënt (km)").fill("7.5");
        Browser.vink(page.getByLabel("Verklaring omtrent het gedrag (VOG) overgelegd"));
        page.getByRole(AriaRole.BUTTON, naam("Registreer zorgverlener")).click();
        assertThat(page.locator("#meldingenlijst")).containsText("Zorgverlener ZV-D-09 geregistreerd.");
        assertThat(page.locator("#zorgverleners")).containsText("Noor Hendriks");
        assertThat(page.locator("#zorgverleners")).containsText("7.5");

        long clientId = Api.als("consulent.doetinchem").get("/api/v1/clienten?bsn=111222333").json().getJsonArray("clienten").getJsonObject(0)
                .getJsonNumber("id").longValue();
        page.navigate(Omgeving.basis() + "/clienten/client.xhtml?id=" + clientId);
        page.getByRole(AriaRole.LINK, naam("Pgb toekennen")).click();
        page.waitForURL("**/pgb/toekenning.xhtml**");
        Browser.toegankelijk(page, "toekenning");
        veld(page, "Ingangsdatum (dd-mm-jjjj)").fill("1 februari");
        page.getByRole(AriaRole.BUTTON, naam("Beoordeel en ken toe")).click();
        assertThat(page.locator("main")).containsText("Ingangsdatum is geen datum (dd-mm-jjjj).");
        veld(page, "Ingangsdatum (dd-mm-jjjj)").fill("01-02-2027");
        veld(page, "Einddatum (dd-mm-jjjj)").fill("28-02-2027");
        page.getByRole(AriaRole.BUTTON, naam("Beoordeel en ken toe")).click();
        assertThat(page.locator("#meldingenlijst")).containsText("Omschrijving is verplicht");
        assertThat(page.locator("#meldingenlijst")).containsText("Noem minstens één zorgverlener uit het budgetplan.");
        Browser.toegankelijk(page, "toekenning met Nederlandse meldingen");

        // P-02 not met: refused, naming the rule.
        veld(page, "Omschrijving").fill("Begeleiding door mantelzorger");
        Browser.vink(page.getByLabel("Noodzaak van de maatwerkvoorziening is vastgesteld"));
        Browser.vink(page.getByLabel("P-01 a: de cliënt (of zijn vertegenwoordiger) kan het Pgb beheren"));
        Browser.vink(page.getByLabel("P-01 b: de cliënt heeft gemotiveerd waarom hij een Pgb wil"));
        Browser.vink(page.getByLabel("P-01 c: de kwaliteit van de ingekochte hulp is gewaarborgd"));
        page.getByLabel("Zorgverlener hulp 1").selectOption("ZV-D-01");
        veld(page, "Uren per week hulp 1").fill("10");
        Browser.vink(page.getByLabel("Overeenkomst goedgekeurd (P-03) hulp 1"));
        veld(page, "Kosten van de goedkoopst adequate natura per week (euro, P-17)").fill("100");
        page.getByRole(AriaRole.BUTTON, naam("Beoordeel en ken toe")).click();
        assertThat(page.locator("#besluit")).containsText("Geweigerd op regel P-02");
        assertThat(page.locator("#motivering")).containsText("regel P-02");
        Browser.toegankelijk(page, "toekenning geweigerd");

        // With the budgetplan: granted, capped at natura (P-17), with the computation and every rule with its article.
        Browser.vink(page.getByLabel("P-02: het budgetplan is ingediend"));
        page.getByRole(AriaRole.BUTTON, naam("Beoordeel en ken toe")).click();
        assertThat(page.locator("#besluit")).containsText("Toegekend: PGB-0222-");
        assertThat(page.locator("#berekening")).containsText("10 uur per week");
        assertThat(page.locator("#berekening")).containsText("Hoogstens de kosten van natura");
        assertThat(page.locator("#natura")).containsText("wordt geweigerd, dat verschil mag u zelf betalen");
        assertThat(page.locator("#natura")).containsText("regel P-17");
        for (String regel : List.of("regel P-01", "regel P-02", "regel P-05", "regel P-17")) {
            assertThat(page.locator("#motivering")).containsText(regel);
        }
        assertThat(page.locator("#motivering")).containsText("artikel 12 lid 1");
        assertThat(page.locator("#natura")).containsText("de toelichting op artikel 12");
        Browser.toegankelijk(page, "toekenning toegekend");
        page.getByRole(AriaRole.LINK, naam("Naar het budget")).click();
        page.waitForURL("**/pgb/budget.xhtml**");
        assertThat(page.locator("main")).containsText("regel P-17");
        Browser.toegankelijk(page, "toegekend budget");

        Page fin = Browser.aanmelden(browser.nieuwePagina(), "financieel");
        fin.getByRole(AriaRole.LINK, naam("SVB-budgetafsluiting")).click();
        fin.waitForURL("**/pgb/svb.xhtml**");
        Browser.toegankelijk(fin, "SVB-budgetafsluiting");
        fin.getByLabel("Gemeente").selectOption("0222");
        fin.getByLabel("Budgetafsluiting (CSV)").setInputFiles(new FilePayload("svb.csv", "text/csv",
                "budgetnummer;jaar;maand;besteed\nPGB-0262-DEMO-1;2026;1;5,00\n".getBytes(StandardCharsets.UTF_8)));
        fin.getByRole(AriaRole.BUTTON, naam("Budgetafsluiting inlezen")).click();
        assertThat(fin.locator("#meldingenlijst")).containsText("niets opgeslagen");
        assertThat(fin.locator("#fouten")).containsText("veld budgetnummer");
        Browser.toegankelijk(fin, "SVB-budgetafsluiting met fouten");
        fin.getByLabel("Budgetafsluiting (CSV)").setInputFiles(new FilePayload("svb.csv", "text/csv",
                "budgetnummer;jaar;maand;besteed\nPGB-0222-DEMO-1;2026;1;1,00\n".getBytes(StandardCharsets.UTF_8)));
        fin.getByRole(AriaRole.BUTTON, naam("Budgetafsluiting inlezen")).click();
        assertThat(fin.locator("#meldingenlijst")).containsText("Budgetafsluiting ingelezen: 1 regels.");
        assertThat(fin.locator("#vergelijking")).containsText("PGB-0222-DEMO-1");
        assertThat(fin.locator("#vergelijking tr", new Page.LocatorOptions().setHasText("PGB-0222-DEMO-1"))).containsText("€ 1.00");
        Browser.toegankelijk(fin, "SVB naast eigen cijfers");
    }
}
