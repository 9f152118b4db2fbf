package org.claimdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries inside the caller's transaction (a change and its entry are stored together or
 * not at all) and reads an entity's history. Values are serialised with Jackson; callers pass records
 * without secrets (never a password hash).
 */
@Component
public class AuditTrail {

    /** The actor recorded when no one is signed in: start-up jobs such as first-start provisioning. */
    public static final String SYSTEM = "system";

    private static final String INSERT = """
            insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_value, after_value)
            values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate statements;
    private final Clock clock;
    /** One writer for all entries: Jackson builds the serialiser of each record type once and reuses it. */
    private final ObjectWriter json = JsonMapper.builder().build().writer();

    AuditTrail(JdbcClient jdbc, JdbcTemplate statements, Clock clock) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.clock = clock;
    }

    /**
     * Writes one entry in the caller's transaction, which must exist: an entry is stored with its change or not
     * at all. Every save pays for this call, so it is one plain statement and one round trip, with the
     * transaction checked here rather than by a transactional proxy (see bench/audit.md).
     *
     * @throws IllegalTransactionStateException outside a transaction
     */
    public void record(String entityType, String entityId, String action, @Nullable Object before,
            @Nullable Object after) {
        recordAs(actor(), entityType, entityId, action, before, after);
    }

    /**
     * Records a change made by someone who is not signed in but known otherwise, e.g. a person choosing their
     * password on a one-time link.
     *
     * @throws IllegalTransactionStateException outside a transaction
     */
    public void recordAs(String actor, String entityType, String entityId, String action, @Nullable Object before,
            @Nullable Object after) {
        requireTransaction();
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String beforeValue = before == null ? null : json.writeValueAsString(before);
        String afterValue = after == null ? null : json.writeValueAsString(after);
        statements.update(INSERT, insert -> {
            insert.setObject(1, at);
            insert.setString(2, actor);
            insert.setString(3, entityType);
            insert.setString(4, entityId);
            insert.setString(5, action);
            insert.setString(6, beforeValue);
            insert.setString(7, afterValue);
        });
    }

    /**
     * One entry for the caller's own statement to write, saving the round trip of {@link #record}: for the
     * busiest save, a claim edit, that round trip was a third of what its entry cost (see bench/audit.md). The
     * caller adds {@link PendingEntry#writtenFor} to its statement, which must run in this transaction.
     *
     * @throws IllegalTransactionStateException outside a transaction
     */
    public PendingEntry pending(String entityType, String entityId, String action, @Nullable Object before,
            @Nullable Object after) {
        requireTransaction();
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("audit_at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        values.put("audit_actor", actor());
        values.put("audit_type", entityType);
        values.put("audit_id", entityId);
        values.put("audit_action", action);
        values.put("audit_before", before == null ? null : json.writeValueAsString(before));
        values.put("audit_after", after == null ? null : json.writeValueAsString(after));
        return new PendingEntry("""
                , audited as (
                    insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_value, after_value)
                    select :audit_at, :audit_actor, :audit_type, :audit_id, :audit_action,
                           cast(:audit_before as jsonb), cast(:audit_after as jsonb)
                      from {changed})""", values);
    }

    /** An entity's history, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, String entityId) {
        return jdbc.sql("""
                        select id, occurred_at, actor, entity_type, entity_id, action,
                               before_value::text as before_value, after_value::text as after_value
                          from audit_entry where entity_type = :type and entity_id = :id order by id""")
                .param("type", entityType).param("id", entityId)
                .query(AuditTrail::entry).list();
    }

    /**
     * Everything recorded about one id, whichever module wrote it (a claim's own changes, its verdict's
     * and its review's share the claim's id), oldest first.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String entityId) {
        return jdbc.sql("""
                        select id, occurred_at, actor, entity_type, entity_id, action,
                               before_value::text as before_value, after_value::text as after_value
                          from audit_entry where entity_id = :id order by id""")
                .param("id", entityId)
                .query(AuditTrail::entry).list();
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "An audit entry is written only in the transaction of the change it records");
        }
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
                rs.getString("before_value"), rs.getString("after_value"));
    }
}
