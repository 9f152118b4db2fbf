package org.claimdesk.discussion.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.claimdesk.discussion.UserMentioned;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.MentionableAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link UserMentioned} for the active accounts a comment names, in the caller's transaction:
 * once per person and comment, never to the author about their own comment, and after an edit only for
 * the people it newly names.
 */
@Component
class MentionAnnouncer {

    private final AccountService accounts;
    private final ApplicationEventPublisher events;

    MentionAnnouncer(AccountService accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * Announces the people {@code comment}'s body names and {@code previousBody} did not ("" for a new
     * comment). The claim's statement is fetched only if someone is to be told.
     */
    void announce(StoredComment comment, String previousBody, Supplier<String> statement) {
        Set<Long> named = mentionedAccounts(comment.body());
        named.removeAll(mentionedAccounts(previousBody));
        named.remove(comment.authorId());
        if (named.isEmpty()) {
            return;
        }
        String claimStatement = statement.get();
        for (long accountId : named) {
            events.publishEvent(new UserMentioned(comment.claimId(), claimStatement, comment.publicId(), accountId,
                    comment.authorId()));
        }
    }

    private Set<Long> mentionedAccounts(String body) {
        Set<String> candidates = Mentions.candidates(body);
        if (candidates.isEmpty()) {
            return new LinkedHashSet<>();
        }
        Map<String, MentionableAccount> byName = accounts.findActive(candidates).stream()
                .collect(Collectors.toMap(account -> account.username().toLowerCase(Locale.ROOT), Function.identity()));
        return Mentions.in(body, byName.keySet()).stream()
                .map(mention -> byName.get(mention.username()).accountId())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
