package org.claimdesk.security;

/** How a person gets a password from an admin: for a new account, or when theirs is reset. */
public enum PasswordHandover {
    /** A one-time link on which the person chooses their password; it expires. */
    ONE_TIME_LINK,
    /** A generated password the admin passes on; it must be changed at the next sign-in. */
    TEMPORARY_PASSWORD
}
