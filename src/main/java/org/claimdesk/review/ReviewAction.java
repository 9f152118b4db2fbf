package org.claimdesk.review;

/** What someone can do to a claim's review; each is allowed by role and by rule in one place. */
public enum ReviewAction {
    /** Draft → In research; a reviewer taking an unassigned claim becomes its assignee. */
    START_RESEARCH,
    /** In research or correction in progress → Verdict proposed; happens when a verdict is saved. */
    PROPOSE,
    /** Verdict proposed → back to research, by whoever proposed it. */
    WITHDRAW,
    /** Verdict proposed → back to research, by an editor, with a comment. */
    REJECT,
    /** Verdict proposed → Published, by an editor who did not propose it (four eyes). */
    APPROVE,
    /** Published → Correction in progress, with the reason for the correction. */
    START_CORRECTION,
    /** Any state → Archived, with a reason: not checkable, or withdrawn. */
    ARCHIVE,
    /** Archived → the state it was archived from. */
    RESTORE,
    /** A reviewer takes an unassigned open claim. */
    TAKE,
    /** An editor assigns or reassigns an open claim, with a due date. */
    ASSIGN,
    /** Sets or clears the date on which a published claim is to be checked again. */
    SET_RECHECK
}
