package org.claimdesk.bench;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.claimdesk.database.StatementPlans;
import org.claimdesk.review.Queue;
import org.claimdesk.review.QueueFilter;
import org.claimdesk.review.QueueOrder;
import org.claimdesk.review.QueueRow;
import org.claimdesk.review.QueueService;
import org.claimdesk.review.QueueTotal;
import org.claimdesk.review.ReviewState;
import org.claimdesk.review.internal.QueueRepository;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; run it with {@code bench/queue.sh}):
 * server time of one queue page as the claims screen asks for it, {@link QueueService#page} for 50 rows plus
 * {@link QueueService#total}, on 100,000 claims (see {@link BenchData}) for a set of queues, filters and sort
 * orders. For each it also runs the same two SQL statements alone through the JdbcClient (no service,
 * transaction, security or row mapping), and writes their plans to {@code target/bench/queue-explain.txt}:
 * for the values, and as the app runs them once warmed up. It reports figures; it asserts nothing about time.
 */
@ClaimDeskIntegrationTest
class QueueBenchmark {

    static final int PAGE = 50;
    static final int WARM_UP = Integer.getInteger("bench.warmup", 30);
    static final int MEASURED = Integer.getInteger("bench.runs", 200);
    /** In about 14 % of the generated statements. */
    static final String COMMON_WORD = "minister";
    /** In about 0.1 % of them. */
    static final String RARE_WORD = "glyphosate";
    /** Three letters in three statements of four ("the", "other", "there"…): what a search looks like while typing. */
    static final String EVERYWHERE_WORD = "the";
    static final String TAG = "migration";

    @Autowired
    QueueService queues;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactionManager;
    private TransactionTemplate readOnly;

    record Case(String name, QueueFilter filter, QueueOrder order, int offset) {

        int runs() {
            return MEASURED;
        }
    }

    @Test
    void queuePages() throws IOException {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        BenchData.Outcome data = BenchData.ensure(jdbc, transaction, passwordEncoder.encode(UUID.randomUUID().toString()),
                clock);
        long me = jdbc.sql("select id from user_account where username = 'reviewer'").query(Long.class).single();
        LocalDate today = LocalDate.now(clock);

        readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        List<Case> cases = cases(today);
        RecordingJdbc.Recorded recorded = new RecordingJdbc.Recorded();
        QueueRepository recording = recordingRepository(recorded);
        StringBuilder explain = new StringBuilder("Queue benchmark: the plans of each case's statements, with their "
                + "values (see bench/queue.md)\n" + data.describe() + "\n" + settings() + "\n");
        List<String> lines = new ArrayList<>();
        lines.add("data " + data.describe());
        lines.add(settings());
        lines.add(String.format("words: '%s' in %d statements, '%s' in %d, '%s' in %d; tag '%s' on %d claims; signed in as "
                        + "reviewer (account %d), today %s", COMMON_WORD, matching(COMMON_WORD), RARE_WORD,
                matching(RARE_WORD), EVERYWHERE_WORD, matching(EVERYWHERE_WORD), TAG,
                jdbc.sql("select count(*) from claim where tags @> array['" + TAG + "']").query(Long.class).single(), me,
                today));
        lines.add(String.format("%d runs per case after %d warm-up runs; milliseconds; app = QueueService.page(…, %d) "
                + "+ QueueService.total(…) as the claims screen calls them, raw = the same two statements alone through "
                + "JdbcClient; start: %s", MEASURED, WARM_UP, PAGE, loadAverage()));
        lines.add(String.format("%-40s %7s %6s | %-23s | %-15s | %-15s | %-15s | %-11s | %s", "case", "match", "shown",
                "app p50 / p95 / max", "page p50 / p95", "total p50 / p95", "raw p50 / p95", "app/raw p50 p95", "plans"));

        for (Case c : cases) {
            // in a transaction, as the service runs them (the repository plans them per transaction)
            readOnly.executeWithoutResult(status -> recording.page(c.filter(), c.order(), me, today, c.offset(), PAGE));
            String pageSql = recorded.sql;
            SqlParameterSource pageParams = recorded.params;
            readOnly.executeWithoutResult(status -> recording.countUpTo(c.filter(), me, today,
                    QueueService.COUNT_LIMIT + 1));
            Statements statements = new Statements(pageSql, pageParams, recorded.sql, recorded.params);

            long matching = queues.count(c.filter());
            QueueTotal shown = queues.total(c.filter());
            int rows = queues.page(c.filter(), c.order(), c.offset(), PAGE).size();
            long[] app = new long[c.runs()];
            long[] appPage = new long[c.runs()];
            long[] appCount = new long[c.runs()];
            long[] raw = new long[c.runs()];
            for (int run = -WARM_UP; run < c.runs(); run++) {
                // the raw statements go first every other run, so that neither always finds the other's pages cached
                long rawFirst = run % 2 == 0 ? raw(statements) : 0;
                long started = System.nanoTime();
                List<QueueRow> page = queues.page(c.filter(), c.order(), c.offset(), PAGE);
                long paged = System.nanoTime();
                QueueTotal total = queues.total(c.filter());
                long counted = System.nanoTime();
                long rawNanos = run % 2 == 0 ? rawFirst : raw(statements);
                if (page.size() != rows || !total.equals(shown)) {
                    throw new IllegalStateException(c.name() + ": the result changed between runs");
                }
                if (run >= 0) {
                    app[run] = counted - started;
                    appPage[run] = paged - started;
                    appCount[run] = counted - paged;
                    raw[run] = rawNanos;
                }
            }
            lines.add(String.format("%-40s %7d %6s | %6.1f / %6.1f / %6.1f | %6.1f / %6.1f | %6.1f / %6.1f | %6.1f / %6.1f | %4.2f  %4.2f",
                    c.name(), matching, shown.claims() + (shown.more() ? "+" : ""), ms(app, 0.5), ms(app, 0.95), ms(app, 1.0),
                    ms(appPage, 0.5), ms(appPage, 0.95), ms(appCount, 0.5), ms(appCount, 0.95), ms(raw, 0.5), ms(raw, 0.95),
                    ms(app, 0.5) / ms(raw, 0.5), ms(app, 0.95) / ms(raw, 0.95)));
            explain.append("\n=== ").append(c.name()).append(" ===\n");
            String plans = explain(explain, "page", pageSql, pageParams).charAt(0) + "/"
                    + explain(explain, "count", statements.countSql(), statements.countParams()).charAt(0);
            lines.set(lines.size() - 1, lines.getLast() + "  " + plans);
        }
        Path file = Path.of("target", "bench", "queue-explain.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, explain);
        lines.add("plans: page/count as the app runs them once warmed up, g = generic plan, c = custom plan");
        lines.add("plans written to " + file + "; at the end: " + loadAverage());
        System.out.println();
        lines.forEach(line -> System.out.println("QUEUE BENCHMARK: " + line));
        System.out.println();
    }

    /**
     * The page and the count of the current case, run alone: the time of the SQL without the application. Each in
     * a read-only transaction of its own, planned as the application plans it (StatementPlans).
     */
    private long raw(Statements statements) {
        long started = System.nanoTime();
        readOnly.executeWithoutResult(status -> {
            StatementPlans.forTheValuesWithoutWorkers(jdbc);
            rawPage(statements.pageSql(), statements.pageParams());
        });
        readOnly.executeWithoutResult(status -> {
            StatementPlans.forTheValuesWithoutWorkers(jdbc);
            rawCount(statements.countSql(), statements.countParams());
        });
        return System.nanoTime() - started;
    }


    /** A case's two statements as the application runs them, with their values. */
    record Statements(String pageSql, SqlParameterSource pageParams, String countSql, SqlParameterSource countParams) {
    }

    /** The server settings that matter for the figures. */
    private String settings() {
        return "PostgreSQL " + jdbc.sql("select current_setting('server_version')").query(String.class).single() + ": "
                + jdbc.sql("""
                        select string_agg(name || '=' || setting || coalesce(unit, ''), ', ' order by name) from pg_settings
                         where name in ('fsync', 'synchronous_commit', 'shared_buffers', 'work_mem', 'jit',
                                        'max_parallel_workers_per_gather', 'random_page_cost', 'lc_collate')""")
                .query(String.class).single();
    }

    private static List<Case> cases(LocalDate today) {
        List<Case> cases = new ArrayList<>();
        for (Queue queue : Queue.values()) {
            cases.add(new Case(queue.slug() + " (default order)", QueueFilter.of(queue), QueueOrder.defaultFor(queue), 0));
        }
        QueueOrder latest = QueueOrder.defaultFor(Queue.ALL);
        cases.add(new Case("all, state in-research + tag " + TAG,
                new QueueFilter(Queue.ALL, Set.of(ReviewState.IN_RESEARCH), null, null, null, TAG, null, null, null),
                latest, 0));
        cases.add(new Case("all, q=" + COMMON_WORD + " (common)", text(COMMON_WORD), latest, 0));
        cases.add(new Case("all, q=" + RARE_WORD + " (rare)", text(RARE_WORD), latest, 0));
        cases.add(new Case("all, q=" + EVERYWHERE_WORD + " (in most)", text(EVERYWHERE_WORD), latest, 0));
        cases.add(new Case("all, rating FALSE + claim date 180 days",
                new QueueFilter(Queue.ALL, Set.of(), "FALSE", null, null, null, today.minusDays(180), today, null),
                latest, 0));
        cases.add(new Case("mine, due date latest first", QueueFilter.of(Queue.MINE),
                new QueueOrder(QueueOrder.Sort.DUE, false), 0));
        cases.add(new Case("all, offset 5,000", QueueFilter.of(Queue.ALL), latest, 5_000));
        // the sort orders a person can pick by clicking a column header, each way
        cases.add(new Case("all, claim date newest first", QueueFilter.of(Queue.ALL),
                new QueueOrder(QueueOrder.Sort.CLAIM_DATE, false), 0));
        cases.add(new Case("all, claim date oldest first", QueueFilter.of(Queue.ALL),
                new QueueOrder(QueueOrder.Sort.CLAIM_DATE, true), 0));
        cases.add(new Case("all, due date soonest first", QueueFilter.of(Queue.ALL),
                new QueueOrder(QueueOrder.Sort.DUE, true), 0));
        cases.add(new Case("all, due date latest first", QueueFilter.of(Queue.ALL),
                new QueueOrder(QueueOrder.Sort.DUE, false), 0));
        cases.add(new Case("all, statement A-Z", QueueFilter.of(Queue.ALL),
                new QueueOrder(QueueOrder.Sort.STATEMENT, true), 0));
        cases.add(new Case("all, statement Z-A", QueueFilter.of(Queue.ALL),
                new QueueOrder(QueueOrder.Sort.STATEMENT, false), 0));
        cases.add(new Case("all, state A-Z", QueueFilter.of(Queue.ALL), new QueueOrder(QueueOrder.Sort.STATE, true), 0));
        cases.add(new Case("all, state Z-A", QueueFilter.of(Queue.ALL), new QueueOrder(QueueOrder.Sort.STATE, false), 0));
        cases.add(new Case("all, last change oldest first", QueueFilter.of(Queue.ALL),
                new QueueOrder(QueueOrder.Sort.UPDATED, true), 0));
        cases.add(new Case("all, q=" + COMMON_WORD + ", statement A-Z", text(COMMON_WORD),
                new QueueOrder(QueueOrder.Sort.STATEMENT, true), 0));
        return cases;
    }

    private static QueueFilter text(String words) {
        return new QueueFilter(Queue.ALL, Set.of(), null, null, null, null, null, null, words);
    }

    private long matching(String word) {
        return jdbc.sql("select count(*) from claim where statement ilike :pattern").param("pattern", "%" + word + "%")
                .query(Long.class).single();
    }

    private void rawPage(String sql, SqlParameterSource params) {
        jdbc.sql(sql).paramSource(params).query((RowCallbackHandler) rs -> {
            int columns = rs.getMetaData().getColumnCount();
            for (int column = 1; column <= columns; column++) {
                rs.getObject(column);
            }
        });
    }

    private void rawCount(String sql, SqlParameterSource params) {
        jdbc.sql(sql).paramSource(params).query(Long.class).single();
    }

    /**
     * Two plans of the statement: first as EXPLAIN ANALYZE plans it with the values, then as the app runs it
     * once warmed up. pgjdbc prepares a statement on the server from its fifth execution on a connection, and
     * from the sixth execution of a prepared statement PostgreSQL may keep a generic plan, made without
     * looking at the values, unless told otherwise, as the queue's transactions do. The second plan is taken
     * the same way: PREPARE, six EXECUTEs, then EXPLAIN ANALYZE EXECUTE. Returns which kind of plan that was.
     */
    private String explain(StringBuilder out, String what, String sql, SqlParameterSource params) {
        out.append("--- ").append(what).append(": ").append(sql.strip().replaceAll("\\s+", " ")).append('\n');
        if (params.getParameterNames() != null) {
            for (String name : params.getParameterNames()) {
                out.append("    :").append(name).append(" = ").append(params.getValue(name)).append('\n');
            }
        }
        out.append("-- plan for these values (EXPLAIN (ANALYZE, BUFFERS)):\n");
        jdbc.sql("explain (analyze, buffers) " + sql).paramSource(params).query(String.class).list()
                .forEach(line -> out.append(line).append('\n'));
        return transaction.execute(status -> {
            StatementPlans.forTheValuesWithoutWorkers(jdbc);
            ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
            String positional = NamedParameterUtils.substituteNamedParameters(parsed, params);
            StringBuilder numbered = new StringBuilder();
            int placeholder = 0;
            for (char ch : positional.toCharArray()) {
                if (ch == '?') {
                    numbered.append('$').append(++placeholder);
                } else {
                    numbered.append(ch);
                }
            }
            List<String> literals = new ArrayList<>();
            for (Object value : NamedParameterUtils.buildValueArray(parsed, params, null)) {
                if (value instanceof Collection<?> values) {
                    values.forEach(each -> literals.add(literal(each)));
                } else {
                    literals.add(literal(value));
                }
            }
            jdbc.sql("prepare bench_plan as " + numbered).update();
            String execute = "execute bench_plan" + (literals.isEmpty() ? "" : "(" + String.join(", ", literals) + ")");
            for (int run = 0; run < 6; run++) {
                jdbc.sql(execute).query().rowSet();
            }
            List<String> plan = jdbc.sql("explain (analyze, buffers) " + execute).query(String.class).list();
            String kind = jdbc.sql("select case when generic_plans > 0 then 'generic' else 'custom' end"
                    + " from pg_prepared_statements where name = 'bench_plan'").query(String.class).single();
            jdbc.sql("deallocate bench_plan").update();
            out.append("-- plan as the app runs it once warmed up (PREPARE, 6 x EXECUTE, EXPLAIN (ANALYZE, BUFFERS) EXECUTE): ")
                    .append(kind).append(" plan\n");
            plan.forEach(line -> out.append(line).append('\n'));
            return kind;
        });
    }

    private static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    /** A QueueRepository of its own whose JdbcClient notes each statement before running it on the real database. */
    private QueueRepository recordingRepository(RecordingJdbc.Recorded recorded) {
        try {
            Constructor<QueueRepository> constructor = QueueRepository.class.getDeclaredConstructor(JdbcClient.class);
            constructor.setAccessible(true);
            return constructor.newInstance(RecordingJdbc.client(dataSource, recorded));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("QueueRepository can no longer be built with a JdbcClient", e);
        }
    }

    /** The machine and how busy it is: other work on it shows in the figures. */
    static String loadAverage() {
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            load = "unknown";
        }
        return Runtime.getRuntime().availableProcessors() + " CPUs, load average " + load;
    }

    /** The value at {@code quantile} (0.5 median, 1.0 maximum), nearest rank, in milliseconds. */
    static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int index = Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1);
        return sorted[index] / 1e6;
    }
}
