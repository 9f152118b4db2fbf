package org.claimdesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.claimdesk.review.ReviewAction;
import org.claimdesk.review.ReviewState;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transition of the review state machine, for every role. The table below is the workflow as the
 * README draws it, written out independently of {@link ReviewRules}: each row is one allowed transition
 * and the least role that may take it. Everything not in the table must be refused, for every role
 * (withdrawing needs the proposer, so it has a test of its own).
 */
class ReviewRulesTest {

    private static final long ME = 1;
    private static final long SOMEONE_ELSE = 2;

    /** from state, action, to state, least role (for someone who is neither assignee elsewhere nor proposer). */
    private static final List<String[]> TRANSITIONS = Stream.of(
            "DRAFT START_RESEARCH IN_RESEARCH REVIEWER",
            "IN_RESEARCH PROPOSE VERDICT_PROPOSED REVIEWER",
            "CORRECTION_IN_PROGRESS PROPOSE VERDICT_PROPOSED REVIEWER",
            "VERDICT_PROPOSED REJECT IN_RESEARCH EDITOR",
            "VERDICT_PROPOSED APPROVE PUBLISHED EDITOR",
            "PUBLISHED START_CORRECTION CORRECTION_IN_PROGRESS REVIEWER",
            "DRAFT ARCHIVE ARCHIVED EDITOR",
            "IN_RESEARCH ARCHIVE ARCHIVED EDITOR",
            "VERDICT_PROPOSED ARCHIVE ARCHIVED EDITOR",
            "PUBLISHED ARCHIVE ARCHIVED EDITOR",
            "CORRECTION_IN_PROGRESS ARCHIVE ARCHIVED EDITOR",
            "ARCHIVED RESTORE DRAFT EDITOR",
            "DRAFT TAKE DRAFT REVIEWER",
            "IN_RESEARCH TAKE IN_RESEARCH REVIEWER",
            "CORRECTION_IN_PROGRESS TAKE CORRECTION_IN_PROGRESS REVIEWER",
            "DRAFT ASSIGN DRAFT EDITOR",
            "IN_RESEARCH ASSIGN IN_RESEARCH EDITOR",
            "VERDICT_PROPOSED ASSIGN VERDICT_PROPOSED EDITOR",
            "CORRECTION_IN_PROGRESS ASSIGN CORRECTION_IN_PROGRESS EDITOR",
            "DRAFT SET_RECHECK DRAFT REVIEWER",
            "IN_RESEARCH SET_RECHECK IN_RESEARCH REVIEWER",
            "VERDICT_PROPOSED SET_RECHECK VERDICT_PROPOSED REVIEWER",
            "PUBLISHED SET_RECHECK PUBLISHED REVIEWER",
            "CORRECTION_IN_PROGRESS SET_RECHECK CORRECTION_IN_PROGRESS REVIEWER")
            .map(row -> row.split(" ")).toList();

    static Stream<Arguments> everyStateActionAndRole() {
        return Arrays.stream(ReviewState.values()).flatMap(state -> Arrays.stream(ReviewAction.values())
                .flatMap(action -> Arrays.stream(Role.values()).map(role -> Arguments.of(state, action, role))));
    }

    @ParameterizedTest(name = "{0} --{1}--> as {2}")
    @MethodSource("everyStateActionAndRole")
    void eachTransitionIsAllowedExactlyForTheRolesInTheTable(ReviewState state, ReviewAction action, Role role) {
        String[] transition = TRANSITIONS.stream()
                .filter(row -> row[0].equals(state.name()) && row[1].equals(action.name())).findFirst().orElse(null);
        ReviewRules.Facts facts = new ReviewRules.Facts(state, null, Set.of(), false, null);

        var refusal = ReviewRules.refusal(action, facts, new ReviewRules.Actor(ME, role));

        if (transition != null && role.includes(Role.valueOf(transition[3]))) {
            assertThat(refusal).isEmpty();
            assertThat(ReviewRules.target(action, facts)).isEqualTo(ReviewState.valueOf(transition[2]));
        } else if (transition != null) {
            assertThat(refusal).hasValueSatisfying(reason -> assertThat(reason).startsWith("review.refused.role."));
        } else {
            assertThat(refusal).as("%s from %s is no transition", action, state).isPresent();
        }
    }

