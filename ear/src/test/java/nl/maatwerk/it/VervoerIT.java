package nl.maatwerk.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vervoer on the real server: the trip import through the API (broken files change nothing, a re-import changes
 * nothing, budgets for a Doetinchem and a Lochem pass, the 100 % signal, role and gemeente checks) and one
 * browser journey. The demo passes: D-1001 (Doetinchem, 2,000 km), D-1002 (Doetinchem, 1,200 km),
 * L-2001 (Lochem, 1,800 km and 900 zones), valid 2026-2027. Each test uses its own pass or year.
 */
class VervoerIT extends BrowserIT {

    static final String KOP = "pasnummer;datum;tijd;van;naar;km;zones;begeleider;prioriteit\n";

    static final Api DOETINCHEM = Api.als("consulent.doetinchem");
    static final Api LOCHEM = Api.als("consulent.lochem");

    @Test
    void kapotteBestandenGevenElkHunMeldingEnVeranderenNiets() {
        JsonObject voor = DOETINCHEM.get("/api/v1/vervoer/passen/D-1001?jaar=2026").json();
        String goed = "D-1001;02-02-2026;10:00;Grutstraat 12;Slingeland;5,0;0;nee;nee\n";
        Map<String, String> bestanden = Map.of(
                "pas;datum;km\nD-1001;02-02-2026;5\n",
                "Regel 1: de kolommen zijn 'pas;datum;km' maar moeten 'pasnummer;datum;tijd;van;naar;km;zones;begeleider;prioriteit' zijn.",
                KOP + goed + "L-2001;02-02-2026;10:00;Markt 3;Station;5;1;nee;nee\n",
                "Regel 3, veld pasnummer: pas L-2001 is onbekend.",
                KOP + goed + "D-1001;31-12-2025;10:00;Grutstraat 12;Slingeland;5;0;nee;nee\n",
                "Regel 3, veld datum: 31-12-2025 valt buiten de geldigheid van pas D-1001 (01-01-2026 tot en met 31-12-2027).",
                KOP + goed + "D-1001;03-02-2026;10:00;Grutstraat 12;Slingeland;-4;0;nee;nee\n",
                "Regel 3, veld km: mag niet negatief zijn (-4).",
                "",
                "Regel 1: het bestand is leeg",
                KOP + goed + goed,
                "Regel 3: dezelfde rit (pas, datum, tijd, van, naar) staat al eerder in dit bestand.",
                // V12: a pass and a moment are one trip; another line at that pass and moment is a conflict, not a new trip.
                KOP + goed + "D-1001;02-02-2026;10:00;Grutstraat 12;Markt;5,0;0;nee;nee\n",
                "Regel 3, veld tijd: pas D-1001 heeft op 02-02-2026 om 10:00 al een andere rit eerder in dit bestand"
                        + " (Grutstraat 12 naar Slingeland, 5,0 km, 0 zones). Een pashouder kan niet twee ritten op hetzelfde moment beginnen;");
        bestanden.forEach((inhoud, melding) -> {
            var a = DOETINCHEM.postCsv("/api/v1/vervoer/ritten?bestandsnaam=kapot.csv", inhoud);
            assertThat(a.status()).as(melding).isEqualTo(400);
            JsonObject r = a.json();
            assertThat(r.getBoolean("doorgevoerd")).isFalse();
            assertThat(r.getJsonNumber("opgeslagen").longValue()).isZero();
            assertThat(r.getJsonArray("fouten").getString(0)).startsWith(melding);
        });
        JsonObject na = DOETINCHEM.get("/api/v1/vervoer/passen/D-1001?jaar=2026").json();
        assertThat(na.getJsonNumber("ritten").longValue()).isEqualTo(voor.getJsonNumber("ritten").longValue());
        assertThat(na.getJsonNumber("kmGebruikt").bigDecimalValue()).isEqualByComparingTo(voor.getJsonNumber("kmGebruikt").bigDecimalValue());
    }

