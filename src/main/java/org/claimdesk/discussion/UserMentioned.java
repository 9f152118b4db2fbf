package org.claimdesk.discussion;

import java.util.UUID;

/** A comment named someone with {@code @username}; published in the transaction that saved the comment. */
public record UserMentioned(UUID claimId, String statement, UUID commentId, long mentionedAccountId,
        long authorAccountId) {
}
