package org.claimdesk.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the whole trail for the audit viewer: a page or a stream of entries matching an {@link AuditQuery},
 * newest first, and the distinct people, entity types and actions to filter by. Every condition is one an
 * index serves (see the 2026-11-28-13 and -15 changesets); only the conditions asked for are in the SQL, so each
 * query gets a plan of its own. The text search reads {@code audit_search} through its trigram index, and the
 * entries the {@link AuditSearchIndexer} may not have reached yet with a plain scan, so that an entry is found
 * from the moment it is committed (ADR 0012).
 */
@Component
public class AuditReader {

    /**
     * An entry's searchable text; {@code audit_search.searched} holds it in lower case. The 2026-11-28-15 changeset
     * and the benchmarks' data generator repeat it.
     */
    static final String SEARCHED = """
            (entity_id || ' ' || coalesce(before_value::text, '') || ' ' || coalesce(after_value::text, ''))""";
    /**
     * The entries whose text contains {@code :pattern}, as {@code (matched_id, matched_at)}: those indexed, and the
     * not yet settled tail above the indexer's watermark, read on the primary key and checked one by one (a few
     * seconds' worth of entries). Both parts can come newest first, so that PostgreSQL may walk them in the page's
     * order and stop after a page when the text is common, or find a rare text on the trigram index and sort the few.
     * Lower-cased on both sides, a plain LIKE is what ILIKE does in a UTF-8 database, and cheaper to check. The
     * text of an entity id is in it, so an exact entity id is found too.
     */
    static final String MATCHING = """
            select entry_id as matched_id, occurred_at as matched_at
              from audit_search where searched like lower(:pattern) escape '\\'
             union all
            select t.id, t.occurred_at from audit_entry t
             where t.id > (select indexed_through from audit_search_progress)
               and lower(%s) like lower(:pattern) escape '\\'
               and not exists (select 1 from audit_search s where s.entry_id = t.id)""".formatted(SEARCHED);
    static final String COLUMNS = """
            select id, occurred_at, actor, entity_type, entity_id, action,
                   before_value::text as before_value, after_value::text as after_value
              from audit_entry""";
    static final String NEWEST_FIRST = " order by occurred_at desc, id desc";
    /** With a text: the matches' own columns, which the matches can give in this order, or sort when they are few. */
    static final String MATCHES_NEWEST_FIRST = " order by m.matched_at desc, m.matched_id desc";
    static final String PAGE = " offset :offset limit :limit";
    private static final int EXPORT_FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    AuditReader(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // with a fetch size inside a transaction, PostgreSQL hands rows over in batches through a cursor
        template.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditQuery query, int offset, int limit) {
        Where where = where(query);
        return jdbc.sql(COLUMNS + where.sql() + where.order() + PAGE)
                .params(where.parameters()).param("offset", offset).param("limit", limit)
                .query(AuditTrail::entry).list();
    }

    /** Hands every matching entry, newest first, to {@code sink} while reading, never holding them all. */
    @Transactional(readOnly = true)
    public void forEach(AuditQuery query, Consumer<AuditEntry> sink) {
        Where where = where(query);
        streaming.sql(COLUMNS + where.sql() + where.order())
                .params(where.parameters())
                .query((RowCallbackHandler) rs -> sink.accept(AuditTrail.entry(rs, 0)));
    }

    /** Everyone who has changed anything, by name (read by skipping through the index, not the table). */
    @Transactional(readOnly = true)
    public List<String> actors() {
        return distinct("actor");
    }

    /** The kinds of entity and the actions in the trail, each sorted: what the viewer's filters offer. */
    public record Vocabulary(List<String> entityTypes, List<String> actions) {

        public Vocabulary {
            entityTypes = List.copyOf(entityTypes);
            actions = List.copyOf(actions);
        }
    }

    /**
     * The kinds of entity and the actions, in one pass over the newest-first index, which carries both: no index
     * leads with either (each would cost every save an index entry; see the 2026-11-28-19 changeset).
     */
    @Transactional(readOnly = true)
    public Vocabulary vocabulary() {
        SortedSet<String> types = new TreeSet<>();
        SortedSet<String> actions = new TreeSet<>();
        jdbc.sql("select entity_type, action from audit_entry group by entity_type, action").query(rs -> {
            types.add(rs.getString("entity_type"));
            actions.add(rs.getString("action"));
        });
        return new Vocabulary(List.copyOf(types), List.copyOf(actions));
    }

    private List<String> distinct(String column) {
        return jdbc.sql("""
                        with recursive found(value) as (
                            (select %1$s from audit_entry order by %1$s limit 1)
                            union all
                            select (select %1$s from audit_entry where %1$s > found.value order by %1$s limit 1)
                              from found where found.value is not null)
                        select value from found where value is not null""".formatted(column))
                .query(String.class).list();
    }

    /**
     * The join and conditions of a query, its order and its parameters (package-private for the benchmark's "SQL
     * alone").
     */
    record Where(String sql, String order, Map<String, Object> parameters) {
    }

    static Where where(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        add(conditions, parameters, "actor = :actor", "actor", query.actor());
        add(conditions, parameters, "entity_type = :type", "type", query.entityType());
        add(conditions, parameters, "action = :action", "action", query.action());
        add(conditions, parameters, "occurred_at >= :since", "since", utc(query.since()));
        add(conditions, parameters, "occurred_at < :until", "until", utc(query.until()));
        String text = query.text();
        String join = "";
        if (text != null) {
            if (text.length() >= AuditQuery.MIN_SEARCH_LENGTH) {
                parameters.put("pattern", "%" + escapeLike(text) + "%");
                join = " join (" + MATCHING + ") m on m.matched_id = audit_entry.id";
            } else {
                conditions.add("entity_id = :text");
                parameters.put("text", text);
            }
        }
        return new Where(join + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)),
                join.isEmpty() ? NEWEST_FIRST : MATCHES_NEWEST_FIRST, parameters);
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name,
            @Nullable Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
