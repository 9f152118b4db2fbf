package org.claimdesk.discussion.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.discussion.CommentRuleViolation;
import org.claimdesk.discussion.CommentWithReplies;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.claimdesk.shell.LiveUpdates;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The discussion's rules behind {@link org.claimdesk.discussion.CommentService}, free of access rules:
 * every change is checked here whatever a screen sent, audited in the same transaction, announced to the
 * people it mentions and to the claim's open screens.
 */
@Component
public class Comments {

    private static final String AUDIT_TYPE = "comment";

    private final CommentRepository repository;
    private final CommentThreads threads;
    private final ClaimService claims;
    private final MentionAnnouncer mentions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    Comments(CommentRepository repository, CommentThreads threads, ClaimService claims, MentionAnnouncer mentions,
            CurrentUser currentUser, AuditTrail audit, LiveUpdates liveUpdates, Clock clock) {
        this.repository = repository;
        this.threads = threads;
        this.claims = claims;
        this.mentions = mentions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    public List<CommentWithReplies> thread(UUID claimId) {
        return threads.of(claimId, currentUser.require(), clock.instant());
    }

    public UUID post(UUID claimId, @Nullable UUID replyTo, String body) {
        ClaimDetails claim = claims.find(claimId)
                .orElseThrow(() -> new CommentRuleViolation("comment.claim.unknown"));
        Long parentId = replyTo == null ? null : threadToJoin(claimId, replyTo);
        String text = CommentBody.checked(body);
        StoredComment saved = repository.insert(claimId, parentId, currentUser.require().accountId(), text,
                clock.instant());
        audit.record(AUDIT_TYPE, saved.publicId().toString(), "created", null, saved);
        mentions.announce(saved, "", claim::statement);
        liveUpdates.changed(ClaimTopic.of(claimId));
        return saved.publicId();
    }

    public void edit(UUID commentId, String body, long expectedVersion) {
        StoredComment comment = load(commentId);
        Instant now = clock.instant();
        CommentPermissions.editRefusal(comment, currentUser.require(), now).ifPresent(refusal -> {
            throw refusal;
        });
        String text = CommentBody.checked(body);
        if (comment.version() != expectedVersion) {
            throw new CommentRuleViolation("comment.changed-meanwhile");
        }
        if (text.equals(comment.body())) {
            return;
        }
        StoredComment edited = repository.updateBody(comment.id(), text, expectedVersion, now)
                .orElseThrow(() -> new CommentRuleViolation("comment.changed-meanwhile"));
        audit.record(AUDIT_TYPE, commentId.toString(), "edited", comment, edited);
        mentions.announce(edited, comment.body(), () -> statementOf(comment.claimId()));
        liveUpdates.changed(ClaimTopic.of(comment.claimId()));
    }

    public void delete(UUID commentId) {
        StoredComment comment = load(commentId);
        SignedInUser user = currentUser.require();
        CommentPermissions.deleteRefusal(comment, user).ifPresent(refusal -> {
            throw refusal;
        });
        StoredComment marker = repository.markDeleted(comment.id(), user.accountId(), clock.instant())
                .orElseThrow(() -> new CommentRuleViolation("comment.delete.already-deleted"));
        audit.record(AUDIT_TYPE, commentId.toString(), "deleted", comment, marker);
        liveUpdates.changed(ClaimTopic.of(comment.claimId()));
    }

    /** The top-level comment a reply to {@code replyTo} belongs to: replies to replies join the same one. */
    private long threadToJoin(UUID claimId, UUID replyTo) {
        StoredComment target = repository.find(replyTo).filter(comment -> comment.claimId().equals(claimId))
                .orElseThrow(() -> new CommentRuleViolation("comment.parent.unknown"));
        if (target.deleted()) {
            throw new CommentRuleViolation("comment.parent.deleted");
        }
        return target.threadId();
    }

    private StoredComment load(UUID commentId) {
        return repository.find(commentId).orElseThrow(() -> new CommentRuleViolation("comment.unknown"));
    }

    private String statementOf(UUID claimId) {
        return claims.find(claimId).map(ClaimDetails::statement).orElse("");
    }
}
