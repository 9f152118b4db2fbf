package org.claimdesk.discussion.internal;

import java.time.Instant;
import java.util.Optional;
import org.claimdesk.discussion.Comment;
import org.claimdesk.discussion.CommentRuleViolation;
import org.claimdesk.security.Role;
import org.claimdesk.security.SignedInUser;

/**
 * Who may change a comment, in one place: the service enforces these refusals and the thread uses them
 * to offer only the buttons that will work.
 */
final class CommentPermissions {

    private CommentPermissions() {
    }

    /** Only its author edits a comment, as long as it is there and the edit window is open. */
    static Optional<CommentRuleViolation> editRefusal(StoredComment comment, SignedInUser user, Instant now) {
        if (comment.deleted()) {
            return refusal("comment.edit.deleted");
        }
        if (comment.authorId() != user.accountId() || !user.has(Role.REVIEWER)) {
            return refusal("comment.edit.not-author");
        }
        if (now.isAfter(comment.createdAt().plus(Comment.EDIT_WINDOW))) {
            return refusal("comment.edit.window-closed", Comment.EDIT_WINDOW.toMinutes());
        }
        return Optional.empty();
    }

    /** Its author deletes a comment; editors and above delete anyone's, to moderate. */
    static Optional<CommentRuleViolation> deleteRefusal(StoredComment comment, SignedInUser user) {
        if (comment.deleted()) {
            return refusal("comment.delete.already-deleted");
        }
        boolean author = comment.authorId() == user.accountId() && user.has(Role.REVIEWER);
        if (!author && !user.has(Role.EDITOR)) {
            return refusal("comment.delete.not-allowed");
        }
        return Optional.empty();
    }

    private static Optional<CommentRuleViolation> refusal(String key, Object... arguments) {
        return Optional.of(new CommentRuleViolation(key, arguments));
    }
}
