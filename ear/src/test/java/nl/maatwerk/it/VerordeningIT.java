package nl.maatwerk.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regelsets as data on the real server: upload (refused with line-level messages, or stored and in effect
 * from its date, also after a restart), the Beoordeling API for both gemeenten, the hardheidsclausule with
 * four eyes (C-10), and the beheerder's screens in a real browser with axe-core.
 */
class VerordeningIT extends BrowserIT {

    // --- helpers --------------------------------------------------------------------------------------

    private static JsonArray lijst(Api.Antwoord a) {
        try (var r = Json.createReader(new StringReader(a.body()))) {
            return r.readArray();
        }
    }

    private static String upload(String yaml) {
        return Json.createObjectBuilder().add("inhoud", yaml).build().toString();
    }

    /** The YAML download, as a browser asks for it (not as JSON). */
    private static String bestand(String versie) throws IOException, InterruptedException {
        var verzoek = java.net.http.HttpRequest.newBuilder(java.net.URI.create(Omgeving.basis() + "/api/v1/regelsets/" + versie + "/bestand"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("beheerder:" + Omgeving.WACHTWOORD).getBytes(StandardCharsets.UTF_8))).GET().build();
        var antwoord = java.net.http.HttpClient.newHttpClient().send(verzoek,
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
        return antwoord.body();
    }

    /** A shipped file as a new version from another date. */
    private static String nieuweVersie(String oud, String gemeente, String vanaf) throws IOException, InterruptedException {
        return bestand(oud)
                .replace("versie: " + oud, "versie: " + gemeente + "-" + vanaf)
                .replace("geldig_vanaf: " + oud.substring(5), "geldig_vanaf: " + vanaf);
    }

    private static String versiesVan(String gemeente) {
        return lijst(Api.als("beheerder").get("/api/v1/regelsets")).getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("gemeente").equals(gemeente))
                .map(g -> g.getJsonArray("versies").toString()).findFirst().orElseThrow();
    }

    private static int regelnummer(String tekst, String inhoud) {
        String[] regels = tekst.split("\n", -1);
        for (int i = 0; i < regels.length; i++) {
            if (regels[i].contains(inhoud)) {
                return i + 1;
            }
        }
        throw new AssertionError(inhoud + " staat niet in het bestand");
    }

    private static JsonObject waarde(String gemeente, String sleutel, String datum) {
        var a = Api.als("consulent.doetinchem").get("/api/v1/regelsets/gemeenten/" + gemeente + "/parameters/" + sleutel + "?datum=" + datum);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    // --- (a) a broken upload ------------------------------------------------------------------------

    @Test
    @DisplayName("Een kapotte regelset geeft alle fouten met regelnummer en slaat niets op")
    void kapotteUploadGeeftRegelfoutenEnSlaatNietsOp() throws Exception {
        String voor = versiesVan("0222");
        String kapot = nieuweVersie("0222-2017-03-01", "0222", "2031-01-01")
                .replace("waarde: {getal: 2000, eenheid: km/jaar}", "waarde: {getal: tweeduizend, eenheid: km/jaar}")
                .replace("  vervoer.cvv.km_per_jaar:", "  vervoer.bestaat_niet:\n    status: VASTGESTELD\n"
                        + "    waarde: {getal: 1, eenheid: km}\n    bron: {document: \"004\", artikel: \"art. 10\", regels: [V-02]}\n"
                        + "  vervoer.cvv.km_per_jaar:");
        var a = Api.als("beheerder").post("/api/v1/regelsets", upload(kapot));
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().getString("melding")).isEqualTo("De regelset is geweigerd; er is niets opgeslagen.");
        List<JsonObject> fouten = a.json().getJsonArray("fouten").getValuesAs(JsonObject.class);
        assertThat(fouten).hasSizeGreaterThanOrEqualTo(2);
        assertThat(fouten).anySatisfy(f -> {
            assertThat(f.getInt("regel")).isEqualTo(regelnummer(kapot, "tweeduizend"));
            assertThat(f.getString("veld")).startsWith("parameters.vervoer.cvv.km_per_jaar");
        });
        assertThat(fouten).anySatisfy(f -> {
            assertThat(f.getInt("regel")).isEqualTo(regelnummer(kapot, "vervoer.bestaat_niet:"));
            assertThat(f.getString("tekst")).startsWith("Regel " + regelnummer(kapot, "vervoer.bestaat_niet:") + ", veld ");
        });
        assertThat(versiesVan("0222")).isEqualTo(voor);
        assertThat(Api.als("beheerder").get("/api/v1/regelsets/0222-2031-01-01").status()).isEqualTo(404);
        assertThat(Api.als("beheerder").post("/api/v1/regelsets", upload("")).json().getJsonArray("fouten")
                .getJsonObject(0).getString("melding")).isEqualTo("het bestand is leeg.");
    }