    @Test
    void alleenDeGeldigeRegelsAlsDeGebruikerDatUitdrukkelijkKiest() {
        String csv = KOP + "D-1001;05-01-2027;09:00;Grutstraat 12;Markt;7,5;0;nee;nee\n"
                + "D-1001;06-01-2027;09:00;Grutstraat 12;Markt;-1;0;nee;nee\n";
        assertThat(DOETINCHEM.postCsv("/api/v1/vervoer/ritten", csv).status()).isEqualTo(400);
        assertThat(DOETINCHEM.get("/api/v1/vervoer/passen/D-1001?jaar=2027").json().getJsonNumber("ritten").longValue()).isZero();
        var a = DOETINCHEM.postCsv("/api/v1/vervoer/ritten?alleenGeldige=true", csv);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().getJsonNumber("opgeslagen").longValue()).isEqualTo(1);
        assertThat(a.json().getJsonNumber("afgekeurd").longValue()).isEqualTo(1);
        JsonObject pas = DOETINCHEM.get("/api/v1/vervoer/passen/D-1001?jaar=2027").json();
        assertThat(pas.getJsonNumber("kmGebruikt").bigDecimalValue()).isEqualByComparingTo("7.5");
    }

    @Test
    void doetinchemBudgetNaImportEnEenTweedeImportVerandertNiets() {
        StringBuilder csv = new StringBuilder(KOP);
        for (int i = 1; i <= 10; i++) {
            csv.append("D-1001;").append(String.format("%02d", i)).append("-03-2026;10:00;Grutstraat 12;Slingeland;15,0;0;nee;nee\n");
        }
        csv.append("D-1001;20-03-2026;10:00;Grutstraat 12;Arnhem Centraal;25,0;0;ja;ja\n");
        var eerste = DOETINCHEM.postCsv("/api/v1/vervoer/ritten?bestandsnaam=maart.csv", csv.toString());
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(200);
        assertThat(eerste.json().getJsonNumber("opgeslagen").longValue()).isEqualTo(11);
        JsonObject pas = DOETINCHEM.get("/api/v1/vervoer/passen/D-1001?jaar=2026").json();
        assertThat(pas.getInt("kmBudget")).isEqualTo(2000);
        assertThat(pas.getJsonNumber("kmGebruikt").bigDecimalValue()).isEqualByComparingTo("175");
        assertThat(pas.getInt("kmProcent")).isEqualTo(8);
        assertThat(pas.get("zonesBudget") == null || pas.isNull("zonesBudget")).as("Doetinchem heeft geen zonebudget").isTrue();
        assertThat(pas.getJsonNumber("buitenGebied").longValue()).isEqualTo(1);

        var tweede = DOETINCHEM.postCsv("/api/v1/vervoer/ritten?bestandsnaam=maart-opnieuw.csv", csv.toString());
        assertThat(tweede.status()).isEqualTo(200);
        assertThat(tweede.json().getJsonNumber("opgeslagen").longValue()).isZero();
        assertThat(tweede.json().getJsonNumber("alAanwezig").longValue()).isEqualTo(11);
        JsonObject opnieuw = DOETINCHEM.get("/api/v1/vervoer/passen/D-1001?jaar=2026").json();
        assertThat(opnieuw.getJsonNumber("kmGebruikt").bigDecimalValue()).isEqualByComparingTo("175");

        // The identical line is "already read" (above); the same pass and moment with another destination or other km is
        // a conflict with the stored trip in the message, and the file stores nothing (V-02: the km budget is unchanged).
        var anders = DOETINCHEM.postCsv("/api/v1/vervoer/ritten?bestandsnaam=maart-anders.csv",
                KOP + "D-1001;01-03-2026;10:00;Grutstraat 12;Slingeland;15,0;0;nee;nee\n"
                        + "D-1001;02-03-2026;10:00;Grutstraat 12;Ziekenhuis Winterswijk;31,5;0;nee;nee\n");
        assertThat(anders.status()).as(anders.body()).isEqualTo(400);
        assertThat(anders.json().getJsonNumber("afgekeurd").longValue()).isEqualTo(1);
        assertThat(anders.json().getJsonArray("fouten").getString(0)).isEqualTo("Regel 3, veld tijd: pas D-1001 heeft op 02-03-2026 om 10:00"
                + " al een andere rit uit een eerder ingelezen bestand (Grutstraat 12 naar Slingeland, 15,0 km, 0 zones). Een pashouder"
                + " kan niet twee ritten op hetzelfde moment beginnen; verbeter de regel of vraag de vervoerder welke rit klopt.");
        assertThat(DOETINCHEM.get("/api/v1/vervoer/passen/D-1001?jaar=2026").json().getJsonNumber("kmGebruikt").bigDecimalValue())
                .isEqualByComparingTo("175");
        assertThat(opnieuw.getJsonNumber("ritten").longValue()).isEqualTo(pas.getJsonNumber("ritten").longValue());

        var budget = DOETINCHEM.get("/api/v1/vervoer/passen/D-1001/budget?jaar=2026").json();
        assertThat(budget.getJsonArray("perMaand")).hasSize(12);
        assertThat(budget.getJsonArray("perMaand").getJsonObject(2).getJsonNumber("km").bigDecimalValue()).isEqualByComparingTo("175");
        assertThat(DOETINCHEM.get("/api/v1/vervoer/signalen").jsonLijst().stream()
                .map(v -> v.asJsonObject().getString("omschrijving") + " " + v.asJsonObject().getString("pasnummer")))
                .contains("1 rit(ten) buiten de straal of het reisgebied D-1001");
    }

    @Test
    void lochemZonebudgetTotHonderdProcentGeeftSignalen() {
        StringBuilder csv = new StringBuilder(KOP);
        for (int i = 0; i < 180; i++) {
            csv.append("L-2001;").append(String.format("%02d-%02d-2026", 1 + i % 28, 1 + i / 28)).append(";")
                    .append(String.format("%02d:%02d", 8 + i % 10, i % 60)).append(";Markt 3;Zone ").append(i).append(";3;5;ja;nee\n");
        }
        var a = LOCHEM.postCsv("/api/v1/vervoer/ritten?bestandsnaam=lochem.csv", csv.toString());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().getJsonNumber("opgeslagen").longValue()).isEqualTo(180);
        assertThat(a.json().getJsonArray("signalen").toString()).contains("100 % van het zonebudget gebruikt (900 van 900 zones)");
        JsonObject pas = LOCHEM.get("/api/v1/vervoer/passen/L-2001?jaar=2026").json();
        assertThat(pas.getInt("zonesBudget")).isEqualTo(900);
        assertThat(pas.getJsonNumber("zonesGebruikt").longValue()).isEqualTo(900);
        assertThat(pas.getInt("zonesProcent")).isEqualTo(100);
        assertThat(pas.getInt("kmBudget")).isEqualTo(1800);
        assertThat(pas.getJsonNumber("kmGebruikt").bigDecimalValue()).isEqualByComparingTo(new BigDecimal("540"));
        assertThat(pas.getInt("kmProcent")).isEqualTo(30);
        var signalen = LOCHEM.get("/api/v1/vervoer/signalen").jsonLijst().toString();
        assertThat(signalen).contains("80 % van het zonebudget gebruikt", "100 % van het zonebudget gebruikt (900 van 900 zones)");
        // Another gemeente: the pass and its signals do not exist.
        assertThat(DOETINCHEM.get("/api/v1/vervoer/passen/L-2001?jaar=2026").status()).isEqualTo(404);
        assertThat(DOETINCHEM.get("/api/v1/vervoer/signalen").body()).doesNotContain("L-2001");
    }

    /** One trip line of L-2001 in 2027 (i: 0..) on its own day, 3 km and 5 zones. */
    private static String lochem2027(int i) {
        return "L-2001;" + String.format("%02d-%02d-2027", 1 + i % 28, 1 + i / 28) + ";" + String.format("%02d:%02d", 8 + i % 10, i % 60)
                + ";Markt 3;Zone " + i + ";3;5;ja;nee\n";
    }

    @Test
    void eenTweedeBestandInHetzelfdeJaarTeltDeRittenVanHetEersteMee() {
        // V-03: the import adds up the use of the trips it writes; a pass that already had trips in that year takes its
        // total from the database, so the second file's signal counts the first file's zones too.
        StringBuilder eerste = new StringBuilder(KOP);
        for (int i = 0; i < 140; i++) {
            eerste.append(lochem2027(i));
        }
        var a = LOCHEM.postCsv("/api/v1/vervoer/ritten?bestandsnaam=lochem-2027-a.csv", eerste.toString());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().getJsonArray("signalen").toString()).as("700 of 900 zones: below 80 %").doesNotContain("2027");
        assertThat(LOCHEM.get("/api/v1/vervoer/passen/L-2001?jaar=2027").json().getJsonNumber("zonesGebruikt").longValue()).isEqualTo(700);

        StringBuilder tweede = new StringBuilder(KOP).append(lochem2027(0)); // already read: not counted twice
        for (int i = 140; i < 180; i++) {
            tweede.append(lochem2027(i));
        }
        var b = LOCHEM.postCsv("/api/v1/vervoer/ritten?bestandsnaam=lochem-2027-b.csv", tweede.toString());
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        assertThat(b.json().getJsonNumber("opgeslagen").longValue()).isEqualTo(40);
        assertThat(b.json().getJsonNumber("alAanwezig").longValue()).isEqualTo(1);
        assertThat(b.json().getJsonArray("signalen").toString()).contains("Pas L-2001 (2027): 80 % van het zonebudget gebruikt (900 van 900 zones)",
                "Pas L-2001 (2027): 100 % van het zonebudget gebruikt (900 van 900 zones)");
        JsonObject pas = LOCHEM.get("/api/v1/vervoer/passen/L-2001?jaar=2027").json();
        assertThat(pas.getJsonNumber("zonesGebruikt").longValue()).isEqualTo(900);
        assertThat(pas.getJsonNumber("kmGebruikt").bigDecimalValue()).isEqualByComparingTo("540");
    }

    @Test
    void eenPasVerstrekkenNoemtElkeRegelMetBron() {
        long clientId = LOCHEM.get("/api/v1/clienten?bsn=999990019").json().getJsonArray("clienten").getJsonObject(0).getJsonNumber("id").longValue();
        String buiten = "{\"clientId\":" + clientId + ",\"pasnummer\":\"L-9001\",\"geldigVan\":\"2026-06-01\",\"verstePlaatsKm\":0,\"verstePlaatsZones\":6,"
                + "\"kmPerJaar\":1000,\"zonesPerJaar\":400,\"begeleider\":false,\"kinderenMee\":false,\"extraService\":\"TILLEN\",\"oorzaakInWoning\":false}";
        var geweigerd = LOCHEM.post("/api/v1/vervoer/passen", buiten);
        assertThat(geweigerd.status()).isEqualTo(400);
        assertThat(geweigerd.body()).contains("regel V-03", "paragraaf 5.2.5", "Tillen", "regel V-04");
        assertThat(LOCHEM.get("/api/v1/vervoer/passen/L-9001").status()).isEqualTo(404);

        String goed = "{\"clientId\":" + clientId + ",\"pasnummer\":\"L-9001\",\"geldigVan\":\"2026-06-01\",\"verstePlaatsKm\":0,\"verstePlaatsZones\":4,"
                + "\"kmPerJaar\":2600,\"zonesPerJaar\":1200,\"begeleider\":true,\"kinderenMee\":false,\"extraService\":\"VANAF_DE_HAL\",\"oorzaakInWoning\":false}";
        var verstrekt = LOCHEM.post("/api/v1/vervoer/passen", goed);
        assertThat(verstrekt.status()).as(verstrekt.body()).isEqualTo(201);
        JsonObject pas = verstrekt.json().getJsonObject("pas");
        assertThat(pas.getInt("kmBudget")).isEqualTo(2000);
        assertThat(pas.getInt("zonesBudget")).isEqualTo(900);
        assertThat(pas.getString("regelsetVersie")).isEqualTo("0262-2016-06-01");
        assertThat(verstrekt.json().getString("motivering")).contains("regel V-01", "regel V-03", "regel V-04", "regel V-06",
                "regel E-04", "opstapzones inbegrepen", "Beleidsregels maatschappelijke ondersteuning 2016 gemeente Lochem");
        // Doetinchem cannot issue a pass to a Lochem client: the client does not exist for them.
        assertThat(DOETINCHEM.post("/api/v1/vervoer/passen", goed.replace("L-9001", "D-9001")).status()).isEqualTo(404);
    }

    @Test
    void rollenZonderVervoerKrijgen403() {
        assertThat(Api.als("auditor").get("/api/v1/vervoer/passen").status()).isEqualTo(403);
        assertThat(Api.als("intake.isd").postCsv("/api/v1/vervoer/ritten", KOP).status()).isEqualTo(403);
        assertThat(Api.anoniem().get("/api/v1/vervoer/passen").status()).isEqualTo(401);
    }

    @Test
    void uploadInDeBrowserToontHetBudgetEnHetSignaal() {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Regiotaxipassen").setExact(true)).click();
        page.waitForURL("**/vervoer/passen.xhtml**");
        Browser.toegankelijk(page, "regiotaxipassen");
        assertThat(page.locator("[id='passenform:passen']")).containsText("D-1002");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ritten inlezen").setExact(true)).click();
        page.waitForURL("**/vervoer/inlezen.xhtml**");
        Browser.toegankelijk(page, "ritten inlezen");
        StringBuilder csv = new StringBuilder(KOP);
        for (int i = 1; i <= 60; i++) {
            csv.append("D-1002;").append(String.format("%02d-%02d-2026", 1 + i % 28, 1 + i % 12)).append(";")
                    .append(String.format("%02d:00", 7 + i % 12)).append(";Terborgseweg 140;Bestemming ").append(i).append(";20;0;nee;nee\n");
        }
        page.getByLabel("Rittenbestand (CSV)").setInputFiles(new FilePayload("ritten-d1002.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inlezen")).click();
        assertThat(page.locator("#resultaat")).containsText("60 ritten opgeslagen");
        assertThat(page.locator("#resultaat")).containsText("100 % van het kilometerbudget gebruikt (1200 van 1200 km)");
        Browser.toegankelijk(page, "resultaat van het inlezen");

        page.navigate(Omgeving.basis() + "/vervoer/pas.xhtml?nummer=D-1002&jaar=2026");
        assertThat(page.locator("#budget")).containsText("1200");
        assertThat(page.locator("#budget")).containsText("100 %");
        Browser.toegankelijk(page, "pas D-1002");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vervoersignalen").setExact(true)).click();
        page.waitForURL("**/vervoer/signalen.xhtml**");
        assertThat(page.locator("[id='signalenform:signalen']")).containsText("100 % van het kilometerbudget gebruikt (1200 van 1200 km)");
        Browser.toegankelijk(page, "vervoersignalen");
    }

    static long nieuweClient(Api api, String gemeente, String achternaam) {
        var r = api.post("/api/v1/clienten", """
                {"bsn":"%s","voornamen":"Vera","achternaam":"%s","geboortedatum":"1950-02-03",
                 "straat":"Markt","huisnummer":"3","postcode":"7241 AA","woonplaats":"Lochem","gemeenteCode":"%s"}"""
                .formatted(WoonvoorzieningenIT.bsn(), achternaam, gemeente));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void andereVervoersvoorzieningenWordenBeslistMetRegelsEnArtikelenEnOpgeslagen() {
        // V-05 (Doetinchem art. 10 lid 1): exactly 24 hours ahead, 20 minutes early, a funeral: granted and free.
        long d = nieuweClient(DOETINCHEM, "0222", "Prioriteit");
        var prio = DOETINCHEM.post("/api/v1/vervoer/clienten/" + d + "/besluiten", """
                {"soort":"PRIORITEITSRIT","omschrijving":"naar de uitvaart","aangevraagdOp":"2026-03-02",
                 "ritAangevraagdOp":"2026-03-02T14:00:00","gewensteAankomst":"2026-03-03T14:00:00","geplandeAankomst":"2026-03-03T13:40:00",
                 "doel":"uitvaart"}""");
        assertThat(prio.status()).as(prio.body()).isEqualTo(201);
        assertThat(prio.json().getBoolean("toegekend")).isTrue();
        assertThat(prio.json().getString("motivering")).contains("zonder extra kosten", "artikel 10 lid 1", "regel V-05");
        var laat = DOETINCHEM.post("/api/v1/vervoer/clienten/" + d + "/besluiten", """
                {"soort":"PRIORITEITSRIT","omschrijving":"naar het ziekenhuis","aangevraagdOp":"2026-03-02",
                 "ritAangevraagdOp":"2026-03-02T14:01:00","gewensteAankomst":"2026-03-03T14:00:00","geplandeAankomst":"2026-03-03T13:50:00"}""");
        assertThat(laat.status()).isEqualTo(201);
        assertThat(laat.json().getBoolean("toegekend")).isFalse();
        assertThat(laat.json().getString("motivering")).contains("minstens 24 uur", "regel V-05");

        // V-10 (Lochem §5.2.6 onder b) with W-17 answered by woonvoorzieningen through StallingBron: adequate storage, able to drive.
        long l = nieuweClient(LOCHEM, "0262", "Scootmobiel");
        assertThat(LOCHEM.put("/api/v1/woonvoorzieningen/clienten/" + l + "/woonsituatie", """
                {"woningtype":"EENGEZINSWONING","eigendom":true,"hoofdverblijf":true,"problemen":[],"locatieprobleem":false,
                 "stallingAfgesloten":true,"stallingOverdekt":true,"stallingBeschermd":true,"stallingBereikbaar":true}""").status()).isEqualTo(200);
        var scoot = LOCHEM.post("/api/v1/vervoer/clienten/" + l + "/besluiten", """
                {"soort":"SCOOTMOBIEL","omschrijving":"scootmobiel voor boodschappen","aangevraagdOp":"2026-03-02",
                 "regiotaxiBruikbaar":true,"regiotaxiPassend":true,"rijvaardig":true}""");
        assertThat(scoot.status()).as(scoot.body()).isEqualTo(201);
        assertThat(scoot.json().getBoolean("toegekend")).as(scoot.body()).isTrue();
        assertThat(scoot.json().getString("motivering")).contains("regel V-01", "regel V-10", "regel W-17", "paragraaf 5.2.6 onder b");
        // V-12: not through the contracted carrier is a refusal ground; the decision is stored all the same.
        var taxi = LOCHEM.post("/api/v1/vervoer/clienten/" + l + "/besluiten", """
                {"soort":"INDIVIDUELE_TAXI","omschrijving":"taxi naar de therapie","aangevraagdOp":"2026-03-02","gecontracteerdeVervoerder":false}""");
        assertThat(taxi.json().getBoolean("toegekend")).isFalse();
        assertThat(taxi.json().getString("motivering")).contains("gecontracteerde vervoerder", "regel V-12");
        assertThat(LOCHEM.get("/api/v1/vervoer/clienten/" + l + "/besluiten").jsonLijst()).hasSize(2);

        // Bad input names the field; another gemeente's client does not exist; no rights, no decision.
        var leeg = LOCHEM.post("/api/v1/vervoer/clienten/" + l + "/besluiten", "{\"soort\":\"DAGBESTEDING\",\"omschrijving\":\"x\",\"aangevraagdOp\":\"2026-03-02\"}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("kostenGekozenLocatie");
        assertThat(DOETINCHEM.post("/api/v1/vervoer/clienten/" + l + "/besluiten", """
                {"soort":"INDIVIDUELE_TAXI","omschrijving":"x","aangevraagdOp":"2026-03-02"}""").status()).isEqualTo(404);
        assertThat(DOETINCHEM.get("/api/v1/vervoer/clienten/" + l + "/besluiten").status()).isEqualTo(404);
        assertThat(Api.als("financieel").post("/api/v1/vervoer/clienten/" + l + "/besluiten", """
                {"soort":"INDIVIDUELE_TAXI","omschrijving":"x","aangevraagdOp":"2026-03-02"}""").status()).isEqualTo(403);
    }

    @Test
    void consulentVerstrektEenPasEnLegtEenDagbestedingsbesluitVastOpHetScherm() {
        long d = nieuweClient(DOETINCHEM, "0222", "Pashouder");
        String nummer = "D-" + (70000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(20000));
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        page.navigate(Omgeving.basis() + "/clienten/client.xhtml?id=" + d);
        page.getByRole(AriaRole.LINK, naam("Regiotaxipas verstrekken")).click();
        page.waitForURL("**/vervoer/verstrekken.xhtml?client=" + d);
        Browser.toegankelijk(page, "regiotaxipas verstrekken");
        veld(page, "Pasnummer").fill(nummer);
        veld(page, "Geldig vanaf (dd-mm-jjjj)").fill("01-06-2026");
        veld(page, "Verste bestemming (km van huis)").fill("25");
        veld(page, "Behoefte in km per jaar").fill("1500");
        page.getByRole(AriaRole.BUTTON, naam("Pas verstrekken")).click();
        // V-02: 25 km is outside Doetinchem's 20 km radius: no pass, the rule and article named.
        assertThat(page.locator(".meldingen")).containsText("regel V-02");
        Browser.toegankelijk(page, "pas geweigerd op V-02");
        veld(page, "Verste bestemming (km van huis)").fill("18");
        page.getByRole(AriaRole.BUTTON, naam("Pas verstrekken")).click();
        assertThat(page.locator("#jaarbudget")).containsText("1500 km");
        assertThat(page.locator("#motivering")).containsText("regel V-02");
        assertThat(page.locator("#motivering")).containsText("regel E-04");
        Browser.toegankelijk(page, "pas verstrekt");
        Browser.schermafdruk(page, "regiotaxipas-verstrekt");
        assertThat(DOETINCHEM.get("/api/v1/vervoer/passen/" + nummer + "?jaar=2026").json().getInt("kmBudget")).isEqualTo(1500);
        page.context().close();

        // Lochem: vervoer naar dagbesteding (V-13, 001 §4.5.4) at a farther location: granted, the extra cost for the client.
        long l = nieuweClient(LOCHEM, "0262", "Dagbesteding");
        Page lp = Browser.aanmelden(browser.nieuwePagina(), "consulent.lochem");
        lp.navigate(Omgeving.basis() + "/clienten/client.xhtml?id=" + l);
        lp.getByRole(AriaRole.LINK, naam("Andere vervoersvoorziening aanvragen")).click();
        lp.waitForURL("**/vervoer/besluit.xhtml?client=" + l);
        Browser.toegankelijk(lp, "andere vervoersvoorziening");
        lp.getByLabel("Soort vervoersvoorziening").selectOption("DAGBESTEDING");
        veld(lp, "Omschrijving van de aanvraag").fill("vervoer naar de zorgboerderij");
        veld(lp, "Aanvraagdatum (dd-mm-jjjj)").fill("02-03-2026");
        Browser.vink(lp.getByLabel("Medische of cognitieve beperkingen voor algemeen vervoer"));
        veld(lp, "Vervoerskosten per jaar naar de gekozen locatie (euro)").fill("3200");
        veld(lp, "Vervoerskosten per jaar naar de dichtstbijzijnde passende locatie (euro)").fill("2500");
        lp.getByRole(AriaRole.BUTTON, naam("Besluit vastleggen")).click();
        assertThat(lp.locator("#kop-besluit")).containsText("toegekend");
        assertThat(lp.locator("#bedrag")).containsText("700,00");
        assertThat(lp.locator("#motivering")).containsText("regel V-13");
        assertThat(lp.locator("[id='eerder']")).containsText("vervoer naar de zorgboerderij");
        Browser.toegankelijk(lp, "dagbestedingsbesluit");
        lp.context().close();
    }

    /** The test domain's rittenmap (the default: rittenmap/ in the domain directory). */
    static java.nio.file.Path rittenmap() {
        return java.nio.file.Paths.get(System.getProperty("payara.home"), "glassfish", "domains", "maatwerk-test", "rittenmap");
    }

    /** Drops a file the way a vervoerder should (write under another name, then rename) and waits for the timer. */
    static java.nio.file.Path laatVallen(String gemeente, String naam, String inhoud, String uitkomst) throws Exception {
        var map = rittenmap().resolve(gemeente);
        java.nio.file.Files.createDirectories(map);
        var tijdelijk = map.resolve(naam + ".deel");
        java.nio.file.Files.writeString(tijdelijk, inhoud, StandardCharsets.UTF_8);
        java.nio.file.Files.setLastModifiedTime(tijdelijk, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 10_000));
        java.nio.file.Files.move(tijdelijk, map.resolve(naam), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        long tot = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < tot) {
            var doel = map.resolve(uitkomst);
            if (java.nio.file.Files.isDirectory(doel)) {
                try (var s = java.nio.file.Files.list(doel)) {
                    var verslag = s.filter(f -> f.getFileName().toString().endsWith(naam + ".verslag.txt")).findFirst();
                    if (verslag.isPresent()) {
                        return verslag.get();
                    }
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(naam + " is niet binnen 90 s naar " + uitkomst + "/ verplaatst");
    }

    @Test
    void eenBestandInDeRittenmapWordtIngelezenEnVerplaatstMetEenVerslag() throws Exception {
        StringBuilder csv = new StringBuilder(KOP);
        for (int i = 1; i <= 12; i++) {
            csv.append("D-1002;").append(String.format("%02d", i)).append("-04-2027;09:00;Terborgseweg 140;Gezondheidscentrum;10,0;0;nee;nee\n");
        }
        // The domain directory (and its rittenmap) survives between runs: a unique name per run.
        String naam = "april-2027-" + System.currentTimeMillis() + ".csv";
        var verslag = laatVallen("0222", naam, csv.toString(), "verwerkt");
        String tekst = java.nio.file.Files.readString(verslag, StandardCharsets.UTF_8);
        assertThat(tekst).contains("12 regels gelezen: 12 ritten opgeslagen");
        assertThat(java.nio.file.Files.exists(verslag.resolveSibling(verslag.getFileName().toString().replace(".verslag.txt", "")))).isTrue();
        assertThat(java.nio.file.Files.exists(rittenmap().resolve("0222").resolve(naam))).isFalse();
        JsonObject pas = DOETINCHEM.get("/api/v1/vervoer/passen/D-1002?jaar=2027").json();
        assertThat(pas.getJsonNumber("kmGebruikt").bigDecimalValue()).isEqualByComparingTo("120");
        long client = pas.getJsonNumber("clientId").longValue();
        assertThat(Api.als("auditor").get("/api/v1/audit?aantal=200&client=" + client).body()).contains("12 rit(ten) ingelezen op pas D-1002 uit " + naam + " door rittenmap");

        // A broken file: nothing stored, moved to mislukt/ with each error and its line; a pass of another gemeente is unknown here.
        String kapot = KOP + "D-1002;13-04-2027;09:00;Terborgseweg 140;Markt;-3;0;nee;nee\n"
                + "L-2001;13-04-2027;09:00;Markt 3;Station;3;1;nee;nee\n";
        String fouten = java.nio.file.Files.readString(laatVallen("0222", "kapot-2027-" + System.currentTimeMillis() + ".csv", kapot, "mislukt"),
                StandardCharsets.UTF_8);
        assertThat(fouten).contains("Regel 2, veld km: mag niet negatief zijn (-3).", "Regel 3, veld pasnummer: pas L-2001 is onbekend.",
                "Er is niets opgeslagen");
        assertThat(DOETINCHEM.get("/api/v1/vervoer/passen/D-1002?jaar=2027").json().getJsonNumber("ritten").longValue()).isEqualTo(12);
    }
}
