package org.claimdesk.claim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.claim.ClaimSource;
import org.claimdesk.claim.SourceDraft;
import org.claimdesk.claim.Stance;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code source}, {@code claim_source} and {@code source_snapshot}. */
@Repository
class SourceRepository {

    private final JdbcClient jdbc;

    SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> idByUrl(String url) {
        return jdbc.sql("select id from source where url = :url").param("url", url).query(Long.class).optional();
    }

    Optional<Long> idOf(UUID publicId) {
        return jdbc.sql("select id from source where public_id = :id").param("id", publicId).query(Long.class).optional();
    }

    UUID find(long sourceId) {
        return jdbc.sql("select public_id from source where id = :id").param("id", sourceId).query(UUID.class).single();
    }

    Optional<String> urlOf(long sourceId) {
        return jdbc.sql("select url from source where id = :id").param("id", sourceId).query(String.class).optional();
    }

    /** A new source; it takes the language of the claim it is first added to, for its search configuration. */
    long insert(SourceDraft draft, long firstClaimId, @Nullable Long createdBy, Instant now) {
        return jdbc.sql("""
                        insert into source (url, title, publisher, author, published_on, accessed_on, created_by, created_at,
                                            language)
                        values (:url, :title, :publisher, :author, :publishedOn, :accessedOn, :createdBy, :now,
                                (select language from claim where id = :claimId))
                        returning id""")
                .param("claimId", firstClaimId)
                .param("url", draft.url()).param("title", draft.title()).param("publisher", draft.publisher())
                .param("author", draft.author()).param("publishedOn", draft.publishedOn())
                .param("accessedOn", draft.accessedOn()).param("createdBy", createdBy).param("now", Rows.utc(now))
                .query(Long.class).single();
    }

    void link(long claimId, long sourceId, @Nullable String passage, Stance stance, @Nullable Long addedBy,
            Instant now) {
        jdbc.sql("""
                        insert into claim_source (claim_id, source_id, passage, stance, added_by, added_at, language)
                        values (:claimId, :sourceId, :passage, :stance, :addedBy, :now,
                                (select language from claim where id = :claimId))
                        on conflict (claim_id, source_id) do update set passage = excluded.passage, stance = excluded.stance""")
                .param("claimId", claimId).param("sourceId", sourceId).param("passage", passage)
                .param("stance", stance.name()).param("addedBy", addedBy).param("now", Rows.utc(now))
                .update();
    }

    Set<Long> sourceIdsOfClaim(long claimId) {
        return Set.copyOf(jdbc.sql("select source_id from claim_source where claim_id = :claimId")
                .param("claimId", claimId).query(Long.class).list());
    }

    List<ClaimSource> forClaim(long claimId) {
        return jdbc.sql("""
                        select s.public_id, s.url, s.title, s.publisher, s.author, s.published_on, s.accessed_on,
                               cs.passage, cs.stance, snap.fetched_at, snap.sha256, length(snap.text) as characters
                          from claim_source cs join source s on s.id = cs.source_id
                          left join lateral (select fetched_at, sha256, text from source_snapshot
                                              where source_id = s.id order by fetched_at desc limit 1) snap on true
                         where cs.claim_id = :claimId
                         order by cs.added_at, s.id""")
                .param("claimId", claimId)
                .query(SourceRepository::claimSource).list();
    }

    void insertSnapshot(long sourceId, String finalUrl, String contentType, String text, String sha256,
            Instant fetchedAt, @Nullable Long fetchedBy) {
        jdbc.sql("""
                        insert into source_snapshot (source_id, final_url, content_type, text, sha256, fetched_at, fetched_by)
                        values (:sourceId, :finalUrl, :contentType, :text, :sha, :fetchedAt, :fetchedBy)""")
                .param("sourceId", sourceId).param("finalUrl", finalUrl).param("contentType", contentType)
                .param("text", text).param("sha", sha256).param("fetchedAt", Rows.utc(fetchedAt))
                .param("fetchedBy", fetchedBy)
                .update();
    }

    private static ClaimSource claimSource(ResultSet rs, int row) throws SQLException {
        Instant fetchedAt = Rows.instant(rs, "fetched_at");
        ClaimSource.Snapshot snapshot = fetchedAt == null ? null
                : new ClaimSource.Snapshot(fetchedAt, rs.getString("sha256"), rs.getInt("characters"));
        return new ClaimSource(rs.getObject("public_id", UUID.class), rs.getString("url"), rs.getString("title"),
                rs.getString("publisher"), rs.getString("author"), Rows.date(rs, "published_on"),
                rs.getObject("accessed_on", java.time.LocalDate.class), rs.getString("passage"),
                Stance.valueOf(rs.getString("stance")), snapshot);
    }
}
