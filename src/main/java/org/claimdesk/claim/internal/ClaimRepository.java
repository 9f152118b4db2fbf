package org.claimdesk.claim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.audit.PendingEntry;
import org.claimdesk.claim.AnchorState;
import org.claimdesk.claim.ArticleClaim;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimSummary;
import org.claimdesk.claim.Priority;
import org.claimdesk.claim.SimilarClaim;
import org.claimdesk.database.StatementPlans;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code claim} and {@code appearance}. */
@Repository
class ClaimRepository {

    private static final String RATING_JOIN = """

            left join verdict v on v.claim_id = c.id
            left join rating r on r.id = v.rating_id
            """;

    /** How many candidates, best by full-text rank, are compared by trigram similarity. */
    static final int CANDIDATES = 50;
    /** How many of the newest candidates are ranked, at most. */
    static final int RECENT_CANDIDATES = 2_000;
    /** From this many claims on, similar claims' candidates come from the full-text index. */
    static final long LARGE_DESK = 20_000;

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param language the language of the article the claim is cut from; it picks the claim's search configuration */
    long insert(ClaimDraft draft, @Nullable String language, @Nullable Long createdBy, Instant now) {
        return withDraft(jdbc.sql("""
                        insert into claim (statement, claimant, claim_date, as_of_date, priority, tags, language,
                                           created_by, created_at, updated_at)
                        values (:statement, :claimant, :claimDate, :asOfDate, :priority, :tags, :language, :createdBy,
                                :now, :now)
                        returning id"""), draft)
                .param("language", language)
                .param("createdBy", createdBy)
                .param("now", Rows.utc(now))
                .query(Long.class).single();
    }

    /** Updates the claim and, in the same statement, writes its audit entry, if the version still matches. */
    boolean update(long id, ClaimDraft draft, long expectedVersion, Instant now, PendingEntry entry) {
        return withDraft(jdbc.sql("""
                        with changed as (
                            update claim set statement = :statement, claimant = :claimant, claim_date = :claimDate,
                                   as_of_date = :asOfDate, priority = :priority, tags = :tags, updated_at = :now,
                                   version = version + 1
                             where id = :id and version = :version
                            returning id)""" + entry.writtenFor("changed") + """

                        select count(*) from changed"""), draft)
                .param("id", id).param("version", expectedVersion)
                .param("now", Rows.utc(now))
                .params(entry.values())
                .query(Long.class).single() == 1;
    }

    /** The claim's own fields, bound the same way for inserts and updates. */
    private static JdbcClient.StatementSpec withDraft(JdbcClient.StatementSpec statement, ClaimDraft draft) {
        return statement
                .param("statement", draft.statement())
                .param("claimant", draft.claimant())
                .param("claimDate", draft.claimDate())
                .param("asOfDate", draft.asOfDate())
                .param("priority", draft.priority().name())
                .param("tags", draft.tags().toArray(String[]::new));
    }

    Optional<Long> idOf(UUID publicId) {
        return jdbc.sql("select id from claim where public_id = :id").param("id", publicId).query(Long.class).optional();
    }

    String statementOf(long id) {
        return jdbc.sql("select statement from claim where id = :id").param("id", id).query(String.class).single();
    }

    /** The claim's row, locked until the transaction ends. */
    Optional<ClaimRow> lock(UUID publicId) {
        return jdbc.sql("select * from claim where public_id = :id for update").param("id", publicId)
                .query(ClaimRepository::claimRow).optional();
    }

    /** Marks the claim as merged into another one (or, with null, as no longer merged) and counts a version. */
    void setMergedInto(long id, @Nullable Long canonicalId, Instant now) {
        jdbc.sql("""
                        update claim set merged_into = :canonical, updated_at = :now, version = version + 1
                         where id = :id""")
                .param("id", id).param("canonical", canonicalId).param("now", Rows.utc(now)).update();
    }

