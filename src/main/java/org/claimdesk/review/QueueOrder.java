package org.claimdesk.review;

/** How a queue is sorted; ties are broken by the newest claim first, so paging is stable. */
public record QueueOrder(Sort sort, boolean ascending) {

    public enum Sort {
        UPDATED, DUE, CLAIM_DATE, STATEMENT, STATE
    }

    /** Due dates first for work lists, the latest changes first for the rest. */
    public static QueueOrder defaultFor(Queue queue) {
        return switch (queue) {
            case MINE, OVERDUE -> new QueueOrder(Sort.DUE, true);
            default -> new QueueOrder(Sort.UPDATED, false);
        };
    }
}
