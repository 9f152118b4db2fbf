package org.claimdesk.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimdesk.database.StatementPlans;
import org.claimdesk.review.Queue;
import org.claimdesk.review.QueueFilter;
import org.claimdesk.review.QueueOrder;
import org.claimdesk.review.QueueRow;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queues' SQL: one statement per page, filtered and sorted in the database on indexed columns, so a
 * page costs the same at 100 rows or 100,000 (see bench/queue.sh).
 */
@Repository
public class QueueRepository {

    private static final String OPEN = "('DRAFT', 'IN_RESEARCH', 'VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS')";
    /**
     * A statement's first 200 characters, stored (claim_statement_walk_idx): a whole statement may be too long for
     * a B-tree entry; statements equal that far are ordered by the tie-breaker.
     */
    private static final String STATEMENT_KEY = "c.statement_key";
    /** How many characters of a statement claim_statement_walk_idx holds in lower case (as in the changeset). */
    private static final int INDEXED_HEAD = 400;

    private final JdbcClient jdbc;

    QueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page's claims are chosen first, from the review rows (and the claim rows only when a filter or the
     * sort needs them), and only those rows are then joined to their verdict, rating and assignee. Deep pages
     * thus skip rows on an index instead of joining every skipped row.
     */
    public List<QueueRow> page(QueueFilter filter, QueueOrder order, long me, LocalDate today, int offset, int limit) {
        planForTheValues();
        if (wordsFirst(filter) && offset + limit < wordsFirstLimit(order)) {
            List<QueueRow> page = wordsFirstPage(filter, order, me, today, offset, limit);
            if (page != null) {
                return page;
            }
        }
        Map<String, Object> params = new HashMap<>();
        boolean claimColumns = needsClaim(filter) || order.sort() == QueueOrder.Sort.CLAIM_DATE
                || order.sort() == QueueOrder.Sort.STATEMENT;
        // Only where the matches-first way found too many: with narrower filters the words may be few, and the
        // plain condition leaves the planner the trigram index for them.
        boolean walkingStatements = order.sort() == QueueOrder.Sort.STATEMENT && wordsFirst(filter);
        String sql = """
                select c.public_id, c.statement, c.claim_date, c.tags, r.state, r.due_on, r.recheck_on, r.updated_at,
                       rt.label as rating_label, rt.colour as rating_colour, u.display_name as assignee_name
                  from (select r.claim_id from review r"""
                + (claimColumns ? " join claim c on c.id = r.claim_id" : "")
                + where(filter, me, today, params, "r.claim_id", walkingStatements)
                + orderBy(order) + """
                 limit :limit offset :offset) page
                  join review r on r.claim_id = page.claim_id
                  join claim c on c.id = r.claim_id
                  left join verdict v on v.claim_id = c.id
                  left join rating rt on rt.id = v.rating_id
                  left join user_account u on u.id = r.assignee_id
                """ + orderBy(order);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql).params(params).query(QueueRepository::row).list();
    }

    /**
     * Words in the statement, in no queue narrower than "All": walking the sort's index until 50 statements match
     * is fast when the matches are many and spread evenly, and very slow when they are few or sit together. A
     * common word sorts together (the claims with "minister" start with "The …", so A-Z reaches them after 70,000
     * others), a topic's claims sit together in time, and a rare word (a hundred claims) makes the walk read the
     * whole index. So the matches are found first, on the trigram index, and sorted: up to
     * {@link #wordsFirstLimit} of them, a few milliseconds. More matches than that are at least one claim in a
     * hundred, spread out, and the walk finds 50 soon.
     */
    static boolean wordsFirst(QueueFilter filter) {
        return filter.text() != null && !filter.text().isBlank() && filter.queue() == Queue.ALL
                && filter.states().isEmpty() && filter.assigneeId() == null;
    }

    /**
     * How many matches are sorted at most: many for the claim date, which sorts them without touching the review
     * rows; fewer for an order on the review row, which each match must be joined to; fewest for the statement,
     * whose walk checks the words from its index alone (claim_statement_walk_idx): 20 ms for a word in one claim in
     * eight that A-Z reaches after 17,000 others, where finding and sorting its 13,000 matches took 70 ms. A failed
     * attempt costs the trigram index's look-up and this many rows, a few milliseconds (bench/queue.md).
     */
    static int wordsFirstLimit(QueueOrder order) {
        return switch (order.sort()) {
            case STATEMENT -> WORDS_FIRST_STATEMENT_LIMIT;
            case CLAIM_DATE -> WORDS_FIRST_LIMIT;
            default -> WORDS_FIRST_REVIEW_LIMIT;
        };
    }

    private static boolean claimSort(QueueOrder order) {
        return order.sort() == QueueOrder.Sort.STATEMENT || order.sort() == QueueOrder.Sort.CLAIM_DATE;
    }

    static final int WORDS_FIRST_LIMIT = 20_000;
    /** Public for the tests that make the page walk the statements. */
    public static final int WORDS_FIRST_STATEMENT_LIMIT = 500;
    static final int WORDS_FIRST_REVIEW_LIMIT = 1_000;

    /**
     * The page from the claims that match, sorted, or null if more than {@link #wordsFirstLimit} match. Read
     * from the claims (and their review rows for an order on them): with no condition on the review row, every
     * claim has exactly one (made with it).
     */
    private @Nullable List<QueueRow> wordsFirstPage(QueueFilter filter, QueueOrder order, long me, LocalDate today,
            int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String direction = order.ascending() ? " asc" : " desc";
        boolean nullable = order.sort() == QueueOrder.Sort.DUE || order.sort() == QueueOrder.Sort.CLAIM_DATE;
        String nulls = nullable ? " nulls last" : "";
        int found = wordsFirstLimit(order);
        String sql = "with found as materialized (select c.id, " + sortColumn(order.sort()) + " as sort_key from claim c"
                + (claimSort(order) ? "" : " join review r on r.claim_id = c.id")
                + where(filter, me, today, params, "c.id") + """
                 limit :found)
                select c.public_id, c.statement, c.claim_date, c.tags, r.state, r.due_on, r.recheck_on, r.updated_at,
                       rt.label as rating_label, rt.colour as rating_colour, u.display_name as assignee_name,
                       (select count(*) from found) as found
                  from (select f.id, f.sort_key from found f order by f.sort_key""" + direction + nulls + """
                , f.id desc limit :limit offset :offset) page
                  join review r on r.claim_id = page.id
                  join claim c on c.id = r.claim_id
                  left join verdict v on v.claim_id = c.id
                  left join rating rt on rt.id = v.rating_id
                  left join user_account u on u.id = r.assignee_id
                 order by page.sort_key""" + direction + nulls + ", page.id desc";
        params.put("found", found + 1);
        params.put("limit", limit);
        params.put("offset", offset);
        List<Found> page = jdbc.sql(sql).params(params)
                .query((rs, row) -> new Found(row(rs, row), rs.getLong("found"))).list();
        if (!page.isEmpty() && page.getFirst().matching() > found) {
            return null;
        }
        return page.stream().map(Found::row).toList();
    }

    private record Found(QueueRow row, long matching) {
    }

    /** Counts review rows only, joined to their claims only when a filter is on the claim's own columns. */
    public long count(QueueFilter filter, long me, LocalDate today) {
        planForTheValues();
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from " + matching(filter, me, today, params)).params(params)
                .query(Long.class).single();
    }

    /**
     * Counts up to {@code limit} rows and stops there: a broad filter (a word in most statements) then costs
     * no more than a narrow one, where an exact count would have to find and check every matching row.
     */
    public long countUpTo(QueueFilter filter, long me, LocalDate today, long limit) {
        planForTheValues();
        Map<String, Object> params = new HashMap<>();
        params.put("cap", limit);
        return jdbc.sql("select count(*) from (select 1 from " + matching(filter, me, today, params) + " limit :cap) capped")
                .params(params).query(Long.class).single();
    }

    /**
     * Each page and count is planned for its values: with a generic plan, counting the claims with "the" (three
     * in four) took 40 times as long as with the plan for that word (bench/queue.md); planning a page takes
     * 1-2 ms, which the values repay. Without parallel workers: see {@link StatementPlans}.
     */
    private void planForTheValues() {
        StatementPlans.forTheValuesWithoutWorkers(jdbc);
    }

    private static String matching(QueueFilter filter, long me, LocalDate today, Map<String, Object> params) {
        return "review r" + (needsClaim(filter) ? " join claim c on c.id = r.claim_id" : "")
                + where(filter, me, today, params, "r.claim_id");
    }

    /** Whether the WHERE clause refers to {@code c}, the claim row (every review row has exactly one). */
    static boolean needsClaim(QueueFilter filter) {
        return (filter.tag() != null && !filter.tag().isBlank()) || filter.claimDateFrom() != null
                || filter.claimDateTo() != null || (filter.text() != null && !filter.text().isBlank());
    }

    /** The WHERE clause; every value goes in as a bind parameter. {@code claimId}: the claim's id in the query. */
    static String where(QueueFilter filter, long me, LocalDate today, Map<String, Object> params, String claimId) {
        return where(filter, me, today, params, claimId, false);
    }

    /**
     * @param walkingStatements the page walks the claims in statement order (claim_statement_walk_idx) and stops at
     *     the page's end, so words are checked on the statement's start the index holds, and only a statement longer
     *     than that on its row: the walk then reads no claim row (an index-only scan)
     */
    static String where(QueueFilter filter, long me, LocalDate today, Map<String, Object> params, String claimId,
            boolean walkingStatements) {
        StringBuilder where = new StringBuilder(" where true");
        switch (filter.queue()) {
            case MINE -> {
                where.append(" and r.assignee_id = :me and r.state in ").append(OPEN);
                params.put("me", me);
            }
            case UNASSIGNED -> where.append(" and r.assignee_id is null and r.state in ('DRAFT', 'IN_RESEARCH', 'CORRECTION_IN_PROGRESS')");
            case AWAITING_APPROVAL -> where.append(" and r.state = 'VERDICT_PROPOSED'");
            case OVERDUE -> {
                where.append(" and r.due_on < :today and r.due_on is not null and r.state in ").append(OPEN);
                params.put("today", today);
            }
            case RECHECK_DUE -> {
                where.append(" and r.recheck_on <= :today and r.recheck_on is not null");
                params.put("today", today);
            }
            case ALL -> {
            }
        }
        if (!filter.states().isEmpty()) {
            where.append(" and r.state in (:states)");
            params.put("states", filter.states().stream().map(ReviewState::name).toList());
        }
        if (filter.ratingCode() != null) {
            // rating.code is unique: the rating is looked up once, and the verdicts with it come from verdict_rating_idx
            where.append(" and exists (select 1 from verdict v where v.claim_id = " + claimId
                    + " and v.rating_id = (select id from rating where code = :rating))");
            params.put("rating", filter.ratingCode());
        }
        if (filter.assigneeId() != null) {
            where.append(" and r.assignee_id = (select id from user_account where public_id = :assignee)");
            params.put("assignee", filter.assigneeId());
        }
        if (filter.articleId() != null) {
            where.append(" and exists (select 1 from appearance a join article ar on ar.id = a.article_id"
                    + " where a.claim_id = " + claimId + " and ar.public_id = :article)");
            params.put("article", filter.articleId());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.append(" and c.tags @> array[cast(:tag as text)]");
            params.put("tag", filter.tag().strip());
        }
        if (filter.claimDateFrom() != null) {
            where.append(" and c.claim_date >= :from");
            params.put("from", filter.claimDateFrom());
        }
        if (filter.claimDateTo() != null) {
            where.append(" and c.claim_date <= :to");
            params.put("to", filter.claimDateTo());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // statement_lower is lower(statement), stored: the same match as ILIKE (which lower-cases both sides),
            // without lower-casing each candidate row again; its trigram index finds the candidates. Backslash is
            // LIKE's default escape character; an explicit ESCAPE clause would make a cached (generic) plan call
            // like_escape() on the parameter for every row it checks.
            if (walkingStatements) {
                // A head of 400 characters is at least 400 bytes (octet_length reads the length, length() counts the
                // characters); a shorter statement with that many bytes is merely checked twice. The whole statement
                // is read as a scalar subquery, once per such row: PostgreSQL would turn an EXISTS into one search of
                // every match, which is the cost the walk avoids.
                where.append(" and (c.statement_lower_head like lower(:text) or (octet_length(c.statement_lower_head)")
                        .append(" >= ").append(INDEXED_HEAD).append(" and (select whole.statement_lower from claim whole")
                        .append(" where whole.id = c.id) like lower(:text)))");
            } else {
                where.append(" and c.statement_lower like lower(:text)");
            }
            params.put("text", "%" + likeEscaped(filter.text().strip()) + "%");
        }
        return where.toString();
    }

    /**
     * NULLS LAST only on the columns that can be null: on the others it changes nothing in the result, but
     * an index (such as {@code review_updated_idx}, descending with nulls first) can then give the order.
     */
    static String orderBy(QueueOrder order) {
        String direction = order.ascending() ? " asc" : " desc";
        boolean nullable = order.sort() == QueueOrder.Sort.DUE || order.sort() == QueueOrder.Sort.CLAIM_DATE;
        return " order by " + sortColumn(order.sort()) + direction + (nullable ? " nulls last" : "") + ", r.claim_id desc";
    }

    private static String sortColumn(QueueOrder.Sort sort) {
        return switch (sort) {
            case UPDATED -> "r.updated_at";
            case DUE -> "r.due_on";
            case CLAIM_DATE -> "c.claim_date";
            case STATEMENT -> STATEMENT_KEY;
            case STATE -> "r.state";
        };
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static QueueRow row(ResultSet rs, int row) throws SQLException {
        return new QueueRow(rs.getObject("public_id", UUID.class), rs.getString("statement"),
                ReviewState.valueOf(rs.getString("state")), rs.getString("rating_label"), rs.getString("rating_colour"),
                rs.getString("assignee_name"), rs.getObject("due_on", LocalDate.class),
                rs.getObject("recheck_on", LocalDate.class), rs.getObject("claim_date", LocalDate.class),
                Arrays.asList((String[]) rs.getArray("tags").getArray()),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
