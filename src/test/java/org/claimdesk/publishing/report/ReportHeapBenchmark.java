package org.claimdesk.publishing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test: the heap a report of 2,000 published claims (articles of 5 claims each) takes in
 * each format, written to a stream that discards the bytes. While a report is written, a sampler forces a
 * full garbage collection every half second and reads the heap left, i.e. what the export really holds;
 * it prints the live heap before the export and the highest sample during it. Run it with a small heap to
 * show that the export fits:
 *
 * <pre>
 * CLAIMDESK_BENCH=report ./mvnw -B -o test -Dtest=ReportHeapBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -DargLine=-Xmx384m
 * </pre>
 * ({@code CLAIMDESK_BENCH_CLAIMS=5000} for another size).
 */
@ClaimDeskIntegrationTest
@EnabledIfEnvironmentVariable(named = "CLAIMDESK_BENCH", matches = "report")
class ReportHeapBenchmark {

    /** 2,000 unless CLAIMDESK_BENCH_CLAIMS says otherwise. */
    private static final int CLAIMS = Integer.parseInt(
            System.getenv().getOrDefault("CLAIMDESK_BENCH_CLAIMS", "2000"));

    @Autowired
    ReportService reports;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    BulkClaims bulk;

    @Test
    void heapOfAReportOfTwoThousandClaims() throws Exception {
        String tag = "heap-" + System.nanoTime();
        bulk.published(tag, CLAIMS, 5);
        fixtures.signIn("viewer");
        ReportScope scope = ReportScope.published().withTags(Set.of(tag));
        for (ReportFormat format : List.of(ReportFormat.CSV, ReportFormat.JSON, ReportFormat.PDF)) {
            measure(scope, format);
        }
    }

    private void measure(ReportScope scope, ReportFormat format) throws IOException, InterruptedException {
        long before = liveHeap();
        AtomicLong highest = new AtomicLong(before);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                highest.accumulateAndGet(liveHeap(), Math::max);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        CountingDiscard out = new CountingDiscard();
        long started = System.nanoTime();
        try {
            reports.write(scope, format, out, ProgressListener.NONE);
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("REPORT HEAP BENCHMARK %s: %d claims, %d KB in %d ms; live heap before %d MB, highest "
                        + "during the export %d MB (+%d MB); max heap %d MB%n", format, CLAIMS, out.count / 1024,
                millis, mb(before), mb(highest.get()), mb(highest.get() - before),
                mb(Runtime.getRuntime().maxMemory()));
    }

    /** The heap still in use after a full collection. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Throws the report away as it comes, counting its bytes, so the output itself takes no heap. */
    private static final class CountingDiscard extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
