package org.claimdesk.security;

/**
 * Role names for annotations: {@code @RolesAllowed(Roles.EDITOR)} on views and
 * {@code @PreAuthorize(Roles.HAS_EDITOR)} on services. A signed-in user holds the authority of their
 * own role and of every role it includes, so naming the lowest role that may act is enough.
 */
public final class Roles {

    public static final String VIEWER = "VIEWER";
    public static final String REVIEWER = "REVIEWER";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    public static final String HAS_VIEWER = "hasRole('VIEWER')";
    public static final String HAS_REVIEWER = "hasRole('REVIEWER')";
    public static final String HAS_EDITOR = "hasRole('EDITOR')";
    public static final String HAS_ADMIN = "hasRole('ADMIN')";

    private Roles() {
    }
}
