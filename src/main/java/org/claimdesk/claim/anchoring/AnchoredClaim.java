package org.claimdesk.claim.anchoring;

import java.util.Objects;

/** A claim's appearance as the article reader needs it: which claim, and where its words are. */
public record AnchoredClaim(long claimId, TextPosition position) {

    public AnchoredClaim {
        Objects.requireNonNull(position, "position");
    }
}
