package org.claimdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimdesk.support.LocalWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reviewer's core work, end to end: paste the seed article, select "June 12 in Singapore", make it
 * a claim, add a source from a (local) web page and archive it, record a verdict; then a viewer reads
 * it all and cannot change it.
 */
class ArticleToVerdictJourneyIT extends BrowserJourney {

    private static final String SELECTED = "June 12 in Singapore";

    private LocalWebServer sourceSite;

    @BeforeEach
    void startSourceSite() {
        sourceSite = LocalWebServer.start().page("/summit", "text/html; charset=utf-8", """
                <html><head><title>Summit set for Singapore</title></head><body><article>
                <h1>Summit set for Singapore</h1>
                <p>President Trump said on Thursday that his summit with Kim Jong Un will take place on June 12 in
                Singapore, the first meeting between a sitting US president and a North Korean leader.</p>
                <p>The White House confirmed the date and the place later that day.</p>
                </article></body></html>""");
    }

    @AfterEach
    void stopSourceSite() {
        sourceSite.close();
    }

    @Test
    void aReviewerTakesAClaimFromTheArticleToAVerdictAndAViewerReadsIt() throws Exception {
        signInAsDemo("reviewer");
        page.getByText("Import article").click();
        String seed = Files.readString(Path.of("src", "main", "resources", "demo", "dw-lavrov-kim-2018-05-31.txt"));
        page.locator("#import-text textarea").fill(seed);
        page.locator("#import-paste-submit").click();

        page.locator("#article-text").waitFor();
        assertThat(page.locator("h2").first()).hasText("Lavrov meets Kim Jong Un in North Korea");
        selectInArticle(SELECTED);
        page.locator("#new-claim").click();
        assertThat(page.locator("#new-claim-quote")).containsText(SELECTED);
        String statement = "The Trump–Kim summit was scheduled for 12 June 2018 in Singapore (journey "
                + System.nanoTime() + ")";
        page.locator("#claim-statement textarea").fill(statement);
        page.locator("#save-claim").click();
        Locator createAnyway = page.locator("#create-anyway");
        if (createAnyway.isVisible()) {
            createAnyway.click();
        }
        Locator card = page.locator(".cd-claim-card").filter(new Locator.FilterOptions().setHasText(statement));
        assertThat(card).isVisible();

        card.getByRole(AriaRole.LINK).click();
        page.locator("#claim-view").waitFor();
        assertThat(page.locator("#verdict-closed")).containsText("Start research");
        page.locator("#start-research").click();
        assertThat(page.locator("#workflow .cd-state-badge")).hasText("In research");
        page.locator("#add-source").click();
        page.locator("#source-url input").fill(sourceSite.url("/summit"));
        page.locator("#source-title input").fill("Summit set for Singapore");
        page.locator("#source-publisher input").fill("Local test wire");
        page.locator("#source-passage textarea").fill("his summit with Kim Jong Un will take place on June 12 in Singapore");
        page.locator("#save-source").click();
        Locator source = page.locator(".cd-source").filter(new Locator.FilterOptions().setHasText("Summit set for Singapore"));
        assertThat(source).isVisible();
        source.locator(".archive-source").click();
        assertThat(source.locator(".cd-snapshot")).containsText("SHA-256");

        page.locator("#verdict-rating").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("True")).first().click();
        page.locator("#verdict-rationale textarea").fill("The **White House** confirmed the date and place.");
        page.locator("#verdict-sources vaadin-checkbox").first().click();
        page.locator("#save-verdict").click();
        assertThat(page.locator("#verdict")).containsText("White House");
        assertThat(page.locator("#verdict strong")).hasText("White House");
        String claimUrl = page.url();

        page.context().clearCookies();
        signInAsDemo("viewer");
        page.navigate(claimUrl);
        assertThat(page.locator("#claim-statement-heading")).hasText(statement);
        assertThat(page.locator("#verdict")).containsText("White House");
        assertThat(page.locator("#edit-claim")).hasCount(0);
        assertThat(page.locator("#add-source")).hasCount(0);
        assertThat(page.locator("#save-verdict")).hasCount(0);
        assertThat(page.locator(".archive-source")).hasCount(0);
    }

    /** Selects the first occurrence of the words in the article text, as a person dragging the mouse would. */
    private void selectInArticle(String words) {
        Object found = page.evaluate("""
                words => {
                  const container = document.querySelector('#article-text');
                  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.textContent.indexOf(words);
                    if (at >= 0) {
                      const range = document.createRange();
                      range.setStart(node, at);
                      range.setEnd(node, at + words.length);
                      const selection = window.getSelection();
                      selection.removeAllRanges();
                      selection.addRange(range);
                      return true;
                    }
                  }
                  return false;
                }""", words);
        if (!Boolean.TRUE.equals(found)) {
            throw new AssertionError("the article text does not show: " + words);
        }
    }

}
