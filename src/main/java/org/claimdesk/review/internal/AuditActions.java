package org.claimdesk.review.internal;

import org.claimdesk.review.ReviewAction;

/** The audit trail's word for each workflow step, as the History tab shows it. */
final class AuditActions {

    private AuditActions() {
    }

    static String of(ReviewAction action) {
        return switch (action) {
            case START_RESEARCH -> "research-started";
            case PROPOSE -> "verdict-proposed";
            case WITHDRAW -> "proposal-withdrawn";
            case REJECT -> "proposal-rejected";
            case APPROVE -> "approved-published";
            case START_CORRECTION -> "correction-started";
            case ARCHIVE -> "archived";
            case RESTORE -> "restored";
            case TAKE -> "taken";
            case ASSIGN -> "assigned";
            case SET_RECHECK -> "recheck-set";
        };
    }
}
