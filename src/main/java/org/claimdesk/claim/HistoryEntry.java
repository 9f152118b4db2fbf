package org.claimdesk.claim;

import java.time.Instant;
import java.util.List;

/** One step in a claim's history: who did what when, and which fields changed from what to what. */
public record HistoryEntry(Instant at, String actor, String subject, String action, List<Change> changes) {

    /** A field that changed; a value that was not there is empty. */
    public record Change(String field, String before, String after) {
    }
}
