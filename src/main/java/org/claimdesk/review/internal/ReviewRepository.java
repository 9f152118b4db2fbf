package org.claimdesk.review.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code review}: one row per claim. */
@Repository
class ReviewRepository {

    private static final String SELECT = """
            select r.*, c.public_id, c.statement,
                   exists (select 1 from published_verdict p where p.claim_id = r.claim_id) as ever_published
              from review r join claim c on c.id = r.claim_id
            """;

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long claimId, Instant now) {
        jdbc.sql("insert into review (claim_id, updated_at) values (:claimId, :now) on conflict do nothing")
                .param("claimId", claimId).param("now", utc(now)).update();
    }

    Optional<ReviewRow> find(UUID claimPublicId) {
        return jdbc.sql(SELECT + " where c.public_id = :id").param("id", claimPublicId)
                .query(ReviewRepository::map).optional();
    }

    /** The row, locked until the transaction ends: for changes that do not carry a version from a screen. */
    Optional<ReviewRow> lock(UUID claimPublicId) {
        return jdbc.sql(SELECT + " where c.public_id = :id for update of r").param("id", claimPublicId)
                .query(ReviewRepository::map).optional();
    }

    /** Open claims whose due date is on or before {@code day}, for the reminder sweep. */
    List<ReviewRow> openDueBy(LocalDate day) {
        return jdbc.sql(SELECT + """
                         where r.due_on <= :day and r.assignee_id is not null
                           and r.state in ('DRAFT', 'IN_RESEARCH', 'VERDICT_PROPOSED', 'CORRECTION_IN_PROGRESS')""")
                .param("day", day).query(ReviewRepository::map).list();
    }

    /** @return false if the row's version is no longer {@code row.version()}: someone changed it meanwhile */
    boolean update(ReviewRow row, Instant now) {
        return jdbc.sql("""
                        update review set state = :state, assignee_id = :assignee, due_on = :dueOn,
                               recheck_on = :recheckOn, proposer_ids = cast(:proposers as bigint[]),
                               proposed_at = :proposedAt, rejected_by = :rejectedBy, rejected_at = :rejectedAt,
                               rejection_comment = :rejectionComment, correction_reason = :correctionReason,
                               archive_reason = :archiveReason, state_before_archive = :stateBeforeArchive,
                               updated_at = :now, version = version + 1
                         where claim_id = :claimId and version = :version""")
                .param("state", row.state().name())
                .param("assignee", row.assigneeId())
                .param("dueOn", row.dueOn())
                .param("recheckOn", row.recheckOn())
                .param("proposers", "{" + row.proposerIds().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(",")) + "}")
                .param("proposedAt", row.proposedAt() == null ? null : utc(row.proposedAt()))
                .param("rejectedBy", row.rejectedBy())
                .param("rejectedAt", row.rejectedAt() == null ? null : utc(row.rejectedAt()))
                .param("rejectionComment", row.rejectionComment())
                .param("correctionReason", row.correctionReason())
                .param("archiveReason", row.archiveReason())
                .param("stateBeforeArchive", row.stateBeforeArchive() == null ? null : row.stateBeforeArchive().name())
                .param("now", utc(now))
                .param("claimId", row.claimId())
                .param("version", row.version())
                .update() == 1;
    }

    private static ReviewRow map(ResultSet rs, int row) throws SQLException {
        String before = rs.getString("state_before_archive");
        return new ReviewRow(rs.getLong("claim_id"), rs.getObject("public_id", UUID.class), rs.getString("statement"),
                ReviewState.valueOf(rs.getString("state")), rs.getObject("assignee_id", Long.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("recheck_on", LocalDate.class),
                ids(rs.getArray("proposer_ids")), instant(rs, "proposed_at"), rs.getObject("rejected_by", Long.class),
                instant(rs, "rejected_at"), rs.getString("rejection_comment"), rs.getString("correction_reason"),
                rs.getString("archive_reason"), before == null ? null : ReviewState.valueOf(before),
                rs.getBoolean("ever_published"), rs.getLong("version"));
    }

    private static Set<Long> ids(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).collect(Collectors.toUnmodifiableSet());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
