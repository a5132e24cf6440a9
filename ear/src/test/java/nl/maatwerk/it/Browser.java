package nl.maatwerk.it;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright (no browser download), with axe-core checking every page
 * a test visits against WCAG 2.1 A and AA.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium ontbreekt op " + CHROMIUM + ": installeer het Debian-pakket chromium "
                    + "(de testopdracht in de README doet dat).");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** A fresh browser context: its own cookies, so its own session. */
    Page nieuwePagina() {
        var context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL"));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    static Page aanmelden(Page page, String gebruiker) {
        page.navigate(Omgeving.basis() + "/login.xhtml");
        page.getByLabel("Gebruikersnaam").fill(gebruiker);
        page.getByLabel("Wachtwoord").fill(Omgeving.WACHTWOORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Aanmelden")).click();
        page.waitForURL("**/index.xhtml");
        return page;
    }

    /**
     * Ticks a checkbox the way a keyboard user does (focus, space) and checks that it took. Not
     * Playwright's check(): with Debian's Chromium 150 its mouse click after a scroll regularly
     * missed the box (landing on the row above, or on nothing) on pages that worked with older builds.
     */
    static void vink(com.microsoft.playwright.Locator vakje) {
        zet(vakje, true);
    }

    /** Unticks a checkbox by keyboard; see {@link #vink}. */
    static void ontvink(com.microsoft.playwright.Locator vakje) {
        zet(vakje, false);
    }

    private static void zet(com.microsoft.playwright.Locator vakje, boolean aan) {
        if (vakje.isChecked() != aan) {
            vakje.focus();
            vakje.press("Space");
        }
        if (aan) {
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(vakje).isChecked();
        } else {
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(vakje).not().isChecked();
        }
    }

    /** No serious or critical violation of WCAG 2.1 A/AA on the page as it is now. */
    static void toegankelijk(Page page, String wat) {
        var resultaat = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<Rule> ernstig = resultaat.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        String details = ernstig.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " -> "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(ernstig).as("axe-core op " + wat + ":\n" + details).isEmpty();
    }

    static void schermafdruk(Page page, String naam) {
        String map = System.getProperty("maatwerk.screenshots");
        if (map != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get(map, naam + ".png")).setFullPage(true));
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
