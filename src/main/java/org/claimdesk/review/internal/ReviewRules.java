package org.claimdesk.review.internal;

import static org.claimdesk.review.ReviewState.ARCHIVED;
import static org.claimdesk.review.ReviewState.CORRECTION_IN_PROGRESS;
import static org.claimdesk.review.ReviewState.DRAFT;
import static org.claimdesk.review.ReviewState.IN_RESEARCH;
import static org.claimdesk.review.ReviewState.PUBLISHED;
import static org.claimdesk.review.ReviewState.VERDICT_PROPOSED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimdesk.review.ReviewAction;
import org.claimdesk.review.ReviewState;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The review state machine: which action is allowed from which state, for which role and person, and
 * where it leads. Pure, so that every transition for every role is tested without a database; the
 * service asks it before every change and the UI asks it which buttons to show.
 */
public final class ReviewRules {

    /** What the rules need to know about a claim's review. */
    public record Facts(ReviewState state, @Nullable Long assigneeId, Set<Long> proposerIds,
            boolean everPublished, @Nullable ReviewState stateBeforeArchive) {
    }

    /** Who wants to act. */
    public record Actor(long accountId, Role role) {

        boolean atLeast(Role required) {
            return role.includes(required);
        }
    }

    private static final Map<ReviewAction, Role> LEAST_ROLE = Map.ofEntries(
            Map.entry(ReviewAction.START_RESEARCH, Role.REVIEWER),
            Map.entry(ReviewAction.PROPOSE, Role.REVIEWER),
            Map.entry(ReviewAction.WITHDRAW, Role.REVIEWER),
            Map.entry(ReviewAction.REJECT, Role.EDITOR),
            Map.entry(ReviewAction.APPROVE, Role.EDITOR),
            Map.entry(ReviewAction.START_CORRECTION, Role.REVIEWER),
            Map.entry(ReviewAction.ARCHIVE, Role.EDITOR),
            Map.entry(ReviewAction.RESTORE, Role.EDITOR),
            Map.entry(ReviewAction.TAKE, Role.REVIEWER),
            Map.entry(ReviewAction.ASSIGN, Role.EDITOR),
            Map.entry(ReviewAction.SET_RECHECK, Role.REVIEWER));

    private static final Map<ReviewAction, Set<ReviewState>> FROM = Map.ofEntries(
            Map.entry(ReviewAction.START_RESEARCH, EnumSet.of(DRAFT)),
            Map.entry(ReviewAction.PROPOSE, EnumSet.of(IN_RESEARCH, CORRECTION_IN_PROGRESS)),
            Map.entry(ReviewAction.WITHDRAW, EnumSet.of(VERDICT_PROPOSED)),
            Map.entry(ReviewAction.REJECT, EnumSet.of(VERDICT_PROPOSED)),
            Map.entry(ReviewAction.APPROVE, EnumSet.of(VERDICT_PROPOSED)),
            Map.entry(ReviewAction.START_CORRECTION, EnumSet.of(PUBLISHED)),
            Map.entry(ReviewAction.ARCHIVE, EnumSet.complementOf(EnumSet.of(ARCHIVED))),
            Map.entry(ReviewAction.RESTORE, EnumSet.of(ARCHIVED)),
            Map.entry(ReviewAction.TAKE, EnumSet.of(DRAFT, IN_RESEARCH, CORRECTION_IN_PROGRESS)),
            Map.entry(ReviewAction.ASSIGN, EnumSet.copyOf(ReviewState.OPEN)),
            Map.entry(ReviewAction.SET_RECHECK, EnumSet.complementOf(EnumSet.of(ARCHIVED))));

    private ReviewRules() {
    }

    /** @return empty if the actor may take the action now, else the translation key of the reason not */
    public static Optional<String> refusal(ReviewAction action, Facts facts, Actor actor) {
        if (!actor.atLeast(LEAST_ROLE.get(action))) {
            return Optional.of("review.refused.role." + action.name());
        }
        if (!FROM.get(action).contains(facts.state())) {
            return Optional.of(action == ReviewAction.PROPOSE
                    ? "review.refused.state.PROPOSE." + facts.state().name()
                    : "review.refused.state." + action.name());
        }
        boolean proposer = facts.proposerIds().contains(actor.accountId());
        boolean assignedElsewhere = facts.assigneeId() != null && facts.assigneeId() != actor.accountId();
        return switch (action) {
            case START_RESEARCH, PROPOSE -> assignedElsewhere && !actor.atLeast(Role.EDITOR)
                    ? Optional.of("review.refused.assigned-elsewhere") : Optional.empty();
            case TAKE -> facts.assigneeId() != null ? Optional.of("review.refused.taken") : Optional.empty();
            case WITHDRAW -> proposer ? Optional.empty() : Optional.of("review.refused.withdraw.not-proposer");
            case REJECT -> proposer ? Optional.of("review.refused.reject.own") : Optional.empty();
            case APPROVE -> proposer ? Optional.of("review.refused.four-eyes") : Optional.empty();
            default -> Optional.empty();
        };
    }

    public static Set<ReviewAction> allowed(Facts facts, Actor actor) {
        Set<ReviewAction> allowed = EnumSet.noneOf(ReviewAction.class);
        for (ReviewAction action : ReviewAction.values()) {
            if (refusal(action, facts, actor).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** The state an allowed action leads to. */
    public static ReviewState target(ReviewAction action, Facts facts) {
        return switch (action) {
            case START_RESEARCH -> IN_RESEARCH;
            case PROPOSE -> VERDICT_PROPOSED;
            case WITHDRAW, REJECT -> facts.everPublished() ? CORRECTION_IN_PROGRESS : IN_RESEARCH;
            case APPROVE -> PUBLISHED;
            case START_CORRECTION -> CORRECTION_IN_PROGRESS;
            case ARCHIVE -> ARCHIVED;
            case RESTORE -> facts.stateBeforeArchive() == null ? DRAFT : facts.stateBeforeArchive();
            case TAKE, ASSIGN, SET_RECHECK -> facts.state();
        };
    }
}
