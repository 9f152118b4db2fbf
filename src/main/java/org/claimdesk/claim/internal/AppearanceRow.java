package org.claimdesk.claim.internal;

import org.claimdesk.claim.AnchorState;

record AppearanceRow(long id, long claimId, long articleId, StoredAnchor anchor, AnchorState state) {
}
