package org.claimdesk.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.ColleagueDirectory;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard in a browserless UI: every panel is there, its chart gets the numbers, its table holds
 * them and its CSV offers them; filters come from the address; a reversed range says so; only editors and
 * admins get in.
 */
class DashboardViewTest extends KaribuTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ReviewService reviews;
    @Autowired
    ColleagueDirectory colleagues;
    @Autowired
    RatingScaleService ratings;

    private static final List<String> PANELS = List.of("states", "ratings", "weeks", "time", "reviewers",
            "agreement", "overdue", "recheck");
    private static final List<String> CHARTS = List.of("states", "ratings", "weeks", "reviewers", "agreement");

    /** Two published claims, one awaiting approval and one overdue draft, under a tag of their own. */
    private String deskWithFourClaims() {
        String tag = "dashboard-view-" + System.nanoTime();
        fixtures.published("Published one", tag);
        fixtures.published("Published two", tag);
        fixtures.proposedByReviewer("Awaiting approval", tag);
        fixtures.signIn("editor");
        UUID overdue = fixtures.draft("Overdue draft", tag);
        reviews.assign(List.of(overdue), colleagues.findByUsername("reviewer").orElseThrow().publicId(),
                LocalDate.now(context.getBean(java.time.Clock.class)).minusDays(1));
        return tag;
    }

    private static void open(Map<String, String> parameters) {
        UI.getCurrent().navigate(DashboardView.class, RouteParameters.empty(), QueryParameters.simple(parameters));
    }

    @Test
    void everyPanelIsThereAndItsTableHoldsTheNumbers() {
        String tag = deskWithFourClaims();
        signInAs("editor");

        open(Map.of("tag", tag));

        for (String panel : PANELS) {
            assertThat(byId("panel-" + panel)).as(panel).isPresent();
        }
        assertThat(cell("table-states", "Published", 1)).isEqualTo("2");
        assertThat(cell("table-states", "Verdict proposed", 1)).isEqualTo("1");
        assertThat(cell("table-states", "Draft", 1)).isEqualTo("1");
        assertThat(cell("table-states", "Archived", 1)).isEqualTo("0");
        String trueLabel = ratings.scale().stream().filter(rating -> rating.code().equals("TRUE")).findFirst()
                .orElseThrow().label();
        assertThat(cell("table-ratings", trueLabel, 1)).isEqualTo("2");
        List<List<String>> weeks = rows("table-weeks");
        assertThat(weeks).hasSize(12);
        assertThat(weeks.getLast().get(1)).isEqualTo("2");
        assertThat(cell("table-reviewers", "Demo Reviewer", 1)).isEqualTo("2");
        assertThat(cell("table-reviewers", "Demo Reviewer", 2)).isEqualTo("1");
        assertThat(cell("table-reviewers", "Demo Reviewer", 3)).isEqualTo("2");
        assertThat(rows("table-agreement")).containsExactly(List.of("Demo Reviewer", "2", "2", "100.0%"));
        assertThat(_get(Span.class, spec -> spec.withId("median-time")).getText()).isEqualTo("under a minute");
        assertThat(_get(Paragraph.class, spec -> spec.withId("median-basis")).getText())
                .isEqualTo("Over 2 claims first published in this range.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("overdue-total")).getText())
                .isEqualTo("1 claim is overdue.");
        assertThat(rows("table-overdue")).singleElement().satisfies(row -> {
            assertThat(row.get(0)).startsWith("Overdue draft");
            assertThat(row.get(1)).isEqualTo("Demo Reviewer");
        });
        assertThat(_get(Anchor.class, spec -> spec.withId("overdue-queue")).getHref())
                .isEqualTo("claims?queue=overdue&tag=" + tag);
        assertThat(_get(Anchor.class, spec -> spec.withId("recheck-queue")).getHref())
                .isEqualTo("claims?queue=recheck&tag=" + tag);
        assertThat(_get(Paragraph.class, spec -> spec.withId("recheck-total")).getText())
                .isEqualTo("No claim is due for re-check.");
    }

    @Test
    void eachChartGetsItsNumbersAndOffersThemAsCsv() {
        String tag = deskWithFourClaims();
        signInAs("admin");

        open(Map.of("tag", tag));

        for (String name : CHARTS) {
            Chart chart = _get(Chart.class, spec -> spec.withId("chart-" + name));
            assertThat(chart.data()).as(name).startsWith("{").contains("\"categories\"");
            assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
            assertThat(chart.getElement().getAttribute("aria-label")).isNotBlank();
            Anchor csv = _get(Anchor.class, spec -> spec.withId("csv-" + name));
            assertThat(csv.getHref()).as(name).isNotBlank();
            assertThat(csv.getElement().hasAttribute("download")).isTrue();
        }
        assertThat(_get(Chart.class, spec -> spec.withId("chart-states")).data())
                .contains("\"categories\":[\"Draft\",\"In research\",\"Verdict proposed\",\"Published\"")
                .contains("\"values\":[1,0,1,2,0,0]");
        assertThat(_get(Chart.class, spec -> spec.withId("chart-agreement")).data())
                .contains("\"percent\":true").contains("\"values\":[100.0]");

        String states = new String(panel("states").csv(), StandardCharsets.UTF_8);
        assertThat(states).startsWith("\uFEFFState,Claims\r\nDraft,1\r\nIn research,0\r\nVerdict proposed,1\r\n"
                + "Published,2\r\n");
        String agreement = new String(panel("agreement").csv(), StandardCharsets.UTF_8);
        assertThat(agreement).isEqualTo("\uFEFFReviewer,Approved without a rejection,Rounds decided,Share\r\n"
                + "Demo Reviewer,2,2,100.0\r\n");
        String weeks = new String(panel("weeks").csv(), StandardCharsets.UTF_8);
        assertThat(weeks.lines().toList()).hasSize(13).last().asString()
                .matches("\\d{4}-\\d{2}-\\d{2},2");
    }

    @Test
    void theFiltersComeFromTheAddressAndNarrowThePanels() {
        String tag = deskWithFourClaims();
        signInAs("editor");
        LocalDate tomorrow = LocalDate.now(context.getBean(java.time.Clock.class)).plusDays(1);

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", tomorrow.toString());
        parameters.put("tag", tag.toUpperCase());
        open(parameters);

        assertThat(_get(DatePicker.class, spec -> spec.withId("dashboard-from")).getValue()).isEqualTo(tomorrow);
        assertThat(_get(TextField.class, spec -> spec.withId("dashboard-tag")).getValue()).isEqualTo(tag);
        // nothing of this desk was created or published from tomorrow on
        assertThat(cell("table-states", "Published", 1)).isEqualTo("0");
        assertThat(rows("table-agreement")).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("panel-agreement-empty"))).hasSize(1);

        _setValue(_get(DatePicker.class, spec -> spec.withId("dashboard-from")), null);

        assertThat(cell("table-states", "Published", 1)).isEqualTo("2");
        assertThat(_find(Paragraph.class, spec -> spec.withId("panel-agreement-empty"))).isEmpty();
    }

    @Test
    void aReversedRangeSaysSoInsteadOfFigures() {
        signInAs("editor");
        open(Map.of());

        _setValue(_get(DatePicker.class, spec -> spec.withId("dashboard-from")), LocalDate.of(2026, 3, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("dashboard-to")), LocalDate.of(2026, 2, 1));

        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-range-error")).getText())
                .contains("ends before it starts");
        assertThat(_find(Div.class, spec -> spec.withId("dashboard-panels"))).isEmpty();

        _setValue(_get(DatePicker.class, spec -> spec.withId("dashboard-to")), LocalDate.of(2026, 3, 31));

        assertThat(_find(Paragraph.class, spec -> spec.withId("dashboard-range-error"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("dashboard-panels"))).hasSize(1);
    }

    @Test
    void aReversedRangeInTheAddressSaysSoToo() {
        signInAs("admin");

        open(Map.of("from", "2026-03-01", "to", "2026-02-01"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-range-error")).getText())
                .contains("ends before it starts");
    }

    @Test
    void reviewersAndViewersAreDenied() {
        for (String account : List.of("reviewer", "viewer")) {
            signInAs(account);
            UI.getCurrent().navigate("dashboard");

            assertThat(byId("access-denied-view")).as(account).isPresent();
            assertThat(byId("dashboard-view")).as(account).isEmpty();
        }
    }

    @Test
    void theDashboardSpeaksGerman() {
        String tag = deskWithFourClaims();
        signInAs("editor");
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        open(Map.of("tag", tag));

        assertThat(cell("table-states", "Veröffentlicht", 1)).isEqualTo("2");
        assertThat(rows("table-agreement").getFirst().get(3).replace('\u00a0', ' ')).isEqualTo("100,0 %");
    }

    private static FigurePanel panel(String name) {
        return _get(FigurePanel.class, spec -> spec.withId("panel-" + name));
    }

    private static Optional<Component> byId(String id) {
        return _find(Component.class, spec -> spec.withId(id)).stream().findFirst();
    }

    /** The body rows of a table, each cell as its text. */
    private static List<List<String>> rows(String tableId) {
        NativeTable table = _get(NativeTable.class, spec -> spec.withId(tableId));
        return table.getBody().getRows().stream().map(DashboardViewTest::texts).toList();
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.getElement().getTextRecursively()).toList();
    }

    /** The text in the given column of the row whose first cell is {@code rowName}. */
    private static String cell(String tableId, String rowName, int column) {
        return rows(tableId).stream().filter(row -> row.getFirst().equals(rowName)).findFirst()
                .orElseThrow(() -> new AssertionError(rowName + " not in " + rows(tableId))).get(column);
    }
}
