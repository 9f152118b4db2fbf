package org.claimdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
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

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, String entityId, String action, @Nullable Object before,
            @Nullable Object after) {
        recordAs(actor(), entityType, entityId, action, before, after);
    }

    /**
     * Records a change made by someone who is not signed in but known otherwise, e.g. a person choosing their
     * password on a one-time link.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String entityType, String entityId, String action, @Nullable Object before,
            @Nullable Object after) {
        jdbc.sql("""
                        insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_value, after_value)
                        values (:at, :actor, :type, :id, :action, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("actor", actor)
                .param("type", entityType)
                .param("id", entityId)
                .param("action", action)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
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
