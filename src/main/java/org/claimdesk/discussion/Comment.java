package org.claimdesk.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One comment as the signed-in person sees it. A deleted comment keeps its place as a marker: its
 * {@code body} is null and {@code deletion} says who removed it and when. {@code editable} and
 * {@code deletable} say what the person may do with it right now; the service checks again on the action.
 *
 * @param mentionedUsernames the {@code @names} in the body that belong to active accounts, lower case
 * @param version            guards an edit against overwriting a change made meanwhile
 */
public record Comment(
        UUID commentId,
        String authorName,
        Instant postedAt,
        @Nullable Instant editedAt,
        @Nullable String body,
        @Nullable Deletion deletion,
        Set<String> mentionedUsernames,
        long version,
        boolean editable,
        boolean deletable) {

    /** The longest body a comment may have, in characters. */
    public static final int MAX_LENGTH = 10_000;

    /** How long after posting its author may still edit a comment. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    /** Who removed a comment, and when. */
    public record Deletion(String byName, Instant at) {
    }

    public Comment {
        if ((body == null) == (deletion == null)) {
            throw new IllegalArgumentException("A comment has either its body or a deletion marker");
        }
    }

    public boolean deleted() {
        return deletion != null;
    }
}
