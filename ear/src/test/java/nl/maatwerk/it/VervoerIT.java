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
                "Regel 3: dezelfde rit (pas, datum, tijd, van, naar) staat al eerder in dit bestand.");
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
}
