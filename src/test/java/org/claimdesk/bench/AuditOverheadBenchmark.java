package org.claimdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aopalliance.intercept.MethodInterceptor;
import org.claimdesk.audit.AuditTrail;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; run it with {@code bench/audit.sh}):
 * what the audit entry costs a claim save. It times {@link ClaimService#update} (its own transaction,
 * committed, as a save from the claim page) on the generated desk (see {@link BenchData}), alternating
 * saves with the audit entry and saves where the entry is skipped. The skipping is done here, in the
 * benchmark's Spring context only: an advice put in front of {@link AuditTrail#record} returns without
 * writing when told to, and times the call when it writes. Production code has no switch for it.
 */
@ClaimDeskIntegrationTest
class AuditOverheadBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmup", 100);
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

    /** Puts the switchable, timing advice in front of AuditTrail.record, outside its transaction advice. */
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
                        if (!invocation.getMethod().getName().equals("record")) {
                            return invocation.proceed();
                        }
                        if (skipAudit) {
                            return null;
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

    @Test
    void claimSave() {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        BenchData.Outcome data = BenchData.ensure(jdbc, transaction, passwordEncoder.encode(UUID.randomUUID().toString()),
                clock);
        String load = QueueBenchmark.loadAverage();
        int saves = 2 * (WARM_UP + MEASURED);
        // different claims for every save, spread over the whole table, as saves from many screens would be
        List<UUID> claimIds = jdbc.sql("select public_id from claim order by md5(id::text) limit :n").param("n", saves)
                .query(UUID.class).list();
        if (claimIds.size() < saves) {
            throw new IllegalStateException("Not enough claims to save: " + claimIds.size());
        }
        long auditRowsBefore = count();

        long[] with = new long[MEASURED];
        long[] without = new long[MEASURED];
        long[] record = new long[MEASURED];
        for (int run = -WARM_UP; run < MEASURED; run++) {
            int index = 2 * (run + WARM_UP);
            // alternate which mode goes first, so neither always follows the other
            boolean auditFirst = (run & 1) == 0;
            long[] one = new long[2];
            long auditTime = 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean audited = (turn == 0) == auditFirst;
                UUID claimId = claimIds.get(index + turn);
                ClaimDetails claim = claims.find(claimId).orElseThrow();
                ClaimDraft draft = new ClaimDraft(edited(claim.statement()), claim.claimant(), claim.claimDate(),
                        claim.asOfDate(), claim.tags(), claim.priority());
                skipAudit = !audited;
                recordNanos = 0;
                long started = System.nanoTime();
                claims.update(claimId, draft, claim.version());
                long elapsed = System.nanoTime() - started;
                skipAudit = false;
                one[audited ? 0 : 1] = elapsed;
                if (audited) {
                    auditTime = recordNanos;
                }
            }
            if (run >= 0) {
                with[run] = one[0];
                without[run] = one[1];
                record[run] = auditTime;
            }
        }
        long written = count() - auditRowsBefore;
        if (written != WARM_UP + MEASURED) {
            throw new IllegalStateException("Expected " + (WARM_UP + MEASURED) + " audit entries from the audited saves, "
                    + "found " + written + ": the switch does not work as intended");
        }

        double withP50 = QueueBenchmark.ms(with, 0.5);
        double withoutP50 = QueueBenchmark.ms(without, 0.5);
        double withMean = mean(with);
        double withoutMean = mean(without);
        long[] share = new long[MEASURED];
        for (int run = 0; run < MEASURED; run++) {
            share[run] = Math.round(1e6 * record[run] / (double) with[run]);
        }
        List<String> lines = new ArrayList<>();
        lines.add("data " + data.describe());
        lines.add(String.format("%d saves of each kind after %d warm-up pairs, alternating, each on a different claim; %s",
                MEASURED, WARM_UP, load));
        lines.add("PostgreSQL " + jdbc.sql("""
                        select string_agg(name || '=' || setting, ', ' order by name) from pg_settings
                         where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers')""")
                .query(String.class).single() + " (shared_buffers in 8 kB pages)");
        lines.add(String.format("%-28s %8s %8s %8s %8s", "ms", "p50", "p95", "max", "mean"));
        lines.add(row("save with audit entry", with));
        lines.add(row("save without audit entry", without));
        lines.add(row("AuditTrail.record alone", record));
        lines.add(String.format("audit overhead: %+.1f %% at the median, %+.1f %% at p95, %+.1f %% in the mean "
                        + "(with vs without); AuditTrail.record is %.1f %% of an audited save (median of per-save shares)",
                100 * (withP50 / withoutP50 - 1), 100 * (QueueBenchmark.ms(with, 0.95) / QueueBenchmark.ms(without, 0.95) - 1),
                100 * (withMean / withoutMean - 1), 100 * QueueBenchmark.ms(share, 0.5)));
        System.out.println();
        lines.forEach(line -> System.out.println("AUDIT BENCHMARK: " + line));
        System.out.println();
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
        return String.format("%-28s %8.2f %8.2f %8.2f %8.2f", name, QueueBenchmark.ms(nanos, 0.5),
                QueueBenchmark.ms(nanos, 0.95), QueueBenchmark.ms(nanos, 1.0), mean(nanos));
    }
}
