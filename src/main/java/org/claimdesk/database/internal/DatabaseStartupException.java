package org.claimdesk.database.internal;

/**
 * The database could not be started or reached. Carries what went wrong and what to check, which
 * {@link DatabaseStartupFailureAnalyzer} prints instead of a stack trace.
 */
class DatabaseStartupException extends RuntimeException {

    private final String action;

    DatabaseStartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
