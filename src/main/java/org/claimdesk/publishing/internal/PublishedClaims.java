package org.claimdesk.publishing.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.claimdesk.publishing.PublicClaim;
import org.claimdesk.review.PublishedVerdict;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-only SQL for the public surfaces. Every statement starts from a current published verdict, so
 * nothing that was not approved and published can be read through here, whatever id is asked for.
 * A claim whose published verdict is being corrected still shows that published verdict; an archived
 * (withdrawn) claim shows nothing.
 */
@Repository
public class PublishedClaims {

    private static final TypeReference<List<PublishedVerdict.Source>> SOURCES = new TypeReference<>() {
    };
    private static final String PUBLIC = """
            select c.id, c.public_id, c.statement, c.claimant, c.claim_date,
                   p.rationale, p.sources, p.published_at, u.display_name as approved_by,
                   rt.code, rt.label, rt.rating_value, rt.colour,
                   (select min(f.published_at) from published_verdict f where f.claim_id = c.id) as first_published_at
              from published_verdict p
              join claim c on c.id = p.claim_id
              join review r on r.claim_id = c.id and r.state in ('PUBLISHED', 'CORRECTION_IN_PROGRESS')
              join rating rt on rt.id = p.rating_id
              join user_account u on u.id = p.approved_by
             where p.superseded_at is null
            """;
    private static final String CORRECTIONS = """
            select k.public_id, c.public_id as claim_public_id, c.statement, rp.label as previous_rating,
                   rc.label as corrected_rating, po.rationale <> pn.rationale as rationale_changed, k.reason,
                   u.display_name as approved_by, k.published_at
              from correction k
              join claim c on c.id = k.claim_id
              join review r on r.claim_id = c.id and r.state in ('PUBLISHED', 'CORRECTION_IN_PROGRESS')
              join published_verdict po on po.id = k.previous_id join rating rp on rp.id = po.rating_id
              join published_verdict pn on pn.id = k.current_id join rating rc on rc.id = pn.rating_id
              join user_account u on u.id = k.approved_by
            """;

    /**
     * The feed: one row per current published verdict with the article addresses as two arrays, so that no
     * claim costs a statement of its own; ordered by the claim (its position in the feed) along the index of
     * current published verdicts.
     */
    static final String FEED = """
            select p.claim_id, c.public_id, c.statement, c.claimant, c.claim_date, p.published_at, rt.label,
                   rt.rating_value, f.first_published_at, ar.urls, ar.titles
              from published_verdict p
              join claim c on c.id = p.claim_id
              join review r on r.claim_id = c.id and r.state in ('PUBLISHED', 'CORRECTION_IN_PROGRESS')
              join rating rt on rt.id = p.rating_id
              cross join lateral (select min(e.published_at) as first_published_at
                                    from published_verdict e where e.claim_id = c.id) f
              cross join lateral (select array_agg(a.canonical_url order by a.published_at nulls last, a.id) as urls,
                                         array_agg(a.title order by a.published_at nulls last, a.id) as titles
                                    from article a
                                   where a.canonical_url is not null
                                     and a.id in (select ap.article_id from appearance ap where ap.claim_id = c.id)) ar
             where p.superseded_at is null and p.claim_id > :after
             order by p.claim_id
            """;
    /** Rows PostgreSQL sends per round trip while the feed streams. */
    static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final JsonMapper json = JsonMapper.builder().build();

    PublishedClaims(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
    }

    public Optional<PublicClaim> find(UUID claimId) {
        return jdbc.sql(PUBLIC + " and c.public_id = :id").param("id", claimId).query(this::claim).optional();
    }