    @ParameterizedTest(name = "a proposer who is {0} cannot approve")
    @CsvSource({"REVIEWER", "EDITOR", "ADMIN"})
    void whoeverProposedCanNeverApproveNotEvenAnAdmin(Role role) {
        ReviewRules.Facts proposedByMe = new ReviewRules.Facts(ReviewState.VERDICT_PROPOSED, ME, Set.of(ME), false,
                null);

        assertThat(ReviewRules.refusal(ReviewAction.APPROVE, proposedByMe, new ReviewRules.Actor(ME, role)))
                .hasValueSatisfying(reason -> assertThat(reason).isIn("review.refused.four-eyes",
                        "review.refused.role.APPROVE"));
        assertThat(ReviewRules.allowed(proposedByMe, new ReviewRules.Actor(ME, role)))
                .doesNotContain(ReviewAction.APPROVE, ReviewAction.REJECT);
    }

    @Test
    void aReviserIsAProposerToo() {
        ReviewRules.Facts revised = new ReviewRules.Facts(ReviewState.VERDICT_PROPOSED, SOMEONE_ELSE,
                Set.of(SOMEONE_ELSE, ME), false, null);

        assertThat(ReviewRules.refusal(ReviewAction.APPROVE, revised, new ReviewRules.Actor(ME, Role.EDITOR)))
                .contains("review.refused.four-eyes");
        assertThat(ReviewRules.refusal(ReviewAction.APPROVE, revised, new ReviewRules.Actor(3, Role.EDITOR)))
                .isEmpty();
    }

    @Test
    void onlyTheProposerWithdraws() {
        ReviewRules.Facts proposed = new ReviewRules.Facts(ReviewState.VERDICT_PROPOSED, SOMEONE_ELSE,
                Set.of(SOMEONE_ELSE), false, null);

        assertThat(ReviewRules.refusal(ReviewAction.WITHDRAW, proposed, new ReviewRules.Actor(ME, Role.ADMIN)))
                .contains("review.refused.withdraw.not-proposer");
        assertThat(ReviewRules.refusal(ReviewAction.WITHDRAW, proposed,
                new ReviewRules.Actor(SOMEONE_ELSE, Role.REVIEWER))).isEmpty();
        assertThat(ReviewRules.target(ReviewAction.WITHDRAW, proposed)).isEqualTo(ReviewState.IN_RESEARCH);
    }

    @Test
    void aRejectedOrWithdrawnCorrectionGoesBackToCorrectionNotToResearch() {
        ReviewRules.Facts correction = new ReviewRules.Facts(ReviewState.VERDICT_PROPOSED, ME, Set.of(ME), true, null);

        assertThat(ReviewRules.target(ReviewAction.REJECT, correction)).isEqualTo(ReviewState.CORRECTION_IN_PROGRESS);
        assertThat(ReviewRules.target(ReviewAction.WITHDRAW, correction))
                .isEqualTo(ReviewState.CORRECTION_IN_PROGRESS);
    }

    @Test
    void aReviewerCannotWorkOnAClaimAssignedToSomeoneElseButAnEditorCan() {
        ReviewRules.Facts theirs = new ReviewRules.Facts(ReviewState.IN_RESEARCH, SOMEONE_ELSE, Set.of(), false, null);

        assertThat(ReviewRules.refusal(ReviewAction.PROPOSE, theirs, new ReviewRules.Actor(ME, Role.REVIEWER)))
                .contains("review.refused.assigned-elsewhere");
        assertThat(ReviewRules.refusal(ReviewAction.TAKE, theirs, new ReviewRules.Actor(ME, Role.REVIEWER)))
                .contains("review.refused.taken");
        assertThat(ReviewRules.refusal(ReviewAction.PROPOSE, theirs, new ReviewRules.Actor(ME, Role.EDITOR)))
                .isEmpty();
    }

    @Test
    void restoringReturnsToTheStateBeforeArchiving() {
        ReviewRules.Facts archived = new ReviewRules.Facts(ReviewState.ARCHIVED, null, Set.of(), true,
                ReviewState.PUBLISHED);

        assertThat(ReviewRules.target(ReviewAction.RESTORE, archived)).isEqualTo(ReviewState.PUBLISHED);
    }

    @Test
    void aViewerMayDoNothing() {
        Set<ReviewAction> allowed = new HashSet<>();
        for (ReviewState state : ReviewState.values()) {
            allowed.addAll(ReviewRules.allowed(new ReviewRules.Facts(state, null, Set.of(), false, null),
                    new ReviewRules.Actor(ME, Role.VIEWER)));
        }
        assertThat(allowed).isEqualTo(EnumSet.noneOf(ReviewAction.class));
    }
}
