package org.claimdesk.claim;

import java.util.UUID;

/** A claim was put on the desk; published in the transaction that created it. */
public record ClaimCreated(UUID claimId) {
}