    /**
     * Published claims as their ClaimReviews need them, in the feed's order (the order the claims were
     * created in), those after feed position {@code after} (0: from the start), skipping {@code offset}, at most
     * {@code limit} of them ({@code null}: all). One forward-only statement with a fetch size: PostgreSQL hands
     * the rows over in batches through a cursor, so the whole feed never sits in memory. It must run inside a
     * (read-only) transaction, which keeps the cursor open. Positions follow the current published verdicts'
     * index, so a page after a position reads only its own rows however far into the feed it is.
     */
    public void forEachReviewed(long after, long offset, @Nullable Long limit, Consumer<ReviewedClaim> consumer) {
        String sql = FEED + " offset :offset" + (limit == null ? "" : " limit :limit");
        Map<String, Object> params = new HashMap<>();
        params.put("after", after);
        params.put("offset", offset);
        if (limit != null) {
            params.put("limit", limit);
        }
        try (Stream<ReviewedClaim> claims = streaming.sql(sql).params(params).query(PublishedClaims::reviewed).stream()) {
            claims.forEach(consumer);
        }
    }

    /** The rating scale as the methodology page explains it, in its order. */
    public List<org.claimdesk.claim.Rating> ratings() {
        return jdbc.sql("select * from rating order by position, id").query((rs, row) -> new org.claimdesk.claim.Rating(
                rs.getLong("id"), rs.getString("code"), rs.getString("label"), rs.getString("description"),
                rs.getObject("rating_value", Integer.class), rs.getString("colour"), rs.getInt("position"),
                rs.getLong("version"))).list();
    }

    /** Every public correction, newest first. */
    public List<PublicClaim.PublicCorrection> corrections() {
        return jdbc.sql(CORRECTIONS + " order by k.published_at desc, k.id desc")
                .query(PublishedClaims::correction).list();
    }

    private PublicClaim claim(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        PublicClaim.Verdict verdict = new PublicClaim.Verdict(rs.getString("code"), rs.getString("label"),
                rs.getObject("rating_value", Integer.class), rs.getString("colour"), rs.getString("rationale"),
                json.readValue(rs.getString("sources"), SOURCES), rs.getString("approved_by"),
                instant(rs, "published_at"));
        UUID publicId = rs.getObject("public_id", UUID.class);
        return new PublicClaim(publicId, rs.getString("statement"), rs.getString("claimant"),
                rs.getObject("claim_date", LocalDate.class), appearances(id), verdict,
                instant(rs, "first_published_at"),
                jdbc.sql(CORRECTIONS + " where k.claim_id = :id order by k.published_at desc, k.id desc")
                        .param("id", id).query(PublishedClaims::correction).list());
    }

    private static ReviewedClaim reviewed(ResultSet rs, int row) throws SQLException {
        String[] urls = strings(rs, "urls");
        String[] titles = strings(rs, "titles");
        List<ReviewedClaim.Appearance> appearances = new ArrayList<>(urls.length);
        for (int i = 0; i < urls.length; i++) {
            appearances.add(new ReviewedClaim.Appearance(urls[i], titles[i]));
        }
        return new ReviewedClaim(rs.getObject("public_id", UUID.class), rs.getString("statement"),
                rs.getString("claimant"), rs.getObject("claim_date", LocalDate.class), rs.getString("label"),
                rs.getObject("rating_value", Integer.class), instant(rs, "first_published_at"),
                instant(rs, "published_at"), appearances, rs.getLong("claim_id"));
    }

    private static String[] strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private List<PublicClaim.Appearance> appearances(long claimId) {
        return jdbc.sql("""
                        select distinct a.canonical_url, a.title, a.publisher, a.published_at, a.id
                          from appearance ap join article a on a.id = ap.article_id
                         where ap.claim_id = :id order by a.published_at nulls last, a.id""")
                .param("id", claimId)
                .query((rs, row) -> new PublicClaim.Appearance(rs.getString("canonical_url"), rs.getString("title"),
                        rs.getString("publisher"), nullableInstant(rs, "published_at")))
                .list();
    }

    private static PublicClaim.PublicCorrection correction(ResultSet rs, int row) throws SQLException {
        return new PublicClaim.PublicCorrection(rs.getObject("public_id", UUID.class),
                rs.getObject("claim_public_id", UUID.class), rs.getString("statement"), rs.getString("previous_rating"),
                rs.getString("corrected_rating"), rs.getBoolean("rationale_changed"), rs.getString("reason"),
                rs.getString("approved_by"), instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
