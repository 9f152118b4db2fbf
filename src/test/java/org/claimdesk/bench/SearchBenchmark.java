package org.claimdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.claimdesk.claim.internal.SimilarClaimsProbe;
import org.claimdesk.insight.DuplicateService;
import org.claimdesk.insight.SearchHit;
import org.claimdesk.insight.SearchQuery;
import org.claimdesk.insight.SearchService;
import org.claimdesk.insight.SearchType;
import org.claimdesk.insight.internal.SearchRepository;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; run it with {@code bench/search.sh}):
 * full-text search and similar claims on a desk of 100,000 claims, 20,000 articles and 100,000 sources.
 * Each case is timed through the service (security, transaction, SQL, mapping) and as its SQL alone; the
 * plans go to {@code target/bench/search-explain.txt}. The generated desk is kept in
 * {@code target/bench/search-postgres}, so a second run measures at once; delete that folder to start afresh.
 */
@ClaimDeskIntegrationTest
@TestPropertySource(properties = {"claimdesk.embedded-db.ephemeral=false",
        "claimdesk.embedded-db.directory=target/bench/search-postgres"})
class SearchBenchmark {

    private static final int CLAIMS = 100_000;
    private static final int ARTICLES = 20_000;
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

    private final StringBuilder explained = new StringBuilder();

