package org.claimdesk.discussion;

import java.util.List;
import java.util.UUID;
import org.claimdesk.discussion.internal.Comments;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion of a claim: everyone reads it, reviewers and above take part. Authors edit their own
 * comments for {@link Comment#EDIT_WINDOW} after posting; authors and editors delete them. Each change is
 * audited, announces {@code @mentions} as {@link UserMentioned} and refreshes open screens of the claim.
 * Broken rules come back as {@link CommentRuleViolation}.
 */
@Service
@Transactional
public class CommentService {

    private final Comments comments;

    CommentService(Comments comments) {
        this.comments = comments;
    }

    /** The claim's top-level comments, oldest first, each with its replies; empty for an unknown claim. */
    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<CommentWithReplies> thread(UUID claimId) {
        return comments.thread(claimId);
    }

    /**
     * Posts a comment on the claim, or a reply when {@code replyTo} names one of its comments. A reply to
     * a reply joins the same top-level comment, so threads stay one level deep.
     *
     * @return the new comment's id
     */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public UUID post(UUID claimId, @Nullable UUID replyTo, String body) {
        return comments.post(claimId, replyTo, body);
    }

    /**
     * Replaces the body of the signed-in person's own comment, while the edit window is open.
     *
     * @param expectedVersion the comment's version the person saw; a newer one means it changed meanwhile
     */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void edit(UUID commentId, String body, long expectedVersion) {
        comments.edit(commentId, body, expectedVersion);
    }

    /** Removes a comment: its author may, and so may editors and above, to moderate. Its replies stay. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void delete(UUID commentId) {
        comments.delete(commentId);
    }
}
