package org.claimdesk.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a benchmark database with a desk's worth of data in a few set-based statements (no row-by-row
 * inserts): 20,000 articles, 100,000 claims (1–10 per article, each with an appearance anchored in its
 * article's text), a review row per claim in realistic proportions, verdicts and published verdicts,
 * 150,000 sources with their links, about 100,000 comments, 200,000 audit entries and 30 reviewer and editor
 * accounts. Statements are built from word lists with skewed picks, so some words are in a large share of them
 * and others in about one in a thousand, as in real text; tags come from a vocabulary of 50. Articles are 70 %
 * English, 15 % German and 15 % of unknown language; claims and passages take their article's language, and the
 * German ones are written in German (the same picks, word list by word list), so that full-text search meets each
 * text-search configuration at its share. Three in ten claims in research came back after a rejection, and every
 * fifth published claim was rejected once before its approval: the rejections are on the review rows and in the
 * audit trail as the app writes them, for the dashboard's agreement panel.
 *
 * <p>Why these volumes: 100,000 claims over 20,000 articles is the size issue 4 sets for the desk, a few years
 * of a busy fact-checking team; the other tables are sized in proportion to what the app writes per claim
 * (sources and their links, a discussion on the claims being worked on, audit entries), so that every index a
 * queue page or a save touches has a realistic depth and selectivity. Why the skew: the cost of a filter or
 * a sort depends on how many rows match and where they stand, and real data is never uniform (a few states,
 * tags and words are very common, most are rare); uniform data would hide slow plans.
 *
 * <p>Everything is written in one transaction, so a failed run leaves nothing behind, and a database that
 * already holds the data (the account {@value #MARKER} exists) is left as it is. Random values come from
 * a fixed seed; they are repeatable on the same PostgreSQL version, not across versions.
 */
public final class BenchData {

    /** The first generated account; its presence means the data is there. */
    public static final String MARKER = "bench-reviewer-01";

    public static final int ARTICLES = 20_000;
    public static final int CLAIMS = 100_000;
    public static final int SOURCES = 150_000;
    /** Two per claim: its "created" entry and one more; enough for the audit table's indexes to be three levels deep. */
    public static final int AUDIT_ENTRIES = 200_000;
    /** The comment step deals out about 100,000 (see COMMENT_PLAN_SQL); fewer than this means it went wrong. */
    public static final int COMMENTS_AT_LEAST = 80_000;

    /** What the generator did, and what the database holds afterwards. */
    public record Outcome(boolean generated, double seconds, Map<String, Long> rows) {

        public String describe() {
            StringBuilder text = new StringBuilder(generated
                    ? String.format("generated in %.1f s (including VACUUM ANALYZE):", seconds)
                    : "already present, not generated again:");
            rows.forEach((table, count) -> text.append(' ').append(table).append('=').append(count));
            return text.toString();
        }
    }

    private BenchData() {
    }

    /**
     * Generates the data unless it is there. {@code passwordHash} is stored for the generated accounts
     * (a hash of a random password nobody knows, so they cannot sign in); the clock's today places due
     * and re-check dates around it. Throws if anything fails or the result is short of the intended volume.
     */
    public static Outcome ensure(JdbcClient jdbc, TransactionTemplate transaction, String passwordHash, Clock clock) {
        long started = System.nanoTime();
        boolean present = jdbc.sql("select exists (select 1 from user_account where username = :marker)")
                .param("marker", MARKER).query(Boolean.class).single();
        if (!present) {
            transaction.executeWithoutResult(status -> generate(jdbc, passwordHash, clock));
            // outside the transaction: VACUUM refuses to run in one; it also keeps autovacuum out of the measurements
            jdbc.sql("vacuum (analyze)").update();
            // writes the gigabyte just loaded to disk now, not in a checkpoint during the first measurements
            jdbc.sql("checkpoint").update();
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : new String[] {"article", "claim", "appearance", "review", "verdict", "published_verdict",
                "correction", "source", "claim_source", "verdict_source", "comment", "audit_entry", "user_account"}) {
            rows.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        if (rows.get("claim") < CLAIMS || rows.get("article") < ARTICLES || rows.get("source") < SOURCES
                || rows.get("audit_entry") < AUDIT_ENTRIES || rows.get("comment") < COMMENTS_AT_LEAST) {
            throw new IllegalStateException("Benchmark data is incomplete: " + rows);
        }
        return new Outcome(!present, (System.nanoTime() - started) / 1e9, rows);
    }

    /** The tables the generator fills; their secondary indexes are dropped first and built again afterwards. */
    private static final List<String> FILLED = List.of("article", "claim", "appearance", "review", "verdict",
            "published_verdict", "correction", "source", "claim_source", "verdict_source", "comment", "audit_entry",
            "audit_search");

    private static void generate(JdbcClient jdbc, String passwordHash, Clock clock) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        params.put("today", LocalDate.now(clock));
        params.put("hash", passwordHash);
        params.put("articles", ARTICLES);
        params.put("claims", CLAIMS);
        params.put("sources", SOURCES);
        params.put("audit", AUDIT_ENTRIES);
        params.put("tables", FILLED.toArray(String[]::new));
        // Bulk-load settings for this transaction only. The replica role skips the foreign-key triggers (as
        // pg_restore does); the rows are consistent by construction and checked below. It needs a superuser,
        // which the embedded database's user is.
        step(jdbc, "set local session_replication_role = replica", params);
        step(jdbc, "set local maintenance_work_mem = '256MB'", params);
        step(jdbc, "set local work_mem = '64MB'", params);
        step(jdbc, "select setseed(0.4242)", params);
        // the audit search indexer, which runs in the app, skips its turns until this transaction ends (it would
        // otherwise hold the progress row while waiting for the tables whose indexes are dropped below: a deadlock)
        step(jdbc, "select 1 from audit_search_progress for update", params);
        // Building an index once is much faster than updating it row by row (the trigram index above all).
        List<Index> indexes = jdbc.sql("""
                        select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
                          from pg_index i join pg_class t on t.oid = i.indrelid
                         where t.relname = any(:tables) and t.relnamespace = 'public'::regnamespace
                           and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)""")
                .param("tables", FILLED.toArray(String[]::new))
                .query(Index.class).list();
        for (Index index : indexes) {
            jdbc.sql("drop index " + index.name()).update();
        }
        for (String sql : List.of(BASE_SQL, ACCOUNTS_SQL, PEOPLE_SQL, ARTICLE_PLAN_SQL, CLAIM_PLAN_SQL, CLAIM_TEXT_SQL,
                ARTICLE_TEXT_SQL, ARTICLES_SQL, CLAIMS_SQL, APPEARANCES_SQL, REVIEWS_SQL, VERDICTS_SQL, PUBLISHED_SQL,
                CORRECTIONS_SQL, SOURCES_SQL, CLAIM_SOURCES_SQL, VERDICT_SOURCES_SQL, COMMENT_PLAN_SQL, COMMENTS_SQL,
                REPLIES_SQL, AUDIT_SQL, REJECTED_ROUNDS_SQL, FIRST_PUBLICATIONS_SQL,
                AUDIT_SEARCH_SQL)) {
            step(jdbc, sql, params);
        }
        long started = System.nanoTime();
        for (Index index : indexes) {
            jdbc.sql(index.definition()).update();
        }
        System.out.printf("BENCH DATA: %5.1f s  %d secondary indexes built again%n", (System.nanoTime() - started) / 1e9,
                indexes.size());
        for (String table : List.of("article", "claim", "verdict", "published_verdict", "source", "comment")) {
            step(jdbc, "select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))",
                    params);
        }
        String orphans = jdbc.sql(ORPHANS_SQL).query(String.class).single();
        if (!orphans.isEmpty()) {
            throw new IllegalStateException("The generated rows break foreign keys: " + orphans);
        }
    }

    record Index(String name, String definition) {
    }

    private static void step(JdbcClient jdbc, String statement, Map<String, Object> params) {
        String sql = PICK.matcher(statement.replace("bench_vocab v", "(" + VOCABULARY + ") v"))
                .replaceAll("$1[1 + floor(power(random(), $2) * array_length($1, 1))::int]");
        Map<String, Object> used = new HashMap<>();
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                used.put(name, value);
            }
        });
        long started = System.nanoTime();
        if (sql.startsWith("select")) {
            jdbc.sql(sql).params(used).query().rowSet();
        } else {
            jdbc.sql(sql).params(used).update();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (seconds >= 0.5) {
            System.out.printf("BENCH DATA: %5.1f s  %s%n", seconds, statement.strip().lines().findFirst().orElse(""));
        }
    }

    /**
     * {@code pick(v.words, skew)}: one of the words, skewed towards the start of the list (skew 1 is uniform,
     * 2 makes the first word about 14 times as likely as the last of 50). Written inline, not as a function,
     * so that the lists stay constants in the plan.
     */
    private static final Pattern PICK = Pattern.compile("pick\\((v\\.\\w+), ([0-9.]+)\\)");

    /** Counts rows whose references point nowhere, for the foreign keys the replica role did not check. */
    private static final String ORPHANS_SQL = """
            select concat_ws(' ',
                   (select 'appearance.claim=' || count(*) from appearance a where not exists (select 1 from claim c where c.id = a.claim_id) having count(*) > 0),
                   (select 'appearance.article=' || count(*) from appearance a where not exists (select 1 from article r where r.id = a.article_id) having count(*) > 0),
                   (select 'review.claim=' || count(*) from review a where not exists (select 1 from claim c where c.id = a.claim_id) having count(*) > 0),
                   (select 'review.assignee=' || count(*) from review a where a.assignee_id is not null and not exists (select 1 from user_account u where u.id = a.assignee_id) having count(*) > 0),
                   (select 'verdict.claim=' || count(*) from verdict a where not exists (select 1 from claim c where c.id = a.claim_id) having count(*) > 0),
                   (select 'published_verdict.claim=' || count(*) from published_verdict a where not exists (select 1 from claim c where c.id = a.claim_id) having count(*) > 0),
                   (select 'correction.previous=' || count(*) from correction a where not exists (select 1 from published_verdict p where p.id = a.previous_id) having count(*) > 0),
                   (select 'claim_source.claim=' || count(*) from claim_source a where not exists (select 1 from claim c where c.id = a.claim_id) having count(*) > 0),
                   (select 'claim_source.source=' || count(*) from claim_source a where not exists (select 1 from source s where s.id = a.source_id) having count(*) > 0),
                   (select 'verdict_source.source=' || count(*) from verdict_source a where not exists (select 1 from source s where s.id = a.source_id) having count(*) > 0),
                   (select 'claim.created_by=' || count(*) from claim a where a.created_by is not null and not exists (select 1 from user_account u where u.id = a.created_by) having count(*) > 0),
                   (select 'comment.claim=' || count(*) from comment a where not exists (select 1 from claim c where c.public_id = a.claim_public_id) having count(*) > 0),
                   (select 'comment.parent=' || count(*) from comment a where a.parent_id is not null and not exists (select 1 from comment p where p.id = a.parent_id and p.parent_id is null) having count(*) > 0),
                   (select 'comment.author=' || count(*) from comment a where not exists (select 1 from user_account u where u.id = a.author_id) having count(*) > 0))""";

    private static final String ACCOUNTS_SQL = """
            insert into user_account (username, display_name, email, password_hash, role, created_at)
            select format('bench-%s-%s', case when g <= 24 then 'reviewer' else 'editor' end,
                          lpad((case when g <= 24 then g else g - 24 end)::text, 2, '0')),
                   (array['Anna', 'Ben', 'Chiara', 'David', 'Elif', 'Farid', 'Greta', 'Hannes', 'Ines', 'Jonas',
                          'Katja', 'Lukas', 'Mira', 'Nils', 'Olga', 'Pavel', 'Rana', 'Sven', 'Tomasz', 'Ulla'])[1 + (g * 7) % 20]
                       || ' ' ||
                   (array['Schmidt', 'Nowak', 'Rossi', 'Yilmaz', 'Berger', 'Kowalski', 'Fischer', 'Haddad', 'Lindqvist',
                          'Meyer', 'Petrov', 'Novak', 'Weber', 'Moreau', 'Jansen', 'Costa', 'Keller', 'Horvat',
                          'Andersen', 'Wagner', 'Dubois', 'Kaya', 'Vogel', 'Brandt', 'Sousa'])[1 + (g * 11) % 25],
                   format('bench-%s@claimdesk.invalid', g), :hash,
                   case when g <= 24 then 'REVIEWER' else 'EDITOR' end, :now - interval '800 days'
              from generate_series(1, 30) g""";

    /** Who does the work: the generated accounts plus the demo reviewer, so that "Mine" has work for them. */
    private static final String PEOPLE_SQL = """
            create temp table bench_people on commit drop as
            select array_agg(id order by id) filter (where username like 'bench-%' or username = 'reviewer') as workers,
                   array_agg(username order by id) filter (where username like 'bench-%' or username = 'reviewer') as worker_names,
                   array_agg(id order by id) filter (where username like 'bench-editor-%' or username = 'editor') as editors
              from user_account""";

    /** Word lists, as one row of constant arrays that the statements below join as {@code v}. */
    private static final String VOCABULARY = """
            select
              array['The health minister', 'The opposition leader', 'A government spokesperson', 'The chancellor',
                    'The finance minister', 'A viral social media post', 'The interior minister', 'The party leader',
                    'The mayor', 'A regional premier', 'The central bank', 'A trade union', 'An MEP', 'The prime minister',
                    'A campaign leaflet', 'The environment minister', 'A talk show guest', 'The labour minister',
                    'A think tank', 'The transport minister', 'An industry association', 'The defence minister',
                    'A candidate for mayor', 'The education minister', 'A widely shared video', 'The president',
                    'A farmers association', 'A tabloid newspaper', 'The police union', 'The foreign minister'] as subjects,
              array['said', 'claimed', 'stated', 'told reporters', 'wrote', 'argued', 'suggested', 'insisted',
                    'told parliament', 'posted', 'said in an interview', 'repeated'] as verbs,
              array['unemployment', 'the number of asylum applications', 'violent crime', 'rents', 'child poverty',
                    'energy prices', 'public debt', 'the number of teachers', 'vaccination rates', 'hospital waiting times',
                    'coal imports', 'wind power capacity', 'the minimum wage', 'food prices', 'youth unemployment',
                    'the number of deportations', 'petrol prices', 'spending on defence', 'tax revenue', 'emissions',
                    'the birth rate', 'homelessness', 'the number of nurses', 'electricity exports', 'pension payments',
                    'burglaries', 'the number of doctors', 'gas storage levels', 'housing construction', 'inflation',
                    'knife crime', 'the number of refugees', 'school dropouts', 'broadband coverage', 'train delays',
                    'imports from China', 'arms exports', 'the murder rate', 'life expectancy', 'obesity rates',
                    'government spending on migrants', 'the deficit', 'heat deaths', 'forest loss', 'electric car sales',
                    'the number of civil servants', 'sick days', 'church membership', 'voter turnout', 'wages'] as metrics,
              array['Germany', 'Berlin', 'Bavaria', 'the European Union', 'Hamburg', 'Poland', 'France', 'Saxony',
                    'North Rhine-Westphalia', 'Austria', 'Italy', 'Spain', 'Cologne', 'Munich', 'Hesse', 'Thuringia',
                    'the Netherlands', 'Sweden', 'Brandenburg', 'Frankfurt', 'Baden-Wuerttemberg', 'Lower Saxony',
                    'Leipzig', 'Dresden', 'Denmark', 'Czechia', 'Hungary', 'Belgium', 'Switzerland', 'Greece',
                    'Romania', 'Portugal', 'Bremen', 'Stuttgart', 'Saarland', 'Rhineland-Palatinate', 'Ireland',
                    'Finland', 'Croatia', 'Slovakia', 'Estonia', 'Latvia', 'Lithuania', 'Slovenia', 'Bulgaria',
                    'Luxembourg', 'Malta', 'Cyprus', 'Mecklenburg-Western Pomerania', 'Schleswig-Holstein'] as places,
              array['rose by', 'fell by', 'doubled to', 'increased by', 'dropped to', 'reached', 'stayed below',
                    'grew by', 'halved to', 'climbed to', 'shrank by', 'tripled to'] as changes,
              array['percent', 'million euros', 'thousand people', 'billion euros', 'percent of households',
                    'cases per 100,000 residents', 'percentage points', 'thousand jobs', 'million tonnes',
                    'percent of the population', 'euros a month', 'thousand applications'] as units,
              array['last year', 'since 2015', 'between 2019 and 2024', 'in the first quarter', 'over the past decade',
                    'in 2023', 'since the pandemic', 'under the current government', 'in the last five years',
                    'since 2010', 'this year', 'compared with 2022', 'within a year', 'since the war in Ukraine began'] as periods,
              array['more than in any other country in Europe', 'according to official statistics',
                    'the highest level since reunification', 'while the government did nothing',
                    'because of the new law', 'the lowest figure on record', 'citing a study by the OECD',
                    'according to the federal statistics office', 'which the opposition called a scandal',
                    'despite record tax revenue', 'a figure the government disputes', 'according to Eurostat',
                    'more than the previous government managed', 'because of immigration', 'due to sanctions',
                    'according to a leaked report', 'citing figures from the labour agency',
                    'as a result of the energy crisis', 'while wages stagnated', 'unlike in neighbouring countries',
                    'according to a study by a university', 'a trend that experts expect to continue',
                    'according to the interior ministry', 'the worst result in the EU',
                    'as the budget office confirmed', 'according to insurers', 'which cost taxpayers billions',
                    'as the government admitted', 'according to the World Health Organization', 'a record high'] as tails,
              array['glyphosate', 'asbestos', 'microplastics', 'lithium', 'measles', 'cobalt', 'fentanyl', 'radon',
                    'sturgeon', 'tungsten', 'legionella', 'nitrates', 'hantavirus', 'ragweed', 'graphite', 'mercury',
                    'beavers', 'wolves', 'truffles', 'hydrogen', 'ammonia', 'bedbugs', 'salmonella', 'uranium',
                    'phosphate', 'cannabis', 'e-scooters', 'heat pumps', 'solar panels', 'drones', 'cryptocurrency',
                    'deepfakes', 'chatbots', 'pesticides', 'fluoride', 'tick-borne encephalitis', 'monkeypox', 'rabies',
                    'palm oil', 'antibiotics', 'oysters', 'bark beetles', 'lynxes', 'blue-green algae', 'nuclear waste',
                    'wildfires', 'landslides', 'hailstorms', 'ticks', 'mosquitoes', 'starlings', 'sea ice', 'peat bogs',
                    'gravel pits', 'landfill gas', 'ozone', 'black ice', 'smog', 'rare earths', 'desalination'] as rare,
              array['Officials did not respond to a request for comment.', 'The figure was quoted several times during the debate.',
                    'Critics called the statement misleading.', 'The remark was widely shared online.',
                    'The ministry later published a statement.', 'Opposition politicians questioned the numbers.',
                    'The claim was repeated at a press conference.', 'Several newspapers reported on the remarks.',
                    'The statement came during a heated exchange.', 'Supporters applauded the remarks.',
                    'Experts say the data are incomplete.', 'The figures have not been independently verified.'] as fillers,
              array['health', 'economy', 'migration', 'climate', 'energy', 'crime', 'education', 'elections', 'covid-19',
                    'housing', 'labour', 'taxes', 'budget', 'defence', 'foreign-policy', 'eu', 'russia', 'ukraine', 'china',
                    'trade', 'transport', 'agriculture', 'environment', 'pensions', 'social-welfare', 'science',
                    'technology', 'media', 'religion', 'gender', 'justice', 'police', 'refugees', 'inflation', 'wages',
                    'unemployment', 'healthcare', 'vaccines', 'air-pollution', 'renewables', 'nuclear', 'coal', 'water',
                    'tourism', 'sports', 'culture', 'digital', 'fake-images', 'statistics', 'history'] as tags,
              array['Olaf Scholz', 'Friedrich Merz', 'Alice Weidel', 'Robert Habeck', 'Christian Lindner', 'Markus Soeder',
                    'Sahra Wagenknecht', 'Karl Lauterbach', 'Nancy Faeser', 'Annalena Baerbock', 'Ursula von der Leyen',
                    'Boris Pistorius', 'Hubertus Heil', 'a Facebook user', 'an X user', 'a TikTok video', 'a local councillor',
                    'a party spokesperson', 'a trade union leader', 'an economist'] as claimants,
              array['dpa', 'Reuters', 'Der Spiegel', 'Die Zeit', 'Sueddeutsche Zeitung', 'FAZ', 'taz', 'Bild', 'Tagesschau',
                    'ZDF heute', 'Deutsche Welle', 'Handelsblatt', 'Focus', 'Stern', 'RND', 't-online'] as publishers,
              array['destatis.de', 'ec.europa.eu', 'oecd.org', 'bundestag.de', 'who.int', 'arbeitsagentur.de',
                    'bundesbank.de', 'umweltbundesamt.de', 'rki.de', 'bmi.bund.de', 'eurostat.ec.europa.eu', 'iab.de',
                    'diw.de', 'ifo.de', 'statista.com', 'ourworldindata.org', 'bpb.de', 'bamf.de', 'bka.de', 'kba.de'] as domains,
              array['Annual report', 'Statistical yearbook', 'Press release', 'Data table', 'Working paper', 'Fact sheet',
                    'Monthly bulletin', 'Survey results', 'Parliamentary answer', 'Briefing note'] as doc_kinds,
              array['Anna Berg', 'Jan Hoffmann', 'Lea Wolf', 'Tim Krause', 'Sara Yildiz', 'Max Lehmann', 'Nora Schulz',
                    'Paul Richter', 'Eva Braun-Klein', 'Ole Jensen'] as authors,
              array['Found the original table; the figure is for a different year.', 'Can you check the 2019 figure?',
                    'The ministry confirmed the number by phone, waiting for it in writing.',
                    'Eurostat has a series for this, see the new source.', 'The claimant has said this before, in March.',
                    'I would rate this misleading rather than false: the number is right, the comparison is not.',
                    'The quote in the article is shortened; the full interview says more.', 'Agreed.',
                    'Asked the press office for their source, no answer yet.', 'The statistics office revised this in May.',
                    'Which definition of unemployment do they use?', 'Looks like the same claim as last week, merging?',
                    'Source 2 is paywalled; the archive snapshot has the table.', 'Please add the date of the speech.',
                    'The chart in the post cuts off the y-axis.', 'Two experts say the figure cannot be right.',
                    'Rationale reads well now, thanks.', 'The per-capita figure tells a different story.',
                    'Let us wait for the official release on Friday.', 'Done, sources updated.'] as remarks,
              -- German, item for item as the English lists above (rare words: the first 20, repeated), for the claims
              -- of German articles, so that the German text-search configuration and its stemmer meet real German
              array['Der Gesundheitsminister', 'Der Oppositionsführer', 'Ein Regierungssprecher', 'Der Bundeskanzler',
                    'Der Finanzminister', 'Ein viraler Beitrag in sozialen Medien', 'Die Innenministerin',
                    'Die Parteivorsitzende', 'Der Bürgermeister', 'Ein Ministerpräsident', 'Die Bundesbank',
                    'Eine Gewerkschaft', 'Eine Europaabgeordnete', 'Der Regierungschef', 'Ein Wahlkampfflyer',
                    'Die Umweltministerin', 'Ein Talkshow-Gast', 'Der Arbeitsminister', 'Eine Denkfabrik',
                    'Der Verkehrsminister', 'Ein Industrieverband', 'Der Verteidigungsminister',
                    'Eine Bürgermeisterkandidatin', 'Die Bildungsministerin', 'Ein vielfach geteiltes Video',
                    'Der Bundespräsident', 'Ein Bauernverband', 'Eine Boulevardzeitung', 'Die Polizeigewerkschaft',
                    'Die Außenministerin'] as de_subjects,
              array['sagte', 'behauptete', 'erklärte', 'sagte vor Journalisten', 'schrieb', 'argumentierte', 'legte nahe',
                    'beharrte darauf', 'sagte im Bundestag', 'postete', 'sagte in einem Interview', 'wiederholte'] as de_verbs,
              array['die Arbeitslosigkeit', 'die Zahl der Asylanträge', 'die Gewaltkriminalität', 'die Mieten',
                    'die Kinderarmut', 'die Energiepreise', 'die Staatsverschuldung', 'die Zahl der Lehrkräfte',
                    'die Impfquote', 'die Wartezeiten in Krankenhäusern', 'die Kohleimporte', 'die Leistung der Windkraft',
                    'der Mindestlohn', 'die Lebensmittelpreise', 'die Jugendarbeitslosigkeit', 'die Zahl der Abschiebungen',
                    'die Benzinpreise', 'die Verteidigungsausgaben', 'die Steuereinnahmen', 'die Emissionen',
                    'die Geburtenrate', 'die Obdachlosigkeit', 'die Zahl der Pflegekräfte', 'die Stromexporte',
                    'die Rentenzahlungen', 'die Zahl der Einbrüche', 'die Zahl der Ärzte', 'die Füllstände der Gasspeicher',
                    'der Wohnungsbau', 'die Inflation', 'die Messerkriminalität', 'die Zahl der Geflüchteten',
                    'die Zahl der Schulabbrecher', 'die Breitbandversorgung', 'die Zugverspätungen', 'die Importe aus China',
                    'die Rüstungsexporte', 'die Mordrate', 'die Lebenserwartung', 'die Fettleibigkeit',
                    'die Ausgaben des Staates für Migranten', 'das Defizit', 'die Zahl der Hitzetoten', 'der Waldverlust',
                    'der Absatz von Elektroautos', 'die Zahl der Beamten', 'die Krankheitstage',
                    'die Zahl der Kirchenmitglieder', 'die Wahlbeteiligung', 'die Löhne'] as de_metrics,
              array['Deutschland', 'Berlin', 'Bayern', 'der Europäischen Union', 'Hamburg', 'Polen', 'Frankreich', 'Sachsen',
                    'Nordrhein-Westfalen', 'Österreich', 'Italien', 'Spanien', 'Köln', 'München', 'Hessen', 'Thüringen',
                    'den Niederlanden', 'Schweden', 'Brandenburg', 'Frankfurt', 'Baden-Württemberg', 'Niedersachsen',
                    'Leipzig', 'Dresden', 'Dänemark', 'Tschechien', 'Ungarn', 'Belgien', 'der Schweiz', 'Griechenland',
                    'Rumänien', 'Portugal', 'Bremen', 'Stuttgart', 'dem Saarland', 'Rheinland-Pfalz', 'Irland',
                    'Finnland', 'Kroatien', 'der Slowakei', 'Estland', 'Lettland', 'Litauen', 'Slowenien', 'Bulgarien',
                    'Luxemburg', 'Malta', 'Zypern', 'Mecklenburg-Vorpommern', 'Schleswig-Holstein'] as de_places,
              array['stieg um', 'sank um', 'verdoppelte sich auf', 'erhöhte sich um', 'fiel auf', 'erreichte', 'blieb unter',
                    'wuchs um', 'halbierte sich auf', 'kletterte auf', 'schrumpfte um', 'verdreifachte sich auf'] as de_changes,
              array['Prozent', 'Millionen Euro', 'tausend Menschen', 'Milliarden Euro', 'Prozent der Haushalte',
                    'Fälle je 100.000 Einwohner', 'Prozentpunkte', 'tausend Arbeitsplätze', 'Millionen Tonnen',
                    'Prozent der Bevölkerung', 'Euro im Monat', 'tausend Anträge'] as de_units,
              array['im vergangenen Jahr', 'seit 2015', 'zwischen 2019 und 2024', 'im ersten Quartal',
                    'im vergangenen Jahrzehnt', 'im Jahr 2023', 'seit der Pandemie', 'unter der aktuellen Regierung',
                    'in den letzten fünf Jahren', 'seit 2010', 'in diesem Jahr', 'im Vergleich zu 2022',
                    'innerhalb eines Jahres', 'seit Beginn des Krieges in der Ukraine'] as de_periods,
              array['mehr als in jedem anderen Land Europas', 'laut amtlicher Statistik',
                    'der höchste Stand seit der Wiedervereinigung', 'während die Regierung nichts tat',
                    'wegen des neuen Gesetzes', 'der niedrigste Wert seit Beginn der Aufzeichnungen',
                    'unter Berufung auf eine Studie der OECD', 'laut Statistischem Bundesamt',
                    'was die Opposition einen Skandal nannte', 'trotz Rekordsteuereinnahmen',
                    'eine Zahl, die die Regierung bestreitet', 'laut Eurostat', 'mehr als die Vorgängerregierung schaffte',
                    'wegen der Zuwanderung', 'wegen der Sanktionen', 'laut einem durchgesickerten Bericht',
                    'unter Berufung auf Zahlen der Arbeitsagentur', 'als Folge der Energiekrise',
                    'während die Löhne stagnierten', 'anders als in den Nachbarländern',
                    'laut einer Studie einer Universität', 'ein Trend, der sich laut Fachleuten fortsetzen wird',
                    'laut Innenministerium', 'das schlechteste Ergebnis in der EU', 'wie das Haushaltsbüro bestätigte',
                    'laut Versicherern', 'was die Steuerzahler Milliarden kostete', 'wie die Regierung einräumte',
                    'laut Weltgesundheitsorganisation', 'ein Rekordhoch'] as de_tails,
              array['Glyphosat', 'Asbest', 'Mikroplastik', 'Lithium', 'Masern', 'Kobalt', 'Fentanyl', 'Radon', 'Störe',
                    'Wolfram', 'Legionellen', 'Nitrat', 'Hantaviren', 'Ambrosia', 'Graphit', 'Quecksilber', 'Biber',
                    'Wölfe', 'Trüffel', 'Wasserstoff'] as de_rare,
              array['Die Behörden reagierten nicht auf eine Anfrage.', 'Die Zahl wurde in der Debatte mehrfach zitiert.',
                    'Kritiker nannten die Aussage irreführend.', 'Die Äußerung wurde im Netz vielfach geteilt.',
                    'Das Ministerium veröffentlichte später eine Stellungnahme.',
                    'Politiker der Opposition zweifelten die Zahlen an.',
                    'Die Behauptung wurde auf einer Pressekonferenz wiederholt.',
                    'Mehrere Zeitungen berichteten über die Äußerungen.',
                    'Die Aussage fiel während eines hitzigen Wortwechsels.', 'Anhänger applaudierten.',
                    'Fachleute sagen, die Daten seien unvollständig.',
                    'Die Zahlen wurden nicht unabhängig überprüft.'] as de_fillers""";

    /** The highest ids before generation: generated rows get ids base + n, so the statements can refer to each other's rows. */
    private static final String BASE_SQL = """
            create temp table bench_base on commit drop as select
              (select coalesce(max(id), 0) from article) as article, (select coalesce(max(id), 0) from claim) as claim,
              (select coalesce(max(id), 0) from verdict) as verdict,
              (select coalesce(max(id), 0) from published_verdict) as published,
              (select coalesce(max(id), 0) from source) as source,
              (select coalesce(max(id), 0) from comment) as comment""";

    /** Per article: how many claims (a pattern of 1–10 that averages exactly 5, dealt out at random) and when. */
    private static final String ARTICLE_PLAN_SQL = """
            create temp table bench_article on commit drop as
            select n, (array[1, 10, 3, 8, 5, 6, 2, 9, 4, 2])[1 + (row_number() over (order by random()))::int % 10] as claims,
                   imported_at, publisher, author, topic, place
              from (select n, :now - interval '730 days' * power(random(), 0.8) as imported_at,
                           pick(v.publishers, 1.4) as publisher,
                           pick(v.authors, 1.0) as author,
                           pick(v.metrics, 1.8) as topic, pick(v.places, 2.2) as place
                      from generate_series(1, :articles) n cross join bench_vocab v) a""";

    /**
     * Per claim: its parts of speech and its place in the workflow. States: 55 % published, 10 % verdict
     * proposed, 15 % in research, 10 % draft, 5 % correction in progress, 5 % archived.
     */
    private static final String CLAIM_PLAN_SQL = """
            create temp table bench_claim on commit drop as
            select s.*,
                   case when state in ('VERDICT_PROPOSED', 'PUBLISHED', 'CORRECTION_IN_PROGRESS')
                          or state_before_archive = 'PUBLISHED' then
                        case when rr < 0.28 then 'FALSE' when rr < 0.45 then 'MOSTLY_FALSE' when rr < 0.57 then 'MISLEADING'
                             when rr < 0.71 then 'MIXED' when rr < 0.83 then 'MOSTLY_TRUE' when rr < 0.95 then 'TRUE'
                             else 'UNVERIFIABLE' end end as rating_code,
                   case when state in ('DRAFT', 'ARCHIVED') and random() < 0.5 then null
                        when state = 'IN_RESEARCH' and random() < 0.05 then null
                        when state = 'CORRECTION_IN_PROGRESS' and random() < 0.2 then null
                        when state = 'PUBLISHED' and random() < 0.1 then null
                        else 1 + floor(power(random(), 1.3) * array_length(p.workers, 1))::int end as worker,
                   1 + floor(random() * array_length(p.workers, 1))::int as author,
                   p.editors[1 + floor(random() * array_length(p.editors, 1))::int] as editor,
                   case when state in ('DRAFT', 'IN_RESEARCH', 'VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS')
                             and random() < case state when 'DRAFT' then 0.4 when 'IN_RESEARCH' then 0.8
                                                       when 'VERDICT_PROPOSED' then 0.8 else 0.7 end
                        then :today + (floor(random() * 45)::int - 15) end as due_on,
                   case when state = 'PUBLISHED' and random() < 0.055 then :today + (floor(random() * 360)::int - 60)
                        when state = 'CORRECTION_IN_PROGRESS' and random() < 0.05 then :today + floor(random() * 90)::int
                   end as recheck_on,
                   case when state in ('DRAFT', 'IN_RESEARCH', 'VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS')
                        then greatest(created_at, :now - interval '45 days' * power(random(), 1.5))
                        else created_at + (:now - created_at) * power(random(), 2) end as updated_at
              from (select c.*,
                           case when c.rs < 0.55 then 'PUBLISHED' when c.rs < 0.65 then 'VERDICT_PROPOSED'
                                when c.rs < 0.80 then 'IN_RESEARCH' when c.rs < 0.90 then 'DRAFT'
                                when c.rs < 0.95 then 'CORRECTION_IN_PROGRESS' else 'ARCHIVED' end as state,
                           case when c.rs >= 0.95 then (array['DRAFT', 'IN_RESEARCH', 'PUBLISHED', 'PUBLISHED'])[1 + floor(random() * 4)::int]
                           end as state_before_archive,
                           random() as rr
                      from (select row_number() over (order by a.imported_at, a.n, o.ordinal) as n,
                                   a.n as article_n, o.ordinal, random() as rs,
                                   least(:now, a.imported_at + interval '3 days' * random()) as created_at,
                                   pick(v.fillers, 1.0) as filler,
                                   case when random() < 0.35 then pick(v.subjects, 1.6) || ' ' || pick(v.verbs, 1.5)
                                        || ' that ' end as lead,
                                   pick(v.metrics, 1.8) as metric, pick(v.places, 2.2) as place,
                                   pick(v.changes, 1.0) as change,
                                   case when random() < 0.5 then (1 + floor(power(random(), 2) * 300)::int)::text
                                        else to_char(random() * 100, 'FM990.0') end as amount,
                                   pick(v.units, 1.5) as unit, pick(v.periods, 1.3) as period,
                                   case when random() < 0.45 then ', ' || pick(v.tails, 1.8) else '' end as tail,
                                   case when random() < 0.06 then ', blaming ' || pick(v.rare, 1.0) else '' end as rare,
                                   case when random() < 0.85 then pick(v.claimants, 1.7) end as claimant,
                                   case when random() < 0.9 then (a.imported_at - interval '20 days' * random())::date end as claim_date,
                                   (array['LOW', 'LOW', 'LOW', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL',
                                          'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'HIGH', 'HIGH', 'HIGH',
                                          'URGENT'])[1 + floor(random() * 20)::int] as priority,
                                   (select coalesce(array_agg(distinct x.tag), '{}')
                                      from (select pick(v.tags, 2.0) as tag
                                              from generate_series(1, (array[0, 1, 1, 1, 2, 2, 2, 3, 3, 4])[1 + floor(random() * 10)::int]) t
                                             where o.ordinal is not null) x) as tags
                              from bench_article a
                              cross join generate_series(1, a.claims) o(ordinal)
                              cross join bench_vocab v) c) s
              cross join bench_people p""";

    /**
     * The statement, and where it starts in its article's body: the earlier pieces, then its filler sentence. A
     * claim takes its article's language (see ARTICLES_SQL); the claims of German articles are German, the same
     * picks put into German word by word, so each language's share of a word stays as it is in English.
     */
    private static final String CLAIM_TEXT_SQL = """
            create temp table bench_claim_text on commit drop as
            select t.*, (coalesce(sum(length(t.piece)) over (partition by t.article_n order by t.ordinal
                                  rows between unbounded preceding and 1 preceding), 0) + length(t.lead_in) + 1)::int as offset_in_body
              from (select c.*, c.lead_in || ' ' || c.statement || case when c.ordinal %% 2 = 0 then E'\\n\\n' else ' ' end as piece
                      from (select b.*, l.language,
                                   case when l.language = 'de' then %s else b.filler end as lead_in,
                                   case when l.language = 'de' then
                                        coalesce((select x.de || ' ' || y.de || ': '
                                                    from unnest(v.subjects, v.de_subjects) x(en, de),
                                                         unnest(v.verbs, v.de_verbs) y(en, de)
                                                   where b.lead = x.en || ' ' || y.en || ' that ' limit 1), '')
                                        || upper(left(%s, 1)) || substr(%s, 2)
                                        || ' in ' || %s || ' ' || %s || ' ' || replace(b.amount, '.', ',') || ' ' || %s
                                        || ' ' || %s || coalesce(', ' || %s, '') || coalesce(', schuld sei ' || %s, '') || '.'
                                   else coalesce(b.lead || b.metric, upper(left(b.metric, 1)) || substr(b.metric, 2))
                                        || ' in ' || b.place || ' ' || b.change || ' ' || b.amount || ' ' || b.unit || ' '
                                        || b.period || b.tail || b.rare || '.' end as statement
                              from bench_claim b cross join bench_vocab v
                              cross join lateral (select %s as language) l) c) t""".formatted(
            german("fillers", "b.filler"), german("metrics", "b.metric"), german("metrics", "b.metric"),
            german("places", "b.place"), german("changes", "b.change"),
            german("units", "b.unit"), german("periods", "b.period"), german("tails", "nullif(substr(b.tail, 3), '')"),
            german("rare", "nullif(substr(b.rare, 12), '')"), language("b.article_n"));

    /**
     * The German for {@code value}, one of the English list {@code v.<list>}: the item at the same place in
     * {@code v.de_<list>} (counted round when the German list is shorter); null for null.
     */
    private static String german(String list, String value) {
        return "v.de_%1$s[1 + (array_position(v.%1$s, %2$s) - 1) %% array_length(v.de_%1$s, 1)]".formatted(list, value);
    }

    /**
     * An article's language, from its number: 70 % English, 15 % German, 15 % unknown (null, searched with the
     * {@code simple} configuration), as on a German desk that also watches English-language media.
     */
    private static String language(String articleNumber) {
        return "case when %1$s %% 20 < 14 then 'en' when %1$s %% 20 < 17 then 'de' end".formatted(articleNumber);
    }

    /** Title, a byline and date line, then the claims' sentences in paragraphs of two. */
    private static final String ARTICLE_TEXT_SQL = """
            create temp table bench_article_text on commit drop as
            select a.n, g.title as title, h.header, h.header || rtrim(string_agg(c.piece, '' order by c.ordinal)) as text
              from bench_article a
              cross join bench_vocab v
              cross join lateral (select %s as language) l
              cross join lateral (
                    select case when l.language = 'de'
                                then upper(left(%s, 1)) || substr(%s, 2) || ' in ' || %s || ': was die Zahlen sagen'
                                else initcap(a.topic) || ' in ' || a.place || ': what the figures say' end as title) g
              cross join lateral (
                    select g.title || case when l.language = 'de'
                                then E'\\n\\nVon ' || a.author || ', ' || a.publisher || ', '
                                     || to_char(a.imported_at, 'FMDD.MM.YYYY, HH24:MI') || E' Uhr\\n\\n'
                                else E'\\n\\nBy ' || a.author || ', ' || a.publisher || ', '
                                     || to_char(a.imported_at, 'FMDD Month YYYY, HH24:MI') || E'\\n\\n' end as header) h
              join bench_claim_text c on c.article_n = a.n
             group by a.n, g.title, h.header""".formatted(language("a.n"), german("metrics", "a.topic"),
            german("metrics", "a.topic"), german("places", "a.place"));

    private static final String ARTICLES_SQL = """
            insert into article (id, title, byline, publisher, published_at, language, canonical_url, origin, text,
                                 text_sha256, imported_by, imported_at, updated_at)
            overriding system value
            select b.article + a.n, t.title, a.author, a.publisher, a.imported_at - interval '6 hours', LANGUAGE,
                   'https://news.example/' || to_char(a.imported_at, 'YYYY/MM/DD') || '/article-' || a.n,
                   'FETCHED', t.text, encode(sha256(convert_to(t.text, 'UTF8')), 'hex'),
                   p.workers[1 + a.n % array_length(p.workers, 1)], a.imported_at, a.imported_at
              from bench_article a join bench_article_text t on t.n = a.n
              cross join bench_people p cross join bench_base b
             order by a.n""".replace("LANGUAGE", language("a.n"));

    private static final String CLAIMS_SQL = """
            insert into claim (id, statement, claimant, claim_date, as_of_date, priority, tags, created_by, created_at,
                               updated_at, version, language)
            overriding system value
            select b.claim + c.n, c.statement, c.claimant, c.claim_date, c.claim_date, c.priority, c.tags,
                   p.workers[c.author], c.created_at, c.updated_at, case when c.state = 'DRAFT' then 0 else 1 end, c.language
              from bench_claim_text c cross join bench_people p cross join bench_base b
             order by c.n""";

    /** Each claim is anchored where its statement stands in its article, with 32 characters of context. */
    private static final String APPEARANCES_SQL = """
            insert into appearance (claim_id, article_id, start_offset, end_offset, quote_exact, quote_prefix, quote_suffix,
                                    created_by, created_at)
            select b.claim + c.n, b.article + c.article_n, x.start_offset, x.start_offset + length(c.statement), c.statement,
                   right(substr(t.text, 1, x.start_offset), 32), left(substr(t.text, x.start_offset + length(c.statement) + 1), 32),
                   p.workers[c.author], c.created_at
              from bench_claim_text c
              join bench_article_text t on t.n = c.article_n
              cross join lateral (select length(t.header) + c.offset_in_body as start_offset) x
              cross join bench_people p cross join bench_base b
             order by c.n""";

    /**
     * A review row per claim. Three in ten claims in research are there because an editor rejected their proposed
     * verdict (ReviewRules: a rejection sends a never-published claim back to research), with the rejection, its
     * comment and the proposer kept on the row, as the app keeps them; the dashboard's agreement panel counts them.
     * Chosen by number, not random(), so the other columns' random values stay as they were before rejections.
     */
    private static final String REVIEWS_SQL = """
            insert into review (claim_id, state, assignee_id, due_on, recheck_on, proposer_ids, proposed_at,
                                rejected_by, rejected_at, rejection_comment,
                                correction_reason, archive_reason, state_before_archive, updated_at, version)
            select b.claim + c.n, c.state, p.workers[c.worker], c.due_on, c.recheck_on,
                   case when c.state in ('VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS')
                          or (c.state = 'IN_RESEARCH' and c.n % 10 < 3)
                        then array[p.workers[coalesce(c.worker, c.author)]] else '{}'::bigint[] end,
                   case when c.state = 'VERDICT_PROPOSED' then c.updated_at end,
                   case when c.state = 'IN_RESEARCH' and c.n % 10 < 3 then c.editor end,
                   case when c.state = 'IN_RESEARCH' and c.n % 10 < 3 then c.updated_at end,
                   case when c.state = 'IN_RESEARCH' and c.n % 10 < 3 then (array[
                        'The sources do not support the rating yet; please add the statistics office''s table.',
                        'The rationale compares two different years.', 'Please check the claimant''s full quote first.'])
                        [1 + c.n % 3] end,
                   case when c.state = 'CORRECTION_IN_PROGRESS' then 'A reader pointed out that the figure for '
                        || c.place || ' was revised by the statistics office.' end,
                   case when c.state = 'ARCHIVED' then 'Duplicate of an earlier claim or no longer relevant.' end,
                   c.state_before_archive, c.updated_at, 1 + floor(random() * 6)::int
              from bench_claim_text c cross join bench_people p cross join bench_base b
             order by c.n""";

    private static final String VERDICTS_SQL = """
            insert into verdict (id, claim_id, rating_id, rationale, proposed_by, proposed_at, version)
            overriding system value
            select b.verdict + c.n, b.claim + c.n, rt.id,
                   'The figure for ' || c.place || ' does not match ' || (array['the statistics office''s data',
                   'the ministry''s own report', 'Eurostat''s series', 'the published budget', 'the agency''s monthly figures'])
                   [1 + c.n % 5] || '. ' || rt.description, p.workers[coalesce(c.worker, c.author)],
                   c.updated_at - interval '3 days', 0
              from bench_claim_text c cross join bench_people p cross join bench_base b
              join rating rt on rt.code = c.rating_code
             where c.rating_code is not null
             order by c.n""";

    /** A current published verdict for everything published now, or before a correction or archiving. */
    private static final String PUBLISHED_SQL = """
            insert into published_verdict (id, claim_id, rating_id, rationale, sources, proposer_ids, approved_by,
                                           published_at, superseded_at)
            overriding system value
            select b.published + 2 * c.n, b.claim + c.n, rt.id,
                   'The figure for ' || c.place || ' does not match the official data. ' || rt.description,
                   jsonb_build_array(jsonb_build_object('title', 'Annual report', 'url', 'https://destatis.de/report-' || c.n,
                                                        'publisher', 'Destatis', 'accessedOn', c.updated_at::date)),
                   array[p.workers[coalesce(c.worker, c.author)]], c.editor,
                   least(c.updated_at, c.created_at + interval '5 days'), null
              from bench_claim_text c cross join bench_people p cross join bench_base b
              join rating rt on rt.code = c.rating_code
             where c.state in ('PUBLISHED', 'CORRECTION_IN_PROGRESS') or c.state_before_archive = 'PUBLISHED'
             order by c.n""";

    /** About 2 % of the published verdicts replaced an earlier one: the earlier one, superseded, and the correction. */
    private static final String CORRECTIONS_SQL = """
            with earlier as (
                insert into published_verdict (id, claim_id, rating_id, rationale, sources, proposer_ids, approved_by,
                                               published_at, superseded_at)
                overriding system value
                select pv.id - 1, pv.claim_id, 1 + pv.rating_id % 7, pv.rationale, pv.sources, pv.proposer_ids,
                       pv.approved_by, pv.published_at - interval '2 days', pv.published_at
                  from published_verdict pv cross join bench_base b
                 where pv.id > b.published and pv.superseded_at is null and (pv.id - b.published) % 100 = 50
                returning id, claim_id, approved_by, superseded_at)
            insert into correction (claim_id, previous_id, current_id, reason, approved_by, published_at)
            select e.claim_id, e.id, e.id + 1, 'The statistics office revised the figure after publication.',
                   e.approved_by, e.superseded_at
              from earlier e""";

    private static final String SOURCES_SQL = """
            insert into source (id, url, title, publisher, author, published_on, accessed_on, created_by, created_at,
                                language)
            overriding system value
            select b.source + s.n, 'https://' || s.domain || '/publications/' || lower(replace(s.kind, ' ', '-')) || '-' || s.n,
                   s.kind || ': ' || s.metric || ' in ' || s.place, s.domain, null,
                   (s.at - interval '200 days' * random())::date, s.at::date, p.workers[1 + s.n % array_length(p.workers, 1)], s.at,
                   'en'
              from (select n, pick(v.domains, 1.5) as domain, pick(v.doc_kinds, 1.3) as kind,
                           pick(v.metrics, 1.8) as metric, pick(v.places, 2.2) as place,
                           :now - interval '730 days' * random() as at
                      from generate_series(1, :sources) n cross join bench_vocab v) s
              cross join bench_people p cross join bench_base b""";

    /**
     * Every source serves one claim and every second one another: about 225,000 links, 1–4 per claim. A passage is
     * written in its claim's language and takes it, as the app copies it (sources themselves are English).
     */
    private static final String CLAIM_SOURCES_SQL = """
            insert into claim_source (claim_id, source_id, passage, stance, added_by, added_at, language)
            select cl.id, s.id,
                   case when cl.language = 'de' then 'Tabelle ' || (1 + s.rel % 12) || ' nennt die Zahl für den fraglichen Zeitraum.'
                        else 'Table ' || (1 + s.rel % 12) || ' gives the figure for the period in question.' end,
                   (array['SUPPORTS', 'REFUTES', 'REFUTES', 'CONTEXT'])[(1 + (s.rel + k.shift) % 4)::int], s.created_by, s.created_at,
                   cl.language
              from (select src.id, src.id - b.source as rel, src.created_by, src.created_at
                      from source src cross join bench_base b where src.id > b.source) s
              cross join (values (7919, 0), (104729, 13)) k(factor, shift)
              cross join bench_base b
              join claim cl on cl.id = b.claim + 1 + (s.rel * k.factor + k.shift) % :claims
             where k.shift = 0 or s.rel % 2 = 0
            on conflict do nothing""";

    private static final String VERDICT_SOURCES_SQL = """
            insert into verdict_source (verdict_id, source_id)
            select v.id, cs.source_id
              from verdict v cross join bench_base b join claim_source cs on cs.claim_id = v.claim_id
             where v.id > b.verdict and cs.stance <> 'CONTEXT'
            on conflict do nothing""";

    /**
     * Who discusses what: people comment on the claims they work on. About 80 % of the claims with a proposed
     * verdict or a correction have a discussion, 60 % of those in research, a quarter of the published ones (from
     * when they were worked on) and few drafts or archived ones; a discussion has 1 to 6 top-level comments,
     * mostly 1 or 2. With the replies below that is about one comment per claim, 100,000 in all: enough that a
     * claim page's discussion and the comment indexes are read at a realistic size.
     */
    private static final String COMMENT_PLAN_SQL = """
            create temp table bench_comment on commit drop as
            select row_number() over (order by c.n, k.ordinal) as n, c.n as claim_n,
                   1 + floor(random() * array_length(p.workers, 1))::int as author,
                   pick(v.remarks, 1.4) || case when random() < 0.15
                        then ' @' || p.worker_names[1 + floor(random() * array_length(p.worker_names, 1))::int] else '' end as body,
                   c.created_at + (least(:now, c.updated_at + interval '1 day') - c.created_at) * random() as created_at,
                   random() as fate
              from bench_claim_text c
              cross join bench_people p cross join bench_vocab v
              cross join lateral generate_series(1,
                    case when random() < case c.state when 'VERDICT_PROPOSED' then 0.8 when 'CORRECTION_IN_PROGRESS' then 0.8
                                                      when 'IN_RESEARCH' then 0.6 when 'PUBLISHED' then 0.25 else 0.1 end
                         then 1 + floor(power(random(), 2.5) * 6)::int else 0 end) k(ordinal)""";

    /** The top-level comments; 5 % edited within the edit window, 1.5 % deleted, leaving a marker. */
    private static final String COMMENTS_SQL = """
            insert into comment (id, claim_public_id, parent_id, author_id, body, created_at, edited_at, deleted_at,
                                 deleted_by)
            overriding system value
            select b.comment + m.n, cl.public_id, null, p.workers[m.author], m.body, m.created_at,
                   case when m.fate < 0.05 then m.created_at + interval '10 minutes' * random() end,
                   case when m.fate > 0.985 then m.created_at + interval '1 hour' * random() end,
                   case when m.fate > 0.985 then p.workers[m.author] end
              from bench_comment m cross join bench_base b cross join bench_people p
              join claim cl on cl.id = b.claim + m.claim_n
             order by m.n""";

    /** A third of the top-level comments get one or two replies, an hour to a few days later. */
    private static final String REPLIES_SQL = """
            insert into comment (id, claim_public_id, parent_id, author_id, body, created_at)
            overriding system value
            select b.comment + (select count(*) from bench_comment) + row_number() over (order by t.id, r.k),
                   t.claim_public_id, t.id, p.workers[1 + floor(random() * array_length(p.workers, 1))::int],
                   pick(v.remarks, 1.2), least(:now, t.created_at + interval '1 hour' + interval '3 days' * power(random(), 3))
              from comment t cross join bench_base b cross join bench_people p cross join bench_vocab v
              -- from the id, not random(): the series must depend on the row, or it would be made once for all rows
              cross join lateral generate_series(1, case when t.id % 3 = 0 then 1 + (t.id / 3) % 2 else 0 end) r(k)
             where t.id > b.comment""";

    /**
     * 200,000 entries: each claim's "created" entry, then another 100,000 workflow, verdict and edit entries
     * spread over the claims, with before and after values shaped as the app writes them. Besides these, the
     * rejections of proposed verdicts (about 16,000), as Reviews.save writes them (entity "review", the claim's
     * public id, action "proposal-rejected", the review before and after): one on every fifth claim published
     * (before its first publication: a round approved only after a rejection) and one on each claim in research
     * after a rejection (REVIEWS_SQL). All in time order, so ids grow with time as in the app.
     */
    private static final String AUDIT_SQL = """
            insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_value, after_value)
            select * from (
            select least(:now, c.created_at + (c.updated_at - c.created_at) * case when g.n <= :claims then 0 else random() end),
                   p.worker_names[coalesce(c.worker, c.author)],
                   case when g.n <= :claims then 'claim' else (array['review', 'verdict', 'claim', 'review', 'review'])[1 + g.n % 5] end,
                   cl.public_id::text,
                   case when g.n <= :claims then 'created'
                        else (array['research-started', 'proposed', 'updated', 'assigned', 'approved-published'])[1 + g.n % 5] end,
                   case when g.n > :claims and g.n % 5 = 2
                             then jsonb_build_object('statement', c.statement, 'claimant', c.claimant, 'claimDate', c.claim_date,
                                                     'asOfDate', c.claim_date, 'tags', to_jsonb(c.tags), 'priority', c.priority)
                        when g.n > :claims and g.n % 5 <> 1 then jsonb_build_object('state', 'DRAFT', 'assignee', null) end,
                   case when g.n <= :claims or g.n % 5 = 2
                             then jsonb_build_object('statement', c.statement, 'claimant', c.claimant, 'claimDate', c.claim_date,
                                                     'asOfDate', c.claim_date, 'tags', to_jsonb(c.tags), 'priority', c.priority)
                        when g.n % 5 = 1 then jsonb_build_object('rating', coalesce(c.rating_code, 'MIXED'), 'rationale', 'See the sources.')
                        else jsonb_build_object('state', c.state, 'assignee', p.workers[c.worker], 'dueOn', c.due_on) end
              from generate_series(1, :audit) g(n)
              cross join bench_base b
              join bench_claim_text c on c.n = case when g.n <= :claims then g.n else 1 + (g.n * 7919) % :claims end
              join claim cl on cl.id = b.claim + c.n
              cross join bench_people p
            union all
            select j.at, u.username, 'review', cl.public_id::text, 'proposal-rejected',
                   jsonb_build_object('state', 'VERDICT_PROPOSED', 'assignee', w.display_name, 'dueOn', c.due_on,
                                      'recheckOn', null, 'rejectionComment', null, 'correctionReason', null,
                                      'archiveReason', null),
                   jsonb_build_object('state', 'IN_RESEARCH', 'assignee', w.display_name, 'dueOn', c.due_on,
                                      'recheckOn', null, 'rejectionComment', j.comment, 'correctionReason', null,
                                      'archiveReason', null)
              from (select c.n, c.created_at + (pv.published_at - c.created_at) * 0.6 as at,
                           'Please add the source for the figure.' as comment
                      from bench_claim_text c cross join bench_base b
                      join published_verdict pv on pv.claim_id = b.claim + c.n
                     where c.n % 5 = 0
                       and not exists (select 1 from published_verdict e
                                        where e.claim_id = pv.claim_id and e.published_at < pv.published_at)
                    union all
                    select c.n, r.rejected_at, r.rejection_comment
                      from bench_claim_text c cross join bench_base b
                      join review r on r.claim_id = b.claim + c.n
                     where r.rejected_at is not null) j
              cross join bench_base b
              join bench_claim_text c on c.n = j.n
              join claim cl on cl.id = b.claim + c.n
              join user_account u on u.id = c.editor
              cross join bench_people p
              left join user_account w on w.id = p.workers[c.worker]
            ) e
             order by 1""";

    /**
     * The publications whose round had a rejection, as Reviews.publish records them: the first publication of every
     * fifth claim, whose rejection AUDIT_SQL wrote.
     */
    private static final String REJECTED_ROUNDS_SQL = """
            update published_verdict pv
               set after_rejection = true
              from bench_claim_text c cross join bench_base b
             where pv.claim_id = b.claim + c.n and c.n % 5 = 0
               and not exists (select 1 from published_verdict e
                                where e.claim_id = pv.claim_id and e.published_at < pv.published_at)""";

    /** Each claim's earliest publication records its time from the claim's creation, as Reviews.publish does. */
    private static final String FIRST_PUBLICATIONS_SQL = """
            update published_verdict pv
               set time_to_publication = pv.published_at - cl.created_at
              from claim cl
             where cl.id = pv.claim_id
               and not exists (select 1 from published_verdict e
                                where e.claim_id = pv.claim_id and e.published_at < pv.published_at)""";

    /**
     * The audit viewer's search text of every entry, as AuditSearchIndexer writes it after commit (the expression is
     * AuditReader.SEARCHED in lower case), and its watermark past them, as if the indexer had caught up.
     */
    private static final String AUDIT_SEARCH_SQL = """
            with indexed as (
                insert into audit_search (entry_id, occurred_at, searched)
                select id, occurred_at, lower(entity_id || ' ' || coalesce(before_value::text, '') || ' ' || coalesce(after_value::text, ''))
                  from audit_entry
                on conflict do nothing)
            update audit_search_progress
               set indexed_through = latest.id, settling_through = latest.id,
                   settling_after = pg_snapshot_xmax(pg_current_snapshot())
              from (select max(id) as id from audit_entry) latest""";
}
