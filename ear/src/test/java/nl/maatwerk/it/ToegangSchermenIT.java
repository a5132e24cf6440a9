package nl.maatwerk.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static nl.maatwerk.it.ToegangIT.melding;
import static nl.maatwerk.it.ToegangIT.nieuweClient;
import static nl.maatwerk.it.ToegangIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, the rest of the toegang on the real server: the hardheidsclausule from verordening's register leading to
 * a deviating decision with four eyes, every area's signals on the werkvoorraad (toegang's own C-13 signal), the
 * beschikking letter with the areas' onderdelen, herziening (C-17), the teamleider's weekly view, O-02 and O-04;
 * then the screens for all of it in Chromium with axe-core on every page.
 */
class ToegangSchermenIT extends BrowserIT {

    private static final DateTimeFormatter DMJ = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** A melding of a new Doetinchem client taken through onderzoek and verslag to an aanvraag (the signed verslag). */
    static String totAanvraag(Api api, long client, String onderzoek) {
        String m = "/api/v1/meldingen/" + melding(api, client);
        ok(api.post(m + "/ontvangstbevestiging", "{}"));
        ok(api.post(m + "/clientondersteuning", "{}"));
        ok(api.post(m + "/onderzoek/gesprek", """
                {"vorm":"KEUKENTAFEL","datum":"%s","plaats":"Thuis","aanwezigen":"Cliënt en dochter"}""".formatted(LocalDate.now())));
        ok(api.put(m + "/onderzoek", onderzoek));
        ok(api.post(m + "/onderzoek/identiteit", "{\"identiteitsbewijs\":\"Paspoort\"}"));
        return m;
    }

    static void naarAanvraag(Api api, String m) {
        ok(api.post(m + "/onderzoek/afronden", "{}"));
        ok(api.post(m + "/verslag", "{}"));
        ok(api.post(m + "/verslag/retour", "{\"status\":\"AKKOORD\",\"geldtAlsAanvraag\":true}"));
    }

    /** A granted, sent beschikking whose indicatie ends in 30 days (within the 8 weeks of heronderzoek.vooraankondiging). */
    static long aflopendeBeschikking(Api api, long client) {
        String m = totAanvraag(api, client, ToegangIT.ONDERZOEK);
        naarAanvraag(api, m);
        var besluit = api.post(m + "/beschikking", """
                {"soort":"TOEKENNING_NATURA","voorziening":"traplift","resultaat":"Veilig naar boven","wijzeVerstrekking":"In bruikleen",
                 "waarde":100,"ingangsdatum":"%s","einddatum":"%s"}""".formatted(LocalDate.now(), LocalDate.now().plusDays(30)));
        assertThat(besluit.status()).as(besluit.body()).isEqualTo(201);
        assertThat(besluit.json().getString("status")).isEqualTo("GOEDGEKEURD");
        long id = besluit.json().getJsonNumber("id").longValue();
        ok(api.post("/api/v1/beschikkingen/" + id + "/verzending", "{}"));
        return id;
    }

