package org.claimdesk.insight.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimdesk.database.StatementPlans;
import org.claimdesk.insight.dashboard.Dashboard.Agreement;
import org.claimdesk.insight.dashboard.Dashboard.DueClaim;
import org.claimdesk.insight.dashboard.Dashboard.DueClaims;
import org.claimdesk.insight.dashboard.Dashboard.RatingCount;
import org.claimdesk.insight.dashboard.Dashboard.ReviewerWork;
import org.claimdesk.insight.dashboard.Dashboard.StateCount;
import org.claimdesk.insight.dashboard.Dashboard.TimeToPublication;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's SQL, reading the claim, review, published_verdict, rating and user_account tables read-only
 * (ADR 0009). Every value is a bind parameter; ranges compare the raw columns
 * ({@code created_at >= :from and created_at < :until}) so that their indexes stay usable, and a filter
 * that is not set adds no condition at all.
 */
@Repository
public class DashboardRepository {

    private static final String OPEN = "('DRAFT', 'IN_RESEARCH', 'VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS')";
    private static final String STANDING_PUBLISHED = "('PUBLISHED', 'CORRECTION_IN_PROGRESS')";
    /**
     * A publication that is the claim's first: only a first one records its time from the claim's creation
     * (published_verdict_first_idx holds those alone).
     */
    private static final String FIRST_PUBLICATION = " and p.time_to_publication is not null";

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Plans the panels' statements for their values: with a range and a tag, a generic plan of the agreement
     * panel took 40 s. Call at the start of the transaction that reads the panels.
     */
    public void planForTheValues() {
        StatementPlans.forTheValues(jdbc);
    }

    /** A range of instants, start inclusive, end exclusive; either end may be open (null). */
    public record Range(@Nullable Instant from, @Nullable Instant until) {

        public static final Range ANY = new Range(null, null);
    }

