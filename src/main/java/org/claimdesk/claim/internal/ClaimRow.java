package org.claimdesk.claim.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.claim.Priority;
import org.jspecify.annotations.Nullable;

record ClaimRow(long id, UUID publicId, String statement, @Nullable String claimant, @Nullable LocalDate claimDate,
        @Nullable LocalDate asOfDate, List<String> tags, Priority priority, long version, Instant createdAt,
        @Nullable Long mergedInto) {
}