    // --- (b) a valid future version ------------------------------------------------------------------

    @Test
    @DisplayName("Een nieuwe Doetinchemse versie geldt vanaf haar datum, ook na een herstart; overlap wordt geweigerd")
    void nieuweVersieGeldtVanafHaarDatumEnOverlapWordtGeweigerd() throws Exception {
        String yaml = nieuweVersie("0222-2017-03-01", "0222", "2030-01-01")
                .replace("waarde: {getal: 2000, eenheid: km/jaar}", "waarde: {getal: 2500, eenheid: km/jaar}")
                .replace("titel: Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017",
                        "titel: Verordening maatschappelijke ondersteuning gemeente Doetinchem 2030");
        var a = Api.als("beheerder").post("/api/v1/regelsets", upload(yaml));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().getString("versie")).isEqualTo("0222-2030-01-01");
        assertThat(a.json().getString("status")).isEqualTo("TOEKOMSTIG");
        assertThat(a.json().getString("herkomst")).isEqualTo("GEUPLOAD");
        assertThat(a.json().getString("geuploadDoor")).isEqualTo("beheerder");
        assertThat(a.json().getJsonNumber("aantalBeslissingen").longValue()).isZero();

        controleerVersiewissel();

        // The predecessor now ends the day before; both show in the list.
        var oud = Api.als("beheerder").get("/api/v1/regelsets/0222-2017-03-01").json().getJsonObject("versie");
        assertThat(oud.getString("geldigTot")).isEqualTo("2029-12-31");

        // Overlap with the new version: refused, with its line.
        String overlap = nieuweVersie("0222-2017-03-01", "0222", "2029-07-01");
        var geweigerd = Api.als("beheerder").post("/api/v1/regelsets", upload(overlap));
        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(400);
        assertThat(geweigerd.json().getJsonArray("fouten").getValuesAs(JsonObject.class)).anySatisfy(f -> {
            assertThat(f.getString("veld")).isEqualTo("geldig_vanaf");
            assertThat(f.getString("melding")).contains("overlapt");
            assertThat(f.getInt("regel")).isEqualTo(regelnummer(overlap, "geldig_vanaf:"));
        });
        // The same version twice: refused too.
        assertThat(Api.als("beheerder").post("/api/v1/regelsets", upload(yaml)).status()).isEqualTo(400);

        // The upload is in the audit log.
        var audit = Api.als("auditor").get("/api/v1/audit?gebruiker=beheerder&aantal=200");
        assertThat(audit.body()).contains("Regelset 0222-2030-01-01 geüpload");

