package org.claimdesk.claim.internal;

/** An appearance's anchor as stored: position selector (offsets) and quote selector (exact, prefix, suffix). */
record StoredAnchor(int start, int end, String exact, String prefix, String suffix) {
}
