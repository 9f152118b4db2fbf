package org.claimdesk.security;

import java.util.Arrays;
import java.util.List;

/**
 * The four roles of the desk, in rising order. Each role includes the rights of every role below it:
 * an editor may do all a reviewer may, and so on.
 */
public enum Role {
    /** Reads everything and exports published work. */
    VIEWER,
    /** Imports articles, creates and researches claims, proposes verdicts. */
    REVIEWER,
    /** Assigns work, approves and publishes verdicts, sees dashboards. */
    EDITOR,
    /** Manages users, settings and the audit trail. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** This role and every role it includes, e.g. EDITOR → VIEWER, REVIEWER, EDITOR. */
    public List<Role> withIncludedRoles() {
        return Arrays.stream(values()).filter(this::includes).toList();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
