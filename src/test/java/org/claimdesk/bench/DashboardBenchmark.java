package org.claimdesk.bench;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.claimdesk.database.StatementPlans;
import org.claimdesk.insight.dashboard.Dashboard;
import org.claimdesk.insight.dashboard.DashboardFilter;
import org.claimdesk.insight.dashboard.DashboardService;
import org.claimdesk.insight.internal.DashboardRepository;
import org.claimdesk.insight.internal.DashboardRepository.Range;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; run it with {@code bench/dashboard.sh}):
 * each dashboard panel on the desk of {@link BenchData} (100,000 claims), without a filter, with a date range, with
 * a tag and with both; and the whole dashboard as {@link DashboardService} reads it. Each panel is timed as the app
 * runs it (the repository's call, with its row mapping, in a read-only repeatable-read transaction as the service
 * opens it) and as its SQL alone (the same statement with the same values through the JdbcClient, rows read column
 * by column, no transaction). Plans go to {@code target/bench/dashboard-explain.txt}. The generated desk is kept
 * in {@code target/bench/insight-postgres} (shared with SearchBenchmark); delete it to generate it afresh.
 */
@ClaimDeskIntegrationTest
@TestPropertySource(properties = {"claimdesk.embedded-db.ephemeral=false",
        "claimdesk.embedded-db.directory=target/bench/insight-postgres"})
class DashboardBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmup", 5);
    static final int MEASURED = Integer.getInteger("bench.runs", 40);
    /** The generator's most common tag after the first few (about 4,500 claims). */
    static final String TAG = "migration";
    /** The date range: the last year, about half the desk. */
    static final int RANGE_DAYS = 365;

    @Autowired
    DashboardService dashboards;
    @Autowired
    DashboardRepository app;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    /** One panel's call, given the repository, the range and the tag. */
    private interface Panel {
        Object read(DashboardRepository repository, Range range, String tag);
    }

    @Test
    void measureEveryPanel() throws IOException {
        BenchData.Outcome data = BenchData.ensure(jdbc, transaction,
                passwordEncoder.encode(UUID.randomUUID().toString()), clock);
        TestSignIn.signIn(context, "editor", "editor-demo");
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        RecordingJdbc.Recorded recorded = new RecordingJdbc.Recorded();
        DashboardRepository recording = repository(RecordingJdbc.client(dataSource, recorded));

        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<Instant> weeks = weeks(today, zone);
        Range year = new Range(today.minusDays(RANGE_DAYS - 1).atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        Map<String, Panel> panels = new LinkedHashMap<>();
        panels.put("claims by state", (r, range, tag) -> r.states(range, tag));
        panels.put("published by rating", (r, range, tag) -> r.ratings(range, tag));
        panels.put("published per week", (r, range, tag) -> r.firstPublicationsBetween(weeks, range, tag));
        panels.put("time to publication", (r, range, tag) -> r.timeToPublication(range, tag));
        panels.put("reviewers' work", (r, range, tag) -> r.reviewers(range, tag, today));
        panels.put("overdue list", (r, range, tag) -> r.overdue(range, tag, today, DashboardService.LIST_LENGTH));
        panels.put("re-check list", (r, range, tag) -> r.recheckDue(range, tag, today, DashboardService.LIST_LENGTH));
        panels.put("agreement", (r, range, tag) -> r.agreement(range, tag));
        record Filter(String name, Range range, String tag) {
        }
        List<Filter> filters = List.of(new Filter("no filter", Range.ANY, null),
                new Filter("last " + RANGE_DAYS + " days", year, null), new Filter("tag " + TAG, Range.ANY, TAG),
                new Filter(RANGE_DAYS + " days + tag", year, TAG));

        List<String> lines = new ArrayList<>();
        lines.add("data " + data.describe());
        lines.add(String.format("desk: %s; today %s (%s); tag '%s' on %d claims; %d claims created in the last %d days",
                facts(), today, zone, TAG, count("select count(*) from claim where tags @> array['" + TAG + "']"),
                count("select count(*) from claim where created_at >= now() - interval '" + RANGE_DAYS + " days'"),
                RANGE_DAYS));
        lines.add(String.format("%d runs per case after %d warm-up; milliseconds; app = DashboardRepository call in a "
                + "read-only repeatable-read transaction, raw = its statement alone; start: %s", MEASURED, WARM_UP,
                QueueBenchmark.loadAverage()));
        lines.add(String.format("%-22s %-19s | %-15s | %-15s | %s", "panel", "filter", "app p50 / p95",
                "raw p50 / p95", "app/raw p50 p95"));
        StringBuilder explain = new StringBuilder("Dashboard benchmark: each panel's statement with its values and "
                + "its plan (EXPLAIN (ANALYZE, BUFFERS)); see bench/dashboard.md\n" + data.describe() + "\n");
        lines.forEach(line -> System.out.println("DASHBOARD BENCHMARK: " + line));
        List<List<RecordingJdbc.Statement>> statements = new ArrayList<>();
        for (Filter filter : filters) {
            List<RecordingJdbc.Statement> ofFilter = new ArrayList<>();
            statements.add(ofFilter);
            for (Map.Entry<String, Panel> panel : panels.entrySet()) {
                Object expected = panel.getValue().read(recording, filter.range(), filter.tag());
                String sql = recorded.sql;
                var params = recorded.params;
                ofFilter.add(new RecordingJdbc.Statement(sql, params));
                long[][] times = time(
                        () -> readOnly.execute(status -> {
                            app.planForTheValues();
                            return panel.getValue().read(app, filter.range(), filter.tag());
                        }),
                        // the statement alone, planned as the app plans it (StatementPlans), in a transaction
                        () -> readOnly.execute(status -> {
                            StatementPlans.forTheValues(jdbc);
                            return RecordingJdbc.run(jdbc, new RecordingJdbc.Statement(sql, params));
                        }),
                        result -> Objects.equals(result, expected));
                lines.add(line(panel.getKey(), filter.name(), times));
                System.out.println("DASHBOARD BENCHMARK: " + lines.getLast());
                explain.append("\n=== ").append(panel.getKey()).append(", ").append(filter.name()).append(" ===\n");
                RecordingJdbc.explain(jdbc, explain, sql, params);
            }
        }
        // the whole dashboard, as the view asks for it: every panel in one transaction, through the service; raw =
        // the eight statements one after the other
        List<DashboardFilter> whole = List.of(DashboardFilter.none(),
                new DashboardFilter(today.minusDays(RANGE_DAYS - 1), today, null), new DashboardFilter(null, null, TAG),
                new DashboardFilter(today.minusDays(RANGE_DAYS - 1), today, TAG));
        for (int index = 0; index < whole.size(); index++) {
            DashboardFilter filter = whole.get(index);
            List<RecordingJdbc.Statement> ofFilter = statements.get(index);
            Dashboard expected = dashboards.dashboard(filter);
            long[][] times = time(() -> dashboards.dashboard(filter), () -> readOnly.execute(status -> {
                StatementPlans.forTheValues(jdbc);
                ofFilter.forEach(statement -> RecordingJdbc.run(jdbc, statement));
                return null;
            }), result -> Objects.equals(result, expected));
            lines.add(line("whole dashboard", filters.get(index).name(), times));
            System.out.println("DASHBOARD BENCHMARK: " + lines.getLast());
        }
        Path file = Path.of("target", "bench", "dashboard-explain.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, explain);
        lines.add("plans written to " + file + "; at the end: " + QueueBenchmark.loadAverage());
        TestSignIn.signOut(context);
        System.out.println("DASHBOARD BENCHMARK: " + lines.getLast());
    }

    /**
     * Warm-up, then measured runs of both; every other run the raw statement goes first, so that neither side
     * always finds the other's pages cached. Fails if a result changes between runs.
     */
    private static long[][] time(Supplier<?> app, Supplier<?> raw, Function<Object, Boolean> same) {
        long[] appNanos = new long[MEASURED];
        long[] rawNanos = new long[MEASURED];
        for (int run = -WARM_UP; run < MEASURED; run++) {
            long rawTime = 0;
            if (run % 2 == 0) {
                long started = System.nanoTime();
                raw.get();
                rawTime = System.nanoTime() - started;
            }
            long started = System.nanoTime();
            Object result = app.get();
            long appTime = System.nanoTime() - started;
            if (run % 2 != 0) {
                long rawStarted = System.nanoTime();
                raw.get();
                rawTime = System.nanoTime() - rawStarted;
            }
            if (!same.apply(result)) {
                throw new IllegalStateException("The result changed between runs: " + result);
            }
            if (run >= 0) {
                appNanos[run] = appTime;
                rawNanos[run] = rawTime;
            }
        }
        return new long[][] {appNanos, rawNanos};
    }

    private static String line(String panel, String filter, long[][] times) {
        double app50 = QueueBenchmark.ms(times[0], 0.5);
        double app95 = QueueBenchmark.ms(times[0], 0.95);
        double raw50 = QueueBenchmark.ms(times[1], 0.5);
        double raw95 = QueueBenchmark.ms(times[1], 0.95);
        return String.format("%-22s %-19s | %6.1f / %6.1f | %6.1f / %6.1f | %4.2f  %4.2f", panel, filter, app50, app95,
                raw50, raw95, app50 / raw50, app95 / raw95);
    }

    /** The twelve weeks up to this one, as the service makes them: Monday to Monday, in the clock's zone. */
    private static List<Instant> weeks(LocalDate today, ZoneId zone) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(DashboardService.WEEKS - 1);
        List<Instant> boundaries = new ArrayList<>();
        for (int week = 0; week <= DashboardService.WEEKS; week++) {
            boundaries.add(monday.plusWeeks(week).atStartOfDay(zone).toInstant());
        }
        return boundaries;
    }

    /** What the panels read, counted, so that a reader of the figures knows the volumes behind them. */
    private String facts() {
        return String.format("%d claims, %d published verdicts (%d in the last 12 weeks), %d rejections in the audit "
                        + "trail, %d reviews rejected back to research, %d overdue, %d re-checks due",
                count("select count(*) from claim"), count("select count(*) from published_verdict"),
                count("select count(*) from published_verdict where published_at >= now() - interval '12 weeks'"),
                count("select count(*) from audit_entry where entity_type = 'review' and action = 'proposal-rejected'"),
                count("select count(*) from review where rejected_at is not null"),
                count("select count(*) from review where due_on < current_date and state in ('DRAFT', 'IN_RESEARCH',"
                        + " 'VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS')"),
                count("select count(*) from review where recheck_on <= current_date"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** A DashboardRepository on the given client (its constructor is package-private, as for every repository). */
    private static DashboardRepository repository(JdbcClient client) {
        try {
            Constructor<DashboardRepository> constructor =
                    DashboardRepository.class.getDeclaredConstructor(JdbcClient.class);
            constructor.setAccessible(true);
            return constructor.newInstance(client);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DashboardRepository can no longer be built with a JdbcClient", e);
        }
    }
}
