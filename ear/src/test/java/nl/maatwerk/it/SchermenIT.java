package nl.maatwerk.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The screens in a real browser against the real server: what a consulent, beheerder and auditor do. */
class SchermenIT extends BrowserIT {

    /** Records any alert/confirm a script might open, so a test can assert that none ran. */
    private static void vangDialogen(Page page, AtomicBoolean dialoog) {
        page.onDialog(d -> {
            dialoog.set(true);
            d.dismiss();
        });
    }

    @Test
    void verkeerdWachtwoordGeeftEenMeldingEnGeenToegang() {
        Page page = browser.nieuwePagina();
        page.navigate(Omgeving.basis() + "/clienten/zoeken.xhtml");
        page.waitForURL("**/login.xhtml");
        Browser.toegankelijk(page, "aanmeldpagina");
        veld(page, "Gebruikersnaam").fill("consulent.lochem");
        page.getByLabel("Wachtwoord").fill("dit-is-fout");
        page.getByRole(AriaRole.BUTTON, naam("Aanmelden")).click();
        assertThat(page.getByText("Onjuiste gebruikersnaam of wachtwoord.")).isVisible();
        assertThat(page.url()).contains("/login.xhtml");
        Browser.toegankelijk(page, "aanmeldpagina met foutmelding");

        // The right password takes the user to the page first asked for.
        veld(page, "Gebruikersnaam").fill("consulent.lochem");
        page.getByLabel("Wachtwoord").fill(Omgeving.WACHTWOORD);
        page.getByRole(AriaRole.BUTTON, naam("Aanmelden")).click();
        page.waitForURL("**/clienten/zoeken.xhtml");
        page.context().close();
    }

    @Test
    void alleenMetHetToetsenbordAanmeldenEnNaarDeInhoudSpringen() {
        Page page = browser.nieuwePagina();
        page.navigate(Omgeving.basis() + "/login.xhtml");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Naar de inhoud");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasAttribute("id", "aanmeldform:gebruikersnaam");
        page.keyboard().type("consulent.lochem");
        page.keyboard().press("Tab");
        page.keyboard().type(Omgeving.WACHTWOORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/index.xhtml");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Naar de inhoud");
        page.keyboard().press("Enter");
        assertThat(page.locator(":focus")).hasAttribute("id", "inhoud");
        page.context().close();
    }

    @Test
    void consulentRegistreertZoektEnOpentEenClientEnMeldtAf() {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        assertThat(page.locator("#mijn-gemeenten")).containsText("Doetinchem");
        Browser.toegankelijk(page, "startpagina");

        page.getByRole(AriaRole.LINK, naam("Cliënt registreren")).click();
        page.waitForURL("**/clienten/bewerken.xhtml");
        Browser.toegankelijk(page, "registratieformulier");
        veld(page, "BSN").fill("100000083");
        veld(page, "Voornamen").fill("Willemijn");
        veld(page, "Tussenvoegsel").fill("van der");
        veld(page, "Achternaam").fill("Berg");
        veld(page, "Geboortedatum (dd-mm-jjjj)").fill("14-02-1944");
        page.getByLabel("Gemeente van hoofdverblijf").selectOption("0222");
        veld(page, "Straat").fill("Hamburgerstraat");
        veld(page, "Huisnummer").fill("7");
        veld(page, "Postcode").fill("7001 ax");
        veld(page, "Woonplaats").fill("Doetinchem");
        page.getByRole(AriaRole.BUTTON, naam("Registreren")).click();
        page.waitForURL("**/clienten/client.xhtml?id=*");
        assertThat(page.getByText("Cliënt Willemijn van der Berg is geregistreerd.")).isVisible();
        assertThat(page.locator("#client-bsn")).hasText("100000083");
        assertThat(page.locator("#client-gemeente")).hasText("Doetinchem");
        String clientUrl = page.url();

        // A mantelzorger on the client page.
        veld(page, "Naam").fill("Joris van der Berg");
        veld(page, "Relatie tot de cliënt").fill("zoon");
        page.getByRole(AriaRole.BUTTON, naam("Toevoegen")).click();
        assertThat(page.locator("#betrokkenenlijst")).containsText("Joris van der Berg");
        Browser.toegankelijk(page, "cliëntpagina");
        Browser.schermafdruk(page, "client");

        // Find her again by name (with tussenvoegsel) and by BSN.
        page.getByRole(AriaRole.LINK, naam("Cliënten zoeken")).click();
        veld(page, "Achternaam (begin)").fill("van der Be");
        page.getByRole(AriaRole.BUTTON, naam("Zoeken")).click();
        assertThat(page.getByRole(AriaRole.LINK, naam("Willemijn van der Berg"))).isVisible();
        veld(page, "Achternaam (begin)").fill("");
        veld(page, "BSN").fill("100000083");
        page.getByRole(AriaRole.BUTTON, naam("Zoeken")).click();
        assertThat(page.locator("#zoekform\\:resultaten tbody tr")).hasCount(1);
        Browser.toegankelijk(page, "zoekpagina met resultaat");
        Browser.schermafdruk(page, "zoeken");
        page.getByRole(AriaRole.LINK, naam("Willemijn van der Berg")).click();
        page.waitForURL(clientUrl);

        page.getByRole(AriaRole.BUTTON, naam("Afmelden")).click();
        page.waitForURL("**/login.xhtml?afgemeld=true");
        assertThat(page.locator("#afgemeld-melding")).hasText("U bent afgemeld.");
        page.navigate(clientUrl);
        page.waitForURL("**/login.xhtml");
        page.context().close();
    }

