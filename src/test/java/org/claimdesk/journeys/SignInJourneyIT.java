package org.claimdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.claimdesk.security.NewAccount;
import org.claimdesk.security.Role;
import org.claimdesk.security.internal.AccountCreator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-in, role-bound navigation, access denied, lock-out and sign-out, in a real browser. */
class SignInJourneyIT extends BrowserJourney {

    @Autowired
    AccountCreator accountCreator;

    @Test
    void eachDemoRoleSeesExactlyItsNavigation() {
        assertNavigation("viewer", "Articles", "Claims", "Reports");
        assertNavigation("reviewer", "Articles", "Claims", "Import ClaimReview", "Reports");
        assertNavigation("editor", "Articles", "Claims", "Import ClaimReview", "Dashboard", "Reports");
        assertNavigation("admin", "Articles", "Claims", "Import ClaimReview", "Dashboard", "Reports", "Admin");
    }

    @Test
    void aViewerWhoTypesTheAdminAddressGetsAccessDenied() {
        signInAsDemo("viewer");

        open("/admin");

        assertThat(heading("Access denied")).isVisible();
        assertThat(page.locator("#users-grid")).hasCount(0);
        assertThat(page.locator("#admin-view")).hasCount(0);
    }

    @Test
    void anUnknownAddressShowsTheFriendlyNotFoundView() {
        signInAsDemo("reviewer");

        open("/no/such/page");

        assertThat(heading("Page not found")).isVisible();
    }

    @Test
    void wrongCredentialsGetOneGenericMessage() {
        open("/login");
        signIn("nobody-here", "whatever-password");

        assertThat(page.getByText("The user name or password is not right.")).isVisible();
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountAndSaysUntilWhen() {
        String username = "locked-" + System.nanoTime();
        accountCreator.create(new NewAccount(username, "Lock Test", null, Role.REVIEWER, "the right password"));
        open("/login");

        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(username, "a wrong password");
            assertThat(page.getByText("The user name or password is not right.")).isVisible();
        }
        signIn(username, "a wrong password");

        assertThat(page.getByText("Too many failed attempts. This account is locked until")).isVisible();
        signIn(username, "the right password");
        assertThat(page.getByText("This account is locked until")).isVisible();
    }

    @Test
    void signOutEndsTheSession() {
        signInAsDemo("reviewer");

        page.locator("#user-menu").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();

        page.waitForURL(url("/login"));
        open("/articles");
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void theUserMenuSwitchesLanguageAndTheme() {
        signInAsDemo("editor");

        page.locator("#user-menu").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Theme")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Dark")).click();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");

        page.locator("#user-menu").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Language")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Deutsch")).click();
        page.getByText("Behauptungen").first().waitFor();
        assertThat(navigationLabels()).containsExactly("Artikel", "Behauptungen", "ClaimReview importieren",
                "Übersicht", "Berichte");

        // both choices outlive the page: a reload keeps them
        page.reload();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        assertThat(navigationLabels()).containsExactly("Artikel", "Behauptungen", "ClaimReview importieren",
                "Übersicht", "Berichte");
    }

    @Test
    void aGermanBrowserIsAnsweredInGerman() {
        try (var german = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("de-DE"))) {
            Page germanPage = german.newPage();
            germanPage.navigate(url("/login"));

            assertThat(germanPage.getByText("Faktencheck und Behauptungs-Tracking für die Redaktion")).isVisible();
            germanPage.locator("vaadin-login-form input[name='username']").fill("viewer");
            germanPage.locator("vaadin-login-form input[name='password']").fill("viewer-demo");
            germanPage.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            assertThat(germanPage.locator("vaadin-side-nav-item").first()).containsText("Artikel");
        }
    }

    private void assertNavigation(String account, String... expected) {
        signInAsDemo(account);
        assertThat(navigationLabels()).as(account).containsExactly(expected);
        page.context().clearCookies();
    }
}
