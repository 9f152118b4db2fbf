package org.claimdesk.insight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimdesk.database.StatementPlans;
import org.claimdesk.insight.Highlighted;
import org.claimdesk.insight.SearchHit;
import org.claimdesk.insight.SearchQuery;
import org.claimdesk.insight.SearchType;
import org.claimdesk.review.ReviewState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text search over the generated {@code search} columns of articles, claims, sources and the passages
 * sources are cited with (see docs/adr/0011-full-text-search.md). The text becomes a query three times,
 * through {@code websearch_to_tsquery} (never an error, whatever it holds) with the English, German and
 * simple configurations, computed once per statement. Each table is read through its GIN index with the
 * three ORed; of its newest {@value #CANDIDATES} matches ({@value #ARTICLE_CANDIDATES} for articles) each
 * is held to the query of its own language and ranked with {@code ts_rank_cd}. Only the page of results gets {@code ts_headline}, in a second statement
 * per type.
 */
@Repository
public class SearchRepository {

    /** Reads, joins and ranks across the review module's tables too: insight is the desk's read side. */
    private static final String QUERIES = """
            with q as materialized (
                select websearch_to_tsquery('english', :q) as en, websearch_to_tsquery('german', :q) as de,
                       websearch_to_tsquery('simple', :q) as si,
                       websearch_to_tsquery('english', :q) || websearch_to_tsquery('german', :q)
                           || websearch_to_tsquery('simple', :q) as anyq)
            """;
    private static final String ANY = "(select anyq from q)";
    private static final String WHOLE = "HighlightAll=true, StartSel=\"" + Highlighted.START + "\", StopSel=\""
            + Highlighted.STOP + "\"";
    private static final String FRAGMENTS = "MaxFragments=2, MaxWords=28, MinWords=12, ShortWord=2, "
            + "FragmentDelimiter=\" … \", StartSel=\"" + Highlighted.START + "\", StopSel=\"" + Highlighted.STOP + "\"";
    /** Normalisation for ts_rank_cd: by the log of the document's length (1), then into 0..1 (32). */
    private static final int NORMALISATION = 1 | 32;
    /** How many of a type's newest matches are ranked, at most. */
    static final int CANDIDATES = 2_000;
    /** An article's vector is many times a claim's, and so is the cost of ranking it. */
    static final int ARTICLE_CANDIDATES = 500;
    /** Characters of an article's text that are indexed and searched for a snippet (as in the changeset). */
    private static final int INDEXED_TEXT = 200_000;

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A result before its details are read. */
    public record Ranked(SearchType type, long id, double rank) {
    }

    /** The best results, {@code limit} from {@code offset}, across the types the query asks for. */
    public List<Ranked> rank(SearchQuery query, String text, int offset, int limit) {
        // A rare word and a common one want different plans; so do the details, read in the same transaction.
        StatementPlans.forTheValues(jdbc);
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql(rankSql(query, text, offset, limit, params)).params(params)
                .query((rs, row) -> new Ranked(SearchType.valueOf(rs.getString("type")), rs.getLong("id"),
                        rs.getDouble("rank")))
                .list();
    }

    /** The statement {@link #rank} runs; its values go into {@code params} (benchmarks EXPLAIN it). */
    public String rankSql(SearchQuery query, String text, int offset, int limit, Map<String, Object> params) {
        params.put("q", text);
        params.put("window", offset + limit);
        params.put("offset", offset);
        params.put("limit", limit);
        params.put("candidates", CANDIDATES);
        params.put("articleCandidates", ARTICLE_CANDIDATES);
        List<String> arms = new ArrayList<>();
        for (SearchType type : SearchType.values()) {
            if (query.includes(type)) {
                arms.add(switch (type) {
                    case ARTICLE -> articles(query, params);
                    case CLAIM -> claims(query, params);
                    case SOURCE -> sources(query, params);
                });
            }
        }
        return QUERIES + ", hits as (" + String.join("\n union all\n", arms) + """
                )
                select type, id, rank from hits order by rank desc, type, id desc offset :offset limit :limit""";
    }

    private static String articles(SearchQuery query, Map<String, Object> params) {
        return ranked("ARTICLE", "article", """
                select a.id from article a
                 where a.search @@ %s%s%s
                 order by coalesce(a.published_at, a.imported_at) desc, a.id desc limit :articleCandidates""".formatted(ANY,
                dates("(coalesce(a.published_at, a.imported_at) at time zone 'UTC')::date", query, params),
                states(query, params, "exists (select 1 from appearance ap join review r on r.claim_id = ap.claim_id"
                        + " where ap.article_id = a.id and r.state in (:states))")));
    }

    private static String claims(SearchQuery query, Map<String, Object> params) {
        return ranked("CLAIM", "claim", """
                select c.id from claim c
                 where c.search @@ %s and c.merged_into is null%s%s
                 order by c.created_at desc, c.id desc limit :candidates""".formatted(ANY,
                dates("coalesce(c.claim_date, (c.created_at at time zone 'UTC')::date)", query, params),
                states(query, params, "exists (select 1 from review r where r.claim_id = c.id and r.state in (:states))")));
    }

    /** A source matches by its title, publisher or author, or by a passage it is cited with. */
    private static String sources(SearchQuery query, Map<String, Object> params) {
        String filters = dates("coalesce(s.published_on, s.accessed_on)", query, params)
                + states(query, params, "exists (select 1 from claim_source x join review r on r.claim_id = x.claim_id"
                        + " where x.source_id = s.id and r.state in (:states))");
        return """
                (select 'SOURCE' as type, m.id, max(m.rank) as rank from (
                   select t.id, ts_rank_cd(t.search, %s, %d) as rank
                     from (select s.id from source s where s.search @@ %s%s
                            order by s.created_at desc, s.id desc limit :candidates) m
                     join source t on t.id = m.id
                    where t.search @@ %s
                   union all
                   select t.source_id, ts_rank_cd(t.search, %s, %d)
                     from (select cs.claim_id, cs.source_id
                             from claim_source cs join source s on s.id = cs.source_id
                            where cs.search @@ %s%s
                            order by cs.added_at desc, cs.claim_id desc limit :candidates) m
                     join claim_source t on t.claim_id = m.claim_id and t.source_id = m.source_id
                    where t.search @@ %s) m
                 group by m.id order by rank desc, m.id desc limit :window)""".formatted(own("t"), NORMALISATION, ANY,
                filters, own("t"), own("t"), NORMALISATION, ANY, filters, own("t"));
    }

    /**
     * One type's best {@code :window} results: the newest {@code :candidates} rows the index finds (only
     * their ids and dates go through the sort), held to the query of their own language and ranked. A word
     * in a large share of a table costs one rank per row it is in; capping the rows ranked keeps that
     * bounded, at the price that for such a word the ranking covers the newest matches only.
     */
    private static String ranked(String type, String table, String candidates) {
        return """
                (select '%s' as type, t.id, ts_rank_cd(t.search, %s, %d) as rank
                   from (%s) m
                   join %s t on t.id = m.id
                  where t.search @@ %s
                  order by rank desc, t.id desc limit :window)""".formatted(type, own("t"), NORMALISATION,
                candidates.strip(), table, own("t"));
    }

    /** The query in the row's own language: English, German or simple. */
    private static String own(String alias) {
        return "(case claimdesk_ts_config(" + alias + ".language) when 'english'::regconfig then (select en from q)"
                + " when 'german'::regconfig then (select de from q) else (select si from q) end)";
    }

    private static String dates(String dated, SearchQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (query.from() != null) {
            where.append(" and ").append(dated).append(" >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and ").append(dated).append(" <= :to");
            params.put("to", query.to());
        }
        return where.toString();
    }

    private static String states(SearchQuery query, Map<String, Object> params, String condition) {
        if (query.states().isEmpty()) {
            return "";
        }
        params.put("states", query.states().stream().map(ReviewState::name).sorted().toList());
        return " and " + condition;
    }

    /** Articles with their highlighted title and up to two highlighted passages of their text. */
    public Map<Long, SearchHit> articleHits(List<Long> ids, String text) {
        return details("""
                        select a.id, a.public_id, a.publisher,
                               (coalesce(a.published_at, a.imported_at) at time zone 'UTC')::date as dated,
                               ts_headline(claimdesk_ts_config(a.language), translate(a.title, :markers, ''), %s,
                                           :whole) as title,
                               ts_headline(claimdesk_ts_config(a.language),
                                           translate(left(a.text, %d), :markers, ''), %s, :fragments) as snippet
                          from article a where a.id in (:ids)"""
                        .formatted(own("a"), INDEXED_TEXT, own("a")), ids, text,
                (rs, row) -> new SearchHit(SearchType.ARTICLE, rs.getObject("public_id", UUID.class),
                        Highlighted.parse(rs.getString("title")), Highlighted.parse(rs.getString("snippet")),
                        rs.getString("publisher"), rs.getObject("dated", LocalDate.class), null, null, null, null, 0));
    }

    /** Claims with their highlighted statement and quote, review state and rating. */
    public Map<Long, SearchHit> claimHits(List<Long> ids, String text) {
        return details("""
                        select c.id, c.public_id, c.claimant, c.tags, r.state, rt.label, rt.colour,
                               coalesce(c.claim_date, (c.created_at at time zone 'UTC')::date) as dated,
                               ts_headline(claimdesk_ts_config(c.language), translate(c.statement, :markers, ''), %s,
                                           :whole) as title,
                               ts_headline(claimdesk_ts_config(c.language), translate(coalesce(
                                           (select ap.quote_exact from appearance ap where ap.claim_id = c.id
                                             order by ap.id limit 1), ''), :markers, ''), %s, :whole) as snippet
                          from claim c
                          join review r on r.claim_id = c.id
                          left join verdict v on v.claim_id = c.id
                          left join rating rt on rt.id = v.rating_id
                         where c.id in (:ids)""".formatted(own("c"), own("c")), ids, text,
                (rs, row) -> {
                    UUID claimId = rs.getObject("public_id", UUID.class);
                    List<String> who = new ArrayList<>();
                    if (rs.getString("claimant") != null) {
                        who.add(rs.getString("claimant"));
                    }
                    who.addAll(List.of((String[]) rs.getArray("tags").getArray()));
                    return new SearchHit(SearchType.CLAIM, claimId, Highlighted.parse(rs.getString("title")),
                            Highlighted.parse(rs.getString("snippet")), who.isEmpty() ? null : String.join(" · ", who),
                            rs.getObject("dated", LocalDate.class), ReviewState.valueOf(rs.getString("state")),
                            rs.getString("label"), rs.getString("colour"), claimId, 0);
                });
    }

    /**
     * Sources with their highlighted title and the passage of the claim they lead to: the claim whose
     * passage matched, else the one that cited them last (a merged duplicate only if nothing else cites them).
     */
    public Map<Long, SearchHit> sourceHits(List<Long> ids, String text) {
        return details("""
                        select s.id, s.public_id, s.publisher,
                               coalesce(s.published_on, s.accessed_on) as dated,
                               ts_headline(claimdesk_ts_config(s.language), translate(s.title, :markers, ''), %s,
                                           :whole) as title,
                               p.claim_public_id, p.snippet
                          from source s
                          left join lateral (
                                select c.public_id as claim_public_id,
                                       case when cs.passage is null then null
                                            else ts_headline(claimdesk_ts_config(cs.language),
                                                             translate(cs.passage, :markers, ''), %s, :fragments)
                                       end as snippet
                                  from claim_source cs join claim c on c.id = cs.claim_id
                                 where cs.source_id = s.id
                                 order by c.merged_into is null desc, cs.search @@ %s desc, cs.added_at desc,
                                          cs.claim_id desc
                                 limit 1) p on true
                         where s.id in (:ids)""".formatted(own("s"), own("cs"), own("cs")), ids, text,
                (rs, row) -> new SearchHit(SearchType.SOURCE, rs.getObject("public_id", UUID.class),
                        Highlighted.parse(rs.getString("title")),
                        rs.getString("snippet") == null ? Highlighted.none() : Highlighted.parse(rs.getString("snippet")),
                        rs.getString("publisher"), rs.getObject("dated", LocalDate.class), null, null, null,
                        rs.getObject("claim_public_id", UUID.class), 0));
    }

    private interface HitMapper {
        SearchHit map(ResultSet rs, int row) throws SQLException;
    }

    private Map<Long, SearchHit> details(String select, List<Long> ids, String text, HitMapper mapper) {
        Map<Long, SearchHit> hits = new HashMap<>();
        if (ids.isEmpty()) {
            return hits;
        }
        jdbc.sql(QUERIES + select)
                .param("q", text)
                .param("ids", ids)
                .param("markers", String.valueOf(Highlighted.START) + Highlighted.STOP)
                .param("whole", WHOLE)
                .param("fragments", FRAGMENTS)
                .query(rs -> {
                    hits.put(rs.getLong("id"), mapper.map(rs, rs.getRow()));
                });
        return hits;
    }

    /** The review state of each of the claims, for lists that show it. */
    public Map<UUID, ReviewState> statesOf(List<UUID> claimIds) {
        Map<UUID, ReviewState> states = new HashMap<>();
        if (claimIds.isEmpty()) {
            return states;
        }
        jdbc.sql("select c.public_id, r.state from claim c join review r on r.claim_id = c.id where c.public_id in (:ids)")
                .param("ids", claimIds)
                .query(rs -> {
                    states.put(rs.getObject("public_id", UUID.class), ReviewState.valueOf(rs.getString("state")));
                });
        return states;
    }
}
