package org.claimdesk.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The desk's work lists. Each has a short name for its URL. */
public enum Queue {
    MINE("mine"),
    UNASSIGNED("unassigned"),
    AWAITING_APPROVAL("awaiting-approval"),
    OVERDUE("overdue"),
    RECHECK_DUE("recheck"),
    ALL("all");

    private final String slug;

    Queue(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Queue> bySlug(String slug) {
        String wanted = slug.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(queue -> queue.slug.equals(wanted)).findFirst();
    }
}
