package org.claimdesk.article.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link ArticleExtractor} on the real news pages of the shared fixtures and prints, per page, its size,
 * the median and 90th percentile time per extraction after warm-up, and the text quality (word-overlap F1
 * against Mozilla Readability's output). Run by {@code bench/extraction.sh}; see {@code bench/extraction.md}.
 *
 * <p>Arguments: warm-up iterations and timed iterations per page (default 200 each).
 */
public final class ExtractionBenchmark {

    private static final List<String> PAGES = List.of("readability-bbc-1", "readability-nytimes-1");

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int timed = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ArticleExtractor extractor = new ArticleExtractor();
        System.out.printf(Locale.ROOT, "java %s, %d processors; %d warm-up and %d timed extractions per page%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), warmUp, timed);
        System.out.printf(Locale.ROOT, "%-22s %7s %10s %10s %10s %8s %9s %7s%n",
                "page", "KB", "median ms", "p90 ms", "max ms", "F1", "precision", "recall");
        for (String page : PAGES) {
            ReadabilityFixture fixture = ReadabilityFixture.load(page);
            for (int i = 0; i < warmUp; i++) {
                extractor.extract(fixture.sourceHtml());
            }
            long[] nanos = new long[timed];
            String text = "";
            for (int i = 0; i < timed; i++) {
                long start = System.nanoTime();
                text = extractor.extract(fixture.sourceHtml()).text();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            WordOverlap overlap = WordOverlap.of(fixture.expectedText(), text);
            System.out.printf(Locale.ROOT, "%-22s %7d %10.2f %10.2f %10.2f %8.4f %9.4f %7.4f%n",
                    page, fixture.sizeInKb(), millis(percentile(nanos, 50)), millis(percentile(nanos, 90)),
                    millis(nanos[nanos.length - 1]), overlap.f1(), overlap.precision(), overlap.recall());
        }
    }

    /** The nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank - 1, 0)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
