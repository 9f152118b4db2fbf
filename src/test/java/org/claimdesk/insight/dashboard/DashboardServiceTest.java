package org.claimdesk.insight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.ReviewState;
import org.claimdesk.security.ColleagueDirectory;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.MutableClock;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every dashboard figure against a desk walked through the real review workflow at times the test sets,
 * with the expected numbers worked out by hand. Claims carry a tag of their own, which is also how the
 * test stays apart from every other test's claims on the shared database.
 *
 * <p>The clock stands at NOW, a Wednesday, 12:00 UTC; its week (Monday NOW-2d to Sunday) is the last of
 * the 12 weeks. The desk, all by Demo Reviewer unless said otherwise:
 * <pre>
 * A created NOW-30d, proposed, approved NOW-28d (TRUE)                       first publication after 48 h
 * B created NOW-30d+2h, proposed, rejected NOW-29d, revised, approved NOW-26d  (MOSTLY_TRUE)       94 h
 * C created NOW-20d, approved NOW-19d; correction NOW-18d, rejected NOW-17d,
 *   revised, approved NOW-16d (MIXED)                                                               24 h
 * D created NOW-10d, proposed, rejected NOW-9d (in research again)
 * E created NOW-5d, proposed (waiting)
 * F created NOW-5d, a draft assigned to Demo Reviewer, due NOW-2d (overdue)
 * G created NOW-3d, approved NOW-2d+6h (TRUE), re-check today                                       30 h
 * H created NOW-3d, a draft, archived
 * I created NOW-1d by Demo Editor, approved by Demo Admin NOW-2h (TRUE)                              22 h
 * J created NOW-4d, approved NOW-4d+3h (TRUE), correction started NOW-1d                             3 h
 * </pre>
 */
@ClaimDeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardServiceTest {

    private static final Instant NOW = lastWeeksWednesdayNoon();

    @Autowired
    DashboardService dashboards;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ColleagueDirectory colleagues;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private final String tag = "dashboard-" + System.nanoTime();

    @BeforeAll
    void walkTheDesk() {
        UUID a = draft(days(-30), "A");
        propose(a, days(-30).plus(hours(1)), "TRUE");
        approve(a, days(-28));

        UUID b = draft(days(-30).plus(hours(2)), "B");
        propose(b, days(-30).plus(hours(3)), "TRUE");
        reject(b, days(-29));
        propose(b, days(-29).plus(hours(1)), "MOSTLY_TRUE");
        approve(b, days(-26));

        UUID c = draft(days(-20), "C");
        propose(c, days(-20).plus(hours(1)), "TRUE");
        approve(c, days(-19));
        at(days(-18), "reviewer");
        reviews.startCorrection(c, "A newer census", fixtures.version(c));
        propose(c, days(-18).plus(hours(1)), "FALSE");
        reject(c, days(-17));
        propose(c, days(-17).plus(hours(1)), "MIXED");
        approve(c, days(-16));

        UUID d = draft(days(-10), "D");
        propose(d, days(-10).plus(hours(1)), "TRUE");
        reject(d, days(-9));

        UUID e = draft(days(-5), "E");
        propose(e, days(-5).plus(hours(1)), "TRUE");

        UUID f = draft(days(-5), "F");
        at(days(-5).plus(hours(2)), "editor");
        reviews.assign(List.of(f), colleagues.findByUsername("reviewer").orElseThrow().publicId(),
                today().minusDays(2));

        UUID g = draft(days(-3), "G");
        propose(g, days(-3).plus(hours(1)), "TRUE");
        approve(g, days(-2).plus(hours(6)));
        at(days(-2).plus(hours(7)), "reviewer");
        reviews.setRecheck(g, today(), fixtures.version(g));

        UUID h = draft(days(-3), "H");
        at(days(-3).plus(hours(1)), "editor");
        reviews.archive(h, "Not checkable", fixtures.version(h));

        at(days(-1), "editor");
        UUID i = fixtures.draft("I", tag);
        reviews.startResearch(i, fixtures.version(i));
        fixtures.propose(i, "TRUE", "The editor checked it.");
        at(NOW.minus(hours(2)), "admin");
        reviews.approve(i, fixtures.version(i));

        UUID j = draft(days(-4), "J");
        propose(j, days(-4).plus(hours(1)), "TRUE");
        approve(j, days(-4).plus(hours(3)));
        at(days(-1), "reviewer");
        reviews.startCorrection(j, "A typo in the rationale", fixtures.version(j));
    }

    @BeforeEach
    void atNowAsEditor() {
        at(NOW, "editor");
    }

    @AfterEach
    void resetClockAndSignOut() {
        clock.reset();
        TestSignIn.signOut(context);
    }

    @Test
    void claimsByStateCountEveryStateIncludingZeros() {
        Dashboard dashboard = dashboards.dashboard(tagged());

        assertThat(dashboard.states()).extracting(Dashboard.StateCount::state, Dashboard.StateCount::claims)
                .containsExactly(tuple(ReviewState.DRAFT, 1L), tuple(ReviewState.IN_RESEARCH, 1L),
                        tuple(ReviewState.VERDICT_PROPOSED, 1L), tuple(ReviewState.PUBLISHED, 5L),
                        tuple(ReviewState.CORRECTION_IN_PROGRESS, 1L), tuple(ReviewState.ARCHIVED, 1L));
    }

    @Test
    void publishedClaimsByRatingCountTheRatingTheyStandPublishedWith() {
        Map<String, Long> ratings = byRating(dashboards.dashboard(tagged()));

        // C stands as corrected (MIXED); J keeps its published TRUE while its correction is under way
        assertThat(ratings).containsEntry("TRUE", 4L).containsEntry("MOSTLY_TRUE", 1L).containsEntry("MIXED", 1L)
                .containsEntry("FALSE", 0L).containsEntry("UNVERIFIABLE", 0L);
        assertThat(ratings.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
    }

    @Test
    void claimsPublishedPerWeekCountFirstPublicationsInTheLastTwelveWeeks() {
        Dashboard dashboard = dashboards.dashboard(tagged());

        LocalDate thisMonday = today().minusDays(2);
        assertThat(dashboard.weeks()).hasSize(12);
        assertThat(dashboard.weeks().getFirst().weekStart()).isEqualTo(thisMonday.minusWeeks(11));
        assertThat(dashboard.weeks().getLast().weekStart()).isEqualTo(thisMonday);
        assertThat(dashboard.weeks()).extracting(Dashboard.WeekCount::weekStart).allMatch(
                monday -> monday.getDayOfWeek() == DayOfWeek.MONDAY);
        // A and B four weeks back, C three weeks back (its correction does not count again), J last week,
        // G and I this week
        assertThat(dashboard.weeks()).extracting(Dashboard.WeekCount::published)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 2L, 1L, 0L, 1L, 2L);
    }

    @Test
    void theMedianTimeToPublicationIsOverFirstPublications() {
        Dashboard.TimeToPublication time = dashboards.dashboard(tagged()).timeToPublication();

        // 3 h, 22 h, 24 h, 30 h, 48 h, 94 h: the median lies halfway between 24 h and 30 h
        assertThat(time.claims()).isEqualTo(6);
        assertThat(time.median()).isEqualTo(Duration.ofHours(27));
    }

    @Test
    void eachReviewersOpenWorkAndOutput() {
        Dashboard dashboard = dashboards.dashboard(tagged());

        // D (in research), E (proposed), F (assigned, overdue) and J (correction under way) are open;
        // A, B, C twice, G and J were published
        assertThat(dashboard.reviewers()).filteredOn(work -> work.reviewer().equals("Demo Reviewer"))
                .singleElement().isEqualTo(new Dashboard.ReviewerWork("Demo Reviewer", 4, 1, 6));
        assertThat(dashboard.reviewers()).filteredOn(work -> work.reviewer().equals("Demo Editor"))
                .singleElement().isEqualTo(new Dashboard.ReviewerWork("Demo Editor", 0, 0, 1));
        assertThat(dashboard.reviewers()).extracting(Dashboard.ReviewerWork::reviewer)
                .doesNotContain("Demo Admin", "Demo Viewer");
    }

    @Test
    void theOverdueAndReCheckListsLinkTheirClaims() {
        Dashboard dashboard = dashboards.dashboard(tagged());

        assertThat(dashboard.overdue().total()).isEqualTo(1);
        assertThat(dashboard.overdue().first()).singleElement().satisfies(claim -> {
            assertThat(claim.statement()).startsWith("F ");
            assertThat(claim.assignee()).isEqualTo("Demo Reviewer");
            assertThat(claim.date()).isEqualTo(today().minusDays(2));
        });
        assertThat(dashboard.recheck().total()).isEqualTo(1);
        assertThat(dashboard.recheck().first()).singleElement().satisfies(claim -> {
            assertThat(claim.statement()).startsWith("G ");
            assertThat(claim.date()).isEqualTo(today());
        });
    }

    @Test
    void agreementIsTheShareOfRoundsApprovedWithoutARejection() {
        Dashboard dashboard = dashboards.dashboard(tagged());

        // Demo Reviewer: A, C's first round, G and J clean; B, C's correction and D rejected; E still waits
        assertThat(dashboard.agreement()).filteredOn(row -> row.reviewer().equals("Demo Reviewer")).singleElement()
                .satisfies(row -> {
                    assertThat(row.approvedWithoutRejection()).isEqualTo(4);
                    assertThat(row.decided()).isEqualTo(7);
                    assertThat(row.share()).isEqualTo(4.0 / 7);
                });
        assertThat(dashboard.agreement()).filteredOn(row -> row.reviewer().equals("Demo Editor")).singleElement()
                .satisfies(row -> assertThat(row.share()).isEqualTo(1.0));
    }

    @Test
    void agreementWithoutATagCountsThisDesksRoundsAndSkipsARejectionOfNoClaim() {
        // the audit trail is text: an entry of a review whose id is not a claim's cannot fail the panel
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor, entity_type, entity_id, action)
                values (:at, 'editor', 'review', 'not-a-claim', 'proposal-rejected')""")
                .param("at", OffsetDateTime.ofInstant(days(-20), ZoneOffset.UTC)).update();

        // without a tag the panel reads no claim for the rounds; every other test's rounds count too
        assertThat(dashboards.dashboard(DashboardFilter.none()).agreement())
                .filteredOn(row -> row.reviewer().equals("Demo Reviewer")).singleElement().satisfies(row -> {
                    assertThat(row.approvedWithoutRejection()).isGreaterThanOrEqualTo(4);
                    assertThat(row.decided() - row.approvedWithoutRejection()).isGreaterThanOrEqualTo(3);
                });
        assertThat(dashboards.dashboard(tagged()).agreement()).filteredOn(row -> row.reviewer().equals("Demo Reviewer"))
                .singleElement().isEqualTo(new Dashboard.Agreement("Demo Reviewer", 4, 7));
    }

    @Test
    void aDateRangeNarrowsEveryPanelByItsOwnDate() {
        // from NOW-27d to NOW-17d (a Sunday), both days included
        Dashboard dashboard = dashboards.dashboard(
                new DashboardFilter(today().minusDays(27), today().minusDays(17), tag));

        // only C was created in the range
        assertThat(dashboard.states()).filteredOn(count -> count.claims() > 0)
                .containsExactly(new Dashboard.StateCount(ReviewState.PUBLISHED, 1));
        assertThat(byRating(dashboard).entrySet()).filteredOn(entry -> entry.getValue() > 0)
                .containsExactly(Map.entry("MIXED", 1L));
        // the 12 weeks end with the range's last week; A was published before the range, C's correction after
        assertThat(dashboard.weeks().getLast().weekStart()).isEqualTo(today().minusDays(23));
        assertThat(dashboard.weeks()).extracting(Dashboard.WeekCount::published)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L);
        // B (94 h) and C (24 h)
        assertThat(dashboard.timeToPublication())
                .isEqualTo(new Dashboard.TimeToPublication(2, Duration.ofHours(59)));
        assertThat(dashboard.reviewers()).filteredOn(work -> work.reviewer().equals("Demo Reviewer"))
                .singleElement().isEqualTo(new Dashboard.ReviewerWork("Demo Reviewer", 0, 0, 2));
        assertThat(dashboard.agreement()).filteredOn(row -> row.reviewer().equals("Demo Reviewer")).singleElement()
                .isEqualTo(new Dashboard.Agreement("Demo Reviewer", 1, 2));
        assertThat(dashboard.overdue().total()).isZero();
        assertThat(dashboard.recheck().total()).isZero();
    }

    @Test
    void aRangeEndingInTheFutureEndsTheWeeksToday() {
        Dashboard dashboard = dashboards.dashboard(new DashboardFilter(null, today().plusDays(40), tag));

        assertThat(dashboard.today()).isEqualTo(today());
        assertThat(dashboard.weeks().getLast().weekStart()).isEqualTo(today().minusDays(2));
    }

    @Test
    void anotherTagSeesNoneOfThisDesk() {
        Dashboard dashboard = dashboards.dashboard(new DashboardFilter(null, null, tag + "-other"));

        assertThat(dashboard.states()).allMatch(count -> count.claims() == 0);
        assertThat(dashboard.weeks()).allMatch(week -> week.published() == 0);
        assertThat(dashboard.timeToPublication()).isEqualTo(new Dashboard.TimeToPublication(0, null));
        assertThat(dashboard.overdue().first()).isEmpty();
        assertThat(dashboard.agreement()).isEmpty();
    }

    @Test
    void aTagIsMatchedAsClaimsStoreIt() {
        Dashboard dashboard = dashboards.dashboard(new DashboardFilter(null, null, "  " + tag.toUpperCase() + " "));

        assertThat(dashboard.filter().tag()).isEqualTo(tag);
        assertThat(dashboard.states()).extracting(Dashboard.StateCount::claims)
                .containsExactly(1L, 1L, 1L, 5L, 1L, 1L);
    }

    @Test
    void aReversedRangeIsRefusedWithAMessage() {
        assertThatThrownBy(() -> dashboards.dashboard(new DashboardFilter(today(), today().minusDays(1), tag)))
                .isInstanceOfSatisfying(DashboardRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("dashboard.filter.range-reversed"));
    }

    @Test
    void editorsAndAdminsMayReadItReviewersAndViewersMayNot() {
        fixtures.signIn("admin");
        assertThat(dashboards.dashboard(tagged()).states()).hasSize(6);
        for (String refused : List.of("reviewer", "viewer")) {
            fixtures.signIn(refused);
            assertThatThrownBy(() -> dashboards.dashboard(tagged())).isInstanceOf(AccessDeniedException.class);
        }
        TestSignIn.signOut(context);
        assertThatThrownBy(() -> dashboards.dashboard(tagged()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    private DashboardFilter tagged() {
        return new DashboardFilter(null, null, tag);
    }

    private static Map<String, Long> byRating(Dashboard dashboard) {
        return dashboard.ratings().stream()
                .collect(Collectors.toMap(Dashboard.RatingCount::code, Dashboard.RatingCount::claims));
    }

    private UUID draft(Instant at, String statement) {
        at(at, "reviewer");
        return fixtures.draft(statement, tag);
    }

    /** As Demo Reviewer: starts research on a draft if need be, then proposes (or revises) the verdict. */
    private void propose(UUID claimId, Instant at, String rating) {
        at(at, "reviewer");
        if (fixtures.status(claimId).state() == ReviewState.DRAFT) {
            reviews.startResearch(claimId, fixtures.version(claimId));
        }
        fixtures.propose(claimId, rating, "Checked against the port's annual report.");
    }

    private void approve(UUID claimId, Instant at) {
        at(at, "editor");
        reviews.approve(claimId, fixtures.version(claimId));
    }

    private void reject(UUID claimId, Instant at) {
        at(at, "editor");
        reviews.reject(claimId, "Cite a second source.", fixtures.version(claimId));
    }

    private void at(Instant instant, String account) {
        clock.set(instant);
        fixtures.signIn(account);
    }

    private static Instant days(int days) {
        return NOW.plus(Duration.ofDays(days));
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }

    private static LocalDate today() {
        return NOW.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** A Wednesday noon that has passed, so that this desk sorts behind other tests' fresh claims. */
    private static Instant lastWeeksWednesdayNoon() {
        LocalDate wednesday = LocalDate.now(ZoneOffset.UTC).minusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
        return wednesday.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
