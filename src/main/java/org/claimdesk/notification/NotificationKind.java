package org.claimdesk.notification;

/** Why someone is notified; each kind has its own sentence in the bell and the e-mail. */
public enum NotificationKind {
    /** A claim was given to the recipient. */
    ASSIGNED,
    /** An editor approved (and so published) the recipient's proposed verdict. */
    PROPOSAL_APPROVED,
    /** An editor sent the recipient's proposed verdict back, with a comment. */
    PROPOSAL_REJECTED,
    /** Someone named the recipient in a comment. */
    MENTIONED,
    /** A claim assigned to the recipient is due today or tomorrow. */
    DUE_SOON,
    /** A claim assigned to the recipient is past its due date. */
    OVERDUE
}
