package org.claimdesk.claim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.audit.PendingEntry;
import org.claimdesk.claim.AnchorState;
import org.claimdesk.claim.ArticleClaim;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimSummary;
import org.claimdesk.claim.Priority;
import org.claimdesk.claim.SimilarClaim;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code claim} and {@code appearance}. */
@Repository
class ClaimRepository {

    /** Statements this close (pg_trgm similarity) count as "nearly the same claim". */
    static final double SIMILARITY_THRESHOLD = 0.55;

    private static final String RATING_JOIN = """

            left join verdict v on v.claim_id = c.id
            left join rating r on r.id = v.rating_id
            """;

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ClaimDraft draft, @Nullable Long createdBy, Instant now) {
        return withDraft(jdbc.sql("""
                        insert into claim (statement, claimant, claim_date, as_of_date, priority, tags, created_by,
                                           created_at, updated_at)
                        values (:statement, :claimant, :claimDate, :asOfDate, :priority, :tags, :createdBy, :now, :now)
                        returning id"""), draft)
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

    List<SimilarClaim> similar(String statement, int limit) {
        return jdbc.sql("""
                        select c.public_id, c.statement, similarity(c.statement, :statement) as similarity,
                               r.label as rating_label
                          from claim c
                        """ + RATING_JOIN + """
                         where c.statement % :statement and similarity(c.statement, :statement) >= :threshold
                         order by similarity desc limit :limit""")
                .param("statement", statement).param("threshold", SIMILARITY_THRESHOLD).param("limit", limit)
                .query((rs, row) -> new SimilarClaim(rs.getObject("public_id", UUID.class), rs.getString("statement"),
                        rs.getDouble("similarity"), rs.getString("rating_label")))
                .list();
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
                Rows.requiredInstant(rs, "created_at"));
    }

    private static AppearanceRow appearanceRow(ResultSet rs, int row) throws SQLException {
        return new AppearanceRow(rs.getLong("id"), rs.getLong("claim_id"), rs.getLong("article_id"),
                new StoredAnchor(rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote_exact"),
                        rs.getString("quote_prefix"), rs.getString("quote_suffix")),
                AnchorState.valueOf(rs.getString("anchor_state")));
    }
}
