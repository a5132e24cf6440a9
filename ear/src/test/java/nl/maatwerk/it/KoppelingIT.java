package nl.maatwerk.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The areas together in the deployed EAR, each only through the koppeling interfaces (SignaalBron,
 * BeschikkingsonderdeelBron, VoorzieningenBron, TerugvorderingBron) that the consumer gathers with
 * {@code @Inject @Any Instance<...>}: toegang's werkvoorraad shows pgb and dienstverlening signals of the own
 * gemeente only; toegang's beschikking letter prints the woonvoorzieningen and rolstoelen onderdelen of the aanvraag
 * with their rules and articles; pgb's CAK file and costs carry woonvoorzieningen and rolstoelen with the E-02
 * kostprijs (Doetinchem, whose second approval a teamleider gives), and its terugvorderingen list the rolstoelen R-07 reclaim. Data only through the real APIs.
 */
class KoppelingIT extends ServerIT {

    static final Api DOETINCHEM = Api.als("consulent.doetinchem");
    static final Api LOCHEM = Api.als("consulent.lochem");
    static final Api FINANCIEEL = Api.als("financieel");

    private static List<JsonObject> signalen(Api api) {
        var r = api.get("/api/v1/werkvoorraad/signalen");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.jsonLijst().getValuesAs(JsonObject.class);
    }

    private static String tekst(JsonObject o, String veld) {
        return o.containsKey(veld) && !o.isNull(veld) ? o.getString(veld) : null;
    }

