package org.claimdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * User management in a real browser: an admin creates a reviewer with a temporary password; the reviewer
 * signs in (in a browser of their own), must choose their own password and gets to work; the admin
 * deactivates them, and the reviewer's open session ends: their next step lands on the sign-in page. The
 * account's audit trail shows each step and downloads as CSV.
 */
class AdminUsersJourneyIT extends BrowserJourney {

    @Test
    void anAdminCreatesAReviewerWhoChangesThePasswordAndIsSignedOutOnDeactivation() {
        String username = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        signInAsDemo("admin");
        open("/admin");
        page.locator("#new-user").click();
        page.locator("#new-user-username input").fill(username);
        page.locator("#new-user-display-name input").fill("Journey Reviewer");
        page.locator("#new-user-email input").fill(username + "@example.org");
        page.locator("#new-user-handover vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("temporary password")).click();
        page.locator("#create-user").click();
        Locator secret = page.locator("#issued-secret input");
        assertThat(secret).hasValue(Pattern.compile("[a-z2-9]{4}(-[a-z2-9]{4}){3}"));
        String temporaryPassword = secret.inputValue();
        page.locator("#issued-done").click();

        try (BrowserContext reviewersBrowser = page.context().browser().newContext(
                new Browser.NewContextOptions().setLocale("en-GB").setTimezoneId("Europe/Berlin"))) {
            reviewersBrowser.setDefaultTimeout(20_000);
            Page reviewer = reviewersBrowser.newPage();
            reviewer.navigate(url("/login"));
            signIn(reviewer, username, temporaryPassword);

            // nothing opens before they have chosen their own password
            reviewer.locator("#change-password-view").waitFor();
            reviewer.navigate(url("/claims"));
            reviewer.locator("#change-password-view").waitFor();
            reviewer.locator("#current-password input").fill(temporaryPassword);
            reviewer.locator("#new-password input").fill("the reviewer's own password");
            reviewer.locator("#new-password-repeat input").fill("the reviewer's own password");
            reviewer.locator("#change-password").click();
            Locator claims = reviewer.locator("vaadin-side-nav-item")
                    .filter(new Locator.FilterOptions().setHasText("Claims"));
            claims.waitFor();
            claims.click();
            reviewer.locator("#queue-view").waitFor();

            page.locator("#users-search input").fill(username);
            page.locator("#users-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(username)).first().click();
            page.locator("#user-view").waitFor();
            assertThat(page.locator("#user-status input")).hasValue("Active");
            page.locator("#user-deactivate").click();
            page.locator("#confirm-step-confirm").click();
            assertThat(page.locator("#user-status input")).hasValue("Deactivated");

            // the reviewer's open tab: the next step (if push has not taken them there already) signs them out
            try {
                reviewer.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Articles"))
                        .click(new Locator.ClickOptions().setTimeout(3_000));
            } catch (PlaywrightException alreadyOnTheSignInPage) {
                // push was quicker than the click
            }
            reviewer.waitForURL(Pattern.compile(".*/login.*"));
            assertThat(reviewer.locator("vaadin-login-form")).isVisible();
            reviewer.navigate(url("/claims"));
            assertThat(reviewer.locator("vaadin-login-form")).isVisible();
            signIn(reviewer, username, "the reviewer's own password");
            assertThat(reviewer.getByText("This account has been deactivated.")).isVisible();
        }

        // the trail of this account, and its CSV
        page.locator("#user-audit-account").click();
        page.locator("#audit-view").waitFor();
        assertThat(page.locator("#audit-grid")).containsText("deactivated");
        assertThat(page.locator("#audit-grid")).containsText("password-changed");
        Download download = page.waitForDownload(() -> page.locator("#audit-export").click());
        byte[] csv = readAll(download);
        Assertions.assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        Assertions.assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith("\uFEFFoccurred_at,actor,entity_type,entity_id,action,changes,before,after")
                .contains(",admin,account," + username + ",deactivated,")
                .contains("," + username + ",account," + username + ",password-changed,")
                .doesNotContain(temporaryPassword);
    }

    private static byte[] readAll(Download download) {
        try (InputStream in = download.createReadStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void signIn(Page browser, String username, String password) {
        browser.locator("vaadin-login-form input[name='username']").fill(username);
        browser.locator("vaadin-login-form input[name='password']").fill(password);
        browser.locator("vaadin-login-form vaadin-button[slot='submit']").click();
    }
}
