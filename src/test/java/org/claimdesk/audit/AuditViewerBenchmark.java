package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.claimdesk.admin.AuditLogService;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; run it with
 * {@code bench/audit-viewer.sh}): the audit viewer's first page for each kind of filter on a trail of
 * 200,000 entries, through the service as the screen calls it and as the same SQL alone, and the CSV
 * export of a filtered set and of everything.
 */
@ClaimDeskIntegrationTest
class AuditViewerBenchmark {

    private static final int ENTRIES = 200_000;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 25;

    @Autowired
    AuditLogService auditLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void measure() {
        long started = System.nanoTime();
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_value, after_value)
                select timestamptz '2025-01-01 00:00:00+00' + i * interval '5 minutes',
                       'bench-user-' || (i % 50),
                       (array['claim','verdict','review','article','source','comment','account','rating'])[1 + i % 8],
                       md5(i::text)::uuid::text,
                       (array['created','updated','archived','approved-published','deleted','role-changed',
                              'imported','proposed','revised','taken'])[1 + (i * 7) % 10],
                       case when i % 3 = 0 then null
                            else jsonb_build_object('statement', 'Old statement number ' || i, 'count', i) end,
                       jsonb_build_object('statement', (array['The minister said','The council reported',
                              'Kim met Lavrov in Pyongyang','Unemployment fell','Schools received funding'])[1 + i % 5]
                              || ' in statement number ' || i, 'count', i + 1)
                  from generate_series(1, :entries) i""").param("entries", ENTRIES).update();
        jdbc.sql("analyze audit_entry").update();
        System.out.printf("%nAUDIT BENCHMARK: %,d entries inserted in %.1f s%n", ENTRIES,
                (System.nanoTime() - started) / 1e9);
        TestSignIn.signIn(context, "admin", "admin-demo");

        page("everything, first page", query(null, null, null, null, null, null), 0);
        page("everything, page at offset 10,000", query(null, null, null, null, null, null), 10_000);
        page("one person", query("bench-user-7", null, null, null, null, null), 0);
        page("type + action + one month", query(null, "claim", "updated", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), null), 0);
        page("text, common word (lavrov)", query(null, null, null, null, null, "lavrov"), 0);
        page("text, one entry (number 123457)", query(null, null, null, null, null, "number 123457"), 0);
        page("text, entity id", query(null, null, null, null, null, uuidOf(4242)), 0);
        page("text, no match", query(null, null, null, null, null, "no such words"), 0);
        page("person + text", query("bench-user-7", null, null, null, null, "lavrov"), 0);
        export("CSV, one person (4,000 entries)", query("bench-user-7", null, null, null, null, null));
        export("CSV, everything", query(null, null, null, null, null, null));
        System.out.println();
    }

    private void page(String label, AuditQuery query, int offset) {
        AuditReader.Where where = AuditReader.where(query);
        double app = median(() -> auditLog.page(query, offset, 50).size());
        double sql = median(() -> jdbc.sql(AuditReader.COLUMNS + where.sql() + AuditReader.PAGE)
                .params(where.parameters()).param("offset", offset).param("limit", 50)
                .query(AuditTrail::entry).list().size());
        System.out.printf("AUDIT BENCHMARK: %-36s app %7.2f ms   SQL alone %7.2f ms   ratio %.2f%n", label, app,
                sql, app / sql);
    }

    private void export(String label, AuditQuery query) {
        CountingStream out = new CountingStream();
        long started = System.nanoTime();
        auditLog.exportCsv(query, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(out.bytes).isPositive();
        System.out.printf("AUDIT BENCHMARK: %-36s %.2f s, %,d bytes, %,d lines%n", label, seconds, out.bytes,
                out.lines);
    }

    private static double median(Supplier<Integer> call) {
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            long started = System.nanoTime();
            call.get();
            if (round >= WARM_UP) {
                nanos.add(System.nanoTime() - started);
            }
        }
        nanos.sort(Long::compare);
        return nanos.get(MEASURED / 2) / 1e6;
    }

    private String uuidOf(int i) {
        return jdbc.sql("select cast(md5(cast(:i as text)) as uuid)::text").param("i", i).query(String.class).single();
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
