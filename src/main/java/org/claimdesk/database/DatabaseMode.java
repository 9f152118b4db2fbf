package org.claimdesk.database;

/**
 * How this instance stores its data. The embedded database is demo mode: it seeds demo accounts and
 * demo data; an external database never receives either.
 */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL;

    public boolean isDemo() {
        return this == EMBEDDED;
    }
}