    /** Replaces the tags and counts a version: the claim gained or lost appearances, sources or tags. */
    void setTags(long id, List<String> tags, Instant now) {
        jdbc.sql("update claim set tags = :tags, updated_at = :now, version = version + 1 where id = :id")
                .param("id", id).param("tags", tags.toArray(String[]::new)).param("now", Rows.utc(now)).update();
    }

    UUID publicIdOf(long id) {
        return jdbc.sql("select public_id from claim where id = :id").param("id", id).query(UUID.class).single();
    }

    Optional<ClaimRow> find(UUID publicId) {
        return jdbc.sql("select * from claim where public_id = :id").param("id", publicId)
                .query(ClaimRepository::claimRow).optional();
    }

    List<ClaimSummary> page(int offset, int limit) {
        return jdbc.sql("""
                        select c.public_id, c.statement, c.claimant, c.priority, c.tags, c.created_at,
                               r.label as rating_label, r.colour as rating_colour,
                               (select count(*) from appearance a where a.claim_id = c.id) as appearances
                          from claim c
                        """ + RATING_JOIN + """
                         order by c.created_at desc, c.id desc offset :offset limit :limit""")
                .param("offset", offset).param("limit", limit)
                .query((rs, row) -> new ClaimSummary(rs.getObject("public_id", UUID.class), rs.getString("statement"),
                        rs.getString("claimant"), Priority.valueOf(rs.getString("priority")), Rows.texts(rs, "tags"),
                        rs.getString("rating_label"), rs.getString("rating_colour"), rs.getInt("appearances"),
                        Rows.requiredInstant(rs, "created_at")))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from claim").query(Long.class).single();
    }

    /**
     * Claims whose statements are nearly the same as {@code statement} by pg_trgm similarity (the trigram
     * index), best first; for the check when a claim is created. Merged duplicates are never offered.
     */
    List<SimilarClaim> similar(String statement, double threshold, int limit) {
        return jdbc.sql("""
                        select c.public_id, c.statement, c.version, c.created_at,
                               similarity(c.statement, :statement) as similarity, 0 as text_rank,
                               r.label as rating_label, r.colour as rating_colour
                          from claim c
                        """ + RATING_JOIN + """
                         where c.statement % :statement and similarity(c.statement, :statement) >= :threshold
                           and c.merged_into is null
                         order by similarity desc, c.id desc limit :limit""")
                .param("statement", statement).param("threshold", threshold).param("limit", limit)
                .query(ClaimRepository::similarClaim).list();
    }

    /**
     * Claims created before this one whose statements are close to its statement, scored by pg_trgm
     * similarity of the statements combined with the full-text rank against the statement's words
     * ({@code ts_rank}: {@code ts_rank_cd} costs ten times as much with a query of many words); below
     * {@code threshold} similarity none is offered.
     *
     * <p>Where candidates come from depends on the desk's size. Up to {@value #LARGE_DESK} claims (the
     * planner's estimate) the trigram index gives them, exactly. Beyond, comparing every statement that
     * shares a third of its trigrams takes seconds: statements share much wording ("The minister said
     * that … according to …"). There the full-text index gives them: claims that share a pair of the
     * statement's most distinctive words (see {@link StatementWords#candidatePairs}). Either way the newest
     * {@value #RECENT_CANDIDATES} candidates are ranked and the best {@value #CANDIDATES} compared.
     */
    List<SimilarClaim> similarEarlier(ClaimRow claim, StatementWords words, double threshold, int limit) {
        long claims = estimatedClaims();
        return similarEarlier(claim, words, threshold, limit, claims < LARGE_DESK ? List.of()
                : words.candidatePairs(claims));
    }

    /** @param pairs the pairs of words that find the candidates; none: the trigram index finds them */
    List<SimilarClaim> similarEarlier(ClaimRow claim, StatementWords words, double threshold, int limit,
            List<String> pairs) {
        if (words.isEmpty()) {
            return List.of();
        }
        // Bound limits and pairs of words: a generic plan walked every claim by date (320 ms against 2 ms).
        StatementPlans.forTheValues(jdbc);
        return jdbc.sql(similarEarlierSql(pairs.size()))
                .params(similarEarlierParams(claim, words, pairs, threshold, limit))
                .query(ClaimRepository::similarClaim).list();
    }

