package org.claimdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.publishing.report.ReportFormat;
import org.claimdesk.publishing.report.ReportScope;
import org.claimdesk.publishing.report.ReportService;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; run it with {@code bench/export.sh}):
 * the export paths on 100,000 published claims. It generates the desk of {@link BenchData} and then publishes
 * every claim with SQL of its own (a current published verdict and the review state PUBLISHED for each), and
 * measures
 * <ul>
 * <li>the ClaimReview feed over real HTTP, whole and page by page: claims per second, and the heap it needs
 * (the live-heap peak with a full collection forced every 250 ms in an untimed run, the used-heap peak in the
 * timed ones, and the used heap after a forced collection before and after);</li>
 * <li>the CSV report of every published claim, and the JSON one;</li>
 * <li>the PDF report of about 1,000 claims (a claim-date range chosen to hold that many);</li>
 * <li>the same main SQL statements alone, read forward through a cursor, for the app/raw ratio.</li>
 * </ul>
 * It reports figures; it fails only if a result is incomplete.
 */
@ClaimDeskIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExportBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final int PDF_CLAIMS = 1_000;
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    ReportService reports;

    private final HttpClient http = HttpClient.newHttpClient();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<String> lines = new ArrayList<>();

    @Test
    void exports() throws Exception {
        BenchData.Outcome data = BenchData.ensure(jdbc, transaction, passwordEncoder.encode(UUID.randomUUID().toString()),
                clock);
        long published = publishEverything();
        lines.add("data " + data.describe());
        lines.add(String.format(Locale.ROOT, "published claims: %d (all of them); max heap %d MB; %d runs each after one "
                + "warm-up; start: %s", published, Runtime.getRuntime().maxMemory() >> 20, RUNS, loadAverage()));
        if (published < BenchData.CLAIMS) {
            throw new IllegalStateException("only " + published + " claims are published");
        }

        feed(published);
        TestSignIn.signIn(context, "editor", "editor-demo");
        try {
            report("CSV, every published claim", ReportScope.published(), ReportFormat.CSV, published);
            report("JSON, every published claim", ReportScope.published(), ReportFormat.JSON, published);
            ReportScope thousand = aboutAThousand();
            report("PDF, " + reports.count(thousand) + " claims (" + thousand.from() + " to " + thousand.to() + ")",
                    thousand, ReportFormat.PDF, reports.count(thousand));
        } finally {
            TestSignIn.signOut(context);
        }
        lines.add("end: " + loadAverage());
        System.out.println();
        lines.forEach(line -> System.out.println("EXPORT BENCHMARK: " + line));
        System.out.println();
    }

    /**
     * Every claim published, as approving would leave it: review state PUBLISHED (no correction under way,
     * nothing archived), a working verdict and exactly one current published verdict (rating, rationale and
     * sources copied from the working verdict where there is one). Idempotent.
     */
    private long publishEverything() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into verdict (claim_id, rating_id, rationale, proposed_by, proposed_at)
                    select c.id, (select id from rating where code = (array['TRUE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE',
                                 'FALSE', 'MISLEADING', 'UNVERIFIABLE'])[1 + c.id % 7]),
                           'Checked against the statistics office''s series.', c.created_by, c.created_at + interval '2 days'
                      from claim c
                     where not exists (select 1 from verdict v where v.claim_id = c.id)""").update();
            jdbc.sql("""
                    insert into published_verdict (claim_id, rating_id, rationale, sources, proposer_ids, approved_by,
                                                   published_at)
                    select v.claim_id, v.rating_id, v.rationale,
                           jsonb_build_array(jsonb_build_object('title', 'Annual report', 'url',
                                             'https://destatis.de/report-' || v.claim_id, 'publisher', 'Destatis',
                                             'accessedOn', v.proposed_at::date)),
                           array[coalesce(v.proposed_by, e.id)], e.id, v.proposed_at + interval '1 day'
                      from verdict v
                      cross join (select min(id) as id from user_account where username = 'editor') e
                     where not exists (select 1 from published_verdict p where p.claim_id = v.claim_id
                                                                            and p.superseded_at is null)""").update();
            jdbc.sql("""
                    update review set state = 'PUBLISHED', proposer_ids = '{}', proposed_at = null, rejected_by = null,
                                      rejected_at = null, rejection_comment = null, correction_reason = null,
                                      archive_reason = null, state_before_archive = null
                     where state <> 'PUBLISHED'""").update();
        });
        jdbc.sql("vacuum (analyze) verdict, published_verdict, review").update();
        return jdbc.sql("""
                select count(*) from review r
                  join published_verdict p on p.claim_id = r.claim_id and p.superseded_at is null
                 where r.state = 'PUBLISHED'""").query(Long.class).single();
    }

    // ---------------------------------------------------------------------------------------------- the feed

    private void feed(long published) throws Exception {
        lines.add("ClaimReview feed over HTTP (GET /public/claimreview.jsonld), every published claim. Heap, always above "
                + "the used heap after a forced GC before: live peak = highest heap after a GC forced every 250 ms "
                + "(one more, untimed run), used peak = highest used heap seen every 5 ms in the timed runs (garbage "
                + "included), retained after = used heap after a forced GC once done");
        for (String mode : List.of("whole", "paged")) {
            // paging through 200 pages takes long: once, after the whole feed warmed everything up
            int runs = mode.equals("whole") ? RUNS : 1;
            long[] nanos = new long[runs];
            long peak = 0;
            long retained = 0;
            for (int run = mode.equals("whole") ? -1 : 0; run < runs; run++) {
                long before = usedAfterGc();
                try (Sampler sampler = new Sampler(memory, false)) {
                    long started = System.nanoTime();
                    long claims = mode.equals("whole") ? readFeed("/public/claimreview.jsonld")
                            : readPages("/public/claimreview.jsonld?page=0");
                    long took = System.nanoTime() - started;
                    if (claims != published) {
                        throw new IllegalStateException(mode + " feed listed " + claims + " of " + published);
                    }
                    if (run >= 0) {
                        nanos[run] = took;
                        peak = Math.max(peak, sampler.peak() - before);
                        retained = Math.max(retained, usedAfterGc() - before);
                    }
                }
            }
            double median = median(nanos) / 1e9;
            long live = 0;
            if (mode.equals("whole")) {
                wholeFeedMedian = median(nanos);
                live = livePeak(() -> readFeed("/public/claimreview.jsonld"));
            }
            lines.add(String.format(Locale.ROOT, "  feed %-5s  median %6.2f s  (runs %s)  %,8.0f claims/s  heap: live "
                            + "peak +%s, used peak +%d MB, retained after +%d MB", mode, median, seconds(nanos),
                    published / median, mode.equals("whole") ? (live >> 20) + " MB" : "(not measured)", peak >> 20,
                    retained >> 20));
        }
        // the last page alone, by number (offset) and after the position that starts it (keyset)
        long lastPage = (published - 1) / 500;
        long before = jdbc.sql("select claim_id from published_verdict where superseded_at is null order by claim_id "
                + "offset :n limit 1").param("n", lastPage * 500 - 1).query(Long.class).single();
        long[] first = new long[RUNS];
        long[] byNumber = new long[RUNS];
        long[] byPosition = new long[RUNS];
        for (int run = -1; run < RUNS; run++) {
            long started = System.nanoTime();
            readFeed("/public/claimreview.jsonld?page=0");
            long second = System.nanoTime();
            long numbered = readFeed("/public/claimreview.jsonld?page=" + lastPage);
            long third = System.nanoTime();
            long positioned = readFeed("/public/claimreview.jsonld?after=" + before);
            if (numbered != positioned || numbered != published - lastPage * 500) {
                throw new IllegalStateException("the last page has " + numbered + " or " + positioned + " claims");
            }
            if (run >= 0) {
                first[run] = second - started;
                byNumber[run] = third - second;
                byPosition[run] = System.nanoTime() - third;
            }
        }
        lines.add(String.format(Locale.ROOT, "  feed page 0: median %.0f ms; the last page (%d): ?page=%d median %.0f ms, "
                        + "?after=%d median %.0f ms", median(first) / 1e6, lastPage, lastPage, median(byNumber) / 1e6,
                before, median(byPosition) / 1e6));

        long[] raw = new long[RUNS];
        for (int run = -1; run < RUNS; run++) {
            long started = System.nanoTime();
            long rows = rawRows(FEED_SQL);
            if (rows != published) {
                throw new IllegalStateException("the feed's SQL read " + rows + " rows");
            }
            if (run >= 0) {
                raw[run] = System.nanoTime() - started;
            }
        }
        lines.add(String.format(Locale.ROOT, "  feed SQL alone (every row read through a cursor, 500 a fetch): median "
                + "%.2f s; whole feed app/raw %.2f", median(raw) / 1e9, wholeFeedMedian / (double) median(raw)));
    }

    private long wholeFeedMedian;

    /** Reads one feed document as a stream and counts its ClaimReviews, never holding the document. */
    private long readFeed(String path) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        long claims = countReviews(response.body());
        nextLink = response.headers().firstValue("Link").map(NEXT::matcher).filter(Matcher::find)
                .map(matcher -> matcher.group(1)).orElse(null);
        return claims;
    }

    private String nextLink;

    private long readPages(String first) throws IOException, InterruptedException {
        long claims = readFeed(first);
        while (nextLink != null) {
            claims += readFeed(URI.create(nextLink).getRawPath() + "?" + URI.create(nextLink).getRawQuery());
        }
        return claims;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static long countReviews(InputStream body) throws IOException {
        long claims = 0;
        try (InputStream in = body; JsonParser parser = JSON.createParser(in)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    depth++;
                    if (depth == 2) {
                        claims++;
                    }
                } else if (token == JsonToken.END_OBJECT) {
                    depth--;
                }
            }
        }
        return claims;
    }

    // ---------------------------------------------------------------------------------------------- reports

    private void report(String name, ReportScope scope, ReportFormat format, long expected) throws Exception {
        long[] nanos = new long[RUNS];
        long bytes = 0;
        long peak = 0;
        for (int run = -1; run < RUNS; run++) {
            long before = usedAfterGc();
            CountingStream out = new CountingStream();
            AtomicLong written = new AtomicLong();
            try (Sampler sampler = new Sampler(memory, false)) {
                long started = System.nanoTime();
                reports.write(scope, format, Locale.ENGLISH, out, (done, total) -> written.set(done));
                long took = System.nanoTime() - started;
                if (written.get() != expected) {
                    throw new IllegalStateException(name + ": " + written.get() + " of " + expected + " claims");
                }
                if (run >= 0) {
                    nanos[run] = took;
                    bytes = out.count;
                    peak = Math.max(peak, sampler.peak() - before);
                }
            }
        }
        long live = livePeak(() -> reports.write(scope, format, Locale.ENGLISH, new CountingStream(),
                (done, total) -> { }));
        lines.add(String.format(Locale.ROOT, "%s: median %.2f s (runs %s), %,d bytes, %,.0f claims/s, heap: live peak "
                        + "+%d MB, used peak +%d MB", name, median(nanos) / 1e9, seconds(nanos), bytes,
                expected / (median(nanos) / 1e9), live >> 20, peak >> 20));
        if (format == ReportFormat.CSV) {
            long[] raw = new long[RUNS];
            for (int run = -1; run < RUNS; run++) {
                long started = System.nanoTime();
                long rows = rawRows(REPORT_SQL);
                if (rows != expected) {
                    throw new IllegalStateException("the report's SQL read " + rows + " rows");
                }
                if (run >= 0) {
                    raw[run] = System.nanoTime() - started;
                }
            }
            lines.add(String.format(Locale.ROOT, "  report SQL alone (every row read through a cursor, 100 a fetch): "
                    + "median %.2f s; CSV app/raw %.2f", median(raw) / 1e9, median(nanos) / (double) median(raw)));
        }
    }

    /** A claim-date range holding about {@value #PDF_CLAIMS} published claims, from the earliest claim date on. */
    private ReportScope aboutAThousand() {
        LocalDate from = jdbc.sql("select min(claim_date) from claim").query(LocalDate.class).single();
        LocalDate to = jdbc.sql("select claim_date from claim where claim_date is not null order by claim_date "
                + "offset :n limit 1").param("n", PDF_CLAIMS - 1).query(LocalDate.class).single();
        return ReportScope.published().withDates(ReportScope.DateBasis.CLAIM_DATE, from, to);
    }

    // ---------------------------------------------------------------------------------------------- raw SQL

    /** {@code PublishedClaims.FEED}, as the whole feed runs it. */
    static final String FEED_SQL = """
            select p.claim_id, c.public_id, c.statement, c.claimant, c.claim_date, p.published_at, rt.label,
                   rt.rating_value, f.first_published_at, ar.urls, ar.titles
              from published_verdict p
              join claim c on c.id = p.claim_id
              join review r on r.claim_id = c.id and r.state in ('PUBLISHED', 'CORRECTION_IN_PROGRESS')
              join rating rt on rt.id = p.rating_id
              cross join lateral (select min(e.published_at) as first_published_at
                                    from published_verdict e where e.claim_id = c.id) f
              cross join lateral (select array_agg(a.canonical_url order by a.published_at nulls last, a.id) as urls,
                                         array_agg(a.title order by a.published_at nulls last, a.id) as titles
                                    from article a
                                   where a.canonical_url is not null
                                     and a.id in (select ap.article_id from appearance ap where ap.claim_id = c.id)) ar
             where p.superseded_at is null and p.claim_id > 0
             order by p.claim_id
             offset 0
            """;

    /** {@code ReportRepository.stream} for every published claim, as the reports run it. */
    static final String REPORT_SQL = """
            select c.public_id, c.statement, c.claimant, c.claim_date, c.tags, r.state,
                   rt.code as rating_code, rt.label as rating_label, rt.rating_value, rt.colour as rating_colour,
                   coalesce(pv.rationale, v.rationale) as rationale, pv.published_at,
                   (select display_name from user_account where id = pv.approved_by) as approved_by,
                   (select coalesce(jsonb_agg(jsonb_build_object('articleId', ar.public_id, 'articleTitle', ar.title,
                                    'articleUrl', ar.canonical_url, 'quote', a.quote_exact)
                                    order by a.id), '[]'::jsonb)
                      from appearance a join article ar on ar.id = a.article_id
                     where a.claim_id = c.id) as appearances,
                   case when pv.id is not null then pv.sources
                        when v.id is not null then (select coalesce(jsonb_agg(jsonb_build_object('title', s.title,
                                    'url', s.url, 'publisher', s.publisher, 'publishedOn', s.published_on,
                                    'accessedOn', s.accessed_on) order by s.id), '[]'::jsonb)
                              from source s join verdict_source vs on vs.source_id = s.id where vs.verdict_id = v.id)
                   end as sources
              from review r
              join claim c on c.id = r.claim_id
              left join published_verdict pv on pv.claim_id = c.id and pv.superseded_at is null
                                             and r.state = 'PUBLISHED'
              left join verdict v on v.claim_id = c.id and r.state <> 'PUBLISHED'
              left join rating rt on rt.id = coalesce(pv.rating_id, v.rating_id)
              left join lateral (select ar.id, ar.title, ar.published_at
                                   from appearance a join article ar on ar.id = a.article_id
                                  where a.claim_id = c.id order by a.id limit 1) pa on true
             where r.state in ('PUBLISHED')
             order by pa.published_at nulls last, pa.title nulls last, pa.id nulls last, c.claim_date nulls last, c.id
            """;

    /** Runs a statement in a read-only transaction through a cursor and reads every column of every row. */
    private long rawRows(String sql) {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        Long rows = readOnly.execute(status -> {
            org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(
                    context.getBean(javax.sql.DataSource.class));
            template.setFetchSize(sql == FEED_SQL ? 500 : 100);
            long[] count = {0};
            template.query(sql, rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int column = 1; column <= columns; column++) {
                    rs.getObject(column);
                }
                count[0]++;
            });
            return count[0];
        });
        return rows == null ? 0 : rows;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private long usedAfterGc() {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * The highest heap seen on a thread of its own: {@code live} forces a full collection every 250 ms and reads
     * what is left (the data really held, as ReportHeapBenchmark does; it slows the work down, so such runs are
     * not timed); otherwise the used heap every 5 ms, garbage not yet collected included.
     */
    private static final class Sampler implements AutoCloseable {

        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        Sampler(MemoryMXBean memory, boolean live) {
            peak = memory.getHeapMemoryUsage().getUsed();
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    if (live) {
                        System.gc();
                    }
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(live ? 250 : 5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        long peak() {
            return peak;
        }

        @Override
        public void close() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The live-heap peak of one more, untimed, run of {@code work}, above the live heap before it. */
    private long livePeak(Work work) throws Exception {
        long before = usedAfterGc();
        try (Sampler sampler = new Sampler(memory, true)) {
            work.run();
            return sampler.peak() - before;
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static final class CountingStream extends OutputStream {

        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    private static String seconds(long[] nanos) {
        StringBuilder all = new StringBuilder();
        for (long each : nanos) {
            all.append(all.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.2f", each / 1e9));
        }
        return all.toString();
    }

    static String loadAverage() {
        return QueueBenchmark.loadAverage();
    }
}
