package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.claimdesk.admin.AuditLogService;
import org.claimdesk.bench.BenchData;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; run it with
 * {@code bench/audit-viewer.sh}): the audit viewer on the generated desk of {@link BenchData} (200,000 audit
 * entries shaped as the app writes them), the first page of 50 for each kind of filter and search through the
 * service as the screen calls it and as the same SQL alone, p50 and p95 and their ratio; the searches again
 * with a tail of entries the indexer has not reached; and the CSV export. The scheduled indexer is held off
 * (a delay of an hour) so that the benchmark decides when it runs. Plans go to
 * {@code target/bench/audit-viewer-explain.txt}.
 */
@ClaimDeskIntegrationTest(properties = "claimdesk.audit.search-index-delay=PT1H")
class AuditViewerBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warmup", 10);
    private static final int MEASURED = Integer.getInteger("bench.runs", 50);
    /** Entries written in a burst and not yet indexed when the searches run again. */
    private static final int TAIL = 2_000;

    @Autowired
    AuditLogService auditLog;
    @Autowired
    AuditTrail audit;
    @Autowired
    AuditSearchIndexer indexer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder plans = new StringBuilder();

    @Test
    void measure() throws IOException {
        BenchData.Outcome data = BenchData.ensure(jdbc, transaction, passwordEncoder.encode(UUID.randomUUID().toString()),
                clock);
        indexer.catchUp();
        lines.add("data " + data.describe());
        lines.add("start: " + loadAverage() + "; " + MEASURED + " calls per case after " + WARM_UP
                + " warm-up calls; milliseconds");
        TestSignIn.signIn(context, "admin", "admin-demo");
        String busiest = jdbc.sql("select actor from audit_entry group by actor order by count(*) desc limit 1")
                .query(String.class).single();
        LocalDate month = jdbc.sql("select (max(occurred_at) - interval '2 months')::date from audit_entry")
                .query(LocalDate.class).single().withDayOfMonth(1);
        lines.add(String.format("busiest person %s (%d entries); 'minister' in %d entries, 'glyphosate' in %d",
                busiest, count("actor = '" + busiest + "'"), count("after_value::text ilike '%minister%'"),
                count("after_value::text ilike '%glyphosate%'")));
        lines.add(String.format("%-40s | %-17s | %-17s | %s", "case", "app p50 / p95", "SQL p50 / p95", "app/SQL p50, p95"));

        page("everything, first page", query(null, null, null, null, null, null), 0);
        page("everything, page at offset 10,000", query(null, null, null, null, null, null), 10_000);
        page("one person", query(busiest, null, null, null, null, null), 0);
        page("type + action + one month", query(null, "review", "assigned", month, month.plusMonths(1).minusDays(1),
                null), 0);
        searches("");

        // a burst of entries the indexer has not reached: the searches scan them too
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < TAIL; i++) {
                audit.recordAs(busiest, "claim", UUID.randomUUID().toString(), "updated",
                        Map.of("statement", "The finance minister said the deficit fell " + i),
                        Map.of("statement", "The finance minister said the deficit fell by " + i + " percent"));
            }
        });
        long tail = jdbc.sql("select count(*) from audit_entry where id > (select indexed_through from audit_search_progress)")
                .query(Long.class).single();
        lines.add(String.format("with %,d entries above the watermark, not yet indexed:", tail));
        searches(", tail " + TAIL);
        long started = System.nanoTime();
        int added = indexer.catchUp();
        lines.add(String.format("indexer: %,d entries indexed in %.0f ms", added, (System.nanoTime() - started) / 1e6));

        export("CSV, one person", query(busiest, null, null, null, null, null));
        export("CSV, everything", query(null, null, null, null, null, null));
        lines.add("at the end: " + loadAverage());
        Path file = Path.of("target", "bench", "audit-viewer-explain.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, plans);
        lines.add("plans written to " + file);
        System.out.println();
        lines.forEach(line -> System.out.println("AUDIT BENCHMARK: " + line));
        System.out.println();
    }

    private void searches(String suffix) {
        page("text, common word (minister)" + suffix, query(null, null, null, null, null, "minister"), 0);
        page("text, rare word (glyphosate)" + suffix, query(null, null, null, null, null, "glyphosate"), 0);
        String entity = jdbc.sql("select entity_id from audit_entry where entity_type = 'claim' order by id limit 1")
                .query(String.class).single();
        page("text, an entity id" + suffix, query(null, null, null, null, null, entity), 0);
        page("text, no match" + suffix, query(null, null, null, null, null, "no such words"), 0);
        String busiest = jdbc.sql("select actor from audit_entry group by actor order by count(*) desc limit 1")
                .query(String.class).single();
        page("person + common word" + suffix, query(busiest, null, null, null, null, "minister"), 0);
    }

    private void page(String label, AuditQuery query, int offset) {
        AuditReader.Where where = AuditReader.where(query);
        String sql = AuditReader.COLUMNS + where.sql() + where.order() + AuditReader.PAGE;
        double[] app = percentiles(() -> auditLog.page(query, offset, 50).size());
        double[] alone = percentiles(() -> jdbc.sql(sql).params(where.parameters()).param("offset", offset)
                .param("limit", 50).query(AuditTrail::entry).list().size());
        lines.add(String.format("%-40s | %7.2f / %7.2f | %7.2f / %7.2f | %.2f, %.2f", label, app[0], app[1], alone[0],
                alone[1], app[0] / alone[0], app[1] / alone[1]));
        String explained = sql.replace(":offset", Integer.toString(offset)).replace(":limit", "50");
        for (Map.Entry<String, Object> parameter : where.parameters().entrySet()) {
            String literal = "'" + parameter.getValue().toString().replace("'", "''") + "'";
            explained = explained.replaceAll("(?<!:):" + parameter.getKey() + "\\b",
                    java.util.regex.Matcher.quoteReplacement(literal));
        }
        plans.append("== ").append(label).append("\n").append(explained).append("\n\n");
        jdbc.sql("explain (analyze, buffers) " + explained).query(String.class).list()
                .forEach(line -> plans.append(line).append('\n'));
        plans.append('\n');
    }

    private void export(String label, AuditQuery query) {
        CountingStream out = new CountingStream();
        long started = System.nanoTime();
        auditLog.exportCsv(query, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(out.bytes).isPositive();
        lines.add(String.format("%-40s | %.2f s, %,d bytes, %,d lines", label, seconds, out.bytes, out.lines));
    }

    /** p50 and p95 (nearest rank) of {@link #MEASURED} calls after {@link #WARM_UP}, in milliseconds. */
    private static double[] percentiles(Supplier<Integer> call) {
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            long started = System.nanoTime();
            call.get();
            if (round >= WARM_UP) {
                nanos.add(System.nanoTime() - started);
            }
        }
        nanos.sort(Long::compare);
        return new double[] {nanos.get((int) Math.ceil(0.5 * MEASURED) - 1) / 1e6,
                nanos.get((int) Math.ceil(0.95 * MEASURED) - 1) / 1e6};
    }

    private long count(String condition) {
        return jdbc.sql("select count(*) from audit_entry where " + condition).query(Long.class).single();
    }

    private static String loadAverage() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private static AuditQuery query(String actor, String type, String action, LocalDate from, LocalDate to,
            String text) {
        return new AuditQuery(actor, type, action, from, to, text, ZoneOffset.UTC);
    }

    private static final class CountingStream extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
