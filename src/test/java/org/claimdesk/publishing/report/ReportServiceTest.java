package org.claimdesk.publishing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.review.ReviewState;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Who may export what, and what the service refuses before it writes a byte. */
@ClaimDeskIntegrationTest
class ReportServiceTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void theDemoArticleReportsItsFivePublishedClaimsByDefault() {
        fixtures.signIn("viewer");
        UUID dw = jdbc.queryForObject("select public_id from article where canonical_url like '%dw.com%'", UUID.class);

        assertThat(reports.count(ReportScope.published().withArticle(dw))).isEqualTo(5);
    }

    @Test
    void aViewerAskingForUnpublishedStatesIsRefusedAndGetsNothing() {
        String tag = "viewer-states-" + System.nanoTime();
        fixtures.proposedByReviewer("A proposal a viewer may not export", tag);
        fixtures.signIn("viewer");
        ReportScope unpublished = ReportScope.published().withTags(Set.of(tag))
                .withStates(Set.of(ReviewState.PUBLISHED, ReviewState.VERDICT_PROPOSED));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> reports.count(unpublished)).isInstanceOf(ReportRefused.class)
                .hasMessage("report.refused.unpublished-states");
        assertThatThrownBy(() -> reports.write(unpublished, ReportFormat.CSV, out, ProgressListener.NONE))
                .isInstanceOf(ReportRefused.class).hasMessage("report.refused.unpublished-states");
        assertThat(out.size()).isZero();
    }

    @Test
    void anEditorMayExportUnpublishedStatesWithTheWorkingVerdict() throws IOException {
        String tag = "editor-states-" + System.nanoTime();
        fixtures.proposedByReviewer("A proposal an editor exports", tag);
        fixtures.published("A published claim in the same scope", tag);
        fixtures.signIn("editor");
        ReportScope scope = ReportScope.published().withTags(Set.of(tag))
                .withStates(Set.of(ReviewState.PUBLISHED, ReviewState.VERDICT_PROPOSED));

        assertThat(reports.count(scope)).isEqualTo(2);
        String csv = csv(scope);
        assertThat(csv).contains("A proposal an editor exports").contains("Verdict proposed")
                .contains("A published claim in the same scope").contains("Published");
    }

    @Test
    void aReviewerMayExportPublishedWorkOnly() {
        fixtures.signIn("reviewer");
        assertThat(reports.count(ReportScope.published())).isGreaterThanOrEqualTo(5);
        assertThatThrownBy(() -> reports.count(ReportScope.published().withStates(Set.of(ReviewState.DRAFT))))
                .isInstanceOf(ReportRefused.class);
    }

    @Test
    void anEmptyScopeIsRefusedBeforeAnythingIsWritten() {
        fixtures.signIn("viewer");
        ReportScope nothing = ReportScope.published().withTags(Set.of("no-claim-has-this-" + System.nanoTime()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(reports.count(nothing)).isZero();
        for (ReportFormat format : ReportFormat.values()) {
            assertThatThrownBy(() -> reports.write(nothing, format, out, ProgressListener.NONE))
                    .isInstanceOf(ReportRefused.class).hasMessage("report.refused.empty");
        }
        assertThat(out.size()).isZero();
    }

    @Test
    void reversedDatesAreRefusedWithBothDates() {
        fixtures.signIn("viewer");
        ReportScope reversed = ReportScope.published().withDates(ReportScope.DateBasis.CLAIM_DATE,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1));

        assertThatThrownBy(() -> reports.count(reversed)).isInstanceOfSatisfying(ReportRefused.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo("report.refused.reversed-dates");
            assertThat(refusal.arguments()).containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1));
        });
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThatThrownBy(() -> ReportFormat.fromName("docx")).isInstanceOfSatisfying(ReportRefused.class,
                refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("report.refused.unknown-format");
                    assertThat(refusal.arguments()).containsExactly("docx");
                });
        assertThat(ReportFormat.fromName(" PDF ")).isEqualTo(ReportFormat.PDF);
        assertThat(ReportFormat.fromName("csv")).isEqualTo(ReportFormat.CSV);
    }

    @Test
    void noOneSignedInMayExport() {
        TestSignIn.signOut(context);
        assertThatThrownBy(() -> reports.count(ReportScope.published()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void datesNarrowByClaimDateOrByPublicationDay() {
        String tag = "dates-" + System.nanoTime();
        fixtures.published("Claimed on the tenth of January", tag);
        fixtures.signIn("viewer");
        ReportScope tagged = ReportScope.published().withTags(Set.of(tag));
        LocalDate claimDate = LocalDate.of(2026, 1, 10);
        LocalDate publishedOn = jdbc.queryForObject("""
                select (pv.published_at at time zone 'UTC')::date from published_verdict pv
                  join claim c on c.id = pv.claim_id where ? = any(c.tags)""", LocalDate.class, tag);

        assertThat(reports.count(tagged.withDates(ReportScope.DateBasis.CLAIM_DATE, claimDate, claimDate)))
                .isEqualTo(1);
        assertThat(reports.count(tagged.withDates(ReportScope.DateBasis.CLAIM_DATE, claimDate.plusDays(1), null)))
                .isZero();
        assertThat(reports.count(tagged.withDates(ReportScope.DateBasis.PUBLISHED_AT, publishedOn, publishedOn)))
                .isEqualTo(1);
        assertThat(reports.count(tagged.withDates(ReportScope.DateBasis.PUBLISHED_AT, null,
                publishedOn.minusDays(1)))).isZero();
    }

    @Test
    void theWriterHearsProgressUpToTheTotal() throws IOException {
        String tag = "progress-" + System.nanoTime();
        fixtures.published("First of two", tag);
        fixtures.published("Second of two", tag);
        fixtures.signIn("viewer");
        List<long[]> heard = new ArrayList<>();

        reports.write(ReportScope.published().withTags(Set.of(tag)), ReportFormat.JSON, new ByteArrayOutputStream(),
                (written, total) -> heard.add(new long[] {written, total}));

        assertThat(heard).extracting(step -> step[0]).containsExactly(1L, 2L);
        assertThat(heard).extracting(step -> step[1]).containsOnly(2L);
    }

    private String csv(ReportScope scope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(scope, ReportFormat.CSV, out, ProgressListener.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
