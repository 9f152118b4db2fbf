package org.claimdesk.publishing.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.publishing.report.ReportFormat;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.review.ReviewState;
import org.claimdesk.support.KaribuTest;
import org.claimdesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Reports screen: the count for a scope, the download, and the review states only for editors. */
class ReportViewTest extends KaribuTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    ArticleService articles;

    @Test
    void aViewerSeesHowManyClaimsTheirScopeHoldsAndDownloadsThem() throws Exception {
        String tag = "view-" + System.nanoTime();
        fixtures.published("Shown in the report screen", tag);
        fixtures.published("Also shown in the report screen", tag);
        fixtures.proposedByReviewer("Not published, so not counted", tag);
        signInAs("viewer");
        UI.getCurrent().navigate("reports");

        _assertNone(MultiSelectComboBox.class, spec -> spec.withId("report-states"));
        _setValue(_get(TextField.class, spec -> spec.withId("report-tags")), tag);
        assertThat(count().getText()).isEqualTo("2 claims will be in the report.");
        Anchor download = _get(Anchor.class, spec -> spec.withId("report-download"));
        assertThat(download.isEnabled()).isTrue();

        _setValue(format(), ReportFormat.CSV);
        FakeResponse response = download(download);

        String csv = response.getBuffer().toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Shown in the report screen", "Also shown in the report screen")
                .doesNotContain("Not published, so not counted");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("claimdesk-report-" + LocalDate.now(clock) + ".csv");
        MockVaadin.clientRoundtrip(false);
        NotificationsKt.expectNotifications("The report has been written.");
    }

    @Test
    void anEditorChoosesReviewStates() {
        String tag = "view-states-" + System.nanoTime();
        fixtures.proposedByReviewer("A proposal for the editor's report", tag);
        signInAs("editor");
        UI.getCurrent().navigate("reports");
        _setValue(_get(TextField.class, spec -> spec.withId("report-tags")), tag);
        assertThat(count().getText()).isEqualTo("No claims match this scope.");

        assertThat(states().isVisible()).isTrue();
        _setValue(states(), Set.of(ReviewState.VERDICT_PROPOSED));

        assertThat(count().getText()).isEqualTo("One claim will be in the report.");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download")).isEnabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLinkWithAnArticleOpensTheFormScopedToIt() {
        signInAs("viewer");
        ArticleSummary demo = articles.list(0, 500).stream()
                .filter(article -> article.title().contains("Lavrov")).findFirst().orElseThrow();
        UI.getCurrent().navigate("reports", QueryParameters.of("article", demo.publicId().toString()));

        ComboBox<ArticleSummary> article = _get(ComboBox.class, spec -> spec.withId("report-article"));
        assertThat(article.getValue()).isEqualTo(demo);
        assertThat(count().getText()).matches("(\\d+ claims|One claim) will be in the report\\.");

        UI.getCurrent().navigate("reports", QueryParameters.of("article", "not-an-id"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("report-article")).getValue()).isNull();
    }

    @Test
    void reversedDatesSaySoAndOfferNoDownload() {
        signInAs("viewer");
        UI.getCurrent().navigate("reports");

        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), LocalDate.of(2026, 3, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), LocalDate.of(2026, 2, 1));

        assertThat(count().getText()).isEqualTo("The start date 2026-03-01 is after the end date 2026-02-01. "
                + "Swap the two dates.");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download")).isEnabled()).isFalse();
    }

    /** Runs the anchor's download handler as Vaadin would for the browser's request. */
    private static FakeResponse download(Anchor anchor) throws Exception {
        URI href = URI.create(anchor.getHref());
        DownloadHandler handler = (DownloadHandler) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, href).orElseThrow()
                .getElementRequestHandler();
        VaadinServletResponse response = (VaadinServletResponse) VaadinResponse.getCurrent();
        handler.handleDownloadRequest(new DownloadEvent(VaadinRequest.getCurrent(), response,
                VaadinSession.getCurrent(), anchor.getElement()));
        ServletResponse servlet = response;
        while (servlet instanceof ServletResponseWrapper wrapper) {
            servlet = wrapper.getResponse();
        }
        return (FakeResponse) servlet;
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<ReviewState> states() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("report-states"));
    }

    @SuppressWarnings("unchecked")
    private static Select<ReportFormat> format() {
        return _get(Select.class, spec -> spec.withId("report-format"));
    }

    private static Paragraph count() {
        return _get(Paragraph.class, spec -> spec.withId("report-count"));
    }
}
