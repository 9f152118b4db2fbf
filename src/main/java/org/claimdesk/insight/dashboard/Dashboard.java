package org.claimdesk.insight.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;

/**
 * Every panel of the dashboard for one filter, read in one snapshot of the database.
 *
 * @param today the day the figures are relative to (overdue, re-check, the last 12 weeks), from the clock
 * @param zone the time zone in which days and weeks begin
 */
public record Dashboard(
        DashboardFilter filter,
        LocalDate today,
        ZoneId zone,
        List<StateCount> states,
        List<RatingCount> ratings,
        List<WeekCount> weeks,
        TimeToPublication timeToPublication,
        List<ReviewerWork> reviewers,
        DueClaims overdue,
        DueClaims recheck,
        List<Agreement> agreement) {

    /** Claims created in the range that are in this review state now. */
    public record StateCount(ReviewState state, long claims) {
    }

    /** Claims created in the range that stand published with this rating now. */
    public record RatingCount(String code, String label, String colour, long claims) {
    }

    /** Claims first published in the week starting on {@code weekStart} (a Monday). */
    public record WeekCount(LocalDate weekStart, long published) {
    }

    /**
     * The median time from a claim's creation to its first publication, over the claims first published in
     * the range; null when there are none.
     */
    public record TimeToPublication(long claims, @Nullable Duration median) {
    }

    /**
     * One reviewer's open work (open claims assigned to them, created in the range; how many of those are
     * overdue) and output (published verdicts they proposed, published in the range, corrections included).
     */
    public record ReviewerWork(String reviewer, long open, long overdue, long published) {
    }

    /** A claim on the overdue or re-check list, with its due or re-check date. */
    public record DueClaim(UUID claimId, String statement, @Nullable String assignee, LocalDate date) {
    }

    /** The first claims of a list, by date, and how many there are in all. */
    public record DueClaims(long total, List<DueClaim> first) {
    }

    /**
     * Reviewer–approver agreement for one reviewer: of the review rounds they proposed in that an editor
     * decided in the range ({@code decided}), how many were approved without any rejection.
     */
    public record Agreement(String reviewer, long approvedWithoutRejection, long decided) {

        /** The share approved without a rejection, from 0 to 1. */
        public double share() {
            return decided == 0 ? 0 : (double) approvedWithoutRejection / decided;
        }
    }
}
