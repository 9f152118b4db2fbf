package org.claimdesk.publishing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimdesk.publishing.LabelMappingRow;
import org.claimdesk.publishing.claimreview.LabelMapping;
import org.claimdesk.publishing.claimreview.VerdictLabels;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code verdict_label_mapping}. */
@Repository
class LabelMappingRepository {

    private static final String SELECT = """
            select m.id, m.label_key, m.publisher_site, m.edited, m.updated_at,
                   r.code as rating_code, r.label as rating_label, r.colour as rating_colour
              from verdict_label_mapping m left join rating r on r.id = m.rating_id
            """;
    private static final String FILTER = """
             where (:key = '' and :site = '')
                or (:key <> '' and m.label_key like '%' || :key || '%')
                or (:site <> '' and m.publisher_site like '%' || :site || '%')
            """;

    private final JdbcClient jdbc;

    LabelMappingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for any other transaction filling or changing the table, until this one ends. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('verdict_label_mapping'))").query((rs, row) -> 1).list();
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from verdict_label_mapping)").query(Boolean.class).single();
    }

    /** Adds the rows not there yet; returns how many it added. */
    int insertDefaults(List<LabelMapping> rows, Instant now) {
        return jdbc.sql("""
                        insert into verdict_label_mapping (label_key, publisher_site, rating_id, updated_at)
                        select t.label_key, t.site, r.id, :now
                          from unnest(cast(:keys as text[]), cast(:sites as text[]), cast(:codes as text[]))
                               as t(label_key, site, code)
                          left join rating r on r.code = t.code
                        on conflict (publisher_site, md5(label_key)) do nothing""")
                .param("keys", rows.stream().map(LabelMapping::labelKey).toArray(String[]::new))
                .param("sites", rows.stream().map(LabelMapping::site).toArray(String[]::new))
                .param("codes", rows.stream().map(LabelMapping::ratingCode).toArray(String[]::new))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    List<LabelMapping> all() {
        return jdbc.sql(SELECT).query((rs, row) -> new LabelMapping(rs.getString("publisher_site"),
                rs.getString("label_key"), rs.getString("rating_code"), rs.getBoolean("edited"))).list();
    }

    /** @param filter words of a label, or part of a site's domain */
    List<LabelMappingRow> page(String filter, int offset, int limit) {
        return filtered(SELECT + FILTER + " order by m.label_key, m.publisher_site offset :offset limit :limit", filter)
                .param("offset", offset).param("limit", limit)
                .query(LabelMappingRepository::row).list();
    }

    long count(String filter) {
        return filtered("select count(*) from verdict_label_mapping m" + FILTER, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, String filter) {
        return jdbc.sql(sql)
                .param("key", likeLiteral(VerdictLabels.keyOf(filter)))
                .param("site", likeLiteral(filter.strip().toLowerCase(Locale.ROOT)));
    }

    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    Optional<LabelMappingRow> find(String labelKey, String site) {
        return jdbc.sql(SELECT + " where m.publisher_site = :site and md5(m.label_key) = md5(:key) and m.label_key = :key")
                .param("key", labelKey).param("site", site).query(LabelMappingRepository::row).optional();
    }

    boolean ratingExists(String code) {
        return jdbc.sql("select exists (select 1 from rating where code = :code)").param("code", code)
                .query(Boolean.class).single();
    }

    long save(String labelKey, String site, @Nullable String ratingCode, @Nullable Long by, Instant now) {
        return jdbc.sql("""
                        insert into verdict_label_mapping (label_key, publisher_site, rating_id, edited, updated_by,
                                                           updated_at)
                        values (:key, :site, (select id from rating where code = :code), true, :by, :now)
                        on conflict (publisher_site, md5(label_key)) do update
                           set rating_id = excluded.rating_id, edited = true, updated_by = excluded.updated_by,
                               updated_at = excluded.updated_at
                        returning id""")
                .param("key", labelKey).param("site", site).param("code", ratingCode).param("by", by)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
    }

    private static LabelMappingRow row(ResultSet rs, int row) throws SQLException {
        return new LabelMappingRow(rs.getLong("id"), rs.getString("label_key"), rs.getString("publisher_site"),
                rs.getString("rating_code"), rs.getString("rating_label"), rs.getString("rating_colour"),
                rs.getBoolean("edited"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
