package org.claimdesk.publishing.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.publishing.ExternalReview;
import org.claimdesk.publishing.claimreview.VerdictMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code external_review}. */
@Repository
class ExternalReviewRepository {

    private static final String SELECT = """
            select e.*, c.public_id as claim_public_id, r.code as rating_code, r.label as rating_label_ours,
                   r.colour as rating_colour
              from external_review e
              join claim c on c.id = e.claim_id
              left join rating r on r.id = e.mapped_rating_id
            """;

    private final JdbcClient jdbc;

    ExternalReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is stored of a new external review, besides the claim it belongs to. */
    record NewExternalReview(@Nullable String factChecker, @Nullable URI factCheckerUrl, URI reviewUrl,
            String reviewUrlKey, @Nullable LocalDate reviewDate, @Nullable String ratingLabel, String ratingLabelKey,
            @Nullable BigDecimal ratingValue, @Nullable BigDecimal bestRating, @Nullable BigDecimal worstRating,
            @Nullable String mappedRatingCode, VerdictMatch.Basis mappedBy, List<URI> appearances,
            @Nullable URI firstAppearance, @Nullable Long importedBy, Instant importedAt, String rawJson) {
    }

    UUID insert(UUID claimId, NewExternalReview review) {
        return jdbc.sql("""
                        insert into external_review (claim_id, fact_checker, fact_checker_url, review_url, review_url_key,
                               review_date, rating_label, rating_label_key, rating_value, best_rating, worst_rating,
                               mapped_rating_id, mapped_by, appearance_urls, first_appearance_url, imported_by,
                               imported_at, raw_json)
                        values ((select id from claim where public_id = :claimId), :factChecker, :factCheckerUrl,
                               :reviewUrl, :reviewUrlKey, :reviewDate, :ratingLabel, :ratingLabelKey, :ratingValue,
                               :bestRating, :worstRating, (select id from rating where code = :ratingCode), :mappedBy,
                               :appearances, :firstAppearance, :importedBy, :importedAt, cast(:raw as jsonb))
                        returning public_id""")
                .param("claimId", claimId)
                .param("factChecker", review.factChecker())
                .param("factCheckerUrl", text(review.factCheckerUrl()))
                .param("reviewUrl", review.reviewUrl().toString())
                .param("reviewUrlKey", review.reviewUrlKey())
                .param("reviewDate", review.reviewDate())
                .param("ratingLabel", review.ratingLabel())
                .param("ratingLabelKey", review.ratingLabelKey())
                .param("ratingValue", review.ratingValue())
                .param("bestRating", review.bestRating())
                .param("worstRating", review.worstRating())
                .param("ratingCode", review.mappedRatingCode())
                .param("mappedBy", review.mappedBy().name())
                .param("appearances", review.appearances().stream().map(URI::toString).toArray(String[]::new))
                .param("firstAppearance", text(review.firstAppearance()))
                .param("importedBy", review.importedBy())
                .param("importedAt", review.importedAt().atOffset(ZoneOffset.UTC))
                .param("raw", review.rawJson())
                .query(UUID.class).single();
    }

    Optional<ExternalReview> findByUrlKey(String reviewUrlKey) {
        return jdbc.sql(SELECT + " where md5(e.review_url_key) = md5(:key) and e.review_url_key = :key").param("key", reviewUrlKey)
                .query(ExternalReviewRepository::externalReview).optional();
    }

    List<ExternalReview> ofClaim(UUID claimId) {
        return jdbc.sql(SELECT + " where c.public_id = :claimId order by e.imported_at, e.id").param("claimId", claimId)
                .query(ExternalReviewRepository::externalReview).list();
    }

    /** The imported reviews with this label whose claims nobody has started to review yet (still drafts). */
    List<ExternalReview> unreviewedWithLabel(String labelKey) {
        return jdbc.sql(SELECT + """
                         join review w on w.claim_id = e.claim_id and w.state = 'DRAFT'
                         where e.rating_label_key = :key order by e.id""")
                .param("key", labelKey)
                .query(ExternalReviewRepository::externalReview).list();
    }

    void remap(UUID externalReviewId, @Nullable String ratingCode, VerdictMatch.Basis mappedBy) {
        jdbc.sql("""
                        update external_review set mapped_rating_id = (select id from rating where code = :code),
                               mapped_by = :mappedBy
                         where public_id = :id""")
                .param("id", externalReviewId).param("code", ratingCode).param("mappedBy", mappedBy.name())
                .update();
    }

    private static @Nullable String text(@Nullable URI uri) {
        return uri == null ? null : uri.toString();
    }

    private static ExternalReview externalReview(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("rating_code");
        return new ExternalReview(rs.getObject("public_id", UUID.class), rs.getObject("claim_public_id", UUID.class),
                rs.getString("fact_checker"), uri(rs.getString("fact_checker_url")),
                URI.create(rs.getString("review_url")), rs.getObject("review_date", LocalDate.class),
                rs.getString("rating_label"), rs.getBigDecimal("rating_value"), rs.getBigDecimal("best_rating"),
                rs.getBigDecimal("worst_rating"),
                code == null ? null : new ExternalReview.MappedRating(code, rs.getString("rating_label_ours"),
                        rs.getString("rating_colour")),
                VerdictMatch.Basis.valueOf(rs.getString("mapped_by")), uris(rs.getArray("appearance_urls")),
                uri(rs.getString("first_appearance_url")),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant());
    }

    private static @Nullable URI uri(@Nullable String value) {
        return value == null ? null : URI.create(value);
    }

    private static List<URI> uris(@Nullable Array array) throws SQLException {
        List<URI> uris = new ArrayList<>();
        if (array != null) {
            for (String value : (String[]) array.getArray()) {
                uris.add(URI.create(value));
            }
        }
        return uris;
    }
}
