package org.claimdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An editor opens the dashboard on the demo desk, narrowed to the seed's "north-korea" claims (which no
 * other journey changes): the figures are the seed's, every chart is drawn by ECharts from its WebJar,
 * a tag typed in goes into the address, and a chart's numbers download as CSV.
 */
class DashboardJourneyIT extends BrowserJourney {

    private static final List<String> CHARTS = List.of("states", "ratings", "weeks", "reviewers", "agreement");

    @Test
    void anEditorSeesTheSeedDesksFiguresAndItsChartsRender() throws IOException {
        List<String> scriptErrors = new ArrayList<>();
        page.onPageError(scriptErrors::add);
        signInAsDemo("editor");

        open("/dashboard?tag=north-korea");
        page.locator("#dashboard-view").waitFor();

        for (String name : CHARTS) {
            Locator drawing = page.locator("#chart-" + name + " svg").first();
            drawing.waitFor();
            BoundingBox box = drawing.boundingBox();
            assertThat(box.width).as(name).isGreaterThan(100);
            assertThat(box.height).as(name).isGreaterThan(100);
            assertThat(page.locator("#chart-" + name + " svg path, #chart-" + name + " svg rect").count())
                    .as(name).isGreaterThan(0);
        }
        assertThat(scriptErrors).isEmpty();

        // five published (approved by the editor), one awaiting approval; all five rated True
        page.locator("#numbers-states summary").click();
        assertThat(cell("states", "Published")).hasText("5");
        assertThat(cell("states", "Verdict proposed")).hasText("1");
        assertThat(cell("states", "Draft")).hasText("0");
        page.locator("#numbers-ratings summary").click();
        assertThat(cell("ratings", "True")).hasText("5");
        page.locator("#numbers-reviewers summary").click();
        assertThat(page.locator("#table-reviewers tbody tr").filter(new Locator.FilterOptions()
                .setHasText("Demo Reviewer")).locator("td")).hasText(new String[] {"1", "0", "5"});
        page.locator("#numbers-agreement summary").click();
        assertThat(page.locator("#table-agreement tbody tr").filter(new Locator.FilterOptions()
                .setHasText("Demo Reviewer")).locator("td")).hasText(new String[] {"5", "5", "100.0%"});
        assertThat(page.locator("#median-basis")).hasText("Over 5 claims first published in this range.");
        // the time-bound "as early as next month" claim is due for re-check today
        assertThat(page.locator("#recheck-total")).hasText("1 claim is due for re-check.");
        assertThat(page.locator("#table-recheck")).containsText("as early as June 2018");
        assertThat(page.locator("#overdue-total")).hasText("No claim is overdue.");

        Download download = page.waitForDownload(() -> page.locator("#csv-states").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFState,Claims\r\n").contains("\r\nPublished,5\r\n")
                .contains("\r\nVerdict proposed,1\r\n");

        page.locator("#dashboard-tag input").fill("summit");
        page.waitForURL(Pattern.compile(".*/dashboard\\?tag=summit$"));
        assertThat(cell("states", "Published")).hasText("2");
        assertThat(cell("states", "Verdict proposed")).hasText("0");
    }

    private Locator cell(String table, String rowName) {
        return page.locator("#table-" + table + " tbody tr:has(th:text-is(\"" + rowName + "\")) td").first();
    }
}
