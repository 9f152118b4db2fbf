package org.claimdesk.admin.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.security.ColleagueDirectory;
import org.claimdesk.support.KaribuTest;
import org.claimdesk.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit viewer: filters from the address, a reversed range, search, links to entities, the diff, the export. */
class AuditViewTest extends KaribuTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MutableClock clock;
    @Autowired
    ColleagueDirectory colleagues;

    private String actor;
    private final UUID claimId = UUID.randomUUID();
    private final UUID articleId = UUID.randomUUID();

    @BeforeEach
    void recordATrail() {
        actor = "viewer-test-" + UUID.randomUUID().toString().substring(0, 8);
        record("2026-04-01T09:00:00Z", "article", articleId.toString(), "imported", null, Map.of("title", "Summit news"));
        record("2026-04-02T09:00:00Z", "claim", claimId.toString(), "updated", Map.of("statement", "Kim met Lavrov"),
                Map.of("statement", "Kim Jong Un met Lavrov"));
        record("2026-04-03T09:00:00Z", "source", UUID.randomUUID().toString(), "added-to-claim", null,
                Map.of("claim", claimId.toString(), "source", Map.of("url", "https://example.org/a")));
        record("2026-04-04T09:00:00Z", "account", "editor", "role-changed", Map.of("role", "REVIEWER"),
                Map.of("role", "EDITOR"));
        record("2026-04-05T09:00:00Z", "comment", UUID.randomUUID().toString(), "deleted", Map.of("body", "gone"), null);
        signInAs("admin");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void filtersFromTheAddressFillTheFieldsAndTheGrid() {
        open(Map.of("user", actor, "type", "claim"));

        assertThat(_get(ComboBox.class, spec -> spec.withId("audit-filter-user")).getValue()).isEqualTo(actor);
        assertThat(_get(ComboBox.class, spec -> spec.withId("audit-filter-type")).getValue()).isEqualTo("claim");
        assertThat(rows()).extracting(row -> row.entry().entityId()).containsExactly(claimId.toString());
        assertThat(String.join("|", _getFormattedRow(grid(), 0))).contains("|" + actor + "|claim|")
                .contains("href='claims/" + claimId + "'")
                .endsWith("|updated|statement: Kim met Lavrov → Kim Jong Un met Lavrov");
    }

    @Test
    void eachRowLinksToItsEntitysPage() {
        open(Map.of("user", actor));

        UUID editor = colleagues.findByUsername("editor").orElseThrow().publicId();
        assertThat(rows()).extracting(row -> row.entry().action() + " " + row.link()).containsExactly(
                "deleted null",
                "role-changed admin/users/" + editor,
                "added-to-claim claims/" + claimId,
                "updated claims/" + claimId,
                "imported articles/" + articleId);
    }

    @Test
    void searchesTheValuesAndNarrowsByDate() {
        open(Map.of("user", actor));

        _setValue(_get(TextField.class, spec -> spec.withId("audit-filter-text")), "jong un");
        assertThat(rows()).extracting(row -> row.entry().action()).containsExactly("updated");

        _setValue(_get(TextField.class, spec -> spec.withId("audit-filter-text")), "");
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-filter-from")), LocalDate.of(2026, 4, 3));
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-filter-to")), LocalDate.of(2026, 4, 4));
        assertThat(rows()).extracting(row -> row.entry().action()).containsExactly("role-changed", "added-to-claim");
    }

    @Test
    void aReversedDateRangeSaysSoAndShowsNothing() {
        open(Map.of("user", actor, "from", "2026-04-05", "to", "2026-04-01"));

        Paragraph error = _get(Paragraph.class, spec -> spec.withId("audit-filter-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The date range ends before it starts. Swap the two dates.");
        assertThat(rows()).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("audit-export")).isEnabled()).isFalse();

        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-filter-to")), LocalDate.of(2026, 4, 30));

        assertThat(error.isVisible()).isFalse();
        assertThat(rows()).extracting(row -> row.entry().action()).containsExactly("deleted");
        assertThat(_get(Anchor.class, spec -> spec.withId("audit-export")).isEnabled()).isTrue();
    }

    @Test
    void offersTheFilteredSetAsADownload() {
        open(Map.of("user", actor));

        Anchor export = _get(Anchor.class, spec -> spec.withId("audit-export"));
        assertThat(export.getHref()).isNotBlank();
        assertThat(export.getElement().getAttribute("download")).isNotNull();
    }

    @Test
    void anEditorCannotOpenIt() {
        signInAs("editor");
        UI.getCurrent().navigate("admin/audit");

        assertThat(_find(Main.class, spec -> spec.withId("audit-view"))).isEmpty();
    }

    private static void open(Map<String, String> parameters) {
        UI.getCurrent().navigate("admin/audit", QueryParameters.simple(new LinkedHashMap<>(parameters)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditView.AuditRow> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    private static List<AuditView.AuditRow> rows() {
        return _fetch(grid(), 0, 100);
    }

    private void record(String at, String type, String id, String action, Object before, Object after) {
        clock.set(Instant.parse(at));
        transaction.executeWithoutResult(status -> audit.recordAs(actor, type, id, action, before, after));
    }
}
