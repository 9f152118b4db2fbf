package org.claimdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.claimdesk.claim.internal.SimilarClaimsProbe;
import org.claimdesk.database.StatementPlans;
import org.claimdesk.insight.DuplicateService;
import org.claimdesk.insight.SearchHit;
import org.claimdesk.insight.SearchQuery;
import org.claimdesk.insight.SearchService;
import org.claimdesk.insight.SearchType;
import org.claimdesk.insight.internal.SearchRepository;
import org.claimdesk.review.ReviewState;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; run it with {@code bench/search.sh}):
 * full-text search and similar claims on the desk of {@link BenchData} (100,000 claims, 20,000 articles in
 * English, German and unknown languages, 150,000 sources). Each case is timed through the service (security,
 * transaction, SQL, mapping) and as its SQL alone; the plans go to {@code target/bench/search-explain.txt}. The
 * generated desk is kept in {@code target/bench/insight-postgres} (shared with DashboardBenchmark), so a second run
 * measures at once; delete that folder to start afresh.
 */
@ClaimDeskIntegrationTest
@TestPropertySource(properties = {"claimdesk.embedded-db.ephemeral=false",
        "claimdesk.embedded-db.directory=target/bench/insight-postgres"})
class SearchBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warmup", 20);
    private static final int RUNS = Integer.getInteger("bench.runs", 100);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchService search;
    @Autowired
    SearchRepository repository;
    @Autowired
    DuplicateService duplicates;
    @Autowired
    SimilarClaimsProbe similarProbe;
    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;

    private final StringBuilder explained = new StringBuilder();

    @Test
    void measure() throws IOException {
        BenchData.Outcome data = BenchData.ensure(jdbc, transaction,
                passwordEncoder.encode(UUID.randomUUID().toString()), clock);
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        try {
            System.out.printf("%nSEARCH BENCHMARK: data %s%n", data.describe());
            System.out.printf("SEARCH BENCHMARK: %d claims, %d articles, %d sources; %d runs after %d warm-up; start: %s%n",
                    count("claim"), count("article"), count("source"), RUNS, WARM_UP, QueueBenchmark.loadAverage());
            System.out.printf("SEARCH BENCHMARK: claims matching 'minister' %d, 'Arbeitslosigkeit' %d, 'glyphosate' %d; "
                    + "articles matching 'minister' %d%n", matches("minister"), matches("Arbeitslosigkeit"),
                    matches("glyphosate"), articles("minister"));
            searchCase("top 20, common word", SearchQuery.of("minister"));
            searchCase("top 20, common word, claims only",
                    new SearchQuery("minister", Set.of(SearchType.CLAIM), Set.of(), null, null));
            searchCase("top 20, common word, state published",
                    new SearchQuery("minister", Set.of(), Set.of(ReviewState.PUBLISHED), null, null));
            searchCase("top 20, common word, claims in research",
                    new SearchQuery("minister", Set.of(SearchType.CLAIM), Set.of(ReviewState.IN_RESEARCH), null, null));
            searchCase("top 20, common word, last 90 days", new SearchQuery("minister", Set.of(), Set.of(),
                    LocalDate.now(clock).minusDays(90), LocalDate.now(clock)));
            searchCase("top 20, two common words", SearchQuery.of("health minister"));
            searchCase("top 20, common German word", SearchQuery.of("Arbeitslosigkeit"));
            searchCase("top 20, rare word", SearchQuery.of("glyphosate"));
            searchCase("top 20, phrase", SearchQuery.of("\"unemployment in Bavaria\""));
            similarCase();
            System.out.printf("SEARCH BENCHMARK: at the end: %s%n", QueueBenchmark.loadAverage());
        } finally {
            TestSignIn.signOut(context);
        }
        Path out = Path.of("target", "bench", "search-explain.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, explained);
        System.out.printf("SEARCH BENCHMARK: plans in %s%n%n", out);
    }

    private void searchCase(String name, SearchQuery query) {
        Map<String, Object> params = new HashMap<>();
        String sql = repository.rankSql(query, query.text(), 0, 20, params);
        List<SearchHit> hits = search.search(query, 0, 20);
        assertThat(hits).isNotEmpty();
        Stats app = time(() -> search.search(query, 0, 20));
        // The SQL alone, planned as the app plans it: for its values, in a transaction (StatementPlans).
        Stats raw = time(() -> transaction.execute(status -> {
            StatementPlans.forTheValues(jdbc);
            List<SearchRepository.Ranked> ranked = jdbc.sql(sql).params(params)
                    .query((rs, row) -> new SearchRepository.Ranked(SearchType.valueOf(rs.getString("type")),
                            rs.getLong("id"), rs.getDouble("rank")))
                    .list();
            for (SearchType type : SearchType.values()) {
                List<Long> ids = ranked.stream().filter(hit -> hit.type() == type).map(SearchRepository.Ranked::id)
                        .toList();
                switch (type) {
                    case ARTICLE -> repository.articleHits(ids, query.text());
                    case CLAIM -> repository.claimHits(ids, query.text());
                    case SOURCE -> repository.sourceHits(ids, query.text());
                }
            }
            return ranked;
        }));
        report("search, " + name, app, raw);
        explain("search, " + name + " (ranking statement)", sql, params);
    }

    private void similarCase() {
        List<UUID> sample = jdbc.sql("""
                        select public_id from claim where merged_into is null order by hashtext(public_id::text)
                         limit 50""").query(UUID.class).list();
        int[] next = {0};
        Stats app = time(() -> duplicates.similarTo(sample.get(next[0]++ % sample.size())));
        List<Map.Entry<String, Map<String, Object>>> statements = sample.stream()
                .map(id -> similarProbe.statement(id, DuplicateService.SHOWN)).toList();
        next[0] = 0;
        Stats raw = time(() -> transaction.execute(status -> {
            StatementPlans.forTheValues(jdbc);
            Map.Entry<String, Map<String, Object>> statement = statements.get(next[0]++ % statements.size());
            return jdbc.sql(statement.getKey()).params(statement.getValue())
                    .query((rs, row) -> rs.getString("statement")).list();
        }));
        report("similar claims of one claim (50 claims in turn)", app, raw);
        explain("similar claims of one claim", statements.getFirst().getKey(), statements.getFirst().getValue());
        int found = 0;
        for (UUID claimId : sample) {
            found += duplicates.similarTo(claimId).size();
        }
        System.out.printf("SEARCH BENCHMARK: similar claims listed per claim: %.1f on average%n",
                found / (double) sample.size());
    }

    private record Stats(double median, double p95) {
    }

    private Stats time(Supplier<?> run) {
        for (int round = 0; round < WARM_UP; round++) {
            run.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < RUNS; round++) {
            long started = System.nanoTime();
            run.get();
            nanos.add(System.nanoTime() - started);
        }
        nanos.sort(Long::compare);
        return new Stats(nanos.get(RUNS / 2) / 1e6, nanos.get((int) Math.ceil(RUNS * 0.95) - 1) / 1e6);
    }

    private static void report(String name, Stats app, Stats raw) {
        System.out.printf("SEARCH BENCHMARK: %-52s app p50 %6.1f ms p95 %6.1f ms | SQL alone p50 %6.1f ms p95 %6.1f ms"
                + " | app/SQL p50 %.2f p95 %.2f%n", name, app.median(), app.p95(), raw.median(), raw.p95(),
                app.median() / raw.median(), app.p95() / raw.p95());
    }

    private void explain(String name, String sql, Map<String, Object> params) {
        explained.append("== ").append(name).append("\n").append(sql).append("\n-- values: ").append(params)
                .append("\n");
        jdbc.sql("explain (analyze, buffers) " + sql).params(params).query(String.class).list()
                .forEach(line -> explained.append(line).append('\n'));
        explained.append('\n');
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long articles(String word) {
        return jdbc.sql("select count(*) from article where search @@ websearch_to_tsquery(claimdesk_ts_config(language), :w)")
                .param("w", word).query(Long.class).single();
    }

    private long matches(String word) {
        return jdbc.sql("select count(*) from claim where search @@ websearch_to_tsquery(claimdesk_ts_config(language), :w)")
                .param("w", word).query(Long.class).single();
    }
}
