package org.claimdesk.claim.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.audit.AuditEntry;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.HistoryEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A claim's audit entries (its own, its verdict's, its review's), as a readable timeline of field changes. */
@Component
public class ClaimHistory {

    private final AuditTrail audit;
    private final JsonMapper json = JsonMapper.builder().build();

    ClaimHistory(AuditTrail audit) {
        this.audit = audit;
    }

    public List<HistoryEntry> of(UUID claimId) {
        return audit.historyOf(claimId.toString()).stream().map(this::entry).toList();
    }

    private HistoryEntry entry(AuditEntry entry) {
        return new HistoryEntry(entry.occurredAt(), entry.actor(), entry.entityType(), entry.action(),
                changes(read(entry.before()), read(entry.after())));
    }

    private List<HistoryEntry.Change> changes(@Nullable JsonNode before, @Nullable JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null && before.isObject()) {
            fields.addAll(before.propertyNames());
        }
        if (after != null && after.isObject()) {
            fields.addAll(after.propertyNames());
        }
        List<HistoryEntry.Change> changes = new ArrayList<>();
        for (String field : fields) {
            String was = text(before == null ? null : before.get(field));
            String is = text(after == null ? null : after.get(field));
            if (!was.equals(is)) {
                changes.add(new HistoryEntry.Change(field, was, is));
            }
        }
        return changes;
    }

    private @Nullable JsonNode read(@Nullable String value) {
        return value == null ? null : json.readTree(value);
    }

    private static String text(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
