package org.claimdesk.claim.anchoring;

import java.util.Objects;

/**
 * The words of an anchor with some text around them, like a W3C {@code TextQuoteSelector}. The prefix
 * and suffix tell repeated words apart when the anchor has to be found again in a changed text.
 */
public record TextQuote(String exact, String prefix, String suffix) {

    public TextQuote {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (exact.isBlank()) {
            throw new IllegalArgumentException("the quoted text must not be empty or only whitespace");
        }
    }
}
