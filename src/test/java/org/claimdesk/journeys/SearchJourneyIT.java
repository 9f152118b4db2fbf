package org.claimdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Ctrl+K opens the search box from any screen in a real browser, and Enter leads to all the results. */
class SearchJourneyIT extends BrowserJourney {

    @Test
    void ctrlKSearchesFromAnyScreenAndEnterOpensTheResultsPage() {
        signInAsDemo("viewer");
        open("/claims");
        page.locator("#queue-grid").waitFor();

        page.keyboard().press("Control+k");

        assertThat(page.locator("#quick-search-text input")).isFocused();
        page.keyboard().type("Lavrov Pyongyang");
        assertThat(page.locator("#quick-search-results mark").first()).isVisible();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=Lavrov(%20|\\+)Pyongyang$"));
        assertThat(page.locator("#search-results mark").first()).isVisible();
        assertThat(page.locator("#search-results")).containsText("Lavrov meets Kim Jong Un in North Korea");
        assertThat(page.locator("#quick-search")).hasCount(0);
    }
}
