package org.claimdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.review.QueueRow;
import org.claimdesk.review.QueueService;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.review.ReviewState;
import org.claimdesk.security.Colleague;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The queues: filters from and into the URL, the queue tabs, bulk assignment, a reversed date range. */
class QueueViewTest extends KaribuTest {

    @Autowired
    ReviewFixtures fixtures;

    @SuppressWarnings("unchecked")
    private static Grid<QueueRow> grid() {
        return _get(Grid.class, spec -> spec.withId("queue-grid"));
    }

    private static List<QueueRow> rows() {
        Grid<QueueRow> grid = grid();
        return _fetch(grid, 0, _size(grid));
    }

    private static void open(Map<String, String> parameters) {
        UI.getCurrent().navigate(QueueView.class, RouteParameters.empty(), QueryParameters.simple(parameters));
    }

    @Test
    void aBookmarkedQueueOpensWithItsFiltersApplied() {
        String tag = "bookmark-" + System.nanoTime();
        UUID proposed = fixtures.proposedByReviewer("Bookmarked proposal", tag);
        fixtures.published("Bookmarked but published", tag);
        signInAs("viewer");

        open(Map.of("queue", "awaiting-approval", "tag", tag));

        assertThat(rows()).extracting(QueueRow::claimId).containsExactly(proposed);
        assertThat(_get(Tabs.class).getSelectedTab().getId()).contains("queue-awaiting-approval");
        assertThat(_get(TextField.class, spec -> spec.withId("filter-tag")).getValue()).isEqualTo(tag);
    }

    @Test
    void filtersCombineStateTagAndWords() {
        String tag = "combine-" + System.nanoTime();
        UUID published = fixtures.published("Zebra crossings were counted", tag);
        fixtures.published("Giraffes were counted", tag);
        fixtures.proposedByReviewer("Zebra proposal", tag);
        signInAs("viewer");
        open(Map.of("queue", "all", "tag", tag));
        assertThat(rows()).hasSize(3);

        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "zebra");
        _setValue((MultiSelectComboBox<ReviewState>) _get(MultiSelectComboBox.class,
                spec -> spec.withId("filter-state")), Set.of(ReviewState.PUBLISHED));

        assertThat(rows()).extracting(QueueRow::claimId).containsExactly(published);
    }

    @Test
    void aReversedDateRangeSaysSoAndKeepsTheLastGoodFilter() {
        signInAs("viewer");
        open(Map.of("queue", "all"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("filter-to")), LocalDate.of(2025, 12, 31));
        List<QueueRow> upToLastYear = rows();
        assertThat(upToLastYear).isNotEmpty().allSatisfy(row -> assertThat(row.claimDate()).isBefore("2026-01-01"));

        _setValue(_get(DatePicker.class, spec -> spec.withId("filter-from")), LocalDate.of(2026, 3, 1));

        assertThat(_get(Paragraph.class, spec -> spec.withId("filter-range-error")).getText())
                .contains("start date is after the end date");
        assertThat(rows()).isEqualTo(upToLastYear);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorAssignsSelectedClaimsInBulk() {
        String tag = "bulk-" + System.nanoTime();
        fixtures.signIn("editor");
        UUID first = fixtures.draft("Bulk UI one", tag);
        UUID second = fixtures.draft("Bulk UI two", tag);
        signInAs("editor");
        open(Map.of("queue", "unassigned", "tag", tag));
        assertThat(rows()).hasSize(2);

        rows().forEach(grid()::select);
        _click(_get(Button.class, spec -> spec.withId("assign-selected")));
        ComboBox<Colleague> assignee = _get(ComboBox.class, spec -> spec.withId("assign-to"));
        _setValue(assignee, assignee.getListDataView().getItems()
                .filter(person -> person.username().equals("reviewer")).findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withId("assign-due")), LocalDate.now().plusDays(4));
        _click(_get(Button.class, spec -> spec.withId("assign-save")));

        assertThat(List.of(fixtures.status(first), fixtures.status(second)))
                .allSatisfy(status -> assertThat(status.assignee().displayName()).isEqualTo("Demo Reviewer"));
        assertThat(rows()).isEmpty();
    }

    @Test
    void theArticleFilterShowsOneArticlesClaimsUntilCleared(@Autowired org.claimdesk.claim.ClaimService claims) {
        UUID claimId = fixtures.published("Only in its own article");
        UUID articleId = claims.find(claimId).orElseThrow().appearances().getFirst().articleId();
        signInAs("viewer");

        open(Map.of("queue", "all", "article", articleId.toString()));

        List<QueueRow> inArticle = rows();
        assertThat(inArticle).extracting(QueueRow::claimId).contains(claimId);
        assertThat(inArticle).allSatisfy(row -> assertThat(claims.find(row.claimId()).orElseThrow().appearances())
                .anySatisfy(appearance -> assertThat(appearance.articleId()).isEqualTo(articleId)));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("filter-article")).getElement()
                .getTextRecursively()).contains("Harbour news");
        _click(_get(Button.class, spec -> spec.withId("clear-article-filter")));
        assertThat(rows()).extracting(QueueRow::statement).anyMatch(statement -> statement.contains("Lavrov"));
    }

    @Test
    void aViewerCannotSelectForAssignment() {
        signInAs("viewer");
        open(Map.of("queue", "all"));

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                spec -> spec.withId("assign-selected"))).isEmpty();
        assertThat(grid().getSelectionModel()).isNotInstanceOf(com.vaadin.flow.component.grid.GridMultiSelectionModel.class);
    }

    @Test
    @Transactional // rolls the bulk claims back
    void aQueueLongerThanTheCountSaysThereAreMoreAndStillScrollsToTheEnd() {
        String tag = "long-" + System.nanoTime();
        fixtures.archivedInBulk(QueueService.COUNT_LIMIT + 20, tag);
        signInAs("viewer");

        open(Map.of("queue", "all", "tag", tag));

        assertThat(_get(Span.class, spec -> spec.withId("queue-total")).getText()).isEqualTo("1,000+ claims");
        assertThat(grid().getDataCommunicator().isDefinedSize()).as("the grid learns its size by scrolling").isFalse();
        assertThat(scrolled()).hasSize(QueueService.COUNT_LIMIT + 20)
                .extracting(QueueRow::statement).contains("Bulk claim 1", "Bulk claim 1020");

        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "claim 101");

        assertThat(_get(Span.class, spec -> spec.withId("queue-total")).getText()).isEqualTo("11 claim(s)");
        assertThat(grid().getDataCommunicator().isDefinedSize()).isTrue();
        assertThat(rows()).extracting(QueueRow::statement).hasSize(11).contains("Bulk claim 101", "Bulk claim 1019");
    }

    /** Pages of 50, as the grid asks for them while scrolling, until one comes back short. */
    private static List<QueueRow> scrolled() {
        List<QueueRow> all = new java.util.ArrayList<>();
        List<QueueRow> page;
        do {
            page = _fetch(grid(), all.size(), 50);
            all.addAll(page);
        } while (page.size() == 50);
        return all;
    }
}
