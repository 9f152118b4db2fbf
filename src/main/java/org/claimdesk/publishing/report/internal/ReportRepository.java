package org.claimdesk.publishing.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.claimdesk.publishing.report.ReportScope;
import org.claimdesk.review.ReviewState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's one query. {@link #stream} reads forward only with a fetch size, so PostgreSQL hands the rows
 * over in batches through a cursor and no export holds the whole scope in memory; it must run inside a
 * (read-only) transaction, which is what keeps the cursor open. Reads across the review, claim and article
 * tables: a report is a read model of the whole desk.
 */
@Repository
public class ReportRepository {

    /** Rows PostgreSQL sends per round trip while a report streams. */
    static final int FETCH_SIZE = 100;

    private static final TypeReference<List<ReportClaim.Appearance>> APPEARANCES = new TypeReference<>() {
    };
    private static final TypeReference<List<ReportClaim.Source>> SOURCES = new TypeReference<>() {
    };

    // published claims show their published copy, all other states the working verdict
    private static final String FROM = """
              from review r
              join claim c on c.id = r.claim_id
              left join published_verdict pv on pv.claim_id = c.id and pv.superseded_at is null
                                             and r.state = 'PUBLISHED'
              left join verdict v on v.claim_id = c.id and r.state <> 'PUBLISHED'
              left join rating rt on rt.id = coalesce(pv.rating_id, v.rating_id)
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ReportRepository(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(template);
    }

    public long count(ReportScope scope) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*)" + FROM + where(scope, params)).params(params).query(Long.class).single();
    }

    /** The scope's claims, grouped by their article (oldest article first); close the stream when done. */
    public Stream<ReportClaim> stream(ReportScope scope) {
        Map<String, Object> params = new HashMap<>();
        String primaryFirst = scope.articleId() == null ? "a.id" : "(ar.public_id = :article) desc, a.id";
        String sql = """
                select c.public_id, c.statement, c.claimant, c.claim_date, c.tags, r.state,
                       rt.code as rating_code, rt.label as rating_label, rt.rating_value, rt.colour as rating_colour,
                       coalesce(pv.rationale, v.rationale) as rationale, pv.published_at,
                       (select display_name from user_account where id = pv.approved_by) as approved_by,
                       (select coalesce(jsonb_agg(jsonb_build_object('articleId', ar.public_id, 'articleTitle', ar.title,
                                        'articleUrl', ar.canonical_url, 'quote', a.quote_exact)
                                        order by %1$s), '[]'::jsonb)
                          from appearance a join article ar on ar.id = a.article_id
                         where a.claim_id = c.id) as appearances,
                       case when pv.id is not null then pv.sources
                            when v.id is not null then (%2$s join verdict_source vs on vs.source_id = s.id
                                                         where vs.verdict_id = v.id)
                            else (%2$s join claim_source cs on cs.source_id = s.id where cs.claim_id = c.id)
                       end as sources
                """.formatted(primaryFirst, SOURCES_JSON) + FROM + """
                  left join lateral (select ar.id, ar.title, ar.published_at
                                       from appearance a join article ar on ar.id = a.article_id
                                      where a.claim_id = c.id order by %s limit 1) pa on true
                """.formatted(primaryFirst) + where(scope, params)
                + " order by pa.published_at nulls last, pa.title nulls last, pa.id nulls last,"
                + " c.claim_date nulls last, c.id";
        return jdbc.sql(sql).params(params).query(this::claim).stream();
    }

    private static final String SOURCES_JSON = """
            select coalesce(jsonb_agg(jsonb_build_object('title', s.title, 'url', s.url, 'publisher', s.publisher,
                            'publishedOn', s.published_on, 'accessedOn', s.accessed_on) order by s.id), '[]'::jsonb)
              from source s""";

    /** The WHERE clause; every value goes in as a bind parameter. */
    static String where(ReportScope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where r.state in (:states)");
        params.put("states", scope.states().stream().map(ReviewState::name).sorted().toList());
        if (scope.articleId() != null) {
            where.append(" and exists (select 1 from appearance a join article ar on ar.id = a.article_id"
                    + " where a.claim_id = c.id and ar.public_id = :article)");
            params.put("article", scope.articleId());
        }
        if (!scope.tags().isEmpty()) {
            where.append(" and c.tags && cast(array[:tags] as text[])");
            params.put("tags", scope.tags().stream().sorted().toList());
        }
        if (!scope.ratingCodes().isEmpty()) {
            where.append(" and rt.code in (:ratings)");
            params.put("ratings", scope.ratingCodes().stream().sorted().toList());
        }
        switch (scope.dateBasis()) {
            case CLAIM_DATE -> {
                if (scope.from() != null) {
                    where.append(" and c.claim_date >= :from");
                    params.put("from", scope.from());
                }
                if (scope.to() != null) {
                    where.append(" and c.claim_date <= :to");
                    params.put("to", scope.to());
                }
            }
            case PUBLISHED_AT -> {
                if (scope.from() != null) {
                    where.append(" and pv.published_at >= :from");
                    params.put("from", startOfDay(scope.from()));
                }
                if (scope.to() != null) {
                    where.append(" and pv.published_at < :to");
                    params.put("to", startOfDay(scope.to().plusDays(1)));
                }
            }
        }
        return where.toString();
    }

    private static OffsetDateTime startOfDay(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private ReportClaim claim(ResultSet rs, int row) throws SQLException {
        String ratingCode = rs.getString("rating_code");
        ReportClaim.Verdict verdict = null;
        if (ratingCode != null) {
            OffsetDateTime publishedAt = rs.getObject("published_at", OffsetDateTime.class);
            verdict = new ReportClaim.Verdict(publishedAt != null, ratingCode, rs.getString("rating_label"),
                    rs.getObject("rating_value", Integer.class), rs.getString("rating_colour"),
                    rs.getString("rationale"), rs.getString("approved_by"),
                    publishedAt == null ? null : publishedAt.toInstant());
        }
        return new ReportClaim(rs.getObject("public_id", UUID.class), rs.getString("statement"),
                rs.getString("claimant"), rs.getObject("claim_date", LocalDate.class),
                Arrays.asList((String[]) rs.getArray("tags").getArray()), ReviewState.valueOf(rs.getString("state")),
                json.readValue(rs.getString("appearances"), APPEARANCES), verdict,
                json.readValue(rs.getString("sources"), SOURCES));
    }
}
