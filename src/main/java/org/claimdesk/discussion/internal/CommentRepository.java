package org.claimdesk.discussion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code comment}. Changes are conditional on the row's state, so a race loses instead of overwriting. */
@Repository
class CommentRepository {

    private static final String COLUMNS = """
            id, public_id, claim_public_id, parent_id, author_id, body, created_at, edited_at, deleted_at,
            deleted_by, version""";

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoredComment insert(UUID claimId, @Nullable Long parentId, long authorId, String body, Instant now) {
        return jdbc.sql("""
                        insert into comment (claim_public_id, parent_id, author_id, body, created_at)
                        values (:claimId, :parentId, :authorId, :body, :now)
                        returning\s""" + COLUMNS)
                .param("claimId", claimId)
                .param("parentId", parentId)
                .param("authorId", authorId)
                .param("body", body)
                .param("now", utc(now))
                .query(CommentRepository::map)
                .single();
    }

    Optional<StoredComment> find(UUID commentId) {
        return jdbc.sql("select " + COLUMNS + " from comment where public_id = :id")
                .param("id", commentId)
                .query(CommentRepository::map)
                .optional();
    }

    /** All of a claim's comments and replies, in the order they were posted. */
    List<StoredComment> ofClaim(UUID claimId) {
        return jdbc.sql("select " + COLUMNS + " from comment where claim_public_id = :claimId order by created_at, id")
                .param("claimId", claimId)
                .query(CommentRepository::map)
                .list();
    }

    /** @return the changed comment, or empty if it was deleted or changed since {@code expectedVersion} */
    Optional<StoredComment> updateBody(long id, String body, long expectedVersion, Instant now) {
        return jdbc.sql("""
                        update comment set body = :body, edited_at = :now, version = version + 1
                         where id = :id and version = :version and deleted_at is null
                        returning\s""" + COLUMNS)
                .param("id", id)
                .param("body", body)
                .param("version", expectedVersion)
                .param("now", utc(now))
                .query(CommentRepository::map)
                .optional();
    }

    /** @return the comment as a deletion marker, or empty if it had already been deleted */
    Optional<StoredComment> markDeleted(long id, long deletedBy, Instant now) {
        return jdbc.sql("""
                        update comment set deleted_at = :now, deleted_by = :deletedBy, version = version + 1
                         where id = :id and deleted_at is null
                        returning\s""" + COLUMNS)
                .param("id", id)
                .param("deletedBy", deletedBy)
                .param("now", utc(now))
                .query(CommentRepository::map)
                .optional();
    }

    private static StoredComment map(ResultSet rs, int row) throws SQLException {
        return new StoredComment(
                rs.getLong("id"),
                rs.getObject("public_id", UUID.class),
                rs.getObject("claim_public_id", UUID.class),
                rs.getObject("parent_id", Long.class),
                rs.getLong("author_id"),
                rs.getString("body"),
                instant(rs, "created_at"),
                nullableInstant(rs, "edited_at"),
                nullableInstant(rs, "deleted_at"),
                rs.getObject("deleted_by", Long.class),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
