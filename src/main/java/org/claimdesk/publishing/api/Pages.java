package org.claimdesk.publishing.api;

/** Page and size from a request, kept within sane bounds. */
final class Pages {

    static final int MAX_SIZE = 200;

    private Pages() {
    }

    static int size(int requested) {
        return Math.clamp(requested, 1, MAX_SIZE);
    }

    static int offset(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        return Math.multiplyExact(page, size);
    }
}