    @Test
    void measure() throws IOException {
        generate();
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        try {
            System.out.printf("%nSEARCH BENCHMARK: %d claims, %d articles, %d sources; %d runs after %d warm-up%n",
                    count("claim"), count("article"), count("source"), RUNS, WARM_UP);
            System.out.printf("SEARCH BENCHMARK: 'minister' is in %d claims, 'glyphosate' in %d%n",
                    matches("minister"), matches("glyphosate"));
            searchCase("top 20, common word", SearchQuery.of("minister"));
            searchCase("top 20, common word, claims only",
                    new SearchQuery("minister", Set.of(SearchType.CLAIM), Set.of(), null, null));
            searchCase("top 20, two common words", SearchQuery.of("health minister"));
            searchCase("top 20, rare word", SearchQuery.of("glyphosate"));
            searchCase("top 20, phrase", SearchQuery.of("\"unemployment in Bavaria\""));
            similarCase();
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
        Stats raw = time(() -> {
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
        });
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
        Stats raw = time(() -> {
            Map.Entry<String, Map<String, Object>> statement = statements.get(next[0]++ % statements.size());
            return jdbc.sql(statement.getKey()).params(statement.getValue())
                    .query((rs, row) -> rs.getString("statement")).list();
        });
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
        System.out.printf("SEARCH BENCHMARK: %-58s app median %6.1f ms p95 %6.1f ms | SQL alone median %6.1f ms p95 %6.1f ms"
                + " | app/SQL %.2f%n", name, app.median(), app.p95(), raw.median(), raw.p95(), app.median() / raw.median());
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

    private long matches(String word) {
        return jdbc.sql("select count(*) from claim where search @@ websearch_to_tsquery(claimdesk_ts_config(language), :w)")
                .param("w", word).query(Long.class).single();
    }

    /**
     * The desk, made in set-based statements: 20,000 articles (70 % English, 15 % German, 15 % of unknown
     * language), 100,000 claims with statements from word lists ("The health minister said that
     * unemployment in Bavaria fell by 12 percent last year, according to official statistics."), each
     * anchored in its article, with a review state and, when published, a verdict; 100,000 sources and
     * 150,000 citations with passages. Skipped when the data is there.
     */
    private void generate() {
        if (count("claim") >= CLAIMS) {
            return;
        }
        long started = System.nanoTime();
        jdbc.sql("""
                insert into article (title, publisher, published_at, language, origin, text, text_sha256,
                                     imported_at, updated_at)
                select format('%s %s in %s', (array['Report:','Analysis:','Fact check:','News:'])[1 + g % 4],
                              (array['Budget row','Election debate','Energy plan','Housing crisis','School reform',
                                     'Transport strike','Climate target','Tax dispute'])[1 + (g * 7) % 8],
                              (array['Bavaria','Berlin','Hamburg','Saxony','Hesse','London','Vienna','Ohio'])[1 + (g * 3) % 8]),
                       (array['Daily Courier','Morning Post','Evening Herald','Rundschau','Tagesblatt'])[1 + g % 5],
                       timestamptz '2024-01-01' + g * interval '25 minutes',
                       case when g % 20 < 14 then 'en' when g % 20 < 17 then 'de' end,
                       'SEED',
                       'Bench article ' || g || E'.\\n\\n'
                       || repeat('Officials and experts disagreed about the figures released this week. '
                                 || 'The opposition said the numbers hid the real picture, while the government '
                                 || 'pointed to its record. ', 1 + g % 4),
                       md5('bench-article-' || g) || md5('bench-article-x-' || g),
                       now(), now()
                  from generate_series(1, :articles) g""").param("articles", ARTICLES).update();
        jdbc.sql("""
                with words as (
                    select array['health minister','finance minister','interior minister','mayor','police chief',
                                 'governor','union leader','central bank governor','opposition leader','chancellor',
                                 'president','party chair','city council','trade association','farmers'' union',
                                 'environment agency','school board','hospital director','transport authority',
                                 'energy regulator'] as roles,
                           array['unemployment','inflation','crime','rents','emissions','exports','school funding',
                                 'hospital waiting times','migration','energy prices','wages','tax revenue',
                                 'housing starts','vaccination rates','air pollution','rail delays','broadband coverage',
                                 'child poverty','defence spending','glyphosate use'] as topics,
                           array['Bavaria','Berlin','Hamburg','Saxony','Hesse','the Ruhr','Bremen','Lower Saxony',
                                 'Brandenburg','Thuringia','London','Manchester','Scotland','Wales','Texas','Ohio',
                                 'Ontario','Vienna','Zurich','Munich'] as places,
                           array['rose','fell','doubled','halved','increased','decreased','dropped','climbed'] as verbs,
                           array['last year','since 2020','in the first quarter','over the past decade','this month',
                                 'since the election'] as times,
                           array['official statistics','the statistics office','a government report','the central bank',
                                 'an industry survey','the ministry'] as sources)
                insert into claim (statement, claimant, claim_date, as_of_date, tags, language, created_at, updated_at)
                select format('The %s said that %s in %s %s by %s percent %s, according to %s.',
                              roles[1 + floor(random() * 20)::int],
                              topics[1 + floor(power(random(), 1.6) * 19.999)::int],
                              places[1 + floor(random() * 20)::int], verbs[1 + floor(random() * 8)::int],
                              1 + floor(random() * 60)::int, times[1 + floor(random() * 6)::int],
                              sources[1 + floor(random() * 6)::int]),
                       (array['Daily Courier','Morning Post','Evening Herald','Rundschau','Tagesblatt'])[1 + g % 5],
                       date '2024-01-01' + (g / 400),
                       date '2024-01-01' + (g / 400),
                       string_to_array((array['economy,budget','health,budget','migration,politics','energy,climate',
                                               'housing,social','transport,infrastructure'])[1 + g % 6], ','),
                       null,
                       timestamptz '2024-01-01' + g * interval '5 minutes',
                       timestamptz '2024-01-01' + g * interval '5 minutes'
                  from words, generate_series(1, :claims) g""")
                .param("claims", CLAIMS).update();
        jdbc.sql("""
                insert into appearance (claim_id, article_id, start_offset, end_offset, quote_exact, created_at)
                select c.id, a.id, 0, 13, substr(a.text, 1, 13), c.created_at
                  from claim c
                  join article a on a.text_sha256 = md5('bench-article-' || ((c.id - 1) % :articles + 1))
                                                    || md5('bench-article-x-' || ((c.id - 1) % :articles + 1))
                 where not exists (select 1 from appearance x where x.claim_id = c.id)""")
                .param("articles", ARTICLES).update();
        // an article's text holds the statements of its claims, and a claim takes its article's language
        jdbc.sql("""
                update article a set text = a.text || E'\\n\\n' || s.statements
                  from (select ap.article_id, string_agg(c.statement, ' ' order by c.id) as statements
                          from appearance ap join claim c on c.id = ap.claim_id
                         group by ap.article_id) s
                 where s.article_id = a.id and a.text like 'Bench article %'""").update();
        jdbc.sql("""
                update claim c set language = a.language
                  from appearance ap join article a on a.id = ap.article_id
                 where ap.claim_id = c.id and a.origin = 'SEED' and a.language is not null
                   and a.text like 'Bench article %'""").update();
        jdbc.sql("""
                insert into review (claim_id, state, updated_at)
                select c.id, (array['PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED',
                                    'PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','VERDICT_PROPOSED',
                                    'VERDICT_PROPOSED','IN_RESEARCH','IN_RESEARCH','IN_RESEARCH','DRAFT','DRAFT',
                                    'CORRECTION_IN_PROGRESS','ARCHIVED'])[1 + c.id % 20],
                       c.updated_at
                  from claim c
                on conflict (claim_id) do nothing""").update();
        jdbc.sql("""
                insert into verdict (claim_id, rating_id, rationale, proposed_at)
                select r.claim_id, (select id from rating order by position offset (r.claim_id % 7) limit 1),
                       'Bench rationale.', r.updated_at
                  from review r
                 where r.state in ('PUBLISHED', 'VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS')
                on conflict (claim_id) do nothing""").update();
        jdbc.sql("""
                insert into source (url, title, publisher, accessed_on, created_at, language)
                select 'https://example.org/bench/source-' || g,
                       format('%s on %s', (array['Annual report','Press release','Statistical bulletin','Audit',
                                                 'Parliamentary answer'])[1 + g % 5],
                              (array['unemployment','inflation','crime','rents','emissions','exports','wages',
                                     'tax revenue','migration','energy prices'])[1 + (g * 7) % 10]),
                       (array['Statistics office','Ministry of Finance','Central bank','City council','Eurostat'])[1 + g % 5],
                       date '2024-01-01' + (g / 300), now(),
                       case when g % 20 < 14 then 'en' when g % 20 < 17 then 'de' end
                  from generate_series(1, :claims) g
                on conflict (url) do nothing""").param("claims", CLAIMS).update();
        for (String sourceOf : List.of("c.id % :claims + 1", "(c.id * 7) % :claims + 1")) {
            jdbc.sql("""
                    insert into claim_source (claim_id, source_id, passage, stance, added_at, language)
                    select c.id, s.id,
                           format('The figures for %s show a change of %s percent.',
                                  (array['unemployment','inflation','crime','rents','emissions'])[1 + c.id % 5], c.id % 50),
                           (array['SUPPORTS','REFUTES','CONTEXT'])[1 + c.id % 3], c.created_at, c.language
                      from claim c
                      join source s on s.url = 'https://example.org/bench/source-' || (SOURCE_OF)
                     where c.statement like 'The %' and (SECOND or c.id % 2 = 0)
                    on conflict (claim_id, source_id) do nothing"""
                    .replace("SOURCE_OF", sourceOf).replace("SECOND", sourceOf.startsWith("c.id %") ? "true" : "false"))
                    .param("claims", CLAIMS).update();
        }
        // the language update above left a dead copy of every claim; a desk's tables are not half dead
        jdbc.sql("vacuum full claim").update();
        jdbc.sql("vacuum full article").update();
        jdbc.sql("vacuum analyze").update();
        System.out.printf("%nSEARCH BENCHMARK: generated the desk in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}
