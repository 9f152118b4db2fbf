package org.claimdesk.notification.internal;

import org.claimdesk.discussion.UserMentioned;
import org.claimdesk.notification.NotificationKind;
import org.claimdesk.review.ClaimAssigned;
import org.claimdesk.review.DueDateReminder;
import org.claimdesk.review.ProposalDecided;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the review and discussion modules' events into notifications for the person concerned. The
 * listeners run in the publisher's transaction: a notification is stored with the change that caused it
 * or not at all. Nobody is told about what they did themselves.
 */
@Component
class WorkflowNotifications {

    private final Notifications notifications;

    WorkflowNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(ClaimAssigned event) {
        if (event.assigneeAccountId() == event.assignedByAccountId()) {
            return;
        }
        notifications.store(new NewNotification(event.assigneeAccountId(), NotificationKind.ASSIGNED, event.claimId(),
                Subjects.of(event.statement()), event.assignedByAccountId(), null, event.dueOn()));
    }

    @EventListener
    void on(ProposalDecided event) {
        if (event.proposerAccountId() == event.deciderAccountId()) {
            return;
        }
        NotificationKind kind = event.approved() ? NotificationKind.PROPOSAL_APPROVED : NotificationKind.PROPOSAL_REJECTED;
        notifications.store(new NewNotification(event.proposerAccountId(), kind, event.claimId(),
                Subjects.of(event.statement()), event.deciderAccountId(), blankToNull(event.comment()), null));
    }

    @EventListener
    void on(UserMentioned event) {
        if (event.mentionedAccountId() == event.authorAccountId()) {
            return;
        }
        notifications.store(new NewNotification(event.mentionedAccountId(), NotificationKind.MENTIONED,
                event.claimId(), Subjects.of(event.statement()), event.authorAccountId(), null, null));
    }

    @EventListener
    void on(DueDateReminder event) {
        NotificationKind kind = event.overdue() ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON;
        notifications.store(new NewNotification(event.assigneeAccountId(), kind, event.claimId(),
                Subjects.of(event.statement()), null, null, event.dueOn()));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