    /** Claims created in the range, by their review state now; every state, zeros included, in workflow order. */
    public List<StateCount> states(Range created, @Nullable String tag) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select r.state, count(*) as claims from review r" + claimsIf(created, tag) + " where true"
                + within("c.created_at", created, params) + tagged(tag, params) + " group by r.state";
        Map<ReviewState, Long> counts = new EnumMap<>(ReviewState.class);
        jdbc.sql(sql).params(params).query((rs, row) -> new StateCount(ReviewState.valueOf(rs.getString("state")),
                rs.getLong("claims"))).list().forEach(count -> counts.put(count.state(), count.claims()));
        List<StateCount> states = new ArrayList<>();
        for (ReviewState state : ReviewState.values()) {
            states.add(new StateCount(state, counts.getOrDefault(state, 0L)));
        }
        return states;
    }

    /**
     * Claims created in the range that stand published (published, or published with a correction under
     * way), by the rating of their current published verdict; every rating of the scale, in its order.
     */
    public List<RatingCount> ratings(Range created, @Nullable String tag) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                select rt.code, rt.label, rt.colour, count(x.claim_id) as claims
                  from rating rt
                  left join (select p.rating_id, p.claim_id
                               from review r%s
                               join published_verdict p on p.claim_id = r.claim_id and p.superseded_at is null
                              where r.state in %s%s%s) x on x.rating_id = rt.id
                 group by rt.id
                 order by rt.position, rt.id""".formatted(claimsIf(created, tag), STANDING_PUBLISHED,
                within("c.created_at", created, params), tagged(tag, params));
        return jdbc.sql(sql).params(params).query((rs, row) -> new RatingCount(rs.getString("code"),
                rs.getString("label"), rs.getString("colour"), rs.getLong("claims"))).list();
    }

    /**
     * Claims first published between consecutive {@code boundaries} (week starts, the last one the end of
     * the last week), also within {@code published}: one count per interval.
     */
    public List<Long> firstPublicationsBetween(List<Instant> boundaries, Range published, @Nullable String tag) {
        Map<String, Object> params = new HashMap<>();
        params.put("bounds", boundaries.stream().map(Instant::toString).collect(Collectors.joining(",", "{", "}")));
        params.put("first", utc(boundaries.getFirst()));
        params.put("last", utc(boundaries.getLast()));
        String sql = """
                select width_bucket(p.published_at, cast(:bounds as timestamptz[])) as bucket, count(*) as claims
                  from published_verdict p%s
                 where p.published_at >= :first and p.published_at < :last""".formatted(claimIfTagged("p", tag))
                + within("p.published_at", published, params) + tagged(tag, params) + FIRST_PUBLICATION
                + " group by 1";
        long[] counts = new long[boundaries.size() - 1];
        jdbc.sql(sql).params(params).query((rs, row) -> {
            int bucket = rs.getInt("bucket");
            if (bucket >= 1 && bucket <= counts.length) {
                counts[bucket - 1] = rs.getLong("claims");
            }
            return bucket;
        }).list();
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    /**
     * The median time from creation to first publication, over claims first published in the range: recorded with
     * each first publication, so read from published_verdict_first_idx alone (the claim only for a tag).
     */
    public TimeToPublication timeToPublication(Range published, @Nullable String tag) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                select count(*) as claims,
                       percentile_cont(0.5) within group (
                           order by cast(extract(epoch from p.time_to_publication) as double precision)
                       ) as median_seconds
                  from published_verdict p%s
                 where true""".formatted(claimIfTagged("p", tag)) + within("p.published_at", published, params)
                + tagged(tag, params) + FIRST_PUBLICATION;
        return jdbc.sql(sql).params(params).query((rs, row) -> {
            double seconds = rs.getDouble("median_seconds");
            boolean none = rs.wasNull();
            return new TimeToPublication(rs.getLong("claims"),
                    none ? null : Duration.ofMillis(Math.round(seconds * 1000)));
        }).single();
    }

    /**
     * Each reviewer's open work (open claims assigned to them, created in the range; how many are overdue
     * on {@code today}) and output (publications in the range they are a proposer of, corrections
     * included). Lists every active account with the Reviewer role, and anyone else with open work or output.
     */
    public List<ReviewerWork> reviewers(Range range, @Nullable String tag, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        String openWork = """
                select r.assignee_id as account_id, count(*) as open_claims,
                       count(*) filter (where r.due_on < :today) as overdue
                  from review r%s
                 where r.assignee_id is not null and r.state in %s%s%s
                 group by r.assignee_id""".formatted(claimsIf(range, tag), OPEN, within("c.created_at", range, params),
                tagged(tag, params));
        String output = """
                select proposer.account_id, count(*) as published
                  from published_verdict p%s
                  cross join unnest(p.proposer_ids) as proposer(account_id)
                 where true%s%s
                 group by proposer.account_id""".formatted(claimIfTagged("p", tag), within("p.published_at", range, params),
                tagged(tag, params));
        String sql = """
                with open_work as (%s), output as (%s)
                select u.display_name, coalesce(o.open_claims, 0) as open_claims, coalesce(o.overdue, 0) as overdue,
                       coalesce(w.published, 0) as published
                  from user_account u
                  left join open_work o on o.account_id = u.id
                  left join output w on w.account_id = u.id
                 where o.account_id is not null or w.account_id is not null or (u.active and u.role = 'REVIEWER')
                 order by lower(u.display_name), u.id""".formatted(openWork, output);
        return jdbc.sql(sql).params(params).query((rs, row) -> new ReviewerWork(rs.getString("display_name"),
                rs.getLong("open_claims"), rs.getLong("overdue"), rs.getLong("published"))).list();
    }

    /** Open claims created in the range whose due date is before {@code today}, earliest due first. */
    public DueClaims overdue(Range created, @Nullable String tag, LocalDate today, int limit) {
        return due("r.due_on", "r.due_on < :today and r.state in " + OPEN, created, tag, today, limit);
    }

    /** Claims created in the range whose re-check date is {@code today} or earlier, earliest first. */
    public DueClaims recheckDue(Range created, @Nullable String tag, LocalDate today, int limit) {
        return due("r.recheck_on", "r.recheck_on <= :today", created, tag, today, limit);
    }

    private DueClaims due(String dateColumn, String condition, Range created, @Nullable String tag, LocalDate today,
            int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("limit", limit);
        String sql = """
                select c.public_id, c.statement, u.display_name as assignee, %1$s as due, count(*) over () as total
                  from review r
                  join claim c on c.id = r.claim_id
                  left join user_account u on u.id = r.assignee_id
                 where %2$s%3$s%4$s
                 order by %1$s, c.id
                 limit :limit""".formatted(dateColumn, condition, within("c.created_at", created, params),
                tagged(tag, params));
        long[] total = {0};
        List<DueClaim> first = jdbc.sql(sql).params(params).query((rs, row) -> {
            total[0] = rs.getLong("total");
            return new DueClaim(rs.getObject("public_id", UUID.class), rs.getString("statement"),
                    rs.getString("assignee"), rs.getObject("due", LocalDate.class));
        }).list();
        return new DueClaims(total[0], first);
    }

    /**
     * Reviewer–approver agreement, by review round. A round is a verdict's way from its first proposal to
     * its publication; a correction starts a new one. A round counts as decided in the range when it was
     * published in the range, or, not published yet, when its latest rejection falls in the range. Its
     * proposers are everyone who proposed or revised in it. It was approved without a rejection when it
     * was published and no proposal of the round was rejected: the publication records that
     * ({@code published_verdict.after_rejection}, from the review row, which holds the round's latest rejection until
     * it is published). Withdrawn, archived or waiting rounds that were never rejected do not count.
     */
    public List<Agreement> agreement(Range decided, @Nullable String tag) {
        Map<String, Object> params = new HashMap<>();
        String tagCondition = tagged(tag, params);
        // One row per decided round, counted per set of proposers first (a few hundred), so that only those few are
        // unnested into people: unnesting every round took a fifth of the panel's time.
        String sql = """
                with rounds as (
                    select p.proposer_ids, not p.after_rejection as clean
                      from published_verdict p%s
                     where true%s%s
                    union all
                    select r.proposer_ids, false as clean
                      from review r%s
                     where r.rejected_at is not null%s%s
                ),
                by_proposers as (
                    select proposer_ids, count(*) filter (where clean) as clean, count(*) as decided
                      from rounds group by proposer_ids
                )
                select u.display_name, sum(x.clean) as clean, sum(x.decided) as decided
                  from by_proposers x
                  cross join unnest(x.proposer_ids) as proposer(account_id)
                  join user_account u on u.id = proposer.account_id
                 group by u.id, u.display_name
                 order by lower(u.display_name), u.id""".formatted(claimIfTagged("p", tag),
                within("p.published_at", decided, params), tagCondition, claimIfTagged("r", tag),
                within("r.rejected_at", decided, params), tagCondition);
        return jdbc.sql(sql).params(params).query((rs, row) -> new Agreement(rs.getString("display_name"),
                rs.getLong("clean"), rs.getLong("decided"))).list();
    }

    /** The join to {@code claim} (as c) from {@code review} (as r), needed only when a filter reads the claim. */
    private static String claimsIf(Range range, @Nullable String tag) {
        return range.from() == null && range.until() == null && tag == null ? ""
                : " join claim c on c.id = r.claim_id";
    }

    /** The join to {@code claim} (as c) from {@code alias}, needed only when a tag filters the claims. */
    private static String claimIfTagged(String alias, @Nullable String tag) {
        return tag == null ? "" : " join claim c on c.id = " + alias + ".claim_id";
    }

    /** {@code and column >= :from and column < :until} for the ends that are set. */
    private static String within(String column, Range range, Map<String, Object> params) {
        StringBuilder condition = new StringBuilder();
        if (range.from() != null) {
            condition.append(" and ").append(column).append(" >= :from");
            params.put("from", utc(range.from()));
        }
        if (range.until() != null) {
            condition.append(" and ").append(column).append(" < :until");
            params.put("until", utc(range.until()));
        }
        return condition.toString();
    }

    /** Claims carrying the tag, through the GIN index on {@code claim.tags}. */
    private static String tagged(@Nullable String tag, Map<String, Object> params) {
        if (tag == null) {
            return "";
        }
        params.put("tag", tag);
        return " and c.tags @> array[cast(:tag as text)]";
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