    @Test
    void foutieveInvoerGeeftMeldingenBijDeVeldenEnSlaatNietsOp() {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        page.navigate(Omgeving.basis() + "/clienten/bewerken.xhtml");
        veld(page, "BSN").fill("123456789");
        veld(page, "Voornamen").fill("Foutje");
        veld(page, "Geboortedatum (dd-mm-jjjj)").fill("01-01-2999");
        page.getByRole(AriaRole.BUTTON, naam("Registreren")).click();
        assertThat(page.locator("#meldingen")).containsText("BSN 123456789 voldoet niet aan de elfproef.");
        assertThat(page.locator("#meldingen")).containsText("Achternaam is verplicht.");
        assertThat(page.locator("#meldingen")).containsText("Geboortedatum moet in het verleden liggen.");
        assertThat(page.locator("#meldingen")).containsText("Gemeente van hoofdverblijf is verplicht.");
        Browser.toegankelijk(page, "formulier met foutmeldingen");

        veld(page, "Geboortedatum (dd-mm-jjjj)").fill("31-02-1950");
        page.getByRole(AriaRole.BUTTON, naam("Registreren")).click();
        assertThat(page.getByText("Geboortedatum: vul een bestaande datum in als dd-mm-jjjj.").first()).isVisible();

        page.navigate(Omgeving.basis() + "/clienten/zoeken.xhtml");
        veld(page, "BSN").fill("123456789");
        page.getByRole(AriaRole.BUTTON, naam("Zoeken")).click();
        assertThat(page.getByText("Geen cliënten gevonden.")).isVisible();
        page.context().close();
    }

    @Test
    void htmlEnScriptInTekstveldenKomenGeescaptTerug() {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        AtomicBoolean dialoog = new AtomicBoolean();
        vangDialogen(page, dialoog);
        String script = "<script>alert('x')</script>";
        page.navigate(Omgeving.basis() + "/clienten/bewerken.xhtml");
        veld(page, "BSN").fill("100000095");
        veld(page, "Voornamen").fill(script);
        veld(page, "Tussenvoegsel").fill("<b>t</b>");
        veld(page, "Achternaam").fill("<img src=x onerror=alert(1)>");
        veld(page, "Geboortedatum (dd-mm-jjjj)").fill("01-01-1970");
        page.getByLabel("Gemeente van hoofdverblijf").selectOption("0222");
        veld(page, "Straat").fill("\"><script>alert(2)</script>");
        veld(page, "Woonplaats").fill("<i>Doetinchem</i>");
        veld(page, "Telefoon").fill("<u>06</u>");
        page.getByRole(AriaRole.BUTTON, naam("Registreren")).click();
        page.waitForURL("**/clienten/client.xhtml?id=*");
        assertThat(page.locator("#client-naam")).hasText(script + " <b>t</b> <img src=x onerror=alert(1)>");
        veld(page, "Naam").fill("<script>alert(3)</script>");
        veld(page, "Relatie tot de cliënt").fill("<em>buur</em>");
        veld(page, "Adres (als het afwijkt)").fill("<svg onload=alert(4)>");
        page.getByRole(AriaRole.BUTTON, naam("Toevoegen")).click();
        assertThat(page.locator("#betrokkenenlijst")).containsText("<script>alert(3)</script>");
        assertThat(page.locator("#inhoud script")).hasCount(0);
        assertThat(page.locator("#inhoud img, #inhoud svg, #inhoud b, #inhoud i, #inhoud u, #inhoud em")).hasCount(0);
        page.navigate(Omgeving.basis() + "/clienten/zoeken.xhtml");
        veld(page, "BSN").fill("100000095");
        page.getByRole(AriaRole.BUTTON, naam("Zoeken")).click();
        assertThat(page.getByRole(AriaRole.LINK, naam(script + " <b>t</b> <img src=x onerror=alert(1)>"))).isVisible();
        assertThat(dialoog.get()).as("geen enkel script mag hebben gedraaid").isFalse();
        page.context().close();
    }

