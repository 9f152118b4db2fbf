package org.claimdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change. The values are JSON as stored. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, String entityId,
        String action, @Nullable String before, @Nullable String after) {
}
