package org.claimdesk.article.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleOrigin;
import org.claimdesk.article.ArticleSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code article}. */
@Repository
class ArticleRepository {

    private static final String COLUMNS = """
            id, public_id, title, byline, publisher, published_at, language, canonical_url, origin, text,
            imported_at, version""";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Article> findByPublicId(UUID publicId) {
        return jdbc.sql("select " + COLUMNS + " from article where public_id = :id").param("id", publicId)
                .query(ArticleRepository::map).optional();
    }

    Optional<Article> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from article where id = :id").param("id", id)
                .query(ArticleRepository::map).optional();
    }

    Optional<UUID> findDuplicate(@Nullable String canonicalUrl, String textSha256) {
        return jdbc.sql("""
                        select public_id from article
                         where text_sha256 = :sha or (cast(:url as text) is not null and canonical_url = :url)
                         order by id limit 1""")
                .param("sha", textSha256)
                .param("url", canonicalUrl)
                .query(UUID.class).optional();
    }

    Optional<Article> findByCanonicalUrl(String canonicalUrl) {
        return jdbc.sql("select " + COLUMNS + " from article where canonical_url = :url").param("url", canonicalUrl)
                .query(ArticleRepository::map).optional();
    }

    List<ArticleSummary> page(int offset, int limit) {
        return jdbc.sql("""
                        select public_id, title, publisher, published_at, origin, imported_at from article
                         order by imported_at desc, id desc offset :offset limit :limit""")
                .param("offset", offset).param("limit", limit)
                .query((rs, row) -> new ArticleSummary(rs.getObject("public_id", UUID.class), rs.getString("title"),
                        rs.getString("publisher"), instant(rs, "published_at"),
                        ArticleOrigin.valueOf(rs.getString("origin")), instant(rs, "imported_at")))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    long insert(NewArticle article, @Nullable Long importedBy, Instant now) {
        return jdbc.sql("""
                        insert into article (title, byline, publisher, published_at, language, canonical_url, origin,
                                             text, text_sha256, imported_by, imported_at, updated_at)
                        values (:title, :byline, :publisher, :publishedAt, :language, :canonicalUrl, :origin,
                                :text, :sha, :importedBy, :now, :now)
                        returning id""")
                .param("title", article.title())
                .param("byline", article.byline())
                .param("publisher", article.publisher())
                .param("publishedAt", utc(article.publishedAt()))
                .param("language", article.language())
                .param("canonicalUrl", article.canonicalUrl())
                .param("origin", article.origin().name())
                .param("text", article.text())
                .param("sha", article.textSha256())
                .param("importedBy", importedBy)
                .param("now", utc(now))
                .query(Long.class).single();
    }

    /** @return false if someone else changed the article since {@code expectedVersion} */
    boolean updateText(long id, String text, String textSha256, long expectedVersion, Instant now) {
        return jdbc.sql("""
                        update article set text = :text, text_sha256 = :sha, updated_at = :now, version = version + 1
                         where id = :id and version = :version""")
                .param("id", id).param("text", text).param("sha", textSha256)
                .param("version", expectedVersion).param("now", utc(now))
                .update() == 1;
    }

    private static Article map(ResultSet rs, int row) throws SQLException {
        return new Article(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("title"),
                rs.getString("byline"), rs.getString("publisher"), instant(rs, "published_at"),
                rs.getString("language"), rs.getString("canonical_url"), ArticleOrigin.valueOf(rs.getString("origin")),
                rs.getString("text"), instant(rs, "imported_at"), rs.getLong("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