    @Test
    void hardheidsclausuleUitHetRegisterMaaktHetBesluitAfwijkendMetVierOgen() {
        var consulent = Api.als("consulent.doetinchem");
        var teamleider = Api.als("teamleider.doetinchem");
        long client = nieuweClient(consulent, "0222");
        // C-04: the client can reasonably arrange it himself, so the rules refuse.
        String m = totAanvraag(consulent, client, ToegangIT.ONDERZOEK.replace("\"zelfTeRegelen\":false", "\"zelfTeRegelen\":true"));
        var verzoek = consulent.post(m + "/onderzoek/hardheidsclausule", """
                {"onderwerp":"traplift","reden":"De trap is de enige toegang tot slaapkamer en badkamer"}""");
        assertThat(verzoek.status()).as(verzoek.body()).isEqualTo(200);
        long verzoekId = verzoek.json().getJsonNumber("hardheidsclausuleId").longValue();
        // The register of verordening holds it, not a copy in toegang; another gemeente does not see it.
        var register = consulent.get("/api/v1/hardheidsclausule/" + verzoekId);
        assertThat(register.status()).as(register.body()).isEqualTo(200);
        assertThat(register.json().getString("status")).isEqualTo("AANGEVRAAGD");
        assertThat(register.json().getJsonNumber("clientId").longValue()).isEqualTo(client);
        assertThat(Api.als("consulent.lochem").post(m + "/onderzoek/hardheidsclausule", "{\"onderwerp\":\"x\",\"reden\":\"y\"}").status())
                .isEqualTo(404);
        naarAanvraag(consulent, m);
        ok(consulent.post(m + "/voornemens", "{\"strekking\":\"Wij zijn van plan af te wijken van de regels\"}"));
        long voornemen = consulent.get(m).json().getJsonArray("voornemens").getJsonObject(0).getJsonNumber("id").longValue();
        ok(consulent.post("/api/v1/meldingen/voornemens/" + voornemen + "/reactie", "{\"reactie\":\"Akkoord\"}"));
        String besluit = """
                {"soort":"TOEKENNING_NATURA","voorziening":"traplift","resultaat":"Veilig naar boven","wijzeVerstrekking":"In bruikleen",
                 "waarde":100}""";
        // Pending in the register: no decision yet (C-10).
        var wacht = consulent.post(m + "/beschikking", besluit);
        assertThat(wacht.status()).isEqualTo(400);
        assertThat(wacht.body()).contains("C-10").contains("wacht nog op een teamleider");
        ok(teamleider.post("/api/v1/hardheidsclausule/" + verzoekId + "/goedkeuring", "{\"toelichting\":\"Onbillijk\"}"));
        var b = consulent.post(m + "/beschikking", besluit);
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        assertThat(b.json().getBoolean("afwijkend")).isTrue();
        assertThat(b.json().getString("status")).isEqualTo("TER_GOEDKEURING");
        assertThat(b.json().getString("vierOgenReden")).contains("hardheidsclausule");
        assertThat(b.json().getString("motivering")).contains("C-10").contains("artikel 26").contains("C-04");

        // Lochem's regelset has no hardheidsclausule: the register refuses the request.
        var lochem = Api.als("consulent.lochem");
        String ml = totAanvraag(lochem, nieuweClient(lochem, "0262"), ToegangIT.ONDERZOEK);
        var geen = lochem.post(ml + "/onderzoek/hardheidsclausule", "{\"onderwerp\":\"traplift\",\"reden\":\"Onbillijk\"}");
        assertThat(geen.status()).isEqualTo(400);
        assertThat(geen.body()).contains("geen hardheidsclausule").contains("C-10");
    }

    @Test
    void signalenBriefMetOnderdelenHerzieningEnLijsten() throws IOException {
        var consulent = Api.als("consulent.doetinchem");
        long client = nieuweClient(consulent, "0222");
        long beschikking = aflopendeBeschikking(consulent, client);
        String b = "/api/v1/beschikkingen/" + beschikking;
        JsonObject bj = consulent.get(b).json();
        long meldingId = bj.getJsonNumber("meldingId").longValue();

        // The letter: no area has onderdelen for this aanvraag, and it still states its grounds.
        var docs = consulent.get("/api/v1/meldingen/" + meldingId).json().getJsonArray("documenten");
        long pdfId = docs.getJsonObject(docs.size() - 1).getJsonNumber("id").longValue();
        try (var doc = Loader.loadPDF(consulent.bytes("/api/v1/meldingen/documenten/" + pdfId).body())) {
            String tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(tekst).contains("Besluit op uw aanvraag").contains("C-01").contains("artikel 7 lid 1").doesNotContain("Onderdelen van dit besluit");
        }

        // Toegang's own SignaalBron: the indicatie ends within the vooraankondiging (C-13, C-18), with a link.
        var signalen = consulent.get("/api/v1/werkvoorraad/signalen");
        assertThat(signalen.status()).as(signalen.body()).isEqualTo(200);
        var signaal = signalen.jsonLijst().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("referentie").equals("beschikking-" + beschikking + "-C-13")).findFirst();
        assertThat(signaal).as(signalen.body()).isPresent();
        assertThat(signaal.get().getString("regelId")).isEqualTo("C-13");
        assertThat(signaal.get().getString("gebied")).isEqualTo("toegang");
        assertThat(signaal.get().getString("tekst")).contains("regel C-13").contains("regel C-18");
        assertThat(signaal.get().getString("link")).isEqualTo("/toegang/zaak.xhtml?id=" + meldingId);
        // The areas give the client id; the werkvoorraad names the client.
        assertThat(signaal.get().getJsonNumber("clientId").longValue()).isEqualTo(client);
        assertThat(signaal.get().getString("clientNaam")).isEqualTo("Toos Toegang");
        assertThat(Api.als("consulent.lochem").get("/api/v1/werkvoorraad/signalen").body()).doesNotContain("beschikking-" + beschikking + "-");
        assertThat(consulent.get("/api/v1/werkvoorraad/signalen?gemeente=0262").jsonLijst()).isEmpty();
        assertThat(Api.als("auditor").get("/api/v1/werkvoorraad/signalen").status()).isEqualTo(403);
        assertThat(consulent.get("/api/v1/beschikkingen/aflopend?aantal=200").body()).contains("\"id\":" + beschikking + ",");

