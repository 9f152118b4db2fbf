package org.claimdesk.claim;

import java.util.UUID;

/** A verdict was proposed or revised; published in the same transaction as the save. */
public record VerdictProposed(UUID claimId, long proposerAccountId) {
}
