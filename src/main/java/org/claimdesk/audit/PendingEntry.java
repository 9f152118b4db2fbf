package org.claimdesk.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry that the statement making the change writes itself, in the same round trip (see
 * {@link AuditTrail#pending}): {@link #writtenFor} is one more data-modifying WITH query for that statement,
 * which inserts the entry once for each row the caller's own WITH query {@code changed} returns, so not at all
 * when the change found no row. {@link #values} are its parameters, named {@code audit_*} so that they do not
 * clash with the caller's. An empty {@code query} adds nothing to the statement (the audit benchmark times a
 * save without its entry that way).
 */
public record PendingEntry(String query, Map<String, @Nullable Object> values) {

    public PendingEntry {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@code , audited as (insert … select … from changed)}, to follow the caller's WITH query {@code changed}. */
    public String writtenFor(String changed) {
        return query.isEmpty() ? "" : query.replace("{changed}", changed);
    }
}