        // After a restart of the application the upload is loaded again from the database.
        herstartApplicatie();
        controleerVersiewissel();
        assertThat(Api.als("beheerder").get("/api/v1/regelsets/0222-2030-01-01").json().getJsonObject("versie")
                .getString("sha256")).hasSize(64);
    }

    private static void controleerVersiewissel() {
        var voor = waarde("0222", "vervoer.cvv.km_per_jaar", "2029-12-31");
        assertThat(voor.getString("versie")).isEqualTo("0222-2017-03-01");
        assertThat(voor.getJsonObject("parameter").getString("waarde")).isEqualTo("2000 km/jaar");
        assertThat(voor.getJsonObject("parameter").getJsonObject("bron").getString("artikel")).isEqualTo("art. 10");
        var na = waarde("0222", "vervoer.cvv.km_per_jaar", "2030-01-01");
        assertThat(na.getString("versie")).isEqualTo("0222-2030-01-01");
        assertThat(na.getJsonObject("parameter").getString("waarde")).isEqualTo("2500 km/jaar");
    }

    /** Disables and enables the deployed EAR with asadmin: every start-up bean runs again. */
    private static void herstartApplicatie() throws IOException, InterruptedException {
        String lijst = asadmin("list-applications", "--long=false");
        String app = lijst.lines().map(String::trim).filter(r -> r.startsWith("maatwerk")).map(r -> r.split("\\s+")[0])
                .findFirst().orElseThrow(() -> new AssertionError("EAR niet gevonden in: " + lijst));
        asadmin("disable", app);
        asadmin("enable", app);
        assertThat(Api.anoniem().get("/api/v1/health").status()).isEqualTo(200);
    }

    private static String asadmin(String... opdracht) throws IOException, InterruptedException {
        var cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                "--interactive=false", "--port", System.getProperty("maatwerk.adminPort", "28048")));
        cmd.addAll(List.of(opdracht));
        var pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("AS_JAVA", System.getProperty("java.home"));
        Process p = pb.start();
        String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(uit).isZero();
        return uit;
    }

    // --- (c) the same situation in both gemeenten ---------------------------------------------------

    private static String situatie(String gemeente) {
        return """
                {"gemeente": "%s", "peildatum": "2017-06-01", "leeftijd": 45,
                 "ladder": {"EIGEN_KRACHT": "NIET", "GEBRUIKELIJKE_HULP": "NIET", "MANTELZORG_EN_SOCIAAL_NETWERK": "NIET",
                            "ALGEMEEN_GEBRUIKELIJKE_VOORZIENING": "NIET", "ALGEMENE_VOORZIENING": "NIET"},
                 "voorliggend": {"aanspraak": false},
                 "weigeringsfeiten": {"meerkostenAantoonbaar": true, "redelijkerwijsZelfTeRegelen": false},
                 "noodzaak": {"noodzakelijk": true, "goedkoopstAdequaat": true, "voornamelijkOpClientGericht": true},
                 "huishouden": {"huisgenootKanHelpen": false},
                 "afwegingen": ["ALLE"],
                 "pgbAchteraf": {"meldingNietEerderMogelijk": false, "onherroepelijkeVerplichtingen": true, "noodzakelijk": true}}
                """.formatted(gemeente);
    }

    private static JsonObject toepassing(JsonObject beoordeling, String regelId) {
        return beoordeling.getJsonArray("toepassingen").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("regelId").equals(regelId)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    @DisplayName("C-05: dezelfde situatie (Pgb achteraf) is in Doetinchem een afwijzing (004 art. 8 lid 4) en in Lochem niet van toepassing")
    void dezelfdeSituatieGeeftVerschillendeUitkomstenMetDeArtikelenDieHetVeroorzaakten() {
        var doetinchem = Api.als("consulent.doetinchem").post("/api/v1/beoordelingen", situatie("0222"));
        assertThat(doetinchem.status()).as(doetinchem.body()).isEqualTo(200);
        var d = doetinchem.json();
        assertThat(d.getString("regelsetVersie")).isEqualTo("0222-2017-03-01");
        assertThat(d.getJsonObject("conclusie").getString("soort")).isEqualTo("AFGEWEZEN");
        assertThat(d.getJsonObject("conclusie").getJsonArray("gronden").getString(0)).isEqualTo("C-05");
        var c05 = toepassing(d, "C-05");
        assertThat(c05.getString("uitkomst")).isEqualTo("AFWIJZINGSGROND");
        assertThat(c05.getJsonObject("bron").getString("document")).isEqualTo("004");
        assertThat(c05.getJsonObject("bron").getString("artikel")).isEqualTo("art. 8");
        assertThat(c05.getJsonObject("bron").getString("lid")).isEqualTo("lid 4");
        assertThat(c05.getString("motivering")).contains("artikel 8 lid 4 Verordening").contains("regel C-05");
        // Every applied rule names its id, outcome and motivation.
        assertThat(d.getJsonArray("toepassingen").getValuesAs(JsonObject.class)).allSatisfy(t -> {
            assertThat(t.getString("regelId")).matches("[A-Z]-\\d{2}");
            assertThat(t.getString("motivering")).isNotBlank();
        });

        var lochem = Api.als("consulent.lochem").post("/api/v1/beoordelingen", situatie("0262"));
        assertThat(lochem.status()).as(lochem.body()).isEqualTo(200);
        var l = lochem.json();
        assertThat(l.getString("regelsetVersie")).isEqualTo("0262-2016-06-01");
        assertThat(l.getJsonObject("conclusie").getString("soort")).isEqualTo("MAATWERKVOORZIENING_AANGEWEZEN");
        assertThat(toepassing(l, "C-05").getString("uitkomst")).isEqualTo("NIET_VAN_TOEPASSING");
        assertThat(toepassing(l, "C-01").getString("motivering")).contains("Beleidsregels maatschappelijke ondersteuning 2016 gemeente Lochem");

        // Nothing about the situation is stored, and wrong input gets Dutch messages per field.
        var fout = Api.als("consulent.lochem").post("/api/v1/beoordelingen",
                "{\"gemeente\": \"0262\", \"ladder\": {\"EIGEN_KRACHT\": \"MISSCHIEN\"}}");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("Peildatum is verplicht").contains("Leeftijd is verplicht");
        var geenVersie = Api.als("consulent.lochem").post("/api/v1/beoordelingen", situatie("0262").replace("2017-06-01", "2010-01-01"));
        assertThat(geenVersie.status()).isEqualTo(400);
        assertThat(geenVersie.body()).contains("geen regelset voor gemeente 0262");
    }

    // --- (d) only a beheerder uploads ------------------------------------------------------------------

    @Test
    @DisplayName("Uploaden mag alleen een beheerder: anderen krijgen 403 en er verandert niets")
    void nietBeheerdersKrijgen403BijUpload() throws Exception {
        String voor = versiesVan("0262");
        String yaml = nieuweVersie("0262-2016-06-01", "0262", "2033-01-01");
        for (String gebruiker : List.of("consulent.lochem", "teamleider.doetinchem", "financieel", "auditor", "intake.isd")) {
            var a = Api.als(gebruiker).post("/api/v1/regelsets", upload(yaml));
            assertThat(a.status()).as(gebruiker + ": " + a.body()).isEqualTo(403);
        }
        assertThat(versiesVan("0262")).isEqualTo(voor);
        // Reading is open to all staff: rules are public law.
        assertThat(Api.als("consulent.lochem").get("/api/v1/regelsets/0262-2016-06-01").status()).isEqualTo(200);
        assertThat(Api.anoniem().get("/api/v1/regelsets").status()).isEqualTo(401);
        var verschil = Api.als("consulent.lochem").get("/api/v1/regelsets/verschil?a=0222-2017-03-01&b=0262-2016-06-01");
        assertThat(verschil.json().getJsonArray("gewijzigd").getValuesAs(JsonObject.class))
                .anySatisfy(w -> assertThat(w.getString("sleutel")).isEqualTo("vervoer.cvv.km_per_jaar"));
        var teVerstellen = lijst(Api.als("consulent.lochem").get("/api/v1/regelsets/vast-te-stellen")).getValuesAs(JsonObject.class);
        assertThat(teVerstellen).anySatisfy(v -> {
            assertThat(v.getJsonObject("parameter").getString("sleutel")).isEqualTo("hardheidsclausule.signaal_na_aantal");
            assertThat(v.getJsonObject("parameter").getBoolean("demo")).isTrue();
            assertThat(v.getJsonObject("parameter").getString("status")).isEqualTo("VAST_TE_STELLEN");
        });
        assertThat(Api.als("consulent.lochem").get("/api/v1/regelsets/gemeenten/0262/parameters/bestaat.niet").status()).isEqualTo(404);
    }

    // --- (f) hardheidsclausule, four eyes ------------------------------------------------------------

    @Test
    @DisplayName("C-10: een teamleider keurt goed, de aanvrager kan zijn eigen verzoek niet goedkeuren, Lochem kent geen hardheidsclausule")
    void hardheidsclausuleMetVierOgen() {
        var consulent = Api.als("consulent.doetinchem");
        var teamleider = Api.als("teamleider.doetinchem");
        String verzoek = """
                {"gemeente": "0222", "onderwerp": "C-03 gebruikelijke hulp bij kortdurende uitval",
                 "reden": "De partner valt zelf binnen drie maanden uit; strikte toepassing pakt onbillijk uit."}""";

        var gemaakt = consulent.post("/api/v1/hardheidsclausule", verzoek);
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        long id = gemaakt.json().getJsonNumber("id").longValue();
        assertThat(gemaakt.json().getString("status")).isEqualTo("AANGEVRAAGD");
        assertThat(gemaakt.json().getString("regelsetVersie")).isEqualTo("0222-2017-03-01");

        // A consulent cannot decide; the teamleider can.
        assertThat(consulent.post("/api/v1/hardheidsclausule/" + id + "/goedkeuring", "{}").status()).isEqualTo(403);
        var goed = teamleider.post("/api/v1/hardheidsclausule/" + id + "/goedkeuring", "{\"toelichting\": \"akkoord\"}");
        assertThat(goed.status()).as(goed.body()).isEqualTo(200);
        assertThat(goed.json().getString("status")).isEqualTo("GOEDGEKEURD");
        assertThat(goed.json().getString("beoordeeldDoor")).isEqualTo("teamleider.doetinchem");
        assertThat(teamleider.post("/api/v1/hardheidsclausule/" + id + "/weigering", "{}").body()).contains("al beslist");

        // The teamleider's own request: he may not approve it himself.
        var eigen = teamleider.post("/api/v1/hardheidsclausule", verzoek);
        assertThat(eigen.status()).as(eigen.body()).isEqualTo(201);
        long eigenId = eigen.json().getJsonNumber("id").longValue();
        var zelf = teamleider.post("/api/v1/hardheidsclausule/" + eigenId + "/goedkeuring", "{}");
        assertThat(zelf.status()).isEqualTo(400);
        assertThat(zelf.body()).contains("vier ogen");
        assertThat(teamleider.get("/api/v1/hardheidsclausule/" + eigenId).json().getString("status")).isEqualTo("AANGEVRAAGD");

        // Without a written reason: refused, naming the field.
        var zonderReden = consulent.post("/api/v1/hardheidsclausule", "{\"gemeente\": \"0222\", \"onderwerp\": \"C-03\"}");
        assertThat(zonderReden.status()).isEqualTo(400);
        assertThat(zonderReden.body()).contains("Schriftelijke reden is verplicht");

        // Lochem's documents have no hardheidsclausule: the engine's answer is respected.
        var lochem = Api.als("consulent.lochem").post("/api/v1/hardheidsclausule",
                "{\"gemeente\": \"0262\", \"onderwerp\": \"C-03\", \"reden\": \"onbillijk\"}");
        assertThat(lochem.status()).isEqualTo(400);
        assertThat(lochem.body()).contains("bevatten geen hardheidsclausule");
        // Another gemeente's request does not exist for Lochem.
        assertThat(Api.als("consulent.lochem").get("/api/v1/hardheidsclausule/" + id).status()).isEqualTo(404);

        // The beheerder sees the count per onderwerp with the regelset's threshold.
        var signalen = lijst(Api.als("beheerder").get("/api/v1/hardheidsclausule/signalen")).getValuesAs(JsonObject.class);
        assertThat(signalen).anySatisfy(s -> {
            assertThat(s.getString("onderwerp")).isEqualTo("C-03 gebruikelijke hulp bij kortdurende uitval");
            assertThat(s.getInt("aantal")).isEqualTo(1);
            assertThat(s.getInt("drempel")).isEqualTo(3);
            assertThat(s.getBoolean("herhaald")).isFalse();
        });
        assertThat(Api.als("consulent.doetinchem").get("/api/v1/hardheidsclausule/signalen").status()).isEqualTo(403);
    }

    // --- (e) the beheerder's journey in the browser ----------------------------------------------------

    @Test
    @DisplayName("Beheerder: regelsets van beide gemeenten met bronnen, verschil, vast te stellen, upload met fout en daarna goed")
    void beheerderBekijktVergelijktEnUploadtRegelsets() throws Exception {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "beheerder");
        page.getByRole(AriaRole.LINK, naam("Regelsets")).click();
        page.waitForURL("**/beheer/regelsets.xhtml");
        assertThat(page.locator("#tijdlijn-0222")).containsText("0222-2017-03-01");
        assertThat(page.locator("#tijdlijn-0262")).containsText("0262-2016-06-01");
        assertThat(page.locator("#tijdlijn-0262")).containsText("Beleidsregels maatschappelijke ondersteuning 2016 gemeente Lochem");
        Browser.toegankelijk(page, "regelsets");
        Browser.schermafdruk(page, "regelsets");

        // Lochem's parameters with their citations.
        page.getByRole(AriaRole.LINK, naam("0262-2016-06-01")).click();
        page.waitForURL("**/beheer/regelset.xhtml?versie=0262-2016-06-01");
        var zones = page.locator("#parameters tr:has(th:text-is('vervoer.cvv.zones_per_jaar'))");
        assertThat(zones).containsText("900 zones/jaar");
        assertThat(zones).containsText("Vastgesteld");
        assertThat(zones).containsText("001");
        assertThat(page.locator("#parameters")).containsText("Vast te stellen – demowaarde");
        assertThat(page.locator("#regelbronnen")).containsText("Beleidsregels maatschappelijke ondersteuning 2016 gemeente Lochem");
        assertThat(page.locator("#gebruik")).containsText("beslissingen over de hardheidsclausule: 0");
        Browser.toegankelijk(page, "regelset Lochem");

        // Doetinchem's.
        page.navigate(Omgeving.basis() + "/beheer/regelset.xhtml?versie=0222-2017-03-01");
        var kmD = page.locator("#parameters tr:has(th:text-is('vervoer.cvv.km_per_jaar'))");
        assertThat(kmD).containsText("2000 km/jaar");
        assertThat(kmD).containsText("art. 10");
        assertThat(kmD).containsText("lid 3");
        assertThat(kmD).containsText("V-02");
        // The demo teamleider decisions on the hardheidsclausule used this version (RegelsetGebruik).
        assertThat(page.locator("#gebruik")).containsText(java.util.regex.Pattern.compile("beslissingen over de hardheidsclausule: [3-9]"));
        Browser.toegankelijk(page, "regelset Doetinchem");

        // The difference between the two gemeenten's regelsets.
        page.getByRole(AriaRole.LINK, naam("Terug naar de regelsets")).click();
        page.getByLabel("Oude versie", new Page.GetByLabelOptions().setExact(true)).selectOption("0222-2017-03-01");
        page.getByLabel("Nieuwe versie", new Page.GetByLabelOptions().setExact(true)).selectOption("0262-2016-06-01");
        page.getByRole(AriaRole.BUTTON, naam("Vergelijken")).click();
        var verschil = page.locator("#verschiltabel");
        var km = verschil.locator("tr:has(th:text-is('vervoer.cvv.km_per_jaar'))");
        assertThat(km).containsText("gewijzigd");
        assertThat(km).containsText("2000 km/jaar (vastgesteld; 004 art. 10 lid 3)");
        assertThat(verschil.locator("tr:has(th:text-is('vervoer.cvv.zones_per_jaar'))")).containsText("toegevoegd");
        Browser.toegankelijk(page, "verschil");

        // Parameters still to be set.
        page.getByRole(AriaRole.LINK, naam("Parameters die nog moeten worden vastgesteld")).click();
        page.waitForURL("**/beheer/regelsets-vast-te-stellen.xhtml");
        assertThat(page.locator("#vasttestellen")).containsText("hardheidsclausule.signaal_na_aantal");
        assertThat(page.locator("#vasttestellen")).containsText("demowaarde:");
        Browser.toegankelijk(page, "vast te stellen");

        // Upload: first a file with an error, then a good one (a future Lochem version).
        page.navigate(Omgeving.basis() + "/beheer/regelsets.xhtml");
        String goed = nieuweVersie("0262-2016-06-01", "0262", "2032-01-01");
        String kapot = goed.replace("geldig_vanaf: 2032-01-01", "geldig_vanaf: 2032-02-30");
        page.getByLabel("Regelsetbestand (YAML)").setInputFiles(new FilePayload("lochem-2032.yaml", "application/x-yaml",
                kapot.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, naam("Uploaden")).click();
        assertThat(page.locator("#fouten")).isVisible();
        assertThat(page.locator("#fouten")).containsText("geldig_vanaf");
        assertThat(page.locator("#fouten tbody tr").first()).containsText(String.valueOf(regelnummer(kapot, "geldig_vanaf:")));
        assertThat(page.getByText("Er is niets opgeslagen.", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertThat(page.locator("#tijdlijn-0262")).not().containsText("2032");
        Browser.toegankelijk(page, "upload met fouten");

        page.getByLabel("Regelsetbestand (YAML)").setInputFiles(new FilePayload("lochem-2032.yaml", "application/x-yaml",
                goed.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, naam("Uploaden")).click();
        assertThat(page.getByText("Regelset 0262-2032-01-01 is opgeslagen en geldt vanaf 01-01-2032.")).isVisible();
        var nieuw = page.locator("#tijdlijn-0262 tr", new Page.LocatorOptions().setHasText("0262-2032-01-01"));
        assertThat(nieuw).containsText("nog niet in werking");
        assertThat(nieuw).containsText("geüpload door beheerder");
        assertThat(page.locator("#fouten")).hasCount(0);
        Browser.toegankelijk(page, "na upload");

        // The hardheidsclausule signals page.
        page.getByRole(AriaRole.LINK, naam("Hardheidsclausule: signalen")).click();
        page.waitForURL("**/beheer/hardheidsclausule.xhtml");
        // The demo data: three approved uses on one onderwerp in Doetinchem, threshold 3 (demo value).
        assertThat(page.locator("#herhaald")).containsText("C-04 eerder verstrekte voorziening buiten schuld verloren – 3 keer (drempel 3");
        Browser.toegankelijk(page, "hardheidsclausule signalen");
        page.context().close();
    }

    @Test
    @DisplayName("C-10 op het scherm: de consulent dient in, de teamleider keurt goed; eigen verzoeken heeft hij geen knop voor")
    void hardheidsclausuleOpHetScherm() {
        Page consulent = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        consulent.getByRole(AriaRole.LINK, naam("Hardheidsclausule")).click();
        consulent.waitForURL("**/verordening/hardheidsclausule.xhtml");
        Browser.toegankelijk(consulent, "hardheidsclausule consulent");
        consulent.getByRole(AriaRole.TEXTBOX, naam("Onderwerp")).fill("C-12 scherm");
        consulent.getByRole(AriaRole.TEXTBOX, naam("Schriftelijke reden")).fill("Bijzondere omstandigheden.");
        consulent.getByRole(AriaRole.BUTTON, naam("Verzoek indienen")).click();
        var regel = consulent.locator("#verzoeken tr", new Page.LocatorOptions().setHasText("C-12 scherm"));
        assertThat(regel).containsText("Aangevraagd, wacht op teamleider");
        assertThat(consulent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Goedkeuren"))).hasCount(0);
        Browser.toegankelijk(consulent, "hardheidsclausule na indienen");
        String nummer = regel.locator("th").textContent().trim();
        consulent.context().close();

        Page teamleider = Browser.aanmelden(browser.nieuwePagina(), "teamleider.doetinchem");
        teamleider.navigate(Omgeving.basis() + "/verordening/hardheidsclausule.xhtml");
        Browser.toegankelijk(teamleider, "hardheidsclausule teamleider");
        teamleider.getByRole(AriaRole.BUTTON, naam("Goedkeuren " + nummer)).click();
        assertThat(teamleider.locator("#verzoeken tr", new Page.LocatorOptions().setHasText("C-12 scherm")))
                .containsText("Goedgekeurd door teamleider");
        teamleider.context().close();
    }
    @Test
    @DisplayName("Beoordelingsscherm: Pgb achteraf na een te late melding is in Doetinchem een afwijzing (C-05, 004 art. 8 lid 4), in Lochem niet")
    void beoordelingOpHetSchermVerschiltPerGemeente() {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        page.getByRole(AriaRole.LINK, naam("Beoordeling algemene criteria")).click();
        page.waitForURL("**/verordening/beoordeling.xhtml");
        Browser.toegankelijk(page, "beoordelingsformulier");
        page.getByRole(AriaRole.TEXTBOX, naam("Leeftijd van de cliënt")).fill("45");
        Browser.vink(page.getByLabel("Pgb gevraagd voor een periode vóór de aanvraag (C-05)"));
        Browser.vink(page.getByLabel("De melding had eerder gekund (C-05)"));
        page.getByRole(AriaRole.BUTTON, naam("Beoordelen")).click();
        assertThat(page.locator("#conclusie")).hasText("AFGEWEZEN");
        assertThat(page.locator("#regelsetversie")).hasText("0222-2017-03-01");
        var c05 = page.locator("#toepassingen tr", new Page.LocatorOptions().setHasText("C-05"));
        assertThat(c05).containsText("AFWIJZINGSGROND");
        assertThat(c05).containsText("004 art. 8 lid 4");
        Browser.toegankelijk(page, "beoordeling met uitkomst");
        page.context().close();

        Page lochem = Browser.aanmelden(browser.nieuwePagina(), "consulent.lochem");
        lochem.navigate(Omgeving.basis() + "/verordening/beoordeling.xhtml");
        lochem.getByRole(AriaRole.TEXTBOX, naam("Leeftijd van de cliënt")).fill("45");
        Browser.vink(lochem.getByLabel("Pgb gevraagd voor een periode vóór de aanvraag (C-05)"));
        Browser.vink(lochem.getByLabel("De melding had eerder gekund (C-05)"));
        lochem.getByRole(AriaRole.BUTTON, naam("Beoordelen")).click();
        assertThat(lochem.locator("#conclusie")).hasText("MAATWERKVOORZIENING_AANGEWEZEN");
        assertThat(lochem.locator("#toepassingen tr", new Page.LocatorOptions().setHasText("C-05"))).containsText("NIET_VAN_TOEPASSING");
        lochem.context().close();
    }
}
