package nl.maatwerk.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the browser tests: one Chromium per test class, and locators by accessible name. */
abstract class BrowserIT extends ServerIT {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** A text field by its label, exactly: table headers with the same words do not count. */
    protected static Locator veld(Page page, String label) {
        return page.getByRole(AriaRole.TEXTBOX, naam(label));
    }

    protected static Locator.GetByRoleOptions inForm(String naam) {
        return new Locator.GetByRoleOptions().setName(naam).setExact(true);
    }

    protected static Page.GetByRoleOptions naam(String naam) {
        return new Page.GetByRoleOptions().setName(naam).setExact(true);
    }
}
