package org.claimdesk.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aopalliance.intercept.MethodInterceptor;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.audit.PendingEntry;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; run it with {@code bench/audit.sh}):
 * what the audit entry costs a claim save. It times {@link ClaimService#update} (its own transaction,
 * committed, as a save from the claim page) on the generated desk (see {@link BenchData}), alternating
 * saves with the audit entry and saves where the entry is skipped. The skipping is done here, in the
 * benchmark's Spring context only: an advice put in front of {@link AuditTrail#pending} (which a claim save
 * uses: its update statement writes the entry) and {@link AuditTrail#record} hands out an empty entry or returns
 * without writing when told to, and times the call otherwise. Production code has no switch for it. Between them
 * it runs the save's statements alone (read, update, the audit insert or not, commit), so the application's own
 * share can be told from the database's.
 */
@ClaimDeskIntegrationTest
class AuditOverheadBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmup", 3000);
    static final int MEASURED = Integer.getInteger("bench.runs", 1000);

    /** Set by the benchmark, read by the advice; everything runs on the test's thread. */
    static volatile boolean skipAudit;
    static long recordNanos;

    @Autowired
    ClaimService claims;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationContext context;
    @Autowired
    java.time.Clock clock;
    @Autowired
    JdbcTemplate statements;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Puts the switchable, timing advice in front of AuditTrail.pending and record, outside any other advice. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AuditSwitch {

        @Bean
        static BeanPostProcessor auditSwitch() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (AopUtils.getTargetClass(bean) != AuditTrail.class) {
                        return bean;
                    }
                    MethodInterceptor advice = invocation -> {
                        String method = invocation.getMethod().getName();
                        if (!method.equals("record") && !method.equals("pending")) {
                            return invocation.proceed();
                        }
                        if (skipAudit) {
                            // the claim's update statement then carries no audit insert
                            return method.equals("pending") ? new PendingEntry("", Map.of()) : null;
                        }
                        long started = System.nanoTime();
                        try {
                            return invocation.proceed();
                        } finally {
                            recordNanos += System.nanoTime() - started;
                        }
                    };
                    if (bean instanceof Advised advised) {
                        advised.addAdvice(0, advice);
                        return bean;
                    }
                    ProxyFactory proxy = new ProxyFactory(bean);
                    proxy.setProxyTargetClass(true);
                    proxy.addAdvice(advice);
                    return proxy.getProxy();
                }
            };
        }
    }

    /**
     * {@code -Dbench.flush=off} (BENCH_FLUSH=off) has every connection commit without waiting for the WAL flush
     * ({@code synchronous_commit = off}): the figures a disk with a free flush would give, where the audit entry's
     * share of a save is largest.
     */
    @DynamicPropertySource
    static void flush(DynamicPropertyRegistry registry) {
        if ("off".equals(System.getProperty("bench.flush"))) {
            registry.add("spring.datasource.hikari.connection-init-sql", () -> "set synchronous_commit = off");
        }
    }

    @Test
    void claimSave() {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        BenchData.Outcome data = BenchData.ensure(jdbc, transaction, passwordEncoder.encode(UUID.randomUUID().toString()),
                clock);
        String load = QueueBenchmark.loadAverage();
        int saves = 4 * (WARM_UP + MEASURED);
        // different claims for every save, spread over the whole table, as saves from many screens would be
        List<UUID> claimIds = jdbc.sql("select public_id from claim order by md5(id::text) limit :n").param("n", saves)
                .query(UUID.class).list();
        if (claimIds.size() < saves) {
            throw new IllegalStateException("Not enough claims to save: " + claimIds.size());
        }
        long auditRowsBefore = count();

        // app: ClaimService.update with and without its entry; raw: the same statements alone
        long[][] times = new long[4][MEASURED];
        long[] record = new long[MEASURED];
        for (int run = -WARM_UP; run < MEASURED; run++) {
            int index = 4 * (run + WARM_UP);
            long[] one = new long[4];
            long auditTime = 0;
            // each kind goes first, second, third and fourth in turn, so none always follows another
            for (int turn = 0; turn < 4; turn++) {
                int kind = (turn + run + WARM_UP) % 4;
                UUID claimId = claimIds.get(index + turn);
                if (kind >= 2) {
                    one[kind] = rawSave(claimId, kind == RAW_WITH);
                    continue;
                }
                boolean audited = kind == APP_WITH;
                ClaimDetails claim = claims.find(claimId).orElseThrow();
                ClaimDraft draft = new ClaimDraft(edited(claim.statement()), claim.claimant(), claim.claimDate(),
                        claim.asOfDate(), claim.tags(), claim.priority());
                skipAudit = !audited;
                recordNanos = 0;
                long started = System.nanoTime();
                claims.update(claimId, draft, claim.version());
                one[kind] = System.nanoTime() - started;
                skipAudit = false;
                if (audited) {
                    auditTime = recordNanos;
                }
            }
            if (run >= 0) {
                for (int kind = 0; kind < 4; kind++) {
                    times[kind][run] = one[kind];
                }
                record[run] = auditTime;
            }
        }
        long written = count() - auditRowsBefore;
        if (written != 2L * (WARM_UP + MEASURED)) {
            throw new IllegalStateException("Expected " + 2 * (WARM_UP + MEASURED) + " audit entries from the audited "
                    + "saves, found " + written + ": the switch does not work as intended");
        }

        long[] with = times[APP_WITH];
        long[] without = times[APP_WITHOUT];
        long[] share = new long[MEASURED];
        for (int run = 0; run < MEASURED; run++) {
            share[run] = Math.round(1e6 * record[run] / (double) with[run]);
        }
        List<String> lines = new ArrayList<>();
        lines.add("data " + data.describe());
        lines.add(String.format("%d saves of each kind after %d warm-up rounds, in turn, each on a different claim; %s",
                MEASURED, WARM_UP, load));
        lines.add("PostgreSQL " + jdbc.sql("""
                        select string_agg(name || '=' || setting, ', ' order by name) from pg_settings
                         where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'wal_sync_method')""")
                .query(String.class).single() + " (shared_buffers in 8 kB pages); audit_entry indexes: "
                + jdbc.sql("select string_agg(indexname, ', ' order by indexname) from pg_indexes where tablename = 'audit_entry'")
                        .query(String.class).single());
        lines.add(String.format("%-36s %8s %8s %8s %8s", "ms", "p50", "p95", "max", "mean"));
        lines.add(row("app: save with audit entry", with));
        lines.add(row("app: save without audit entry", without));
        lines.add(row("app: AuditTrail.pending alone", record));
        lines.add(row("raw SQL: save with audit insert", times[RAW_WITH]));
        lines.add(row("raw SQL: save without it", times[RAW_WITHOUT]));
        lines.add(String.format("audit overhead, app: %+.1f %% at the median, %+.1f %% at p95, %+.1f %% in the mean; "
                        + "AuditTrail.pending (the entry's JSON and values; the insert is part of the update) is %.1f %% of "
                        + "an audited save (median of per-save shares)",
                overhead(with, without, 0.5), overhead(with, without, 0.95),
                100 * (mean(with) / mean(without) - 1), 100 * QueueBenchmark.ms(share, 0.5)));
        lines.add(String.format("audit overhead, raw SQL: %+.1f %% at the median, %+.1f %% at p95; app/raw: %.2f (p50) "
                        + "%.2f (p95) with the entry, %.2f / %.2f without",
                overhead(times[RAW_WITH], times[RAW_WITHOUT], 0.5), overhead(times[RAW_WITH], times[RAW_WITHOUT], 0.95),
                QueueBenchmark.ms(with, 0.5) / QueueBenchmark.ms(times[RAW_WITH], 0.5),
                QueueBenchmark.ms(with, 0.95) / QueueBenchmark.ms(times[RAW_WITH], 0.95),
                QueueBenchmark.ms(without, 0.5) / QueueBenchmark.ms(times[RAW_WITHOUT], 0.5),
                QueueBenchmark.ms(without, 0.95) / QueueBenchmark.ms(times[RAW_WITHOUT], 0.95)));
        lines.add(String.format("paired (each round's save with the entry minus the one without, median, over the "
                        + "median save without): app %+.1f %%, raw SQL %+.1f %%; robust against a busy machine, which "
                        + "slows whole stretches of saves", paired(with, without), paired(times[RAW_WITH], times[RAW_WITHOUT])));
        lines.add("at the end: " + QueueBenchmark.loadAverage());
        System.out.println();
        lines.forEach(line -> System.out.println("AUDIT BENCHMARK: " + line));
        System.out.println();
    }

    static final int APP_WITH = 0;
    static final int APP_WITHOUT = 1;
    static final int RAW_WITH = 2;
    static final int RAW_WITHOUT = 3;

    private static double paired(long[] with, long[] without) {
        long[] differences = new long[with.length];
        for (int run = 0; run < with.length; run++) {
            differences[run] = with[run] - without[run];
        }
        java.util.Arrays.sort(differences);
        long median = differences[differences.length / 2];
        return 100.0 * median / 1e6 / QueueBenchmark.ms(without, 0.5);
    }

    private static double overhead(long[] with, long[] without, double quantile) {
        return 100 * (QueueBenchmark.ms(with, quantile) / QueueBenchmark.ms(without, quantile) - 1);
    }

    /**
     * The statements of a claim save alone, in a transaction of their own, as the app sends them: read the claim,
     * update it, with or without its audit entry in the same statement (the JSON made beforehand, untimed),
     * commit. Timed from the start of the transaction.
     */
    private long rawSave(UUID claimId, boolean audited) {
        Map<String, Object> row = statements.queryForMap("select * from claim where public_id = ?", claimId);
        String statement = edited((String) row.get("statement"));
        String before = JSON.writeValueAsString(Map.of("statement", row.get("statement"), "claimant",
                String.valueOf(row.get("claimant")), "tags", List.of("economy"), "priority", row.get("priority")));
        String after = JSON.writeValueAsString(Map.of("statement", statement, "claimant",
                String.valueOf(row.get("claimant")), "tags", List.of("economy"), "priority", row.get("priority")));
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            Map<String, Object> claim = statements.queryForMap("select * from claim where public_id = ?", claimId);
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            List<Object> values = new ArrayList<>(Arrays.asList(statement, claim.get("claimant"), claim.get("claim_date"),
                    claim.get("as_of_date"), claim.get("priority"), claim.get("tags"), now, claim.get("id"),
                    claim.get("version")));
            if (audited) {
                values.addAll(List.of(now, "reviewer", "claim", claimId.toString(), "updated", before, after));
            }
            Long updated = statements.queryForObject("""
                            with changed as (
                                update claim set statement = ?, claimant = ?, claim_date = ?, as_of_date = ?,
                                       priority = ?, tags = ?, updated_at = ?, version = version + 1
                                 where id = ? and version = ?
                                returning id)""" + (audited ? """
                            , audited as (
                                insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_value,
                                                         after_value)
                                select ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb) from changed)""" : "") + """

                            select count(*) from changed""", Long.class, values.toArray());
            if (updated == null || updated != 1) {
                throw new IllegalStateException("raw save did not update " + claimId);
            }
        });
        return System.nanoTime() - started;
    }

    private static String edited(String statement) {
        return statement.endsWith(" (edited)") ? statement.substring(0, statement.length() - 9) : statement + " (edited)";
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private static double mean(long[] nanos) {
        double sum = 0;
        for (long value : nanos) {
            sum += value;
        }
        return sum / nanos.length / 1e6;
    }

    private static String row(String name, long[] nanos) {
        return String.format("%-36s %8.2f %8.2f %8.2f %8.2f", name, QueueBenchmark.ms(nanos, 0.5),
                QueueBenchmark.ms(nanos, 0.95), QueueBenchmark.ms(nanos, 1.0), mean(nanos));
    }
}