    @Test
    void htmlInZoekvelden_EnBeheervelden_KomtGeescaptTerug() {
        String script = "\"><script>alert('z')</script>";
        AtomicBoolean dialoog = new AtomicBoolean();

        Page consulent = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        vangDialogen(consulent, dialoog);
        consulent.navigate(Omgeving.basis() + "/clienten/zoeken.xhtml");
        veld(consulent, "BSN").fill("<b>1</b>");
        veld(consulent, "Postcode").fill("<i>");
        veld(consulent, "Achternaam (begin)").fill(script);
        consulent.getByRole(AriaRole.BUTTON, naam("Zoeken")).click();
        assertThat(consulent.getByText("Geen cliënten gevonden.")).isVisible();
        // What was typed comes back as the field's value, not as markup.
        assertThat(veld(consulent, "Achternaam (begin)")).hasValue(script);
        assertThat(veld(consulent, "BSN")).hasValue("<b>1</b>");
        assertThat(consulent.locator("#inhoud script")).hasCount(0);
        consulent.context().close();

        Page beheerder = Browser.aanmelden(browser.nieuwePagina(), "beheerder");
        vangDialogen(beheerder, dialoog);
        beheerder.navigate(Omgeving.basis() + "/beheer/gebruikers.xhtml");
        veld(beheerder, "Gebruikersnaam").fill("xss.test");
        veld(beheerder, "Naam").fill(script);
        veld(beheerder, "E-mail").fill(script);
        beheerder.getByLabel("Wachtwoord").fill("Heel-Geheim-2026");
        Browser.vink(beheerder.getByRole(AriaRole.CHECKBOX, naam("Auditor")));
        Browser.vink(beheerder.getByRole(AriaRole.CHECKBOX, naam("Doetinchem")));
        beheerder.getByRole(AriaRole.BUTTON, naam("Opslaan")).click();
        assertThat(beheerder.locator("#meldingen")).containsText("E-mailadres is niet geldig.");
        veld(beheerder, "E-mail").fill("xss@maatwerk.example");
        beheerder.getByLabel("Wachtwoord").fill("Heel-Geheim-2026");
        beheerder.getByRole(AriaRole.BUTTON, naam("Opslaan")).click();
        assertThat(beheerder.locator("#lijstform")).containsText(script);

        beheerder.navigate(Omgeving.basis() + "/beheer/gemeenten.xhtml");
        var gemeenteForm = beheerder.locator("#gemeenteform");
        gemeenteForm.getByRole(AriaRole.TEXTBOX, inForm("Naam")).fill(script);
        gemeenteForm.getByRole(AriaRole.TEXTBOX, inForm("CBS-gemeentecode (4 cijfers)")).fill("<b>");
        beheerder.getByRole(AriaRole.BUTTON, naam("Gemeente toevoegen")).click();
        assertThat(beheerder.locator("#meldingen")).containsText("Gemeentecode moet de CBS-code van vier cijfers zijn.");
        assertThat(gemeenteForm.getByRole(AriaRole.TEXTBOX, inForm("Naam"))).hasValue(script);
        beheerder.locator("#organisatieform").getByRole(AriaRole.TEXTBOX, inForm("Naam")).fill(script);
        beheerder.getByRole(AriaRole.BUTTON, naam("Organisatie toevoegen")).click();
        assertThat(beheerder.locator("#organisaties")).containsText(script);
        assertThat(beheerder.locator("#inhoud script")).hasCount(0);
        beheerder.context().close();

        Page auditor = Browser.aanmelden(browser.nieuwePagina(), "auditor");
        vangDialogen(auditor, dialoog);
        auditor.navigate(Omgeving.basis() + "/audit/index.xhtml");
        veld(auditor, "Gebruikersnaam").fill(script);
        auditor.getByRole(AriaRole.BUTTON, naam("Zoeken")).click();
        assertThat(auditor.getByText("Geen regels gevonden.")).isVisible();
        assertThat(veld(auditor, "Gebruikersnaam")).hasValue(script);
        auditor.context().close();

        Page aanmelden = browser.nieuwePagina();
        vangDialogen(aanmelden, dialoog);
        aanmelden.navigate(Omgeving.basis() + "/login.xhtml");
        veld(aanmelden, "Gebruikersnaam").fill(script.substring(0, 20));
        aanmelden.getByLabel("Wachtwoord").fill(script);
        aanmelden.getByRole(AriaRole.BUTTON, naam("Aanmelden")).click();
        assertThat(aanmelden.getByText("Onjuiste gebruikersnaam of wachtwoord.")).isVisible();
        aanmelden.context().close();

        assertThat(dialoog.get()).as("geen enkel script mag hebben gedraaid").isFalse();
    }