    /** A Doetinchem Pgb for a scootmobiel from rolstoelen (R-05, P-18), optionally for a toegang aanvraag. */
    private static JsonObject hulpmiddelPgb(long client, Long aanvraag) {
        var r = DOETINCHEM.post("/api/v1/hulpmiddelen/pgb/toekenningen", """
                {"clientId":%d,"peildatum":"2026-01-01","soort":"SCOOTMOBIEL","offerte":3000,"naturaprijs":3400,"aanvraagId":%s}"""
                .formatted(client, aanvraag == null ? "null" : aanvraag.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void deWerkvoorraadToontSignalenUitPgbEnDienstverleningVanDeEigenGemeente() {
        // Dienstverlening: a calamity in Doetinchem waits for the toezichthoudend ambtenaar (O-01).
        var calamiteit = DOETINCHEM.post("/api/v1/dienstverlening/calamiteiten", """
                {"gemeente":"0222","agbCode":"41100003","soort":"CALAMITEIT","datumVoorval":"2026-05-04","datumMelding":"2026-05-05",
                 "omschrijving":"Val in de douche tijdens de hulp (koppeling)"}""");
        assertThat(calamiteit.status()).as(calamiteit.body()).isEqualTo(201);
        String calamiteitRef = "calamiteit-" + calamiteit.json().getJsonNumber("id").longValue();

        List<JsonObject> doetinchem = signalen(DOETINCHEM);
        // Pgb: PGB-0222-DEMO-2 started on 1 January 2026 and was never used (P-08), computed by PgbBronnen.
        assertThat(doetinchem).anySatisfy(s -> {
            assertThat(s.getString("gebied")).isEqualTo("pgb");
            assertThat(tekst(s, "regelId")).isEqualTo("P-08");
            assertThat(s.getString("tekst")).contains("PGB-0222-DEMO-2");
            assertThat(s.getString("gemeente")).isEqualTo("0222");
        });
        assertThat(doetinchem).anySatisfy(s -> {
            assertThat(s.getString("gebied")).isEqualTo("dienstverlening");
            assertThat(s.getString("referentie")).isEqualTo(calamiteitRef);
            assertThat(tekst(s, "regelId")).isEqualTo("O-01");
            assertThat(s.getString("link")).isEqualTo("/dienstverlening/calamiteiten.xhtml");
        });
        // Nothing of Lochem: not its Pgb (PGB-0262-DEMO-1) nor its order without a start (Begeleiding Berkelland).
        assertThat(doetinchem).allSatisfy(s -> assertThat(s.getString("gemeente")).isEqualTo("0222"));
        assertThat(doetinchem).noneSatisfy(s -> assertThat(s.getString("tekst")).contains("PGB-0262"));
        assertThat(doetinchem).noneSatisfy(s -> assertThat(s.getString("tekst")).contains("Begeleiding Berkelland is na 14 dagen"));

        // Lochem sees its own dienstverlening and pgb signals, and not Doetinchem's calamity.
        List<JsonObject> lochem = signalen(LOCHEM);
        assertThat(lochem).anySatisfy(s -> {
            assertThat(s.getString("gebied")).isEqualTo("dienstverlening");
            assertThat(s.getString("tekst")).contains("Begeleiding Berkelland is na 14 dagen nog niet gestart");
        });
        assertThat(lochem).allSatisfy(s -> assertThat(s.getString("gemeente")).isEqualTo("0262"));
        assertThat(lochem).noneSatisfy(s -> assertThat(s.getString("referentie")).isEqualTo(calamiteitRef));

        // The werkvoorraad is also the intake's (Hillegom and Lisse): every source answers for that role, none of
        // another gemeente leaks in.
        List<JsonObject> isd = signalen(Api.als("intake.isd"));
        assertThat(isd).allSatisfy(s -> assertThat(s.getString("gemeente")).isIn("0534", "0553"));
    }

    @Test
    void deBeschikkingsbriefBevatDeOnderdelenVanWoonvoorzieningenEnRolstoelenMetRegelsEnArtikelen() throws IOException {
        long client = ToegangIT.nieuweClient(DOETINCHEM, "0222");
        long melding = ToegangIT.melding(DOETINCHEM, client);
        String m = "/api/v1/meldingen/" + melding;
        ToegangIT.ok(DOETINCHEM.post(m + "/ontvangstbevestiging", "{}"));
        ToegangIT.ok(DOETINCHEM.post(m + "/clientondersteuning", "{}"));
        ToegangIT.ok(DOETINCHEM.post(m + "/onderzoek/gesprek", """
                {"vorm":"KEUKENTAFEL","datum":"%s","plaats":"Thuis","aanwezigen":"Cliënt"}""".formatted(LocalDate.now())));
        ToegangIT.ok(DOETINCHEM.put(m + "/onderzoek", ToegangIT.ONDERZOEK));
        ToegangIT.ok(DOETINCHEM.post(m + "/onderzoek/identiteit", "{\"identiteitsbewijs\":\"Paspoort\"}"));
        ToegangIT.ok(DOETINCHEM.post(m + "/onderzoek/afronden", "{}"));
        ToegangIT.ok(DOETINCHEM.post(m + "/verslag", "{}"));
        ToegangIT.ok(DOETINCHEM.post(m + "/verslag/retour", "{\"status\":\"AKKOORD\",\"geldtAlsAanvraag\":true}"));
        long aanvraag = DOETINCHEM.get(m).json().getJsonObject("aanvraag").getJsonNumber("id").longValue();

        // Woonvoorzieningen: advies and a traplift for this aanvraag (aanvraagId).
        ToegangIT.ok(DOETINCHEM.put("/api/v1/woonvoorzieningen/clienten/" + client + "/woonsituatie", """
                {"woningtype":"EENGEZINSWONING","eigendom":false,"hoofdverblijf":true,"problemen":["SLAAPKAMER"],"locatieprobleem":false}"""));
        ToegangIT.ok(DOETINCHEM.post("/api/v1/woonvoorzieningen/clienten/" + client + "/advies", """
                {"peildatum":"2024-06-03","weging":{"verhuizenRedelijk":false,"voorkeurBlijven":true,"mantelzorgInGevaar":true,
                 "verwachteWoonjaren":8,"alternatiefBeschikbaar":false,"aanpassingskosten":9000,"overigeVerhuiskosten":0,"huishoudgrootte":1}}"""));
        var lift = DOETINCHEM.post("/api/v1/woonvoorzieningen/clienten/" + client, """
                {"soort":"HOOGTEVERSCHIL","omschrijving":"traplift","ruimte":"SLAAPKAMER","aangevraagdOp":"2024-06-10","aanvraagId":%d}"""
                .formatted(aanvraag));
        assertThat(lift.status()).as(lift.body()).isEqualTo(201);
        // Rolstoelen: a Pgb for a scootmobiel for the same aanvraag.
        hulpmiddelPgb(client, aanvraag);

        var besluit = DOETINCHEM.post(m + "/beschikking", """
                {"soort":"TOEKENNING_NATURA","voorziening":"traplift en scootmobiel","resultaat":"U kunt weer veilig naar boven en naar de winkel",
                 "wijzeVerstrekking":"Via de woonvoorzieningen en het hulpmiddelendepot","waarde":6500,
                 "bijdrage":"U betaalt een eigen bijdrage via het CAK."}""");
        assertThat(besluit.status()).as(besluit.body()).isEqualTo(201);
        String b = "/api/v1/beschikkingen/" + besluit.json().getJsonNumber("id").longValue();
        if ("TER_GOEDKEURING".equals(besluit.json().getString("status"))) {
            var goed = Api.als("teamleider.doetinchem").post(b + "/goedkeuring", "{\"akkoord\":true}");
            assertThat(goed.status()).as(goed.body()).isEqualTo(200);
        }
        var verzonden = DOETINCHEM.post(b + "/verzending", "{}");
        assertThat(verzonden.status()).as(verzonden.body()).isEqualTo(200);

        long pdfId = DOETINCHEM.get(m).json().getJsonArray("documenten").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("soort").equals("BESCHIKKING")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        var pdf = DOETINCHEM.bytes("/api/v1/meldingen/documenten/" + pdfId);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.type()).startsWith("application/pdf");
        try (var doc = Loader.loadPDF(pdf.body())) {
            String tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(tekst).as(tekst).contains("Onderdelen van dit besluit")
                    // woonvoorzieningen (WoonBeschikkingsonderdelen): the traplift with the advies rules and their articles
                    .contains("traplift (traplift of ander hulpmiddel voor een hoogteverschil) (woonvoorzieningen): toegekend", "Vorm: in natura")
                    .contains("- W-03 (", "- W-02 (004 art. 9")
                    // rolstoelen (HulpmiddelBronnen): the Pgb with R-05 and P-18 and the article of the Pgb ceiling
                    .contains("(rolstoelen): toegekend", "Vorm: persoonsgebonden budget (Pgb)", "- R-05", "- P-18", "artikel 14 lid 1")
                    // and toegang's own decision, as before
                    .contains("C-01", "artikel 7 lid 1");
        }
        // Another gemeente does not get the letter.
        assertThat(LOCHEM.bytes("/api/v1/meldingen/documenten/" + pdfId).status()).isEqualTo(404);
    }

    @Test
    void cakBestandKostenEnTerugvorderingenVanPgbBevattenWoonvoorzieningenEnRolstoelen() {
        long client = RolstoelenIT.nieuweClient(ToegangIT.bsn(), "Koppelingkosten");
        // Rolstoelen: a Pgb for a scootmobiel from 1 January 2026.
        JsonObject pgb = hulpmiddelPgb(client, null);
        long pgbId = pgb.getJsonNumber("id").longValue();
        // Woonvoorzieningen: a traplift, cheapest adequate quote € 4.200, approved on 15 January 2026.
        ToegangIT.ok(DOETINCHEM.put("/api/v1/woonvoorzieningen/clienten/" + client + "/woonsituatie", """
                {"woningtype":"EENGEZINSWONING","eigendom":false,"hoofdverblijf":true,"problemen":["SLAAPKAMER"],"locatieprobleem":false}"""));
        ToegangIT.ok(DOETINCHEM.post("/api/v1/woonvoorzieningen/clienten/" + client + "/advies", """
                {"peildatum":"2026-01-05","weging":{"verhuizenRedelijk":false,"voorkeurBlijven":true,"mantelzorgInGevaar":true,
                 "verwachteWoonjaren":8,"alternatiefBeschikbaar":false,"aanpassingskosten":4200,"overigeVerhuiskosten":0,"huishoudgrootte":1}}"""));
        var lift = DOETINCHEM.post("/api/v1/woonvoorzieningen/clienten/" + client, """
                {"soort":"HOOGTEVERSCHIL","omschrijving":"traplift","ruimte":"SLAAPKAMER","aangevraagdOp":"2026-01-06"}""");
        assertThat(lift.status()).as(lift.body()).isEqualTo(201);
        long liftId = lift.json().getJsonNumber("id").longValue();
        ToegangIT.ok(DOETINCHEM.post("/api/v1/woonvoorzieningen/" + liftId + "/offertes", "{\"aannemer\":\"Liftbouw Oost\",\"bedrag\":5100,\"adequaat\":true}"));
        var offerte = DOETINCHEM.post("/api/v1/woonvoorzieningen/" + liftId + "/offertes",
                "{\"aannemer\":\"Trapliften Gelderland\",\"bedrag\":4200,\"adequaat\":true}");
        assertThat(offerte.status()).as(offerte.body()).isEqualTo(200);
        var goed = DOETINCHEM.post("/api/v1/woonvoorzieningen/" + liftId + "/status?versie=" + offerte.json().getJsonNumber("versie").longValue(),
                "{\"status\":\"GOEDGEKEURD\",\"datum\":\"2026-01-15\"}");
        assertThat(goed.status()).as(goed.body()).isEqualTo(200);

        // CAK (pgb gathers every VoorzieningenBron): both areas' START lines with the kostprijs per E-02 in the rules column.
        String cak = cak("0222", "2026-01-01", "2026-01-31");
        assertThat(cak).as(cak)
                .containsPattern("START;0222;\\d{9};hulpmiddel-verstrekking-" + pgbId + ";rolstoelen;HM-SCOOTMOBIEL;PGB;2026-01-01;3000\\.00;EENMALIG;[^\\n]*E-02")
                .containsPattern("START;0222;\\d{9};woonvoorziening-" + liftId + ";woonvoorzieningen;WOON-HOOGTEVERSCHIL;NATURA;2026-01-15;4200\\.00;EENMALIG;[^\\n]*E-02");
        // Outside the period neither is there.
        String februari = cak("0222", "2026-02-01", "2026-02-28");
        assertThat(februari).doesNotContain("hulpmiddel-verstrekking-" + pgbId + ";").doesNotContain("woonvoorziening-" + liftId + ";");

        // Costs per gemeente (O-07): Doetinchem's January includes the € 4.200 natura of woonvoorzieningen and the
        // € 3.000 rolstoelen Pgb in the Pgb part.
        var kosten = FINANCIEEL.get("/api/v1/pgb/kosten?jaar=2026&uitvoeringskosten=0");
        assertThat(kosten.status()).as(kosten.body()).isEqualTo(200);
        JsonObject januari = kosten.json().getJsonArray("maanden").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("gemeente").equals("0222") && r.getInt("maand") == 1).findFirst().orElseThrow();
        BigDecimal totaal = januari.getJsonNumber("kosten").bigDecimalValue();
        BigDecimal pgbDeel = januari.getJsonNumber("pgbKosten").bigDecimalValue();
        assertThat(pgbDeel).as(januari.toString()).isGreaterThanOrEqualTo(new BigDecimal("3000"));
        assertThat(totaal.subtract(pgbDeel)).as(januari.toString()).isGreaterThanOrEqualTo(new BigDecimal("4200"));

        // Terugvorderingen (pgb gathers every TerugvorderingBron): ended after 3 of 7 years, € 3.000 × 48 / 84 = € 1.714,29.
        assertThat(FINANCIEEL.get("/api/v1/pgb/terugvorderingen").body()).doesNotContain("hulpmiddel-pgb-" + pgbId + "\"");
        var einde = DOETINCHEM.post("/api/v1/hulpmiddelen/verstrekkingen/" + pgbId + "/beeindiging",
                "{\"versie\":%d,\"einde\":\"2029-01-01\"}".formatted(pgb.getJsonNumber("versie").longValue()));
        assertThat(einde.status()).as(einde.body()).isEqualTo(200);
        for (Api api : List.of(FINANCIEEL, Api.als("teamleider.doetinchem"))) {
            var terug = api.get("/api/v1/pgb/terugvorderingen");
            assertThat(terug.status()).as(terug.body()).isEqualTo(200);
            JsonObject t = terug.jsonLijst().getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("referentie").equals("hulpmiddel-pgb-" + pgbId)).findFirst()
                    .orElseThrow(() -> new AssertionError("R-07 ontbreekt in " + terug.body()));
            assertThat(t.getString("gebied")).isEqualTo("rolstoelen");
            assertThat(t.getString("gemeente")).isEqualTo("0222");
            assertThat(t.getJsonNumber("bedrag").bigDecimalValue()).isEqualByComparingTo("1714.29");
            assertThat(t.toString()).contains("R-07", "artikel 15 lid 4");
        }
    }

    /** A CAK export through pgb, approved with four eyes where needed, and its content. */
    private static String cak(String gemeente, String van, String tot) {
        var cak = FINANCIEEL.post("/api/v1/pgb/exports/cak?gemeente=" + gemeente + "&van=" + van + "&tot=" + tot, "");
        assertThat(cak.status()).as(cak.body()).isEqualTo(201);
        long id = cak.json().getJsonNumber("id").longValue();
        var akkoord = FINANCIEEL.post("/api/v1/pgb/exports/" + id + "/akkoord", "");
        assertThat(akkoord.status()).as(akkoord.body()).isEqualTo(200);
        if (akkoord.json().getString("status").equals("WACHT_OP_TWEEDE")) {
            var ok = Api.als("teamleider.doetinchem").post("/api/v1/pgb/exports/" + id + "/akkoord", "");
            assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        }
        var inhoud = FINANCIEEL.get("/api/v1/pgb/exports/" + id + "/inhoud");
        assertThat(inhoud.status()).as(inhoud.body()).isEqualTo(200);
        return inhoud.body();
    }
}
