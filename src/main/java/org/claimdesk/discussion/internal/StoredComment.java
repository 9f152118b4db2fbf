package org.claimdesk.discussion.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of {@code comment}. Also what the audit trail records before and after a change. */
record StoredComment(
        long id,
        UUID publicId,
        UUID claimId,
        @Nullable Long parentId,
        long authorId,
        String body,
        Instant createdAt,
        @Nullable Instant editedAt,
        @Nullable Instant deletedAt,
        @Nullable Long deletedBy,
        long version) {

    boolean deleted() {
        return deletedAt != null;
    }

    boolean topLevel() {
        return parentId == null;
    }

    /** The top-level comment a reply to this one belongs to. */
    long threadId() {
        return parentId == null ? id : parentId;
    }
}