    /** The planner's estimate of the number of claims (kept by autovacuum's ANALYZE), 0 if it has none. */
    long estimatedClaims() {
        return jdbc.sql("select greatest(reltuples, 0)::bigint from pg_class where oid = 'claim'::regclass")
                .query(Long.class).single();
    }

    /**
     * The statement {@link #similarEarlier} runs (benchmarks EXPLAIN it).
     *
     * @param pairs how many pairs of words find the candidates; 0: the trigram index finds them
     */
    static String similarEarlierSql(int pairs) {
        List<String> shared = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            shared.add("c.search @@ cast(:pair" + pair + " as tsquery)");
        }
        String candidates = pairs == 0 ? "c.statement % :statement" : "(" + String.join(" or ", shared) + ")";
        return """
                select k.public_id, k.statement, k.version, k.created_at, k.similarity, k.text_rank,
                       r.label as rating_label, r.colour as rating_colour
                  from (select c.*, similarity(c.statement, :statement) as similarity
                          from (select c.id, c.public_id, c.statement, c.version, c.created_at,
                                       ts_rank(c.search, cast(:words as tsquery), 32) as text_rank
                                  from (select c.id, c.public_id, c.statement, c.version, c.created_at, c.search
                                          from claim c
                                         where %s
                                           and c.merged_into is null and c.id <> :self
                                           and (c.created_at, c.id) < (select created_at, id from claim where id = :self)
                                         order by c.created_at desc, c.id desc
                                         limit :recent) c
                                 order by text_rank desc, c.id desc
                                 limit :candidateLimit) c) k
                  left join verdict v on v.claim_id = k.id
                  left join rating r on r.id = v.rating_id
                 where k.similarity >= :threshold
                 order by 0.7 * k.similarity + 0.3 * k.text_rank desc, k.id desc
                 limit :limit""".formatted(candidates);
    }

    static Map<String, Object> similarEarlierParams(ClaimRow claim, StatementWords words, List<String> pairs,
            double threshold, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("statement", claim.statement());
        params.put("words", words.anyQuery());
        for (int pair = 0; pair < pairs.size(); pair++) {
            params.put("pair" + pair, pairs.get(pair));
        }
        params.put("self", claim.id());
        params.put("recent", RECENT_CANDIDATES);
        params.put("candidateLimit", CANDIDATES);
        params.put("threshold", threshold);
        params.put("limit", limit);
        return params;
    }

    /**
     * The lexemes of the claim's statement in its own configuration with the share of claims whose search
     * vector holds each, by the planner's statistics ({@code pg_stats}; 0 for a lexeme not among the most
     * common ones): the most distinctive first, the rarest, then the longest.
     */
    StatementWords statementWords(long claimId) {
        return new StatementWords(jdbc.sql("""
                        select w.lexeme, coalesce(f.freq, 0) as share
                          from unnest(tsvector_to_array((select to_tsvector(claimdesk_ts_config(language), statement)
                                                           from claim where id = :id))) w(lexeme)
                          left join (select e.lexeme, e.freq
                                       from pg_stats s,
                                            unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) e(lexeme, freq)
                                      where s.schemaname = current_schema() and s.tablename = 'claim'
                                        and s.attname = 'search') f on f.lexeme = w.lexeme
                         order by coalesce(f.freq, 0), length(w.lexeme) desc, w.lexeme""")
                .param("id", claimId)
                .query((rs, row) -> new StatementWords.Word(rs.getString("lexeme"), rs.getDouble("share"))).list());
    }

    private static SimilarClaim similarClaim(ResultSet rs, int row) throws SQLException {
        return new SimilarClaim(rs.getObject("public_id", UUID.class), rs.getString("statement"),
                rs.getDouble("similarity"), rs.getDouble("text_rank"), rs.getString("rating_label"),
                rs.getString("rating_colour"), rs.getLong("version"), Rows.requiredInstant(rs, "created_at"));
    }

    void insertAppearance(long claimId, long articleId, StoredAnchor anchor, @Nullable Long createdBy, Instant now) {
        jdbc.sql("""
                        insert into appearance (claim_id, article_id, start_offset, end_offset, quote_exact, quote_prefix,
                                                quote_suffix, created_by, created_at)
                        values (:claimId, :articleId, :start, :end, :exact, :prefix, :suffix, :createdBy, :now)
                        on conflict (claim_id, article_id, start_offset, end_offset) do nothing""")
                .param("claimId", claimId).param("articleId", articleId)
                .param("start", anchor.start()).param("end", anchor.end())
                .param("exact", anchor.exact()).param("prefix", anchor.prefix()).param("suffix", anchor.suffix())
                .param("createdBy", createdBy).param("now", Rows.utc(now))
                .update();
    }

    List<ArticleClaim> claimsIn(long articleId) {
        return jdbc.sql("""
                        select c.public_id, c.statement, a.start_offset, a.end_offset, a.quote_exact, a.anchor_state,
                               r.label as rating_label, r.colour as rating_colour
                          from appearance a join claim c on c.id = a.claim_id
                        """ + RATING_JOIN + """
                         where a.article_id = :articleId
                         order by a.anchor_state = 'ORPHANED', a.start_offset, a.id""")
                .param("articleId", articleId)
                .query((rs, row) -> new ArticleClaim(rs.getObject("public_id", UUID.class), rs.getString("statement"),
                        rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote_exact"),
                        AnchorState.valueOf(rs.getString("anchor_state")), rs.getString("rating_label"),
                        rs.getString("rating_colour")))
                .list();
    }

    List<AppearanceRow> appearancesOfClaim(long claimId) {
        return jdbc.sql("select * from appearance where claim_id = :claimId order by id")
                .param("claimId", claimId).query(ClaimRepository::appearanceRow).list();
    }

    List<AppearanceRow> appearancesInArticle(long articleId) {
        return jdbc.sql("select * from appearance where article_id = :articleId order by id")
                .param("articleId", articleId).query(ClaimRepository::appearanceRow).list();
    }

    void moveAppearance(long appearanceId, StoredAnchor anchor, AnchorState state) {
        jdbc.sql("""
                        update appearance set start_offset = :start, end_offset = :end, quote_exact = :exact,
                               quote_prefix = :prefix, quote_suffix = :suffix, anchor_state = :state
                         where id = :id""")
                .param("id", appearanceId).param("start", anchor.start()).param("end", anchor.end())
                .param("exact", anchor.exact()).param("prefix", anchor.prefix()).param("suffix", anchor.suffix())
                .param("state", state.name())
                .update();
    }

    void markOrphaned(long appearanceId) {
        jdbc.sql("update appearance set anchor_state = 'ORPHANED' where id = :id").param("id", appearanceId).update();
    }

    private static ClaimRow claimRow(ResultSet rs, int row) throws SQLException {
        return new ClaimRow(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("statement"),
                rs.getString("claimant"), Rows.date(rs, "claim_date"), Rows.date(rs, "as_of_date"),
                Rows.texts(rs, "tags"), Priority.valueOf(rs.getString("priority")), rs.getLong("version"),
                Rows.requiredInstant(rs, "created_at"), rs.getObject("merged_into", Long.class));
    }

    private static AppearanceRow appearanceRow(ResultSet rs, int row) throws SQLException {
        return new AppearanceRow(rs.getLong("id"), rs.getLong("claim_id"), rs.getLong("article_id"),
                new StoredAnchor(rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote_exact"),
                        rs.getString("quote_prefix"), rs.getString("quote_suffix")),
                AnchorState.valueOf(rs.getString("anchor_state")));
    }
}
