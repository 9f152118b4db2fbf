package org.claimdesk.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.claimdesk.insight.dashboard.DashboardFilter;
import org.claimdesk.insight.dashboard.DashboardService;
import org.claimdesk.insight.internal.DashboardRepository;
import org.claimdesk.insight.internal.DashboardRepository.Range;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.MutableClock;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; run it with
 * {@code bench/dashboard.sh}): each dashboard panel's query and the whole dashboard on 100,000 generated
 * claims, without a filter, with a one-year range and with a tag.
 */
@ClaimDeskIntegrationTest
class DashboardBenchmark {

    private static final int CLAIMS = 100_000;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 15;

    @Autowired
    DashboardService dashboards;
    @Autowired
    DashboardRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    @Test
    void measureEveryPanel() {
        long started = System.nanoTime();
        generate();
        System.out.printf("%nDASHBOARD BENCHMARK: generated %d claims in %.0f s%n", CLAIMS,
                (System.nanoTime() - started) / 1e9);
        TestSignIn.signIn(context, "editor", "editor-demo");
        LocalDate today = LocalDate.now(clock);
        Map<String, Range> ranges = new LinkedHashMap<>();
        ranges.put("no filter", Range.ANY);
        ranges.put("last 365 days", new Range(today.minusDays(365).atStartOfDay(ZoneOffset.UTC).toInstant(),
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        for (Map.Entry<String, Range> entry : ranges.entrySet()) {
            Range range = entry.getValue();
            for (String tag : new String[] {null, "topic-7"}) {
                String label = entry.getKey() + (tag == null ? "" : ", tag " + tag);
                measure(label, "states", () -> repository.states(range, tag));
                measure(label, "ratings", () -> repository.ratings(range, tag));
                measure(label, "weeks", () -> repository.firstPublicationsBetween(weeks(today), range, tag));
                measure(label, "time to publication", () -> repository.timeToPublication(range, tag));
                measure(label, "reviewers", () -> repository.reviewers(range, tag, today));
                measure(label, "overdue", () -> repository.overdue(range, tag, today, 20));
                measure(label, "recheck", () -> repository.recheckDue(range, tag, today, 20));
                measure(label, "agreement", () -> repository.agreement(range, tag));
            }
        }
        measure("no filter", "whole dashboard (service)", () -> dashboards.dashboard(DashboardFilter.none()));
        measure("tag topic-7", "whole dashboard (service)",
                () -> dashboards.dashboard(new DashboardFilter(null, null, "topic-7")));
        TestSignIn.signOut(context);
    }

    private static List<java.time.Instant> weeks(LocalDate today) {
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .minusWeeks(11);
        List<java.time.Instant> boundaries = new ArrayList<>();
        for (int week = 0; week <= 12; week++) {
            boundaries.add(monday.plusWeeks(week).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return boundaries;
    }

    private static void measure(String filter, String panel, Supplier<?> query) {
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            long started = System.nanoTime();
            query.get();
            if (round >= WARM_UP) {
                nanos.add(System.nanoTime() - started);
            }
        }
        nanos.sort(Long::compare);
        System.out.printf("DASHBOARD BENCHMARK: %-28s %-22s median %6.1f ms, p90 %6.1f ms%n", panel, filter,
                nanos.get(MEASURED / 2) / 1e6, nanos.get((int) (MEASURED * 0.9)) / 1e6);
    }

    /**
     * 100,000 claims created over the last two years, in 50 tags: 60 % published (a tenth of them corrected
     * later), the rest spread over the open states and archived; a fifth of the published rounds had a
     * rejection; six audit entries per claim besides, as the workflow writes them.
     */
    private void generate() {
        long reviewer = jdbc.sql("select id from user_account where username = 'reviewer'").query(Long.class).single();
        long editor = jdbc.sql("select id from user_account where username = 'editor'").query(Long.class).single();
        Map<String, Object> params = Map.of("n", CLAIMS, "reviewer", reviewer, "editor", editor);
        jdbc.sql("""
                insert into claim (statement, tags, created_by, created_at, updated_at)
                select 'Benchmark claim ' || g, array['topic-' || (g % 50), 'bench'], :reviewer,
                       now() - (g % 730) * interval '1 day' - (g % 24) * interval '1 hour',
                       now() - (g % 730) * interval '1 day'
                  from generate_series(1, :n) g""").params(params).update();
        jdbc.sql("""
                insert into review (claim_id, state, assignee_id, due_on, recheck_on, proposer_ids, rejected_at,
                                    rejected_by, updated_at)
                select c.id,
                       case when c.id % 10 < 6 then 'PUBLISHED' when c.id % 10 = 6 then 'DRAFT'
                            when c.id % 10 = 7 then 'IN_RESEARCH' when c.id % 10 = 8 then 'VERDICT_PROPOSED'
                            else 'ARCHIVED' end,
                       :reviewer,
                       case when c.id % 10 in (6, 7, 8) then current_date + (c.id % 30 - 15)::int end,
                       case when c.id % 100 = 0 then current_date - (c.id % 20)::int end,
                       case when c.id % 10 in (7, 8) then array[:reviewer]::bigint[] else '{}' end,
                       case when c.id % 10 = 7 and c.id % 3 = 0 then c.created_at + interval '2 days' end,
                       case when c.id % 10 = 7 and c.id % 3 = 0 then :editor end,
                       c.updated_at
                  from claim c where c.statement like 'Benchmark claim %'
                on conflict (claim_id) do nothing""").params(params).update();
        jdbc.sql("""
                insert into published_verdict (claim_id, rating_id, rationale, sources, proposer_ids, approved_by,
                                               published_at)
                select c.id, (select id from rating order by position limit 1 offset (c.id % 7)),
                       'Generated rationale', '[]'::jsonb, array[:reviewer]::bigint[], :editor,
                       c.created_at + (c.id % 10 + 1) * interval '1 day'
                  from claim c join review r on r.claim_id = c.id
                 where r.state = 'PUBLISHED' and c.statement like 'Benchmark claim %'""").params(params).update();
        // a tenth of the published claims were corrected 20 days after their first publication
        jdbc.sql("""
                update published_verdict p set superseded_at = p.published_at + interval '20 days'
                  from claim c
                 where c.id = p.claim_id and c.statement like 'Benchmark claim %' and c.id % 100 < 6""")
                .update();
        jdbc.sql("""
                insert into published_verdict (claim_id, rating_id, rationale, sources, proposer_ids, approved_by,
                                               published_at)
                select p.claim_id, p.rating_id, 'Corrected rationale', '[]'::jsonb, array[:reviewer]::bigint[],
                       :editor, p.superseded_at
                  from published_verdict p join claim c on c.id = p.claim_id
                 where p.superseded_at is not null and c.statement like 'Benchmark claim %'""").params(params)
                .update();
        jdbc.sql("""
                insert into correction (claim_id, previous_id, current_id, reason, approved_by, published_at)
                select p.claim_id, q.id, p.id, 'Generated correction', :editor, p.published_at
                  from published_verdict p
                  join published_verdict q on q.claim_id = p.claim_id and q.superseded_at is not null
                 where p.superseded_at is null and p.rationale = 'Corrected rationale'""").params(params).update();
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_value, after_value)
                select c.created_at + (s * interval '1 hour'), 'reviewer', 'review', c.public_id::text,
                       case when s = 3 and c.id % 5 = 0 then 'proposal-rejected'
                            else (array['research-started', 'verdict-proposed', 'assigned', 'taken', 'recheck-set',
                                        'verdict-proposed'])[s + 1] end,
                       '{}'::jsonb, '{}'::jsonb
                  from claim c cross join generate_series(0, 5) s
                 where c.statement like 'Benchmark claim %'""").params(params).update();
        jdbc.sql("analyze").update();
    }
}
