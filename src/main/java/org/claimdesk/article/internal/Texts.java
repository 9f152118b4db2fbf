package org.claimdesk.article.internal;

import org.jspecify.annotations.Nullable;

/** Small text helpers for metadata that must fit its column. */
final class Texts {

    private Texts() {
    }

    static @Nullable String limit(@Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= maxLength ? stripped : stripped.substring(0, maxLength - 1) + "…";
    }
}
