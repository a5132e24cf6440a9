package nl.maatwerk.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Woonvoorzieningen on the real server: the stateless advies through the API for Doetinchem and Lochem,
 * the 5-year lock (W-05) on stored voorzieningen, gemeente scoping, and the guided advies screens in a real
 * browser with axe-core on every page.
 */
class WoonvoorzieningenIT extends BrowserIT {

    /** A fresh valid BSN (elfproef), so reruns against the same database never collide. */
    static String bsn() {
        while (true) {
            int[] d = new int[9];
            d[0] = 1 + ThreadLocalRandom.current().nextInt(9);
            int som = 9 * d[0];
            for (int i = 1; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
                som += (9 - i) * d[i];
            }
            int laatste = som % 11;
            if (laatste < 10) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 8; i++) sb.append(d[i]);
                return sb.append(laatste).toString();
            }
        }
    }

    private static long client(Api api, String gemeente, String achternaam) {
        var r = api.post("/api/v1/clienten", """
                {"bsn":"%s","voornamen":"Wim","achternaam":"%s","geboortedatum":"1948-05-06",
                 "straat":"Grutstraat","huisnummer":"3","postcode":"7001 BA","woonplaats":"Doetinchem","gemeenteCode":"%s"}"""
                .formatted(bsn(), achternaam, gemeente));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    private static String adviesVraag(String gemeente, String aanpassingskosten, String aanvraag) {
        return """
                {"gemeente":"%s","peildatum":"2024-06-03",
                 "woning":{"woningtype":"APPARTEMENT","eigendom":false,"hoofdverblijf":true,"problemen":["BADKAMER","TOEGANG"],"locatieprobleem":false},
                 "weging":{"verhuizenRedelijk":true,"voorkeurBlijven":true,"mantelzorgInGevaar":false,"verwachteWoonjaren":10,
                           "alternatiefBeschikbaar":true,"aanpassingskosten":%s,"overigeVerhuiskosten":0,"huishoudgrootte":2}%s}"""
                .formatted(gemeente, aanpassingskosten, aanvraag == null ? "" : ",\"aanvraag\":" + aanvraag);
    }

    private static JsonObject regel(JsonArray regels, String id) {
        return regels.getValuesAs(JsonObject.class).stream().filter(r -> r.getString("regelId").equals(id))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("regel " + id + " ontbreekt in " + regels));
    }

    @Test
    void adviesViaDeApiVoorDoetinchemEnLochemMetRegelsEnArtikelen() {
        String deuropener = """
                {"soort":"BOUWKUNDIG","omschrijving":"automatische deuropener","ruimte":"TOEGANG","gemeenschappelijkeRuimte":true,"eigenaarGehoord":true}""";

        var doetinchem = Api.als("consulent.doetinchem").post("/api/v1/woonvoorzieningen/advies", adviesVraag("0222", "25000", null));
        assertThat(doetinchem.status()).as(doetinchem.body()).isEqualTo(200);
        JsonObject d = doetinchem.json();
        assertThat(d.getString("uitkomst")).isEqualTo("VERHUIZEN");
        assertThat(d.getString("regelsetVersie")).isEqualTo("0222-2017-03-01");
        assertThat(d.getJsonArray("factoren")).hasSize(5);
        assertThat(d.getJsonObject("kosten").getJsonNumber("verhuisPgbMaximum").bigDecimalValue()).isEqualByComparingTo("2900");
        assertThat(regel(d.getJsonArray("regels"), "W-03").getString("artikel")).isEqualTo("004 art. 9 lid 2");
        assertThat(regel(d.getJsonArray("regels"), "W-01").getString("motivering")).contains("verhuizen", "regel W-01");

        var goedkoop = Api.als("consulent.lochem").post("/api/v1/woonvoorzieningen/advies", adviesVraag("0262", "2000", deuropener));
        assertThat(goedkoop.status()).as(goedkoop.body()).isEqualTo(200);
        JsonObject l = goedkoop.json();
        assertThat(l.getString("uitkomst")).isEqualTo("AANPASSEN");
        assertThat(regel(l.getJsonArray("regels"), "W-03").getString("artikel")).isEqualTo("001 §5.1.5");
        // W-08: Lochem's list has no automatische deuropener (it names an elektrische toegangsdeur); Doetinchem's has.
        JsonObject lb = l.getJsonObject("beoordeling");
        assertThat(lb.getString("conclusie")).isEqualTo("GEWEIGERD");
        assertThat(lb.getJsonArray("gronden").getValuesAs(jakarta.json.JsonString.class)).extracting(s -> s.getString()).containsExactly("W-08");
        assertThat(regel(lb.getJsonArray("regels"), "W-08").getString("artikel")).isEqualTo("001 §5.1.6");

        var dAanvraag = Api.als("consulent.doetinchem").post("/api/v1/woonvoorzieningen/advies", adviesVraag("0222", "2000", deuropener));
        assertThat(dAanvraag.json().getJsonObject("beoordeling").getString("conclusie")).as(dAanvraag.body()).isEqualTo("TOEGESTAAN");

        // Pgb: the client's budget above natura is capped (W-14, P-18), the rest refused under P-17 (Doetinchem only);
        // for a minor the parents owe the bijdrage (E-03, Doetinchem only).
        var pgb = Api.als("consulent.doetinchem").post("/api/v1/woonvoorzieningen/pgb", """
                {"gemeente":"0222","peildatum":"2024-06-03","soort":"WONINGAANPASSING","begroting":12000,"naturaKostprijs":10000,"leeftijd":12}""");
        assertThat(pgb.status()).as(pgb.body()).isEqualTo(200);
        assertThat(pgb.json().getJsonNumber("bedrag").bigDecimalValue()).isEqualByComparingTo("10000");
        assertThat(pgb.json().getString("bijdrageplichtige")).isEqualTo("OUDERS");
        assertThat(regel(pgb.json().getJsonArray("regels"), "P-17").getString("motivering")).contains("zelf betalen");
        assertThat(regel(pgb.json().getJsonArray("regels"), "E-03").getString("artikel")).isEqualTo("004 art. 17 lid 6 en 7");
        var verhuis = Api.als("consulent.lochem").post("/api/v1/woonvoorzieningen/pgb", """
                {"gemeente":"0262","peildatum":"2024-06-03","soort":"VERHUIZING","begroting":5000,"huishoudgrootte":3}""");
        assertThat(verhuis.json().getJsonNumber("bedrag").bigDecimalValue()).as(verhuis.body()).isEqualByComparingTo("3300");
        assertThat(regel(verhuis.json().getJsonArray("regels"), "W-16").getString("artikel")).isEqualTo("001 §5.1.8 onder c");

        // Another gemeente's rules are not for this consulent.
        var vreemd = Api.als("consulent.doetinchem").post("/api/v1/woonvoorzieningen/advies", adviesVraag("0262", "2000", null));
        assertThat(vreemd.status()).isEqualTo(404);
        var leeg = Api.als("consulent.doetinchem").post("/api/v1/woonvoorzieningen/advies", "{\"gemeente\":\"0222\"}");
        assertThat(leeg.status()).isEqualTo(400);
    }

    @Test
    void deVijfjaarsregelHoudtOpDeEchteServerEnEenAndereGemeenteZietNiets() {
        var api = Api.als("consulent.doetinchem");
        long id = client(api, "0222", "Vijfjaar");
        var situatie = api.put("/api/v1/woonvoorzieningen/clienten/" + id + "/woonsituatie", """
                {"woningtype":"EENGEZINSWONING","eigendom":false,"hoofdverblijf":true,"problemen":["SLAAPKAMER"],"locatieprobleem":false}""");
        assertThat(situatie.status()).as(situatie.body()).isEqualTo(200);
        var advies = api.post("/api/v1/woonvoorzieningen/clienten/" + id + "/advies", """
                {"peildatum":"2020-01-06","weging":{"verhuizenRedelijk":false,"voorkeurBlijven":true,"mantelzorgInGevaar":true,
                 "verwachteWoonjaren":8,"alternatiefBeschikbaar":false,"aanpassingskosten":9000,"overigeVerhuiskosten":0,"huishoudgrootte":1}}""");
        assertThat(advies.status()).as(advies.body()).isEqualTo(201);
        assertThat(advies.json().getString("uitkomst")).isEqualTo("AANPASSEN");
        assertThat(advies.json().getString("regelsetVersie")).isEqualTo("0222-2017-03-01");

        var eerste = api.post("/api/v1/woonvoorzieningen/clienten/" + id, """
                {"soort":"HOOGTEVERSCHIL","omschrijving":"traplift","ruimte":"SLAAPKAMER","aangevraagdOp":"2020-01-10"}""");
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(201);
        long lift = eerste.json().getJsonNumber("id").longValue();
        api.post("/api/v1/woonvoorzieningen/" + lift + "/offertes", "{\"aannemer\":\"Liftbouw Oost\",\"bedrag\":9500,\"adequaat\":true}");
        var offerte = api.post("/api/v1/woonvoorzieningen/" + lift + "/offertes", "{\"aannemer\":\"Trapliften Gelderland\",\"bedrag\":8200,\"adequaat\":true}");
        assertThat(offerte.status()).as(offerte.body()).isEqualTo(200);
        JsonObject gekozen = offerte.json().getJsonArray("offertes").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getBoolean("gekozen")).findFirst().orElseThrow();
        assertThat(gekozen.getString("aannemer")).isEqualTo("Trapliften Gelderland");
        long versie = offerte.json().getJsonNumber("versie").longValue();
        var goed = api.post("/api/v1/woonvoorzieningen/" + lift + "/status?versie=" + versie, "{\"status\":\"GOEDGEKEURD\",\"datum\":\"2020-02-01\"}");
        assertThat(goed.status()).as(goed.body()).isEqualTo(200);
        assertThat(goed.json().getString("status")).isEqualTo("GOEDGEKEURD");

        // W-05: 4 years and 364 days later refused, naming the rule and its article; exactly 5 years later allowed.
        var teVroeg = api.post("/api/v1/woonvoorzieningen/clienten/" + id, """
                {"soort":"BOUWKUNDIG","omschrijving":"aangepaste douche","ruimte":"BADKAMER","aangevraagdOp":"2025-01-31"}""");
        assertThat(teVroeg.status()).as(teVroeg.body()).isEqualTo(400);
        assertThat(teVroeg.body()).contains("1 februari 2020", "artikel 8 lid 3 onder c", "regel W-05");
        var onvoorzien = api.post("/api/v1/woonvoorzieningen/clienten/" + id, """
                {"soort":"BOUWKUNDIG","omschrijving":"aangepaste douche","ruimte":"BADKAMER","aangevraagdOp":"2023-05-01",
                 "onvoorzieneWijziging":true,"toelichtingWijziging":"beroerte in april 2023"}""");
        assertThat(onvoorzien.status()).as(onvoorzien.body()).isEqualTo(201);
        assertThat(onvoorzien.json().getString("motivering")).contains("onvoorzien gewijzigd");
        var precies = api.post("/api/v1/woonvoorzieningen/clienten/" + id, """
                {"soort":"BOUWKUNDIG","omschrijving":"drempels verwijderen","ruimte":"TOEGANG","aangevraagdOp":"2025-02-01"}""");
        assertThat(precies.status()).as(precies.body()).isEqualTo(201);

        var lijst = api.get("/api/v1/woonvoorzieningen/clienten/" + id);
        assertThat(Json.createReader(new StringReader(lijst.body())).readArray()).hasSize(3);
        assertThat(api.get("/api/v1/woonvoorzieningen?status=GOEDGEKEURD").body()).contains("\"id\":" + lift);

        // Scoping: Lochem sees neither the client nor the voorziening, and not in its list.
        var lochem = Api.als("consulent.lochem");
        var vreemd = lochem.get("/api/v1/woonvoorzieningen/clienten/" + id);
        assertThat(vreemd.status()).isEqualTo(404);
        assertThat(vreemd.json().getString("melding")).isEqualTo("Cliënt niet gevonden.");
        assertThat(lochem.get("/api/v1/woonvoorzieningen/" + lift).status()).isEqualTo(404);
        assertThat(lochem.get("/api/v1/woonvoorzieningen/" + lift).json().getString("melding")).isEqualTo("Woonvoorziening niet gevonden.");
        assertThat(lochem.post("/api/v1/woonvoorzieningen/clienten/" + id, """
                {"soort":"BOUWKUNDIG","omschrijving":"x","ruimte":"TOEGANG","aangevraagdOp":"2025-02-01"}""").status()).isEqualTo(404);
        assertThat(lochem.get("/api/v1/woonvoorzieningen?status=GOEDGEKEURD").body()).doesNotContain("\"id\":" + lift + ",");
        // Beheerder has no business with client data.
        assertThat(Api.als("beheerder").get("/api/v1/woonvoorzieningen/clienten/" + id).status()).isEqualTo(403);
    }

    @Test
    void consulentDoorlooptHetVerhuisadviesInStappen() {
        long id = client(Api.als("consulent.doetinchem"), "0222", "Stappenplan");
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");

        page.getByRole(AriaRole.LINK, naam("Woonvoorzieningen")).click();
        page.waitForURL("**/woonvoorzieningen/lopend.xhtml");
        assertThat(page.locator("h1")).hasText("Lopende woonvoorzieningen");
        Browser.toegankelijk(page, "lopende woonvoorzieningen");

        page.navigate(Omgeving.basis() + "/clienten/client.xhtml?id=" + id);
        assertThat(page.locator("#laatste-woonadvies")).containsText("nog geen verhuisadvies");
        Browser.toegankelijk(page, "cliëntpagina met woonvoorzieningen");
        page.getByRole(AriaRole.LINK, naam("Verhuisadvies opstellen")).click();
        page.waitForURL("**/woonvoorzieningen/advies.xhtml?client=" + id);

        assertThat(page.locator("#kop-stap")).hasText("Stap 1 van 4: Woonsituatie");
        Browser.toegankelijk(page, "advies stap 1");
        page.getByLabel("Soort woning").selectOption("APPARTEMENT");
        Browser.vink(page.getByLabel("de badkamer"));
        Browser.vink(page.getByLabel("de toegang tot de woning"));
        page.getByRole(AriaRole.BUTTON, naam("Volgende: afweging")).click();

        assertThat(page.locator("#kop-stap")).hasText("Stap 2 van 4: Afweging");
        Browser.toegankelijk(page, "advies stap 2");
        Browser.vink(page.getByLabel("De cliënt blijft liever in de woning"));
        Browser.vink(page.getByLabel("Op korte termijn een geschikte, acceptabele en betaalbare woning beschikbaar"));
        page.getByRole(AriaRole.TEXTBOX, naam("Verwachte woonduur in de aangepaste woning (jaren)")).fill("10");
        page.getByRole(AriaRole.TEXTBOX, naam("Toelichting d")).fill("seniorenflat in de wijk komt vrij");
        page.getByRole(AriaRole.BUTTON, naam("Volgende: kosten")).click();

        assertThat(page.locator("#kop-stap")).hasText("Stap 3 van 4: Kosten");
        Browser.toegankelijk(page, "advies stap 3");
        page.getByRole(AriaRole.TEXTBOX, naam("Kosten van de aanpassing (euro)")).fill("25000");
        page.getByRole(AriaRole.TEXTBOX, naam("Personen in het huishouden dat verhuist")).fill("2");
        page.getByRole(AriaRole.TEXTBOX, naam("Peildatum (dd-mm-jjjj)")).fill("03-06-2024");
        page.getByRole(AriaRole.BUTTON, naam("Vergelijk en bepaal de uitkomst")).click();

        assertThat(page.locator("#kop-stap")).hasText("Stap 4 van 4: Uitkomst");
        assertThat(page.locator("#uitkomst")).containsText("verhuizen");
        assertThat(page.locator("#kostenvergelijking")).containsText("25.000,00");
        assertThat(page.locator("#kostenvergelijking")).containsText("2.900,00");
        assertThat(page.locator("#motivering")).containsText("seniorenflat in de wijk komt vrij");
        assertThat(page.locator("#motivering")).containsText("artikel 9 lid 2 Verordening maatschappelijke ondersteuning gemeente Doetinchem 2017, regel W-03");
        Browser.toegankelijk(page, "advies stap 4");
        Browser.schermafdruk(page, "woonadvies-uitkomst");
        page.getByRole(AriaRole.BUTTON, naam("Advies vastleggen")).click();
        assertThat(page.locator("#vastgelegd")).isVisible();
        assertThat(page.locator(".meldingen")).containsText("is vastgelegd met regelset 0222-2017-03-01");
        Browser.toegankelijk(page, "advies vastgelegd");

        page.getByRole(AriaRole.LINK, naam("Terug naar de cliënt")).click();
        assertThat(page.locator("#laatste-woonadvies")).containsText("verhuizen");
        // A request after a moving advice: refused under W-01, the reason shown to the consulent.
        page.getByRole(AriaRole.TEXTBOX, naam("Omschrijving (bijvoorbeeld traplift)")).fill("traplift");
        page.getByRole(AriaRole.BUTTON, naam("Aanvragen")).click();
        assertThat(page.locator(".meldingen")).containsText("regel W-01");
        Browser.toegankelijk(page, "cliëntpagina met geweigerde aanvraag");
        page.context().close();
    }

    /** A toegang aanvraag for a new Doetinchem client, through the toegang API (melding, onderzoek, verslag as aanvraag). */
    static long[] clientMetAanvraag(Api consulent) {
        long client = ToegangIT.nieuweClient(consulent, "0222");
        long melding = ToegangIT.melding(consulent, client);
        String m = "/api/v1/meldingen/" + melding;
        ToegangIT.ok(consulent.post(m + "/ontvangstbevestiging", "{}"));
        ToegangIT.ok(consulent.post(m + "/clientondersteuning", "{}"));
        ToegangIT.ok(consulent.post(m + "/onderzoek/gesprek", """
                {"vorm":"KEUKENTAFEL","datum":"%s","plaats":"Thuis","aanwezigen":"Cliënt"}""".formatted(java.time.LocalDate.now())));
        ToegangIT.ok(consulent.put(m + "/onderzoek", ToegangIT.ONDERZOEK));
        ToegangIT.ok(consulent.post(m + "/onderzoek/identiteit", "{\"identiteitsbewijs\":\"Paspoort\"}"));
        ToegangIT.ok(consulent.post(m + "/onderzoek/afronden", "{}"));
        ToegangIT.ok(consulent.post(m + "/verslag", "{}"));
        ToegangIT.ok(consulent.post(m + "/verslag/retour", "{\"status\":\"AKKOORD\",\"geldtAlsAanvraag\":true}"));
        var zaak = consulent.get(m);
        assertThat(zaak.status()).as(zaak.body()).isEqualTo(200);
        return new long[] {client, zaak.json().getJsonObject("aanvraag").getJsonNumber("id").longValue()};
    }

    @Test
    void adviesEnWeigeringsgrondenGaanMetDeAanvraagNaarDeBeschikkingEnDeWeigeringBlijftVastgelegd() {
        var api = Api.als("consulent.doetinchem");
        long[] ca = clientMetAanvraag(api);
        long id = ca[0];
        long aanvraag = ca[1];
        assertThat(api.put("/api/v1/woonvoorzieningen/clienten/" + id + "/woonsituatie", """
                {"woningtype":"EENGEZINSWONING","eigendom":false,"hoofdverblijf":true,"problemen":["SLAAPKAMER","BADKAMER"],"locatieprobleem":false}""")
                .status()).isEqualTo(200);
        var advies = api.post("/api/v1/woonvoorzieningen/clienten/" + id + "/advies", """
                {"peildatum":"2024-06-03","weging":{"verhuizenRedelijk":false,"voorkeurBlijven":true,"mantelzorgInGevaar":true,
                 "verwachteWoonjaren":8,"alternatiefBeschikbaar":false,"aanpassingskosten":9000,"overigeVerhuiskosten":0,"huishoudgrootte":1}}""");
        assertThat(advies.status()).as(advies.body()).isEqualTo(201);

        var lift = api.post("/api/v1/woonvoorzieningen/clienten/" + id, """
                {"soort":"HOOGTEVERSCHIL","omschrijving":"traplift","ruimte":"SLAAPKAMER","aangevraagdOp":"2024-06-10","aanvraagId":%d}"""
                .formatted(aanvraag));
        assertThat(lift.status()).as(lift.body()).isEqualTo(201);
        assertThat(lift.json().getJsonNumber("aanvraagId").longValue()).isEqualTo(aanvraag);
        long liftId = lift.json().getJsonNumber("id").longValue();
        var regels = api.get("/api/v1/woonvoorzieningen/" + liftId + "/regels");
        assertThat(regels.status()).isEqualTo(200);
        assertThat(regel(Json.createReader(new StringReader(regels.body())).readArray(), "W-05").getString("artikel")).isEqualTo("004 art. 8 lid 3 onder c");

        // W-07 (004 art. 9 lid 6 onder a): moved without a reason. The request stores nothing, the refusal is recorded.
        var geweigerd = api.post("/api/v1/woonvoorzieningen/clienten/" + id, """
                {"soort":"BOUWKUNDIG","omschrijving":"aangepaste douche","ruimte":"BADKAMER","aangevraagdOp":"2024-06-10",
                 "verhuisdZonderReden":true,"aanvraagId":%d}""".formatted(aanvraag));
        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(400);
        assertThat(geweigerd.body()).contains("regel W-07");
        assertThat(Json.createReader(new StringReader(api.get("/api/v1/woonvoorzieningen/clienten/" + id).body())).readArray()).hasSize(1);
        var weigeringen = Json.createReader(new StringReader(api.get("/api/v1/woonvoorzieningen/clienten/" + id + "/weigeringen").body())).readArray();
        assertThat(weigeringen).hasSize(1);
        assertThat(weigeringen.getJsonObject(0).getString("omschrijving")).isEqualTo("aangepaste douche");
        assertThat(weigeringen.getJsonObject(0).getJsonNumber("aanvraagId").longValue()).isEqualTo(aanvraag);
        var audit = Api.als("auditor").get("/api/v1/audit?client=" + id).json().getJsonArray("regels").getValuesAs(JsonObject.class);
        assertThat(audit).anySatisfy(r -> {
            assertThat(r.getString("actie")).isEqualTo("GEWEIGERD");
            assertThat(r.getString("omschrijving")).contains("aangepaste douche", "W-07");
        });

        // What toegang's letter gathers from this area: the granted traplift with the advies and its rules, the refusal with its ground first.
        var onderdelen = api.get("/api/v1/woonvoorzieningen/aanvragen/" + aanvraag + "/beschikkingsonderdelen");
        assertThat(onderdelen.status()).as(onderdelen.body()).isEqualTo(200);
        List<JsonObject> o = Json.createReader(new StringReader(onderdelen.body())).readArray().getValuesAs(JsonObject.class);
        assertThat(o).hasSize(2);
        JsonObject toegekend = o.get(0);
        assertThat(toegekend.getBoolean("toegekend")).isTrue();
        assertThat(toegekend.getString("gebied")).isEqualTo("woonvoorzieningen");
        assertThat(toegekend.getString("voorziening")).startsWith("traplift");
        assertThat(toegekend.getString("vorm")).isEqualTo("NATURA");
        assertThat(regel(toegekend.getJsonArray("regels"), "W-03").getString("motivering")).contains("regel W-03");
        assertThat(regel(toegekend.getJsonArray("regels"), "W-02").getString("artikel")).startsWith("004 art. 9");
        assertThat(regel(toegekend.getJsonArray("regels"), "W-06").getString("uitkomst")).isEqualTo("VOLDAAN");
        // Rules not at issue (W-05 without an earlier voorziening) stay out of the letter.
        assertThat(toegekend.getJsonArray("regels").getValuesAs(JsonObject.class)).extracting(r -> r.getString("uitkomst"))
                .doesNotContain("NIET_VAN_TOEPASSING");
        JsonObject weigering = o.get(1);
        assertThat(weigering.getBoolean("toegekend")).isFalse();
        assertThat(!weigering.containsKey("vorm") || weigering.isNull("vorm")).as("geen leveringsvorm bij een weigering").isTrue();
        JsonObject grond = weigering.getJsonArray("regels").getJsonObject(0);
        assertThat(grond.getString("regelId")).isEqualTo("W-07");
        assertThat(grond.getString("uitkomst")).isEqualTo("AFWIJZINGSGROND");
        assertThat(grond.getString("artikel")).startsWith("004 art. 9 lid 6");

        // Scoping: another gemeente sees no aanvraag; another client's aanvraag cannot be used.
        assertThat(Api.als("consulent.lochem").get("/api/v1/woonvoorzieningen/aanvragen/" + aanvraag + "/beschikkingsonderdelen").status()).isEqualTo(404);
        long ander = client(api, "0222", "Anders");
        assertThat(api.put("/api/v1/woonvoorzieningen/clienten/" + ander + "/woonsituatie", """
                {"woningtype":"APPARTEMENT","eigendom":false,"hoofdverblijf":true,"problemen":["BADKAMER"],"locatieprobleem":false}""").status()).isEqualTo(200);
        var vreemd = api.post("/api/v1/woonvoorzieningen/clienten/" + ander, """
                {"soort":"BOUWKUNDIG","omschrijving":"douche","ruimte":"BADKAMER","aangevraagdOp":"2024-06-10","aanvraagId":%d}""".formatted(aanvraag));
        assertThat(vreemd.status()).isEqualTo(400);
        assertThat(vreemd.body()).contains("geen aanvraag van deze cliënt");
    }

    @Test
    void consulentBehandeltOffertesEigenaarEnStatusOpHetSchermEnZietDeWeigeringOpDeClientpagina() {
        var api = Api.als("consulent.doetinchem");
        long[] ca = clientMetAanvraag(api);
        long id = ca[0];
        long aanvraag = ca[1];
        assertThat(api.put("/api/v1/woonvoorzieningen/clienten/" + id + "/woonsituatie", """
                {"woningtype":"EENGEZINSWONING","eigendom":false,"hoofdverblijf":true,"problemen":["SLAAPKAMER"],"locatieprobleem":false}""")
                .status()).isEqualTo(200);
        assertThat(api.post("/api/v1/woonvoorzieningen/clienten/" + id + "/advies", """
                {"peildatum":"2024-06-03","weging":{"verhuizenRedelijk":false,"voorkeurBlijven":true,"mantelzorgInGevaar":true,
                 "verwachteWoonjaren":8,"alternatiefBeschikbaar":false,"aanpassingskosten":9000,"overigeVerhuiskosten":0,"huishoudgrootte":1}}""")
                .status()).isEqualTo(201);
        var lift = api.post("/api/v1/woonvoorzieningen/clienten/" + id, """
                {"soort":"HOOGTEVERSCHIL","omschrijving":"traplift","ruimte":"SLAAPKAMER","aangevraagdOp":"2024-06-10"}""");
        assertThat(lift.status()).as(lift.body()).isEqualTo(201);
        long liftId = lift.json().getJsonNumber("id").longValue();

        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        page.navigate(Omgeving.basis() + "/woonvoorzieningen/voorziening.xhtml?id=" + liftId);
        assertThat(page.locator("#status-tekst")).hasText("offerte");
        assertThat(page.locator("#regels")).containsText("W-05");
        Browser.toegankelijk(page, "woonvoorziening in de offertefase");

        veld(page, "Aannemer").fill("Liftbouw Oost");
        veld(page, "Bedrag (euro)").fill("9500");
        page.getByRole(AriaRole.BUTTON, naam("Offerte toevoegen")).click();
        assertThat(page.locator(".meldingen")).containsText("Liftbouw Oost is toegevoegd");
        veld(page, "Aannemer").fill("Trapliften Gelderland");
        veld(page, "Bedrag (euro)").fill("8200");
        page.getByRole(AriaRole.BUTTON, naam("Offerte toevoegen")).click();
        assertThat(page.locator("#offertes")).containsText("gekozen");
        assertThat(page.locator("#offertes tr", new Page.LocatorOptions().setHasText("Trapliften Gelderland"))).containsText("gekozen");
        Browser.toegankelijk(page, "woonvoorziening met offertes");

        // W-13 stands only in Lochem's rules (001); recording the hearing works the same everywhere.
        veld(page, "Eigenaar gehoord op (dd-mm-jjjj)").fill("20-06-2024");
        page.getByRole(AriaRole.BUTTON, naam("Eigenaar is gehoord")).click();
        assertThat(page.locator("#gegevens")).containsText("Eigenaar gehoord (W-13): ja, op 20-06-2024");
        veld(page, "Datum van de nieuwe status (dd-mm-jjjj)").fill("01-07-2024");
        page.getByRole(AriaRole.BUTTON, naam("Naar status goedgekeurd")).click();
        assertThat(page.locator("#status-tekst")).hasText("goedgekeurd");

        veld(page, "Nummer van de aanvraag (leeg om los te maken)").fill(String.valueOf(aanvraag));
        page.getByRole(AriaRole.BUTTON, naam("Aanvraag vastleggen")).click();
        assertThat(page.locator(".meldingen")).containsText("hoort bij aanvraag " + aanvraag);
        assertThat(page.locator("#gegevens")).containsText("Aanvraag: " + aanvraag);
        Browser.toegankelijk(page, "woonvoorziening goedgekeurd en gekoppeld");
        Browser.schermafdruk(page, "woonvoorziening-goedgekeurd");

        // The running list pages in the database and links to the screen.
        page.navigate(Omgeving.basis() + "/woonvoorzieningen/lopend.xhtml");
        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("GOEDGEKEURD");
        page.getByRole(AriaRole.BUTTON, naam("Toon")).click();
        assertThat(page.locator("#aantal")).not().hasText("0 woonvoorziening(en).");
        assertThat(page.locator("[id='filter:lijst']")).containsText("traplift (traplift of ander hulpmiddel voor een hoogteverschil)");
        Browser.toegankelijk(page, "lopende woonvoorzieningen goedgekeurd");

        // A refused request on the client page: the grounds shown, the refusal listed although nothing else was stored.
        page.navigate(Omgeving.basis() + "/clienten/client.xhtml?id=" + id);
        veld(page, "Omschrijving (bijvoorbeeld traplift)").fill("tweede traplift");
        veld(page, "Aanvraagdatum (dd-mm-jjjj)").fill("01-02-2025");
        page.getByRole(AriaRole.BUTTON, naam("Aanvragen")).click();
        assertThat(page.locator(".meldingen")).containsText("regel W-05");
        assertThat(page.locator("#woonlijst\\:woonweigeringen")).containsText("tweede traplift");
        Browser.toegankelijk(page, "cliëntpagina met geweigerde woonaanvraag");
        page.context().close();
    }
}
