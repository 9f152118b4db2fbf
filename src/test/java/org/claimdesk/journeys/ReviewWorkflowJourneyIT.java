package org.claimdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * The four-eyes review of a seed claim in a real browser: the reviewer proposes, the editor rejects with a
 * comment, the reviewer revises and cannot approve their own proposal, the editor approves and publishes,
 * and the History tab shows every step.
 */
class ReviewWorkflowJourneyIT extends BrowserJourney {

    private static final String CLAIM = "Moscow offered to mediate";

    @Test
    void proposeRejectReviseApprovePublish() {
        signInAsDemo("reviewer");
        open("/claims?queue=mine");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(CLAIM)).first().click();
        page.locator("#claim-view").waitFor();
        // Vaadin updates the address after rendering the view
        page.waitForURL(java.util.regex.Pattern.compile(".*/claims/[0-9a-f-]{36}$"));
        String claimPath = page.url().substring(page.url().indexOf("/claims/"));
        assertThat(badge()).hasText("In research");

        proposeVerdict("Mostly true", "Reuters reported the offer in 2017.");
        assertThat(badge()).hasText("Verdict proposed");
        assertThat(page.locator("#approve")).hasCount(0);

        switchTo("editor", claimPath);
        page.locator("#reject").click();
        page.locator("#review-reason textarea").fill("Quote the Kremlin's own statement as well.");
        page.locator("#reject-confirm").click();
        assertThat(badge()).hasText("In research");

        switchTo("reviewer", claimPath);
        assertThat(page.locator("#workflow-rejection")).containsText("Quote the Kremlin's own statement as well.");
        proposeVerdict("True", "Reuters and the Kremlin both reported the offer in 2017.");
        assertThat(badge()).hasText("Verdict proposed");
        assertThat(page.locator("#approve")).hasCount(0);
        assertThat(page.locator("#workflow-four-eyes")).containsText("someone else must approve");

        switchTo("editor", claimPath);
        page.locator("#approve").click();
        assertThat(badge()).hasText("Published");
        page.locator("#workflow-publication-details").click();
        assertThat(page.locator(".cd-publication")).containsText("approved by Demo Editor");

        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("History")).click();
        Locator history = page.locator("#claim-history");
        assertThat(history).containsText("verdict proposed for approval");
        assertThat(history).containsText("proposal rejected");
        assertThat(history).containsText("Quote the Kremlin");
        assertThat(history).containsText("verdict revised");
        assertThat(history).containsText("approved and published");
    }

    private Locator badge() {
        return page.locator("#workflow .cd-state-badge");
    }

    private void proposeVerdict(String rating, String rationale) {
        page.locator("#verdict-rating").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(rating)).first().click();
        page.locator("#verdict-rationale textarea").fill(rationale);
        Locator firstSource = page.locator("#verdict-sources vaadin-checkbox").first();
        if (!firstSource.locator("input").isChecked()) {
            firstSource.click();
        }
        page.locator("#save-verdict").click();
    }

    private void switchTo(String account, String claimPath) {
        page.context().clearCookies();
        signInAsDemo(account);
        open(claimPath);
        page.locator("#claim-view").waitFor();
    }
}