    @Test
    void clientVanEenAndereGemeenteBestaatNietVoorDezeGebruiker() {
        // Lochem's demo client, found by the Lochem consulent ...
        var lochem = Api.als("consulent.lochem").get("/api/v1/clienten?bsn=999990019").json();
        long id = lochem.getJsonArray("clienten").getJsonObject(0).getJsonNumber("id").longValue();
        // ... is "not found" for Doetinchem's consulent, by URL and in the search.
        Page page = Browser.aanmelden(browser.nieuwePagina(), "consulent.doetinchem");
        var antwoord = page.navigate(Omgeving.basis() + "/clienten/client.xhtml?id=" + id);
        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(page.locator("#niet-gevonden")).isVisible();
        assertThat(page.content()).doesNotContain("Wolters");
        Browser.toegankelijk(page, "niet-gevonden-pagina");
        page.navigate(Omgeving.basis() + "/clienten/bewerken.xhtml?id=" + id);
        assertThat(page.content()).doesNotContain("Wolters");
        page.navigate(Omgeving.basis() + "/clienten/zoeken.xhtml");
        veld(page, "BSN").fill("999990019");
        page.getByRole(AriaRole.BUTTON, naam("Zoeken")).click();
        assertThat(page.getByText("Geen cliënten gevonden.")).isVisible();
        page.context().close();
    }

    @Test
    void eenGebruikerZonderDeRolKrijgt403OpElkeBeschermdePagina() {
        record Geval(String gebruiker, List<String> paginas) {
        }
        for (var geval : List.of(
                new Geval("consulent.doetinchem", List.of("/beheer/gebruikers.xhtml", "/beheer/gemeenten.xhtml", "/audit/index.xhtml")),
                new Geval("auditor", List.of("/clienten/zoeken.xhtml", "/clienten/bewerken.xhtml", "/clienten/client.xhtml?id=1",
                        "/beheer/gebruikers.xhtml")),
                new Geval("beheerder", List.of("/clienten/zoeken.xhtml", "/audit/index.xhtml")),
                new Geval("financieel", List.of("/beheer/gemeenten.xhtml", "/audit/index.xhtml")))) {
            Page page = Browser.aanmelden(browser.nieuwePagina(), geval.gebruiker());
            for (String pad : geval.paginas()) {
                var antwoord = page.navigate(Omgeving.basis() + pad);
                assertThat(antwoord.status()).as(geval.gebruiker() + " " + pad).isEqualTo(403);
                assertThat(page.locator("#geen-toegang")).isVisible();
            }
            Browser.toegankelijk(page, "403-pagina");
            page.context().close();
        }
    }

    @Test
    void beheerderZietGebruikersEnGemeentenEnMaaktEenGebruiker() {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "beheerder");
        page.getByRole(AriaRole.LINK, naam("Gemeenten")).click();
        assertThat(page.getByText("ISD Bollenstreek (ISD)")).isVisible();
        assertThat(page.locator("#inhoud")).containsText("Hillegom");
        Browser.toegankelijk(page, "gemeentenbeheer");

        page.getByRole(AriaRole.LINK, naam("Gebruikers")).click();
        assertThat(page.locator("#lijstform")).containsText("consulent.doetinchem");
        veld(page, "Gebruikersnaam").fill("nieuwe.consulent");
        veld(page, "Naam").fill("Nieuwe Consulent");
        page.getByLabel("Wachtwoord").fill("Heel-Geheim-2026");
        Browser.vink(page.getByRole(AriaRole.CHECKBOX, naam("Wmo-consulent")));
        Browser.vink(page.getByRole(AriaRole.CHECKBOX, naam("Lochem")));
        page.getByRole(AriaRole.BUTTON, naam("Opslaan")).click();
        assertThat(page.getByText("Gebruiker nieuwe.consulent is aangemaakt.")).isVisible();
        assertThat(page.locator("#lijstform")).containsText("nieuwe.consulent");
        Browser.toegankelijk(page, "gebruikersbeheer");
        page.context().close();

        // The new user can log on and works for Lochem only.
        var ik = Api.als("nieuwe.consulent", "Heel-Geheim-2026").get("/api/v1/mij").json();
        assertThat(ik.getJsonArray("gemeenten").getJsonObject(0).getString("naam")).isEqualTo("Lochem");
    }

    @Test
    void auditorZoektInDeAuditlog() {
        Page page = Browser.aanmelden(browser.nieuwePagina(), "auditor");
        page.getByRole(AriaRole.LINK, naam("Auditlog")).click();
        veld(page, "Gebruikersnaam").fill("auditor");
        page.getByRole(AriaRole.BUTTON, naam("Zoeken")).click();
        assertThat(page.locator("#auditform\\:regels")).containsText("AANMELDEN");
        Browser.toegankelijk(page, "auditlog");
        Browser.schermafdruk(page, "audit");
        page.context().close();
    }
}
