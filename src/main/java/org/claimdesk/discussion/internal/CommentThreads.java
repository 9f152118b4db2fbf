package org.claimdesk.discussion.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimdesk.discussion.Comment;
import org.claimdesk.discussion.CommentWithReplies;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.MentionableAccount;
import org.claimdesk.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * A claim's comments as the thread shows them: top-level comments with their replies, names instead of
 * account ids, the mentions of real people, deleted ones as markers without their text.
 */
@Component
class CommentThreads {

    private final CommentRepository repository;
    private final AccountService accounts;

    CommentThreads(CommentRepository repository, AccountService accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    List<CommentWithReplies> of(UUID claimId, SignedInUser viewer, Instant now) {
        List<StoredComment> rows = repository.ofClaim(claimId);
        Assembly assembly = new Assembly(viewer, now, activeUsernamesMentionedIn(rows));
        Map<Long, Comment> topLevel = new LinkedHashMap<>();
        Map<Long, List<Comment>> replies = new HashMap<>();
        for (StoredComment row : rows) {
            if (row.topLevel()) {
                topLevel.put(row.id(), assembly.comment(row));
            } else {
                replies.computeIfAbsent(row.threadId(), id -> new ArrayList<>()).add(assembly.comment(row));
            }
        }
        return topLevel.entrySet().stream()
                .map(entry -> new CommentWithReplies(entry.getValue(), replies.getOrDefault(entry.getKey(), List.of())))
                .toList();
    }

    /** All names the thread's visible bodies mention that belong to active accounts, in one query. */
    private Set<String> activeUsernamesMentionedIn(List<StoredComment> rows) {
        Set<String> candidates = rows.stream().filter(row -> !row.deleted())
                .flatMap(row -> Mentions.candidates(row.body()).stream()).collect(Collectors.toSet());
        return candidates.isEmpty() ? Set.of()
                : accounts.findActive(candidates).stream().map(MentionableAccount::username)
                        .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** Turns rows into comments for one viewer, naming each account once. */
    private final class Assembly {

        private final SignedInUser viewer;
        private final Instant now;
        private final Set<String> activeUsernames;
        private final Map<Long, String> names = new HashMap<>();

        Assembly(SignedInUser viewer, Instant now, Set<String> activeUsernames) {
            this.viewer = viewer;
            this.now = now;
            this.activeUsernames = activeUsernames;
        }

        Comment comment(StoredComment row) {
            Long deletedBy = row.deletedBy();
            Instant deletedAt = row.deletedAt();
            Comment.Deletion deletion = deletedBy == null || deletedAt == null ? null
                    : new Comment.Deletion(name(deletedBy), deletedAt);
            String body = deletion == null ? row.body() : null;
            Set<String> mentioned = body == null ? Set.of()
                    : Mentions.in(body, activeUsernames).stream().map(Mentions.Mention::username)
                            .collect(Collectors.toUnmodifiableSet());
            return new Comment(row.publicId(), name(row.authorId()), row.createdAt(), row.editedAt(), body, deletion,
                    mentioned, row.version(), CommentPermissions.editRefusal(row, viewer, now).isEmpty(),
                    CommentPermissions.deleteRefusal(row, viewer).isEmpty());
        }

        private String name(long accountId) {
            return names.computeIfAbsent(accountId, accounts::displayNameOf);
        }
    }
}
