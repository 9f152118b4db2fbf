package org.claimdesk.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Chromium (Debian's {@code /usr/bin/chromium}, or {@code CHROMIUM_PATH}) driven by Playwright
 * against the application on a real port. Journeys run with {@code ./mvnw verify} after the jar is built,
 * so Vaadin serves its production bundle as it does in the jar.
 */
@ClaimDeskIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class BrowserJourney {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setTimezoneId("Europe/Berlin"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        page.navigate(url(path));
    }

    /** Fills in and submits the sign-in form; the page must show it. */
    protected void signIn(String username, String password) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
    }

    protected void signInAsDemo(String account) {
        open("/login");
        signIn(account, account + "-demo");
        page.locator("vaadin-side-nav").waitFor();
    }

    protected List<String> navigationLabels() {
        page.locator("vaadin-side-nav-item").first().waitFor();
        return page.locator("vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
    }

    protected Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text));
    }
}