        // C-17: without a ground nothing changes; "niet langer aangewezen" ends it, and the signal goes.
        var zonder = consulent.post(b + "/herziening", "{\"verstrekking\":\"NATURA_BRUIKLEEN\"}");
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.body()).contains("C-17");
        var herzien = consulent.post(b + "/herziening", "{\"verstrekking\":\"NATURA_BRUIKLEEN\",\"nietLangerAangewezen\":true}");
        assertThat(herzien.status()).as(herzien.body()).isEqualTo(200);
        assertThat(herzien.json().getJsonObject("beschikking").getString("beeindigdOp")).isEqualTo(LocalDate.now().toString());
        assertThat(herzien.json().getBoolean("voorzieningTerugvorderbaar")).isTrue();
        assertThat(herzien.json().getJsonObject("toepassing").getString("regelId")).isEqualTo("C-17");
        assertThat(consulent.post(b + "/herziening", "{\"verstrekking\":\"NATURA_BRUIKLEEN\",\"nietLangerAangewezen\":true}").status())
                .isEqualTo(400);
        assertThat(consulent.get("/api/v1/werkvoorraad/signalen").body()).doesNotContain("beschikking-" + beschikking + "-");
    }

    @Test
    void termijnenPerWeekMantelzorgwaarderingEnBeschermdWonen() {
        var consulent = Api.als("consulent.doetinchem");
        var teamleider = Api.als("teamleider.doetinchem");
        long client = nieuweClient(consulent, "0222");
        String naam = "Mies Mantelzorg " + client;
        ok(consulent.post("/api/v1/clienten/" + client + "/betrokkenen", """
                {"soort":"MANTELZORGER","naam":"%s","relatie":"dochter","adres":"Elders 2, 8011 AA Zwolle"}""".formatted(naam)));
        String m = totAanvraag(consulent, client, ToegangIT.ONDERZOEK);
        ok(consulent.post(m + "/onderzoek/afronden", "{}"));

        // The onderzoek was finished today, before its deadline in 6 weeks: met, in that week, for its behandelaar.
        LocalDate uiterlijk = LocalDate.parse(consulent.get(m).json().getJsonObject("onderzoek").getString("uiterlijk"));
        var weken = teamleider.get("/api/v1/werkvoorraad/termijnen-per-week?gemeente=0222&van=" + uiterlijk + "&tot=" + uiterlijk);
        assertThat(weken.status()).as(weken.body()).isEqualTo(200);
        assertThat(weken.jsonLijst().stream().map(v -> v.asJsonObject())
                .filter(w -> w.getString("behandelaar").equals("consulent.doetinchem")))
                .anySatisfy(w -> assertThat(w.getJsonNumber("gehaald").longValue()).isPositive());
        assertThat(consulent.get("/api/v1/werkvoorraad/termijnen-per-week").status()).isEqualTo(403);
        assertThat(teamleider.get("/api/v1/werkvoorraad/termijnen-per-week?van=2026-13-01").status()).isEqualTo(400);

        // O-02: the mantelzorger (living elsewhere) of a client whose melding led to no voorziening yet.
        var lijst = consulent.get("/api/v1/toegang/mantelzorgwaardering?jaar=" + LocalDate.now().getYear() + "&aantal=500");
        assertThat(lijst.status()).as(lijst.body()).isEqualTo(200);
        var rij = lijst.jsonLijst().stream().map(v -> v.asJsonObject()).filter(r -> r.getString("naam").equals(naam)).findFirst();
        assertThat(rij).as(lijst.body()).isPresent();
        assertThat(rij.get().getString("regel")).isEqualTo("O-02");
        assertThat(rij.get().getString("uitkomst")).isEqualTo("VAN_TOEPASSING");
        assertThat(rij.get().getString("adres")).contains("Zwolle");
        assertThat(rij.get().getString("motivering")).contains("artikel 21").contains("ook zonder voorziening");
        assertThat(Api.als("consulent.lochem").get("/api/v1/toegang/mantelzorgwaardering?aantal=500").body()).doesNotContain(naam);
        assertThat(consulent.get("/api/v1/toegang/mantelzorgwaardering?jaar=1999").status()).isEqualTo(400);

        // O-04: open to every ingezetene of the Netherlands; a non-resident of Doetinchem qualifies, a non-ingezetene not.
        var bw = consulent.post("/api/v1/toegang/beschermd-wonen/toets", """
                {"gemeente":"0222","soort":"BESCHERMD_WONEN","ingezeteneVanNederland":true,"woontInGemeente":false,
                 "beschermendeWoonomgeving":true,"acuteCrisis":false,"ambulantPassend":false,"gerichtOpEigenKracht":true}""");
        assertThat(bw.status()).as(bw.body()).isEqualTo(200);
        assertThat(bw.json().getString("regelId")).isEqualTo("O-04");
        assertThat(bw.json().getString("uitkomst")).isEqualTo("VOLDAAN");
        assertThat(bw.json().getString("motivering")).contains("niet in Doetinchem woont").contains("artikel 11");
        var buitenland = consulent.post("/api/v1/toegang/beschermd-wonen/toets", """
                {"gemeente":"0222","soort":"OPVANG","ingezeteneVanNederland":false,"dakloos":true}""");
        assertThat(buitenland.json().getString("uitkomst")).isEqualTo("AFWIJZINGSGROND");
        assertThat(consulent.post("/api/v1/toegang/beschermd-wonen/toets", "{\"gemeente\":\"0262\",\"soort\":\"OPVANG\"}").status())
                .isEqualTo(404);
    }

    private static void vul(Page page, String label, String waarde) {
        page.getByRole(AriaRole.TEXTBOX, naam(label)).fill(waarde);
    }

    private static void knop(Page page, String label) {
        page.getByRole(AriaRole.BUTTON, naam(label)).click();
        page.waitForLoadState();
    }

    @Test
    void schermenVoorOnderzoekNazorgWerkvoorraadEnLijsten() {
        var api = Api.als("consulent.doetinchem");
        long client = nieuweClient(api, "0222");
        String mPad = "/api/v1/meldingen/" + melding(api, client);
        ok(api.post(mPad + "/ontvangstbevestiging", "{}"));
        ok(api.post(mPad + "/clientondersteuning", "{}"));
        String zaakUrl = Omgeving.basis() + "/toegang/zaak.xhtml?id=" + mPad.substring(mPad.lastIndexOf('/') + 1);
        long aflopend = aflopendeBeschikking(api, nieuweClient(api, "0222"));
        String mantelzorger = "Mantelzorger Scherm " + client;
        ok(api.post("/api/v1/clienten/" + client + "/betrokkenen", """
                {"soort":"MANTELZORGER","naam":"%s","adres":"Elders 3, Zwolle"}""".formatted(mantelzorger)));
        long toewijzen = melding(api, nieuweClient(api, "0222"));
        long aflopendeMelding = api.get("/api/v1/beschikkingen/" + aflopend).json().getJsonNumber("meldingId").longValue();

        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        // T-04, T-05, T-15 and C-10 in the onderzoek.
        page.navigate(zaakUrl);
        Browser.toegankelijk(page, "zaak met uitstel, plan, advies en hardheidsclausule");
        vul(page, "Reden van het uitstel", "Wachten op het advies van de ergotherapeut");
        vul(page, "Nieuwe datum onderzoek uiterlijk (dd-mm-jjjj)", LocalDate.now().plusWeeks(10).format(DMJ));
        knop(page, "Uitstel vastleggen");
        page.getByText("Het uitstel is vastgelegd (T-04).").waitFor();
        assertThat(page.locator("#onderzoekUiterlijk").textContent()).isEqualTo(LocalDate.now().plusWeeks(10).format(DMJ));
        knop(page, "Persoonlijk plan ontvangen");
        page.getByText("Het persoonlijk plan is ontvangen (T-05).").waitFor();
        page.getByLabel("Soort advies", new Page.GetByLabelOptions().setExact(true)).selectOption("MEDISCH");
        knop(page, "Advies vastleggen");
        page.getByText("Het advies is vastgelegd (T-15).").waitFor();
        vul(page, "Onderwerp", "traplift");
        vul(page, "Schriftelijke reden", "De trap is de enige toegang tot de badkamer");
        knop(page, "Hardheidsclausule aanvragen");
        page.getByText("De hardheidsclausule is aangevraagd; een andere teamleider beslist in het register (C-10).").waitFor();
        assertThat(page.locator("#hardheidStatus").textContent()).contains("wacht op teamleider");
        Browser.toegankelijk(page, "zaak na uitstel en hardheidsclausule");

        // Bezwaar (T-17, T-18) and herziening (C-17) after the beschikking.
        page.navigate(Omgeving.basis() + "/toegang/zaak.xhtml?id=" + aflopendeMelding);
        page.getByRole(AriaRole.LINK, naam("Bezwaar en herziening")).click();
        page.waitForURL("**/toegang/nazorg.xhtml?id=*");
        Browser.toegankelijk(page, "bezwaar en herziening");
        page.getByLabel("Gronden van het bezwaar", new Page.GetByLabelOptions().setExact(true)).fill("De looptijd is te kort");
        knop(page, "Bezwaar registreren");
        page.getByText("Het bezwaar is geregistreerd (T-17).").waitFor();
        assertThat(page.locator("#bezwaren").textContent()).contains("(tijdig)").contains("nog niet beslist");
        Browser.toegankelijk(page, "bezwaar geregistreerd");
        page.getByLabel("Uitkomst van het bezwaar", new Page.GetByLabelOptions().setExact(true)).selectOption("ONGEGROND");
        knop(page, "Op bezwaar beslissen");
        page.getByText("Op het bezwaar is beslist.").waitFor();
        assertThat(page.locator("#bezwaren").textContent()).contains("ongegrond");
        knop(page, "Herzien of intrekken");
        page.getByText("regel C-17").first().waitFor();
        Browser.vink(page.getByLabel("Niet langer op de voorziening aangewezen"));
        knop(page, "Herzien of intrekken");
        page.getByText("De beschikking is herzien of ingetrokken (C-17).").waitFor();
        assertThat(page.locator("#herzieningUitkomst").textContent()).contains("C-17").contains("De voorziening kan worden teruggevorderd.");
        assertThat(page.locator("#beeindigd").textContent()).contains("Herzien of ingetrokken");
        Browser.toegankelijk(page, "herzien");

        // C-14 and C-15 from the client page.
        page.navigate(Omgeving.basis() + "/clienten/client.xhtml?id=" + client);
        page.getByRole(AriaRole.LINK, naam("Verhuizing of afwezigheid vastleggen")).click();
        page.waitForURL("**/toegang/wijzigingen.xhtml?client=*");
        Browser.toegankelijk(page, "verhuizing en afwezigheid");
        vul(page, "Vertrokken op (dd-mm-jjjj)", LocalDate.now().minusWeeks(7).format(DMJ));
        vul(page, "Terug op (dd-mm-jjjj)", LocalDate.now().minusDays(1).format(DMJ));
        knop(page, "Afwezigheid vastleggen");
        page.getByText("De afwezigheid is vastgelegd.").waitFor();
        assertThat(page.locator("#uitkomst").textContent()).contains("C-15");
        Browser.vink(page.getByLabel("Verhuizing binnen de gemeente"));
        knop(page, "Verhuizing vastleggen");
        page.getByText("De verhuizing is vastgelegd.").waitFor();
        assertThat(page.locator("#uitkomst").textContent()).contains("C-14");
        Browser.toegankelijk(page, "verhuizing vastgelegd");

        // The werkvoorraad with every area's signals; the C-18 list; O-02 and O-04.
        page.getByRole(AriaRole.LINK, naam("Werkvoorraad")).click();
        page.waitForURL("**/toegang/werkvoorraad.xhtml");
        assertThat(page.locator("#signalen").textContent()).contains("toegang").contains("C-13")
                // The client by name, not by id (a signal about no client, O-01, has none: DienstverleningIT).
                .containsPattern("Openen \\(toegang C-13, \\p{Lu}\\p{L}+ ").doesNotContain("cliënt 0");
        assertThat(page.locator("#signalen a[href$='/toegang/zaak.xhtml?id=" + aflopendeMelding + "']").count()).isZero(); // herzien: gone
        Browser.toegankelijk(page, "werkvoorraad met signalen");
        page.getByRole(AriaRole.LINK, naam("Aflopende indicaties")).click();
        page.waitForURL("**/toegang/aflopend.xhtml");
        Browser.toegankelijk(page, "aflopende indicaties");
        page.getByRole(AriaRole.LINK, naam("Mantelzorgwaardering")).click();
        page.waitForURL("**/toegang/mantelzorgers.xhtml");
        assertThat(page.locator("#mantelzorgform").textContent()).contains(mantelzorger).contains("O-02").contains("Zwolle");
        Browser.toegankelijk(page, "mantelzorgwaardering");
        page.getByRole(AriaRole.LINK, naam("Beschermd wonen en opvang")).click();
        page.waitForURL("**/toegang/beschermdwonen.xhtml");
        Browser.toegankelijk(page, "beschermd wonen en opvang");
        page.getByLabel("Beschermd wonen a: aangewezen op een beschermende woonomgeving door complexe problemen").selectOption("true");
        page.getByLabel("Beschermd wonen b: de problemen komen voort uit een acute crisis").selectOption("false");
        page.getByLabel("Beschermd wonen c: begeleiding of dagbesteding met ambulante zorg is passend").selectOption("false");
        page.getByLabel("Beschermd wonen d: gericht op zich op eigen kracht handhaven").selectOption("true");
        knop(page, "Toetsen");
        assertThat(page.locator("#bwUitkomst").textContent()).contains("Komt in aanmerking (regel O-04).");
        assertThat(page.locator("#bwMotivering").textContent()).contains("niet in Doetinchem woont");
        Browser.toegankelijk(page, "beschermd wonen getoetst");
        assertThat(page.getByRole(AriaRole.LINK, naam("Termijnen per week")).count()).isZero();
        page.context().close();

        // The teamleider reassigns from the werkvoorraad table and sees the deadlines per week.
        Page tl = Browser.aanmelden(browser.nieuwePagina(), "teamleider.doetinchem");
        tl.getByRole(AriaRole.LINK, naam("Werkvoorraad")).click();
        tl.waitForURL("**/toegang/werkvoorraad.xhtml");
        Browser.ontvink(tl.getByLabel("Alleen mijn werk"));
        tl.getByLabel("Soort werk", new Page.GetByLabelOptions().setExact(true)).selectOption("MELDING");
        knop(tl, "Filteren");
        var rij = tl.locator("#werkform\\:werk tbody tr:has(a[href$='zaak.xhtml?id=" + toewijzen + "'])");
        rij.waitFor();
        // The choice lists only who can take Doetinchem's work, by name.
        var keuze = rij.getByRole(AriaRole.COMBOBOX);
        assertThat(keuze.locator("option").allTextContents()).anyMatch(t -> t.endsWith("(consulent.doetinchem)"))
                .noneMatch(t -> t.contains("consulent.lochem") || t.contains("auditor") || t.contains("financieel"));
        keuze.selectOption("teamleider.doetinchem");
        rij.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Toewijzen")).click();
        tl.waitForLoadState();
        tl.getByText("De melding is toegewezen aan teamleider.doetinchem.").waitFor();
        assertThat(Api.als("teamleider.doetinchem").get("/api/v1/meldingen/" + toewijzen).json().getJsonObject("melding")
                .getString("behandelaar")).isEqualTo("teamleider.doetinchem");
        // Work cannot go to a typo or to someone of another gemeente: it would vanish from every werkvoorraad.
        var teamleider = Api.als("teamleider.doetinchem");
        for (String wie : List.of("consulent.lochem", "consulent.doetinchm", "auditor")) {
            var fout = teamleider.put("/api/v1/meldingen/" + toewijzen + "/behandelaar", "{\"behandelaar\":\"" + wie + "\"}");
            assertThat(fout.status()).as(fout.body()).isEqualTo(400);
            assertThat(fout.body()).contains("'" + wie + "' is geen actieve consulent, intake of teamleider van Doetinchem");
        }
        assertThat(teamleider.get("/api/v1/werkvoorraad/behandelaars?gemeente=0222").body()).contains("\"consulent.doetinchem\"")
                .doesNotContain("consulent.lochem");
        assertThat(teamleider.get("/api/v1/werkvoorraad/behandelaars?gemeente=0262").status()).isEqualTo(404);
        Browser.toegankelijk(tl, "werkvoorraad van de teamleider");
        tl.getByRole(AriaRole.LINK, naam("Termijnen per week")).click();
        tl.waitForURL("**/toegang/termijnen.xhtml");
        vul(tl, "Tot en met (dd-mm-jjjj)", LocalDate.now().plusWeeks(12).format(DMJ));
        knop(tl, "Tonen");
        assertThat(tl.locator("#termijnform\\:weken").textContent()).contains("consulent.doetinchem");
        Browser.toegankelijk(tl, "termijnen per week");
        tl.context().close();

        // The consulent cannot open the teamleider's view.
        Page c = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        var antwoord = c.navigate(Omgeving.basis() + "/toegang/termijnen.xhtml");
        assertThat(antwoord.status()).isEqualTo(403);
        c.context().close();
    }
}
