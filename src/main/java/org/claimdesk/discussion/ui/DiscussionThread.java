package org.claimdesk.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.claimdesk.discussion.Comment;
import org.claimdesk.discussion.CommentRuleViolation;
import org.claimdesk.discussion.CommentService;
import org.claimdesk.discussion.CommentWithReplies;
import org.claimdesk.discussion.internal.ClaimTopic;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.shell.EmptyState;
import org.claimdesk.shell.LiveUpdates;
import org.jspecify.annotations.Nullable;

/**
 * A claim's discussion: top-level comments oldest first, each followed by its replies, and for reviewers
 * a composer for new comments plus Reply, Edit and Delete where the service would allow them. Re-reads
 * itself after its own changes and when another screen changes the claim; a reply or edit being typed
 * survives such a refresh.
 */
final class DiscussionThread extends Div {

    /**
     * The reply or edit open under one comment, with the text typed so far; an edit remembers the version
     * it started from, so that a change made meanwhile is refused rather than overwritten.
     */
    private record Draft(UUID commentId, boolean editing, String text, long version) {

        Draft withText(String typed) {
            return new Draft(commentId, editing, typed, version);
        }
    }

    private final UUID claimId;
    private final CommentService comments;
    private final boolean mayTakePart;
    private final Div thread = new Div();
    private @Nullable Draft draft;

    DiscussionThread(UUID claimId, CommentService comments, LiveUpdates liveUpdates, boolean mayTakePart) {
        this.claimId = claimId;
        this.comments = comments;
        this.mayTakePart = mayTakePart;
        setId("discussion");
        addClassName("cd-comment-thread");
        add(thread);
        if (mayTakePart) {
            add(new CommentComposer("", getTranslation("comment.post"), text -> attempt(() ->
                    comments.post(claimId, null, text)), text -> { }, null).withIds("comment-body", "post-comment"));
        }
        refresh();
        liveUpdates.subscribe(this, ClaimTopic.of(claimId), this::refresh);
    }

    private void refresh() {
        thread.removeAll();
        List<CommentWithReplies> discussion = comments.thread(claimId);
        if (discussion.isEmpty()) {
            thread.add(new EmptyState(VaadinIcon.COMMENTS_O, getTranslation("comment.empty")));
        }
        boolean draftShown = false;
        for (CommentWithReplies entry : discussion) {
            draftShown |= show(entry.comment(), false);
            for (Comment reply : entry.replies()) {
                draftShown |= show(reply, true);
            }
        }
        if (!draftShown) {
            draft = null;
        }
    }

    /** @return whether the open draft was shown with this comment */
    private boolean show(Comment comment, boolean reply) {
        Div card = new Div();
        card.addClassName("cd-comment");
        if (reply) {
            card.addClassName("cd-comment-reply");
        }
        thread.add(card);
        String body = comment.body();
        if (body == null) {
            Comment.Deletion deletion = Objects.requireNonNull(comment.deletion());
            card.addClassName("cd-comment-deleted");
            card.add(new Span(getTranslation("comment.deleted", deletion.byName(), TimeDisplay.dateTime(deletion.at()))));
            return false;
        }
        card.add(meta(comment));
        Draft open = draftFor(comment);
        if (open != null && open.editing() && comment.editable()) {
            card.add(composer(open, getTranslation("comment.save"),
                    text -> attempt(() -> {
                        comments.edit(comment.commentId(), text, open.version());
                        draft = null;
                    })));
            return true;
        }
        card.add(new CommentText(body, comment.mentionedUsernames()));
        if (mayTakePart) {
            card.add(actions(comment, body));
        }
        if (open != null && !open.editing()) {
            card.add(composer(open, getTranslation("comment.reply.post"),
                    text -> attempt(() -> {
                        comments.post(claimId, comment.commentId(), text);
                        draft = null;
                    })));
            return true;
        }
        return false;
    }

    private Div meta(Comment comment) {
        Span author = new Span(comment.authorName());
        author.addClassName("cd-comment-author");
        Span time = new Span(TimeDisplay.dateTime(comment.postedAt()));
        time.addClassName("cd-comment-time");
        Div meta = new Div(author, time);
        meta.addClassName("cd-comment-meta");
        if (comment.editedAt() != null) {
            Span edited = new Span(getTranslation("comment.edited"));
            edited.addClassName("cd-comment-edited");
            edited.setTitle(getTranslation("comment.edited.at", TimeDisplay.dateTime(comment.editedAt())));
            meta.add(edited);
        }
        return meta;
    }

    private Div actions(Comment comment, String body) {
        Div actions = new Div(action("comment.reply", "cd-comment-reply-button",
                () -> open(new Draft(comment.commentId(), false, "", comment.version()))));
        if (comment.editable()) {
            actions.add(action("comment.edit", "cd-comment-edit-button",
                    () -> open(new Draft(comment.commentId(), true, body, comment.version()))));
        }
        if (comment.deletable()) {
            actions.add(action("comment.delete", "cd-comment-delete-button", () -> confirmDelete(comment)));
        }
        actions.addClassName("cd-comment-actions");
        return actions;
    }

    private Button action(String labelKey, String className, Runnable onClick) {
        Button button = new Button(getTranslation(labelKey), click -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(className);
        return button;
    }

    private CommentComposer composer(Draft open, String submitLabel, Predicate<String> onSubmit) {
        CommentComposer composer = new CommentComposer(open.text(), submitLabel, onSubmit,
                text -> draft = open.withText(text), this::closeDraft);
        composer.focus();
        return composer;
    }

    private @Nullable Draft draftFor(Comment comment) {
        Draft open = draft;
        return open != null && open.commentId().equals(comment.commentId()) ? open : null;
    }

    private void open(Draft opened) {
        draft = opened;
        refresh();
    }

    private void closeDraft() {
        draft = null;
        refresh();
    }

    private void confirmDelete(Comment comment) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("comment.delete.title"));
        dialog.add(new Paragraph(getTranslation("comment.delete.text")));
        Button delete = new Button(getTranslation("comment.delete"), click -> {
            dialog.close();
            attempt(() -> comments.delete(comment.commentId()));
        });
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setId("confirm-delete-comment");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), delete);
        dialog.open();
    }

    /** Runs a change; on success re-reads the thread, on a refusal says why and keeps what was typed. */
    private boolean attempt(Runnable change) {
        try {
            change.run();
        } catch (CommentRuleViolation refusal) {
            Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
        refresh();
        return true;
    }
}
