package org.claimdesk.claim.suggestion;

/** A sentence of the article's stored text, {@code [start, end)}, and its words. */
record Sentence(int start, int end, String text) {
}
